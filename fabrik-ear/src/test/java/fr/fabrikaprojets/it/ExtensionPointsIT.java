package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.DocumentService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.it.institution.InstitutionDirectory;
import fr.fabrikaprojets.it.institution.MemoryDocumentStore;
import fr.fabrikaprojets.it.institution.RecordingChannel;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An institution adapts Fabrik without forking it: a jar of its own dropped into the EAR's {@code lib/} adds a
 * notification channel beside e-mail, replaces the document store and the people directory, and Fabrik uses them.
 */
@ExtendWith(ArquillianExtension.class)
class ExtensionPointsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        JavaArchive institution = ShrinkWrap.create(JavaArchive.class, "institution.jar")
                .addClasses(RecordingChannel.class, MemoryDocumentStore.class, InstitutionDirectory.class);
        return Deployments.fabrikEarTesting(ExtensionPointsIT.class, AsCoordinator.class)
                .addAsLibrary(institution);
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @EJB
    ProjectService projects;

    @EJB
    DocumentService documents;

    @EJB
    AdviceService advice;

    @Inject
    AsCoordinator coordinator;

    @Test
    void anInstitutionsChannelReceivesTheNotificationsBesideEmail() throws InterruptedException {
        String email = "porteur-" + UUID.randomUUID() + "@example.org";
        Project project = receive("Ciné-débat " + UUID.randomUUID().toString().substring(0, 6), email);
        Notification delivered = null;
        for (int i = 0; i < 100 && delivered == null; i++) {
            delivered = RecordingChannel.DELIVERED.stream().filter(n -> n.recipient().equals(email)).findFirst()
                    .orElse(null);
            Thread.sleep(100);
        }
        assertTrue(delivered != null, "the institution's channel got the holder's confirmation");
        assertTrue(delivered.subject().contains(project.getTitle()), delivered.subject());
    }

    @Test
    void anInstitutionsDocumentStoreKeepsTheDocuments() {
        Project project = receive("Fresque " + UUID.randomUUID().toString().substring(0, 6), null);
        int before = MemoryDocumentStore.CONTENTS.size();
        Document kept = coordinator.call(() -> documents.attach(project.getId(), new Upload("devis.pdf",
                PDF)));
        assertEquals(before + 1, MemoryDocumentStore.CONTENTS.size(), "kept in the institution's store");
        assertArrayEquals(PDF, coordinator.call(() -> documents.download(kept.getId())).bytes());
        coordinator.run(() -> documents.remove(kept.getId(), kept.getVersion()));
        assertEquals(before, MemoryDocumentStore.CONTENTS.size(), "and removed from it");
    }

    @Test
    void anInstitutionsDirectoryTellsWhereToWriteToAPartnersMember() throws InterruptedException {
        Project project = receive("Jardin " + UUID.randomUUID().toString().substring(0, 6), null);
        coordinator.call(() -> advice.request(project.getId(), "partenaire", "Le groupe cherche un terrain.", null,
                null));
        String address = "partenaire" + InstitutionDirectory.DOMAIN;
        Notification asked = null;
        for (int i = 0; i < 100 && asked == null; i++) {
            asked = RecordingChannel.DELIVERED.stream().filter(n -> n.recipient().equals(address)
                    && n.subject().contains(project.getTitle())).findFirst().orElse(null);
            Thread.sleep(100);
        }
        assertTrue(asked != null, "the request for advice went to the address of the institution's directory, "
                + "not to the account's own: " + RecordingChannel.DELIVERED);
    }

    private Project receive(String title, String email) {
        IdeaSubmission idea = new IdeaSubmission(HolderKind.INFORMAL_GROUP, "Les voisins", "Mme Martin", email,
                email == null ? "03 21 00 00 00" : null, title, "Une soirée par mois au foyer.",
                "Pour les habitants du quartier.", Set.of(Field.CULTURE), "62498", "Cité 12", "Des bénévoles.",
                Set.of(Need.PREMISES), true);
        return coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, idea));
    }
}
