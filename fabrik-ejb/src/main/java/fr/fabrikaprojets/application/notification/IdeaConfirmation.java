package fr.fabrikaprojets.application.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Confirms to the holder, once it is saved, that their idea has arrived. */
@ApplicationScoped
public class IdeaConfirmation {

    private static final Logger LOG = Logger.getLogger(IdeaConfirmation.class.getName());

    @Inject
    @Any
    Instance<NotificationChannel> channels;

    @Resource
    ManagedExecutorService executor;

    void onIdeaReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) IdeaReceived received) {
        if (received.email() == null) {
            return;
        }
        Notification notification = MailTexts.in(received.language()).message(received.email(),
                received.holderName(), "idea.received", null, "title", received.title(), "platform",
                received.platformName(), "id", String.valueOf(received.projectId()));
        for (NotificationChannel channel : channels) {
            executor.execute(() -> {
                try {
                    channel.deliver(notification);
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "Confirmation de l’idée n° " + received.projectId()
                            + " non envoyée par " + channel.getClass().getSimpleName() + " : " + failed.getMessage());
                }
            });
        }
    }
}
