package fr.fabrikaprojets.application.notification;

import java.util.List;

/** Messages a use case wrote; they leave once its transaction has committed, and not at all if it rolls back. */
public record MessagesReady(List<Notification> messages, boolean digest) {

    public MessagesReady(List<Notification> messages) {
        this(messages, false);
    }

    public static MessagesReady of(Notification... messages) {
        return new MessagesReady(List.of(messages));
    }

    /** The weekly digests themselves, which are sent, not kept for the next digest. */
    public static MessagesReady digests(List<Notification> digests) {
        return new MessagesReady(digests, true);
    }
}
