package fr.fabrikaprojets.it.institution;

import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.application.notification.NotificationChannel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An institution's own channel (its portal's notification centre), dropped into the EAR's lib/ by a test. */
@ApplicationScoped
public class RecordingChannel implements NotificationChannel {

    public static final List<Notification> DELIVERED = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(Notification notification) {
        DELIVERED.add(notification);
    }
}
