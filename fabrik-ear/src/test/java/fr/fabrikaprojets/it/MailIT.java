package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Project;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The holder of an idea receives a confirmation e-mail, in French, through the server's mail session: a real SMTP
 * server (GreenMail) listens where {@code -Dfabrik.smtp.port} points the server in arquillian.xml.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    static final int SMTP_PORT = 3025;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fabrikEarTesting(MailIT.class);
        ear.addAsLibrary(new File(System.getProperty("greenmail.jar")));
        return ear;
    }

    @Inject
    ProjectService projects;

    @Inject
    RequestOrigin origin;

    @Test
    void theHolderReceivesAConfirmationOfTheirIdea() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            origin.arrivedFrom("192.0.2.50");
            Project project = projects.submitIdea(Platform.LENS_LIEVIN, new IdeaSubmission(HolderKind.INHABITANTS,
                    "Mme Benali", null, "porteuse@example.org", null, "Fête des voisins", "Une fête dans la rue.",
                    "Pour que les voisins se rencontrent.", Set.of(Field.SOCIAL), "62510", null, null, Set.of(), true));

            assertTrue(smtp.waitForIncomingEmail(20_000, 1), "a message arrived");
            MimeMessage message = smtp.getReceivedMessages()[0];
            assertEquals("porteuse@example.org", message.getAllRecipients()[0].toString());
            assertEquals("Votre idée « Fête des voisins » est bien arrivée", message.getSubject());
            String body = GreenMailUtil.getBody(message);
            assertTrue(message.getContentType().toLowerCase().contains("utf-8"), message.getContentType());
            assertTrue(GreenMailUtil.getWholeMessage(message).contains(String.valueOf(project.getId())), body);
        } finally {
            smtp.stop();
        }
    }
}
