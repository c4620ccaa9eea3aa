package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.project.Field;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An organisation of the partner network. Its address, e-mail and phone only for the platform's team, as in the
 * directory's export: partners reach each other through the platform.
 */
public record OrganisationRepresentation(
        long id,
        String shortName,
        String fullName,
        String kind,
        boolean signatory,
        LocalDate signatorySince,
        boolean wholeTerritory,
        List<String> communes,
        List<String> themes,
        Contacts contacts,
        long version,
        Map<String, String> links) {

    public record Contacts(String address, String email, String phone) {
    }

    static OrganisationRepresentation of(Organisation organisation, boolean withContacts, URI base) {
        return new OrganisationRepresentation(organisation.getId(), organisation.getShortName(),
                organisation.getFullName(), organisation.getKind().name(), organisation.isSignatory(),
                organisation.getSignatorySince(), organisation.isWholeTerritory(),
                organisation.getCommunes().stream().sorted().toList(),
                organisation.getThemes().stream().map(Field::name).sorted().toList(),
                withContacts ? new Contacts(organisation.getAddress(), organisation.getEmail(), organisation.getPhone())
                        : null,
                organisation.getVersion(), Representations.links(
                        "self", base.resolve("api/v1/organisations/" + organisation.getId()).toString(),
                        "resources", base.resolve("api/v1/resources?organisation=" + organisation.getId()).toString(),
                        "page", base.resolve("reseau/organisation.xhtml?id=" + organisation.getId()).toString()));
    }
}
