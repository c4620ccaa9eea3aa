package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.session.RegistrationRepository;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionRoll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tells those who expect a session that it changed or is cancelled: the people registered (or waiting) and the
 * holders whose project is on its agenda, each once, by e-mail once the change is committed.
 */
@ApplicationScoped
public class SessionChangeNotice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    @Inject
    RegistrationRepository registrations;

    @Inject
    PresentationRepository presentations;

    @Inject
    Event<MessagesReady> messages;

    public void tell(Session session, String originalDay, List<String> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, String> recipients = new LinkedHashMap<>();
        SessionRoll roll = registrations.roll(session.getId());
        Stream.concat(roll.registered().stream(), roll.waiting().stream()).filter(r -> r.getEmail() != null)
                .forEach(r -> recipients.putIfAbsent(r.getEmail(), r.getName()));
        for (Presentation presentation : presentations.agenda(session.getId()).presentations()) {
            String email = presentation.getProject().getHolder().getEmail();
            if (email != null) {
                recipients.putIfAbsent(email, presentation.getProject().getHolder().getName());
            }
        }
        String subject = "La réunion du " + originalDay + " change";
        String body = "La réunion de la Fabrik à projets prévue le " + originalDay + " change :\n\n  - "
                + String.join("\n  - ", changes) + "\n\nLe détail à jour : "
                + PublicLinks.page("/reunions/reunion.xhtml?id=" + session.getId()) + "\n";
        List<Notification> toSend = recipients.entrySet().stream()
                .map(entry -> new Notification(entry.getKey(), subject, "Bonjour " + entry.getValue() + ",\n\n"
                        + body)).toList();
        if (!toSend.isEmpty()) {
            messages.fire(new MessagesReady(toSend));
        }
    }

    public static String day(Session session) {
        return DAY.format(session.getDate());
    }
}
