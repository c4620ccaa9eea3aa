package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.AuditService;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditFilter;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.organisation.OrganisationProfile;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators browse and export the audit trail: each change is there, with who made it, and only for them. */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(AuditIT.class, AsCoordinator.class, AsAdmin.class);
    }

    @Inject
    AuditService audit;

    @Inject
    RequestOrigin origin;

    @Inject
    DirectoryService directory;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsAdmin admin;

    @Test
    void everyChangeIsInTheTrailWithWhoMadeItAndAdministratorsAloneReadIt() {
        String name = "Audit " + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now().minusSeconds(1);
        Organisation created = coordinator.call(() -> directory.createOrganisation(Platform.LENS_LIEVIN,
                new OrganisationProfile(name, name, OrganisationKind.ASSOCIATION, null, null, null, null, false,
                        Set.of("62498"), Set.of(), Set.of(), null)));
        coordinator.run(() -> directory.confirmOrganisation(created.getId(), created.getVersion()));

        AuditFilter ofIt = new AuditFilter("Organisation", String.valueOf(created.getId()), null, before, null);
        List<AuditEntry> entries = admin.call(() -> audit.entries(ofIt, 0, 10)).getItems();
        assertEquals(List.of("organisation.confirm", "organisation.create"),
                entries.stream().map(AuditEntry::getAction).toList(), "newest first");
        assertTrue(entries.stream().allMatch(e -> e.getActor().equals("test-animatrice")), "who made the change");
        assertTrue(entries.get(1).getDescription().contains(name));

        assertEquals(2, admin.call(() -> audit.entries(new AuditFilter(null, String.valueOf(created.getId()),
                "test-animatrice", before, null), 0, 10)).getItems().stream()
                .filter(e -> e.getSubjectType().equals("Organisation")).count(), "filtered by who");
        assertEquals(0, admin.call(() -> audit.entries(new AuditFilter("Organisation",
                String.valueOf(created.getId()), null, Instant.now().plus(Duration.ofDays(1)), null), 0, 10))
                .getTotal(), "nothing in a period after the change");
        assertTrue(admin.call(() -> audit.subjectTypes()).contains("Organisation"));

        String csv = new String(admin.call(() -> audit.export(ofIt)), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFdate;personne;adresse;plateforme;type;identifiant;action;description"), csv);
        assertEquals(3, csv.strip().split("\r\n").length, "a header and the two entries: " + csv);
        assertTrue(csv.contains("test-animatrice") && csv.contains(name));
        origin.reads("en");
        String english = new String(admin.call(() -> audit.export(ofIt)), StandardCharsets.UTF_8);
        assertTrue(english.startsWith("\uFEFFdate;person;address;platform;type;identifier;action;description"),
                "an English-speaking administrator reads English headings: " + english);
        origin.reads("fr");

        BusinessException backwards = assertThrows(BusinessException.class, () -> admin.call(() -> audit.entries(
                new AuditFilter(null, null, null, Instant.now(), Instant.now().minusSeconds(60)), 0, 10)));
        assertTrue(backwards.getMessage().contains("après son début"), backwards.getMessage());
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> audit.entries(ofIt, 0, 10)));
    }
}
