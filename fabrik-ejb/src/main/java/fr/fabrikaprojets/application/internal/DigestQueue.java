package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.digest.PendingMessage;
import fr.fabrikaprojets.domain.model.digest.PendingMessageRepository;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Keeps, for their weekly digest, the messages of those who chose one; in its own transaction, since messages leave
 * after the use case's has committed.
 */
@Stateless
@LocalBean
@PermitAll
public class DigestQueue {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PendingMessageRepository pending;

    @Inject
    private Clock clock;

    /** Keeps the message if its recipient wants a digest; returns whether it did (else it is to send now). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean keepForDigest(Notification message) {
        if (!accounts.wantsWeeklyDigest(message.recipient())) {
            return false;
        }
        pending.store(new PendingMessage(message.recipient(), message.subject(), message.body(), Instant.now(clock)));
        return true;
    }
}
