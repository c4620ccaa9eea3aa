package fr.fabrikaprojets.view.reunions;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.SessionPage;
import fr.fabrikaprojets.domain.shared.Roles;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * A session's public page ({@code reunions/reunion.xhtml?id=12}); its agenda is shown to the network, its history
 * (paginated, {@code historique}) to the platform's team. The page is read when the bean is made, in one call
 * ({@link SessionPage}), its address read there ({@link PageParameters}) rather than through view parameters.
 * View-scoped, so that the registration form posted back to it finds the session it was rendered for.
 */
@Named
@ViewScoped
public class SessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int HISTORY_PAGE_SIZE = 10;

    @EJB
    private SessionCalendarService calendar;

    private int historyFirst;
    private SessionPage page;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> address = external.getRequestParameterMap();
        historyFirst = PageParameters.offset(address.get("historique"));
        Long id = PageParameters.id(address.get("id"));
        page = id == null ? null : calendar.sessionPage(id, historyFirst, HISTORY_PAGE_SIZE).orElse(null);
        if (page == null) {
            external.setResponseStatus(404);
        }
    }

    public boolean isMayEdit() {
        return hasRole(Roles.COORDINATOR) || hasRole(Roles.ADMIN);
    }

    public boolean isMayReadHistory() {
        return getHistory() != null;
    }

    /** The agenda names projects and holders: for the network, not for the public. */
    public boolean isMayReadAgenda() {
        return getAgenda() != null;
    }

    public SessionPage.Agenda getAgenda() {
        return page == null ? null : page.getAgenda();
    }

    public boolean isHasPreviousHistory() {
        return getHistory() != null && getHistory().getFirst() > 0;
    }

    public boolean isHasNextHistory() {
        return getHistory() != null && getHistory().hasNext();
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

    /** The session's page, or null when there is no such session. */
    public SessionPage getSession() {
        return page;
    }

    public Page<SessionPage.Change> getHistory() {
        return page == null ? null : page.getHistory();
    }
}
