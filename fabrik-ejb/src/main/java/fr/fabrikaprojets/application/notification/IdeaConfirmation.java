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
        Notification notification = new Notification(received.email(),
                "Votre idée « " + received.title() + " » est bien arrivée",
                "Bonjour " + received.holderName() + ",\n\n"
                        + "La Fabrik à projets de Lens-Liévin a bien reçu votre idée « " + received.title() + " » "
                        + "(numéro " + received.projectId() + ").\n\n"
                        + "L’animatrice de la plateforme vous recontacte pour en parler et vous proposer de la "
                        + "présenter lors d’une réunion mensuelle.\n\n"
                        + "Vous pouvez à tout moment retirer votre accord, consulter ou faire effacer vos données en "
                        + "répondant à ce message ou en appelant la plateforme.\n\n"
                        + "La Fabrik à projets — plateforme de soutien aux initiatives de développement social\n");
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
