package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The facts Fabrik starts from: its platforms, the communes of their territory, the founding partners, and the
 * accounts of the embedded realm. Every method is idempotent, keyed on what it inserts, so start-up can call them at
 * each deployment.
 */
public interface ReferenceDataService {

    Platform registerPlatform(String code, String name, ZoneId timeZone, CalendarRule rule);

    Commune registerCommune(String platformCode, String inseeCode, String name, String postalCode, int population,
            int populationYear);

    Organisation registerFoundingPartner(String platformCode, String shortName, String fullName, OrganisationKind kind,
            String siren, LocalDate signatorySince);

    /**
     * Creates the account, member of the default platform, if its username is free; an existing account keeps its
     * password.
     */
    void registerAccount(String username, String displayName, String email, char[] password, Set<String> roles);

    List<Commune> communes(String platformCode);

    /** The platform's communes by name, as the lists' filters offer them; read again only after a change. */
    List<CommuneChoice> communeChoices(String platformCode);

    List<Organisation> signatoryPartners(String platformCode, int first, int size);

    /** Makes an account a member of a partner organisation of a platform (admin). */
    void joinOrganisation(String username, String platformCode, String organisationShortName);

    /** One page of the organisations of a platform's network, by short name. */
    List<Organisation> network(String platformCode, int first, int size);

    /** The members of the platform's partner organisations, by organisation and name (at most 500). */
    List<PartnerMember> partnerMembers(String platformCode);

    /**
     * The id of the organisation the caller acts for, or null for the platform's own staff: read at most a minute
     * ago, or since their memberships last changed, for what a page offers them (each service checks it again).
     */
    Long callerOrganisationId();
}
