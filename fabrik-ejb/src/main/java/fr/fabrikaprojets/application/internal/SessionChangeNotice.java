package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.session.RegistrationRepository;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionRoll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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

    /** What a session was before an edit, to tell each recipient what changed in their language. */
    public record Before(LocalDate date, LocalTime start, LocalTime end, String place, SessionMode mode,
            String videoLink) {

        /** The place as written for people, or null while it is to be decided. */
        public static Before of(Session session) {
            return new Before(session.getDate(), session.getStartTime(), session.getEndTime(),
                    session.getPlace().isDecided() ? session.getPlace().describe() : null, session.getMode(),
                    session.getVideoLink());
        }
    }

    /**
     * Tells the people registered for a session and the holders on its agenda what changed since {@code before}
     * (date, times, place, mode, link), each in their language; nothing when nothing they would notice changed.
     */
    public void tell(Session session, Before before) {
        send(session, before.date(), texts -> changes(texts, before, Before.of(session)));
    }

    /** Tells them that the session is cancelled, and why. */
    public void tellCancelled(Session session) {
        send(session, session.getDate(), texts -> List.of(texts.text("session.change.cancelled", "reason",
                session.getCancellationReason())));
    }

    private void send(Session session, LocalDate originalDate, Function<MailTexts, List<String>> changes) {
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
        List<Notification> toSend = new ArrayList<>();
        for (Map.Entry<String, Recipient> entry : recipients.entrySet()) {
            MailTexts texts = MailTexts.in(entry.getValue().language());
            List<String> lines = changes.apply(texts);
            if (!lines.isEmpty()) {
                toSend.add(texts.message(entry.getKey(), entry.getValue().name(), "session.changed", null, "day",
                        texts.day(originalDate), "changes", String.join("\n  - ", lines), "link", link));
            }
        }
        if (!toSend.isEmpty()) {
            messages.fire(new MessagesReady(toSend));
        }
    }

    private static List<String> changes(MailTexts texts, Before before, Before after) {
        List<String> lines = new ArrayList<>();
        if (!before.date().equals(after.date())) {
            lines.add(texts.text("session.change.date", "from", texts.day(before.date()), "to",
                    texts.day(after.date())));
        }
        if (!before.start().equals(after.start()) || !before.end().equals(after.end())) {
            lines.add(texts.text("session.change.times", "from", hours(texts, before), "to", hours(texts, after)));
        }
        if (!Objects.equals(before.place(), after.place())) {
            lines.add(texts.text("session.change.place", "from", place(texts, before), "to", place(texts, after)));
        }
        if (before.mode() != after.mode()) {
            lines.add(texts.text("session.change.mode", "from", texts.text("session.mode." + before.mode().name()),
                    "to", texts.text("session.mode." + after.mode().name())));
        }
        if (after.videoLink() != null && !after.videoLink().equals(before.videoLink())) {
            lines.add(texts.text("session.change.link", "link", after.videoLink()));
        }
        return lines;
    }

    private static String hours(MailTexts texts, Before session) {
        return texts.time(session.start()) + "–" + texts.time(session.end());
    }

    private static String place(MailTexts texts, Before session) {
        return session.place() == null ? texts.text("session.place.undecided") : session.place();
    }

    private record Recipient(String name, String language) {
    }
}
