package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.domain.model.resource.Resource;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

/** A resource a partner pools: a room, equipment, a skill or a funding, with what the catalogue shows. */
public record ResourceRepresentation(
        long id,
        String name,
        String kind,
        String description,
        long organisationId,
        String organisation,
        String communeCode,
        Integer capacity,
        boolean wheelchairAccessible,
        Integer amountMin,
        Integer amountMax,
        LocalDate deadline,
        String eligibility,
        long version,
        Map<String, String> links) {

    static ResourceRepresentation of(Resource resource, URI base) {
        return new ResourceRepresentation(resource.getId(), resource.getName(), resource.getKind().name(),
                resource.getDescription(), resource.getOrganisation().getId(),
                resource.getOrganisation().getShortName(), resource.getInseeCode(), resource.getCapacity(),
                resource.isWheelchairAccessible(), resource.getAmountMin(), resource.getAmountMax(),
                resource.getDeadline(), resource.getEligibility(), resource.getVersion(), Representations.links(
                        "self", base.resolve("api/v1/resources/" + resource.getId()).toString(),
                        "organisation", base.resolve("api/v1/organisations/" + resource.getOrganisation().getId())
                                .toString(),
                        "page", base.resolve("ressources/ressource.xhtml?id=" + resource.getId()).toString()));
    }
}
