package fr.fabrikaprojets.infrastructure.mail;

import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.application.notification.NotificationChannel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;

/** The built-in notification channel: a plain-text UTF-8 e-mail. */
@ApplicationScoped
public class MailChannel implements NotificationChannel {

    @Resource(lookup = "java:jboss/mail/Fabrik")
    private Session mail;

    @Override
    public void deliver(Notification notification) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(notification.recipient(), true));
            message.setSubject(notification.subject(), "UTF-8");
            message.setText(notification.body(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Envoi impossible à " + notification.recipient() + " : " + e.getMessage(), e);
        }
    }
}
