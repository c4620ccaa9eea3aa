package fr.fabrikaprojets.domain.model.digest;

import java.util.List;

public interface PendingMessageRepository {

    void store(PendingMessage message);

    /** Recipients with messages waiting; at most {@code max}. */
    List<String> recipients(int max);

    /** A recipient's waiting messages, oldest first; at most {@code max}. */
    List<PendingMessage> of(String recipient, int max);

    void remove(PendingMessage message);
}
