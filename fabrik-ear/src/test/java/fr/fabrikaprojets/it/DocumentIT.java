package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.DocumentContent;
import fr.fabrikaprojets.application.DocumentService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.document.DocumentType;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents of a project through the service, inside WildFly: type read from the content (a disguised file is
 * refused), 10 MB at most, stored outside the web root, readable only by those who may see the project, removed with
 * their bytes.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(DocumentIT.class, AsCoordinator.class, AsStaff.class, AsPartner.class);
    }

    @Inject
    ProjectService projects;

    @Inject
    DocumentService documents;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsPartner partner;

    @Test
    void aDocumentIsKeptReadByThoseWhoSeeTheProjectAndRemovedWithItsBytes() {
        long id = newProject().getId();
        Document kept = staff.call(() -> documents.attach(id, new Upload("C:\\Users\\porteur\\budget 2027.pdf", PDF)));
        assertEquals("budget 2027.pdf", kept.getFilename(), "the path a browser may send is dropped");
        assertEquals(DocumentType.PDF, kept.getType());

        DocumentContent read = coordinator.call(() -> documents.download(kept.getId()));
        assertArrayEquals(PDF, read.bytes());
        assertEquals("application/pdf", read.mediaType());
        assertEquals(1, staff.call(() -> documents.ofProject(id)).size());
        BusinessException hidden = assertThrows(BusinessException.class,
                () -> partner.call(() -> documents.download(kept.getId())));
        assertEquals(BusinessException.Kind.NOT_FOUND, hidden.getKind(), "a partner not involved sees nothing");
        assertTrue(coordinator.call(() -> projects.timeline(id, 0, 5)).getItems().get(0).getDescription()
                .startsWith("Document ajouté : budget 2027.pdf (Document PDF"));

        coordinator.run(() -> documents.remove(kept.getId(), kept.getVersion()));
        assertThrows(BusinessException.class, () -> coordinator.call(() -> documents.download(kept.getId())));
        assertTrue(staff.call(() -> documents.ofProject(id)).isEmpty());
    }

    @Test
    void officeFilesAreRecognisedByWhatTheirZipHolds() throws Exception {
        long id = newProject().getId();
        byte[] docx = zip("word/document.xml", "<w:document/>");
        byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text");
        byte[] plain = zip("notes.txt", "bonjour");
        assertEquals(DocumentType.DOCX, staff.call(() -> documents.attach(id, new Upload("compte-rendu.docx",
                docx))).getType());
        assertEquals(DocumentType.ODT, staff.call(() -> documents.attach(id, new Upload("affiche.odt",
                odt))).getType());
        BusinessException plainZip = assertThrows(BusinessException.class, () -> staff.call(() -> documents.attach(
                id, new Upload("archive.docx", plain))));
        assertTrue(plainZip.getMessage().contains("n’est ni un PDF"), plainZip.getMessage());
    }

    @Test
    void disguisedEmptyOrOversizedFilesAreRefusedAndNothingIsKept() {
        long id = newProject().getId();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertRefused(id, new Upload("devis.pdf", png), "Le contenu du fichier « devis.pdf » (Image PNG) ne "
                + "correspond pas à son extension « .pdf ».");
        assertRefused(id, new Upload("budget.pdf", "<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8)), "Le fichier « budget.pdf » n’est ni un PDF");
        assertRefused(id, new Upload("vide.pdf", new byte[0]), "Le fichier « vide.pdf » est vide.");
        byte[] large = Arrays.copyOf(PDF, (int) Document.MAX_BYTES + 1);
        assertRefused(id, new Upload("scan.pdf", large), "Le fichier « scan.pdf » dépasse 10 Mo.");
        assertTrue(staff.call(() -> documents.ofProject(id)).isEmpty(), "nothing kept");

        long before = coordinator.call(() -> projects.projects(new ProjectFilter(Platform.LENS_LIEVIN, null, "62413", null), 0, 1)).getTotal();
        assertThrows(BusinessException.class, () -> projects.submitIdea(Platform.LENS_LIEVIN, idea(),
                new Upload("photo.jpg", PDF)));
        assertEquals(before, coordinator.call(() -> projects.projects(new ProjectFilter(Platform.LENS_LIEVIN, null, "62413", null), 0, 1)).getTotal(),
                "an idea sent with a refused file is not kept either");
    }

    private void assertRefused(long projectId, Upload upload, String messageStart) {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> staff.call(() -> documents.attach(projectId, upload)));
        assertTrue(refused.getMessage().startsWith(messageStart), refused.getMessage());
    }

    private Project newProject() {
        return coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, idea()));
    }

    private static IdeaSubmission idea() {
        return new IdeaSubmission(HolderKind.INHABITANTS, "Mme " + UUID.randomUUID().toString().substring(0, 6), null,
                null, "03 21 44 55 66", "Atelier couture", "Coudre ensemble.", "Pour les familles.",
                Set.of(Field.SOCIAL), "62413", null, null, Set.of(Need.EQUIPMENT), true);
    }

    private static byte[] zip(String entry, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
