package fr.fabrikaprojets.application.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import fr.fabrikaprojets.application.internal.DigestQueue;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the messages of a committed use case to every channel, on a managed thread; those for people who chose a
 * weekly digest wait for it instead.
 */
@ApplicationScoped
public class MessageDispatcher {

    private static final Logger LOG = Logger.getLogger(MessageDispatcher.class.getName());

    @Inject
    @Any
    Instance<NotificationChannel> channels;

    @Resource
    ManagedExecutorService executor;

    @Inject
    DigestQueue digests;

    void onMessagesReady(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesReady ready) {
        for (Notification message : ready.messages()) {
            if (!ready.digest() && digests.keepForDigest(message)) {
                continue;
            }
            for (NotificationChannel channel : channels) {
                executor.execute(() -> {
                    try {
                        channel.deliver(message);
                    } catch (RuntimeException failed) {
                        LOG.log(Level.WARNING, "Message « " + message.subject() + " » non envoyé par "
                                + channel.getClass().getSimpleName() + " : " + failed.getMessage());
                    }
                });
            }
        }
    }
}
