package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.model.resource.ResourceKind;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A resource as a row of the catalogue shows it, with its organisation's short name, immutable so that one page of
 * them serves every reader until the network changes. A class with getters rather than a record, because Faces pages
 * read bean properties only.
 */
public final class ResourceSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final ResourceKind kind;
    private final String owner;
    private final String inseeCode;
    private final Integer capacity;
    private final boolean wheelchairAccessible;
    private final LocalDate deadline;

    private ResourceSummary(Resource resource) {
        id = resource.getId();
        name = resource.getName();
        kind = resource.getKind();
        owner = resource.getOrganisation().getShortName();
        inseeCode = resource.getInseeCode();
        capacity = resource.getCapacity();
        wheelchairAccessible = resource.isWheelchairAccessible();
        deadline = resource.getDeadline();
    }

    public static ResourceSummary of(Resource resource) {
        return new ResourceSummary(resource);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ResourceKind getKind() {
        return kind;
    }

    /** The short name of the organisation that offers it. */
    public String getOwner() {
        return owner;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean isWheelchairAccessible() {
        return wheelchairAccessible;
    }

    public LocalDate getDeadline() {
        return deadline;
    }
}
