package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.fabrikaprojets.application.DigestService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner's member who chose the weekly digest gets no message one by one: what concerns them waits, and leaves in
 * one e-mail when the digests are sent.
 */
@ExtendWith(ArquillianExtension.class)
class DigestIT {

    private static final String READER = "membre-resume@example.org";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fabrikEarTesting(DigestIT.class, AsCoordinator.class, AsAdmin.class,
                AsDigestReader.class);
        ear.addAsLibrary(new File(System.getProperty("greenmail.jar")));
        return ear;
    }

    @Inject
    DigestService digests;

    @Inject
    OrientationService orientations;

    @Inject
    ProjectService projects;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsAdmin admin;

    @Inject
    AsDigestReader reader;

    @Test
    void whatConcernsADigestReaderWaitsForTheirWeeklyEmail() throws Exception {
        admin.run(() -> {
            referenceData.registerAccount("membre-resume", "Membre Résumé", READER, "fabrik-test".toCharArray(),
                    Set.of("partner"));
            referenceData.joinOrganisation("membre-resume", Platform.LENS_LIEVIN, "UDCCAS");
        });
        reader.run(() -> digests.chooseWeeklyDigest(true));
        assertTrue(reader.call(() -> digests.weeklyDigest()));

        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long udccas = referenceData.signatoryPartners(Platform.LENS_LIEVIN, 0, 100).stream()
                    .filter(o -> o.getShortName().equals("UDCCAS")).findFirst().orElseThrow().getId();
            for (String title : new String[] {"Épicerie solidaire", "Vestiaire des familles"}) {
                long id = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, new IdeaSubmission(
                        HolderKind.ASSOCIATION, "Asso " + UUID.randomUUID().toString().substring(0, 6), null, null,
                        "03 21 00 11 22", title, "Une idée.", "Pour les familles.", Set.of(Field.SOCIAL), "62413",
                        null, null, Set.of(Need.NETWORK), true))).getId();
                coordinator.run(() -> orientations.orient(id, udccas, null, "Un relais auprès des CCAS"));
            }
            Thread.sleep(2000);
            assertEquals(0, to(smtp).length, "nothing one by one");

            assertTrue(admin.call(() -> digests.sendDigests()) >= 1);
            assertTrue(smtp.waitForIncomingEmail(20_000, 1));
            MimeMessage[] received = to(smtp);
            assertEquals(1, received.length, "one e-mail for the week");
            assertEquals("Votre résumé de la semaine — La Fabrik à projets (2)", received[0].getSubject());
            String body = (String) received[0].getContent();
            assertTrue(body.contains("Épicerie solidaire") && body.contains("Vestiaire des familles"), body);
            assertEquals(0, admin.call(() -> digests.sendDigests()), "sent once, then nothing waits");
        } finally {
            smtp.stop();
            reader.run(() -> digests.chooseWeeklyDigest(false));
        }
    }

    private static MimeMessage[] to(GreenMail smtp) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(READER);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }
}
