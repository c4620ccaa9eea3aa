package fr.fabrikaprojets.infrastructure.startup;

import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Seeds the platform of Lens-Liévin, its 36 communes and its founding partners from the files of
 * {@code referentiel/} (copied from the shared reference data, with their sources). Runs as the system administrator
 * because it goes through the same services, and their permissions, as everyone else.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
@RunAsPrincipal("systeme")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());

    /** The flyer's first calendar is of 2021; the founding partners signed from the platform's start. */
    static final LocalDate FOUNDED = LocalDate.of(2021, 1, 1);

    @EJB
    private ReferenceDataService referenceData;

    @PostConstruct
    void load() {
        referenceData.registerPlatform(Platform.LENS_LIEVIN, "Lens-Liévin", ZoneId.of("Europe/Paris"),
                CalendarRule.lastFridayMorning());
        int communes = 0;
        for (Map<String, String> row : ReferenceCsv.read("referentiel/communes.csv")) {
            referenceData.registerCommune(Platform.LENS_LIEVIN, row.get("insee_code"), row.get("name"),
                    row.get("postal_code"), Integer.parseInt(row.get("population")),
                    Integer.parseInt(row.get("population_year")));
            communes++;
        }
        int partners = 0;
        for (Map<String, String> row : ReferenceCsv.read("referentiel/partners.csv")) {
            referenceData.registerFoundingPartner(Platform.LENS_LIEVIN, row.get("short_name"), row.get("full_name"),
                    OrganisationKind.fromReferenceLabel(row.get("kind")), row.get("siren"), FOUNDED);
            partners++;
        }
        LOG.info("Référentiel chargé : " + communes + " communes, " + partners + " partenaires fondateurs.");
    }
}
