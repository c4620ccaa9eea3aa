package fr.fabrikaprojets.application.notification;

import java.io.Serializable;

/**
 * A message for one person: an e-mail address (or, for other channels, their own address form), a subject and a
 * plain-text body, in French.
 */
public record Notification(String recipient, String subject, String body) implements Serializable {
}
