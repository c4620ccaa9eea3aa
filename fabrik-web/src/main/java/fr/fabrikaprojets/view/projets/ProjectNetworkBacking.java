package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.NetworkService;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.application.Suggestions;
import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.domain.shared.Roles;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The project page's network section: partners and resources suggested for its needs (the team's), turned into an
 * orientation in one click, and the resources booked for it.
 */
@Named
@ViewScoped
public class ProjectNetworkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NetworkService network;

    @EJB
    private OrientationService orientations;

    @EJB
    private ResourceService resources;

    @Inject
    private ProjectBacking page;

    private Suggestions suggestions;

    public Suggestions getSuggestions() {
        if (suggestions == null && page.getProject() != null && isTeam()) {
            suggestions = network.suggestions(page.getProject().getId());
        }
        return suggestions;
    }

    public List<Booking> getBookings() {
        return page.getFile() == null ? List.of() : page.getFile().getBookings();
    }

    /** One click from a suggestion to an orientation, for the suggestion's first need. */
    public String orient(Suggestions.Partner suggestion) {
        String need = suggestion.getFirstNeed() == null ? Feedback.text("network.suggest.defaultNeed")
                : Feedback.text("project.need." + suggestion.getFirstNeed());
        if (Feedback.attempt(() -> orientations.orient(page.getProject().getId(),
                suggestion.getOrganisation().getId(), null, need))) {
            Feedback.info("network.suggest.oriented", suggestion.getOrganisation().getShortName());
            return page.reloadAt(ProjectTab.ORIENTATIONS);
        }
        return null;
    }

    public String cancel(Booking booking) {
        if (Feedback.attempt(() -> resources.cancel(booking.getId(), booking.getVersion()))) {
            Feedback.info("booking.cancelled");
            return page.reloadAt(ProjectTab.BOOKINGS);
        }
        return null;
    }

    private static boolean isTeam() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.COORDINATOR) || external.isUserInRole(Roles.STAFF)
                || external.isUserInRole(Roles.ADMIN);
    }
}
