package fr.fabrikaprojets.view.widgets;

import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ProjectSummary;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.Roles;
import fr.fabrikaprojets.view.CurrentPlatform;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The portal's widgets ({@code /widgets/*.xhtml}): each page reads only what it shows, once per request. The lists
 * show a first page of ten; the widget links to Fabrik's own page for the rest.
 */
@Named
@RequestScoped
public class WidgetsBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final int SHOWN = 10;

    @EJB
    private SessionCalendarService calendar;

    @EJB
    private ProjectService projects;

    @EJB
    private OrientationService orientations;

    private Session nextSession;
    private boolean nextSessionRead;
    private Page<ProjectSummary> followed;
    private Page<Orientation> waiting;

    public Session getNextSession() {
        if (!nextSessionRead) {
            nextSession = calendar.nextSession(currentPlatform.getCode(), LocalDate.now(ZoneId.of("Europe/Paris")))
                    .orElse(null);
            nextSessionRead = true;
        }
        return nextSession;
    }

    /**
     * A partner's member follows their organisation's projects; the platform's team, the accompanied ones: the page
     * the projects list shows for that filter, kept between changes as the list's is.
     */
    public Page<ProjectSummary> getProjects() {
        if (followed == null) {
            var request = FacesContext.getCurrentInstance().getExternalContext();
            boolean team = request.isUserInRole(Roles.COORDINATOR) || request.isUserInRole(Roles.STAFF)
                    || request.isUserInRole(Roles.ADMIN);
            followed = projects.projectsPage(new ProjectFilter(currentPlatform.getCode(),
                    team ? ProjectState.ACCOMPANIED : null, null, null), 0, SHOWN);
        }
        return followed;
    }

    public Page<Orientation> getOrientations() {
        if (waiting == null) {
            waiting = orientations.awaitingMyOrganisation(0, SHOWN);
        }
        return waiting;
    }
}
