package fr.fabrikaprojets.view.ressources;

import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.application.ResourceSummary;
import fr.fabrikaprojets.domain.model.resource.ResourceFilter;
import fr.fabrikaprojets.domain.model.resource.ResourceKind;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The catalogue of shared resources ({@code ressources/index.xhtml?type=ROOM&commune=62498&accessible=oui}). */
@Named
@RequestScoped
public class CatalogueBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    static final int PAGE_SIZE = 20;

    @EJB
    private ResourceService resources;

    @EJB
    private ReferenceDataService referenceData;

    private String kind;
    private String commune;
    private String accessible;
    private String project;
    private int first;
    private Page<ResourceSummary> page;
    private List<CommuneChoice> communes = List.of();
    private Map<String, String> communeNames = Map.of();
    private Long myOrganisation;

    public void load() {
        communes = referenceData.communeChoices(currentPlatform.getCode());
        communeNames = communes.stream().collect(Collectors.toMap(CommuneChoice::getInseeCode, CommuneChoice::getName));
        myOrganisation = referenceData.callerOrganisationId();
        ResourceFilter filter = new ResourceFilter(currentPlatform.getCode(),
                FormValues.parse(ResourceKind.class, kind), commune, "oui".equals(accessible), null);
        Feedback.attempt(() -> page = resources.cataloguePage(filter, first, PAGE_SIZE));
    }

    /** Read for each row of the page: made once per request. */
    public Map<String, String> getCommuneNames() {
        return communeNames;
    }

    /** The organisation the caller offers resources for, if they belong to one. */
    public Long getMyOrganisation() {
        return myOrganisation;
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public List<CommuneChoice> getCommunes() {
        return communes;
    }

    public Page<ResourceSummary> getPage() {
        return page;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getAccessible() {
        return accessible;
    }

    public void setAccessible(String accessible) {
        this.accessible = accessible;
    }

    /** The project a resource is looked for, carried to the resource page. */
    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }
}
