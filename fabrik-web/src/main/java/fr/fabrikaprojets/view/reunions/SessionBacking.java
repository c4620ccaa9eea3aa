package fr.fabrikaprojets.view.reunions;

import fr.fabrikaprojets.application.AgendaView;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.shared.Roles;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A session's public page ({@code reunions/reunion.xhtml?id=12}); its history (paginated) is shown to the
 * coordinator, staff and administrators. View-scoped, so that the registration form posted back to it finds the
 * session it was rendered for.
 */
@Named
@ViewScoped
public class SessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int HISTORY_PAGE_SIZE = 10;

    @EJB
    private SessionCalendarService calendar;

    private String id;
    private int historyFirst;
    private Session session;
    private Page<AuditEntry> history;
    private AgendaView agenda;

    @EJB
    private PresentationService presentations;

    public void load() {
        Long parsed = PageParameters.id(id);
        session = parsed == null ? null : calendar.findSession(parsed).orElse(null);
        if (session == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        if (isMayReadHistory()) {
            history = calendar.history(session.getId(), historyFirst, HISTORY_PAGE_SIZE);
        }
        if (isMayReadAgenda()) {
            agenda = presentations.agenda(session.getId());
        }
    }

    public boolean isMayEdit() {
        return hasRole(Roles.COORDINATOR) || hasRole(Roles.ADMIN);
    }

    public boolean isMayReadHistory() {
        return isMayEdit() || hasRole(Roles.STAFF);
    }

    /** The agenda names projects and holders: for the network, not for the public. */
    public boolean isMayReadAgenda() {
        return isMayReadHistory() || hasRole(Roles.PARTNER);
    }

    public AgendaView getAgenda() {
        return agenda;
    }

    public boolean isHasPreviousHistory() {
        return history != null && history.getFirst() > 0;
    }

    public boolean isHasNextHistory() {
        return history != null && history.hasNext();
    }

    public int getPreviousHistoryFirst() {
        return Math.max(0, historyFirst - HISTORY_PAGE_SIZE);
    }

    public int getNextHistoryFirst() {
        return historyFirst + HISTORY_PAGE_SIZE;
    }

    private static boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }


    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getHistoryFirst() {
        return historyFirst;
    }

    public void setHistoryFirst(int historyFirst) {
        this.historyFirst = Math.max(0, historyFirst);
    }

    public Session getSession() {
        return session;
    }

    public Page<AuditEntry> getHistory() {
        return history;
    }
}
