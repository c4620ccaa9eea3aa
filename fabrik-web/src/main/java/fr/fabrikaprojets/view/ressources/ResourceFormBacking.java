package fr.fabrikaprojets.view.ressources;

import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.model.resource.ResourceDetails;
import fr.fabrikaprojets.domain.model.resource.ResourceKind;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Offering a resource, or editing one ({@code ressources/proposer.xhtml?id=3}). A partner's member offers for their
 * organisation; the coordinator chooses the organisation.
 */
@Named
@ViewScoped
public class ResourceFormBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;
    private static final int NETWORK_SIZE = 100;

    @EJB
    private ResourceService resources;

    @EJB
    private ReferenceDataService referenceData;

    private String id;
    private String organisation;
    private Resource resource;
    private Long organisationId;
    private List<Organisation> network = List.of();
    private List<Commune> communes = List.of();
    private String kind = ResourceKind.ROOM.name();
    private String name;
    private String description;
    private String commune;
    private Integer capacity;
    private boolean wheelchairAccessible;
    private Integer amountMin;
    private Integer amountMax;
    private String deadline;
    private String eligibility;

    public void load() {
        communes = referenceData.communes(currentPlatform.getCode());
        Long parsed = PageParameters.id(id);
        if (parsed != null && Feedback.attempt(() -> resource = resources.resource(parsed))) {
            ResourceDetails details = resource.details();
            organisationId = resource.getOrganisation().getId();
            kind = details.kind().name();
            name = details.name();
            description = details.description();
            commune = details.inseeCode();
            capacity = details.capacity();
            wheelchairAccessible = details.wheelchairAccessible();
            amountMin = details.amountMin();
            amountMax = details.amountMax();
            deadline = details.deadline() == null ? null : details.deadline().toString();
            eligibility = details.eligibility();
            return;
        }
        Long chosen = PageParameters.id(organisation);
        organisationId = chosen != null ? chosen : referenceData.callerOrganisationId();
        if (organisationId == null) {
            network = referenceData.network(currentPlatform.getCode(), 0, NETWORK_SIZE);
        }
    }

    public String save() {
        Resource[] saved = new Resource[1];
        boolean done = Feedback.attempt(() -> {
            ResourceDetails details = new ResourceDetails(FormValues.parse(ResourceKind.class, kind), name,
                    description, commune, capacity, wheelchairAccessible, amountMin, amountMax, date(deadline),
                    eligibility);
            if (resource == null) {
                if (organisationId == null) {
                    throw BusinessException.invalid("Choisissez l’organisation qui prête la ressource.");
                }
                saved[0] = resources.offer(organisationId, details);
            } else {
                saved[0] = resources.describe(resource.getId(), resource.getVersion(), details);
            }
        });
        if (done) {
            Feedback.info("resource.saved", saved[0].getName());
            return "/ressources/ressource.xhtml?faces-redirect=true&id=" + saved[0].getId();
        }
        return null;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw BusinessException.invalid("La date limite est illisible.");
        }
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public Resource getResource() {
        return resource;
    }

    public List<Organisation> getNetwork() {
        return network;
    }

    public List<Commune> getCommunes() {
        return communes;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The organisation the page was opened for ({@code ?organisation=12}, from its record). */
    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isWheelchairAccessible() {
        return wheelchairAccessible;
    }

    public void setWheelchairAccessible(boolean wheelchairAccessible) {
        this.wheelchairAccessible = wheelchairAccessible;
    }

    public Integer getAmountMin() {
        return amountMin;
    }

    public void setAmountMin(Integer amountMin) {
        this.amountMin = amountMin;
    }

    public Integer getAmountMax() {
        return amountMax;
    }

    public void setAmountMax(Integer amountMax) {
        this.amountMax = amountMax;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }
}
