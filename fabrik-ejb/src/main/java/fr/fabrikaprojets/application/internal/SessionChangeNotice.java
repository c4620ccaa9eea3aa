package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.session.RegistrationRepository;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionRoll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tells those who expect a session that it changed or is cancelled: the people registered (or waiting) and the
 * holders whose project is on its agenda, each once, by e-mail once the change is committed.
 */
@ApplicationScoped
public class SessionChangeNotice {

    @Inject
    RegistrationRepository registrations;

    @Inject
    PresentationRepository presentations;

    @Inject
    Event<MessagesReady> messages;

    /**
     * Tells the people registered for a session and the holders on its agenda that it changed ({@code changes}, as
     * the audit trail words them, in French: an English message points to the page instead).
     */
    public void tell(Session session, LocalDate originalDate, List<String> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        SessionRoll roll = registrations.roll(session.getId());
        Stream.concat(roll.registered().stream(), roll.waiting().stream()).filter(r -> r.getEmail() != null)
                .forEach(r -> recipients.putIfAbsent(r.getEmail(), new Recipient(r.getName(), r.getLanguage())));
        for (Presentation presentation : presentations.agenda(session.getId()).presentations()) {
            ProjectHolder holder = presentation.getProject().getHolder();
            if (holder.getEmail() != null) {
                recipients.putIfAbsent(holder.getEmail(), new Recipient(holder.getName(), holder.getLanguage()));
            }
        }
        String link = PublicLinks.page("/reunions/reunion.xhtml?id=" + session.getId());
        List<Notification> toSend = recipients.entrySet().stream().map(entry -> {
            MailTexts texts = MailTexts.in(entry.getValue().language());
            return texts.message(entry.getKey(), entry.getValue().name(), "session.changed", null, "day",
                    texts.day(originalDate), "changes", String.join("\n  - ", changes), "link", link);
        }).toList();
        if (!toSend.isEmpty()) {
            messages.fire(new MessagesReady(toSend));
        }
    }

    private record Recipient(String name, String language) {
    }
}
