package fr.fabrikaprojets.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;

/**
 * The test SMTP server (GreenMail, where {@code -Dfabrik.smtp.port} points the server) and a wait for a message:
 * e-mails leave after their transaction commits, on another thread, so a test waits for them, 20 seconds at most.
 * In-container tests add this class (and the GreenMail jar) to their deployment.
 */
final class Mailbox {

    private Mailbox() {
    }

    static GreenMail start() {
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** The body of the newest message to {@code recipient} whose subject contains {@code subject}. */
    static String waitFor(GreenMail smtp, String recipient, String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = smtp.getReceivedMessages();
            for (int i = received.length - 1; i >= 0; i--) {
                MimeMessage message = received[i];
                if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))
                        && message.getSubject().contains(subject)) {
                    return (String) message.getContent();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No message « " + subject + " » to " + recipient);
    }
}
