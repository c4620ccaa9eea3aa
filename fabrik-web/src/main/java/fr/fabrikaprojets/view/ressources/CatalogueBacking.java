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
import fr.fabrikaprojets.web.PageAddress;
import jakarta.annotation.PostConstruct;
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

    private PageAddress address;
    private Page<ResourceSummary> page;
    private List<CommuneChoice> communes = List.of();
    private Map<String, String> communeNames = Map.of();
    private Long myOrganisation;

    /** The catalogue's filters and page from its address ({@link PageAddress}), read when the request shows it. */
    @PostConstruct
    void load() {
        address = PageAddress.read("type", "commune", "accessible", "projet");
        communes = referenceData.communeChoices(currentPlatform.getCode());
        communeNames = communes.stream().collect(Collectors.toMap(CommuneChoice::getInseeCode, CommuneChoice::getName));
        myOrganisation = referenceData.callerOrganisationId();
        ResourceFilter filter = new ResourceFilter(currentPlatform.getCode(),
                FormValues.parse(ResourceKind.class, getKind()), getCommune(), "oui".equals(getAccessible()), null);
        Feedback.attempt(() -> page = resources.cataloguePage(filter, address.getFirst(), PAGE_SIZE));
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

    /** The catalogue's filters, which its pager's links carry. */
    public PageAddress getAddress() {
        return address;
    }

    public String getKind() {
        return address.get("type");
    }

    public String getCommune() {
        return address.get("commune");
    }

    public String getAccessible() {
        return address.get("accessible");
    }

    /** The project a resource is looked for, carried to the resource page. */
    public String getProject() {
        return address.get("projet");
    }
}
