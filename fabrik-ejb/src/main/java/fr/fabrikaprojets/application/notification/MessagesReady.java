package fr.fabrikaprojets.application.notification;

import java.util.List;

/** Messages a use case wrote; they leave once its transaction has committed, and not at all if it rolls back. */
public record MessagesReady(List<Notification> messages) {

    public static MessagesReady of(Notification... messages) {
        return new MessagesReady(List.of(messages));
    }
}
