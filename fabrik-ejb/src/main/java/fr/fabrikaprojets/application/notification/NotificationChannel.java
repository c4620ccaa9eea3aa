package fr.fabrikaprojets.application.notification;

/**
 * A way to reach people. Fabrik delivers every notification to each channel present; e-mail is built in
 * ({@code infrastructure.mail.MailChannel}). An institution adds its own (the portal's notification centre, SMS) as
 * a CDI bean implementing this interface in a jar of the EAR's {@code lib/}.
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class PortalChannel implements NotificationChannel {
 *     public void deliver(Notification notification) { portal.post(notification.recipient(), notification.body()); }
 * }
 * </pre>
 */
public interface NotificationChannel {

    /** Delivers or throws; a failure is logged and does not stop other channels. */
    void deliver(Notification notification);
}
