package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.shared.Roles;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The project page's orientations: the coordinator orients; the receiving partner answers and tells the outcome. */
@Named
@ViewScoped
public class ProjectOrientationsBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTED = 10;

    @EJB
    private OrientationService orientations;

    @EJB
    private ReferenceDataService referenceData;

    @EJB
    private DirectoryService directory;

    @Inject
    private ProjectBacking page;

    private Long myOrganisation;
    private boolean myOrganisationKnown;
    private String organisation;
    private final Map<String, Long> suggested = new HashMap<>();
    private Long sessionId;
    private String need;
    private final Map<Long, String> targets = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public List<Orientation> getList() {
        return page.getFile() == null ? List.of() : page.getFile().getOrientations();
    }

    /**
     * The organisations whose name contains what the coordinator typed, for the orientation's completed field: the
     * network has hundreds of organisations, too many for a drop-down list and for the page to read each time.
     */
    public List<String> completeOrganisation(String typed) {
        DirectoryFilter filter = new DirectoryFilter(currentPlatform.getCode(), typed, null, null, null);
        List<Organisation> found = directory.organisations(filter, 0, SUGGESTED).getItems();
        found.forEach(organisation -> suggested.put(organisation.getShortName(), organisation.getId()));
        return found.stream().map(Organisation::getShortName).toList();
    }

    /** The coordinator, or a member of the receiving organisation, answers an orientation still open. */
    public boolean mayMove(Orientation orientation) {
        if (!orientation.getState().isOpen()) {
            return false;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole(Roles.COORDINATOR) || external.isUserInRole(Roles.ADMIN)) {
            return true;
        }
        if (!myOrganisationKnown) {
            myOrganisation = referenceData.callerOrganisationId();
            myOrganisationKnown = true;
        }
        return orientation.getOrganisation().getId().equals(myOrganisation);
    }

    /** Whether the reader may answer {@code orientation} and its form is the one open. */
    public boolean isAnswering(Orientation orientation) {
        return page.isRowOpen(orientation.getId()) && mayMove(orientation);
    }

    /** Whether the reader may answer {@code orientation}, its form offered behind a link. */
    public boolean isOffering(Orientation orientation) {
        return !page.isRowOpen(orientation.getId()) && mayMove(orientation);
    }

    public List<OrientationState> next(Orientation orientation) {
        return List.copyOf(orientation.getState().next());
    }

    public String orient() {
        Long organisationId = organisation == null ? null : suggested.get(organisation.strip());
        if (organisationId == null) {
            Feedback.error(Feedback.text("orientation.chooseOrganisation"));
            return null;
        }
        return Feedback.attempt(() -> orientations.orient(page.getProject().getId(), organisationId, sessionId, need))
                ? reload("orientation.proposed") : null;
    }

    public String move(Orientation orientation) {
        return Feedback.attempt(() -> orientations.move(orientation.getId(), orientation.getVersion(),
                FormValues.parse(OrientationState.class, targets.get(orientation.getId())), reasons.get(orientation.getId()))) ? reload("orientation.moved")
                : null;
    }

    private String reload(String message) {
        Feedback.info(message);
        return page.reloadAt(ProjectTab.ORIENTATIONS);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public Map<Long, String> getTargets() {
        return targets;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
