package fr.fabrikaprojets.application.notification;

/**
 * An idea reached the platform; {@code email} is the holder's, or null when they gave only a phone number;
 * {@code language} the one they wrote in.
 */
public record IdeaReceived(long projectId, String title, String holderName, String email, boolean publicForm,
        String platformName, String language) {
}
