package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.shared.Settings;
import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;

import fr.fabrikaprojets.application.EventReminderService;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.event.EventRegistration;
import fr.fabrikaprojets.domain.model.event.EventRepository;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Stateless
public class DefaultEventReminderService implements EventReminderService {

    static final String DAYS_PROPERTY = "fabrik.events.reminder.days";
    private static final int DEFAULT_DAYS = 2;
    /** A bound per run; what is left waits for the next morning. */
    private static final int MAX_PER_RUN = 1000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    @Inject
    private EventRepository events;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<MessagesReady> messages;

    @Inject
    private Clock clock;

    @Schedule(hour = "8", minute = "15", persistent = false, info = "Rappels des temps forts")
    void everyMorning() {
        sendDue();
    }

    @Override
    @RolesAllowed(ADMIN)
    public int sendDueReminders() {
        return sendDue();
    }

    private int sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        Instant now = Instant.now(clock);
        List<Notification> toSend = new ArrayList<>();
        for (EventRegistration registration : events.awaitingReminder(today, today.plusDays(days()), MAX_PER_RUN)) {
            if (!registration.awaitsReminder()) {
                continue;
            }
            PublicEvent event = registration.getEvent();
            if (!event.acceptsRegistrations(now.atZone(PARIS))) {
                continue;
            }
            registration.reminded(now);
            toSend.add(reminder(registration, event));
            auditTrail.record("fabrik", event.getCycle().getPlatform().getCode(), DefaultTempsFortsService.EVENT,
                    event.getId(), "event.reminder", "Rappel envoyé avant « " + event.getTitle() + " ».");
        }
        if (!toSend.isEmpty()) {
            messages.fire(new MessagesReady(toSend));
        }
        return toSend.size();
    }

    private static Notification reminder(EventRegistration registration, PublicEvent event) {
        StringBuilder text = new StringBuilder("Bonjour ").append(registration.getName()).append(",\n\n")
                .append("Vous êtes inscrit·e à « ").append(event.getTitle()).append(" ».\n")
                .append("Quand : ").append(DAY.format(event.getDate())).append(", de ")
                .append(TIME.format(event.getStart())).append(" à ").append(TIME.format(event.getEnd())).append(".\n");
        if (event.getPlace().isDecided()) {
            text.append("Où : ").append(event.getPlace().describe()).append(".\n");
        }
        if (event.isOnline()) {
            text.append("En ligne : ").append(event.getOnlineLink()).append("\n");
        }
        text.append("\nLe programme : ").append(PublicLinks.page("/temps-forts/evenement.xhtml?id=" + event.getId()))
                .append("\n\nSi vous ne pouvez plus venir, prévenez l’animatrice de la plateforme : votre place ira à "
                        + "une personne en liste d’attente.\n\nLa Fabrik à projets — Lens-Liévin\n");
        return new Notification(registration.getEmail(), "Rappel : « " + event.getTitle() + " » le "
                + DAY.format(event.getDate()), text.toString());
    }

    private static long days() {
        long days = Settings.number(DAYS_PROPERTY, DEFAULT_DAYS, Long.MIN_VALUE);
        return days < 0 ? DEFAULT_DAYS : days;
    }
}
