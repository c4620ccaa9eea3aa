package fr.fabrikaprojets.domain.model.resource;

import java.io.Serializable;

/** The catalogue narrowed to a kind, a commune, rooms a wheelchair gets in, an organisation. Null means any. */
public record ResourceFilter(String platformCode, ResourceKind kind, String inseeCode, boolean wheelchairOnly,
        Long organisationId) implements Serializable {

    public ResourceFilter {
        inseeCode = inseeCode == null || inseeCode.isBlank() ? null : inseeCode.strip();
    }
}
