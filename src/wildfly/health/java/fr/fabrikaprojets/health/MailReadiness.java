package fr.fabrikaprojets.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Properties;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the mail server of the mail session accepts a connection. Fabrik sends its confirmations and reminders
 * through it; a probe that waited on a silent server would hang, hence short time-outs of its own.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    private static final String TIMEOUT_MILLIS = "2000";

    @Resource(lookup = "java:jboss/mail/Fabrik")
    private Session mail;

    @Override
    public HealthCheckResponse call() {
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        String server = properties.getProperty("mail.smtp.host") + ":" + properties.getProperty("mail.smtp.port");
        try (Transport transport = Session.getInstance(properties).getTransport("smtp")) {
            transport.connect();
            return HealthCheckResponse.named("messagerie").up().withData("serveur", server).build();
        } catch (MessagingException unreachable) {
            return HealthCheckResponse.named("messagerie").down().withData("serveur", server).build();
        }
    }
}
