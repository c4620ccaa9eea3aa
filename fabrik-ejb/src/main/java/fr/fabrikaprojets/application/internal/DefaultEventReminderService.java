package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.shared.Settings;
import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;

import fr.fabrikaprojets.application.EventReminderService;
import fr.fabrikaprojets.application.notification.MailTexts;
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
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

@Stateless
@Interceptors(ScheduledJobLog.class)
public class DefaultEventReminderService implements EventReminderService {

    static final String DAYS_PROPERTY = "fabrik.events.reminder.days";
    private static final int DEFAULT_DAYS = 2;
    /** A bound per run; what is left waits for the next morning. */
    private static final int MAX_PER_RUN = 1000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private EventRepository events;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<MessagesReady> messages;

    @Inject
    private Clock clock;

    @Schedule(hour = "8", minute = "15", timezone = "Europe/Paris", info = "Rappels des temps forts")
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
        MailTexts texts = MailTexts.in(registration.getLanguage());
        return texts.message(registration.getEmail(), registration.getName(), "event.reminder", "signature.platform",
                "title", event.getTitle(), "day", texts.day(event.getDate()), "start", texts.time(event.getStart()),
                "end", texts.time(event.getEnd()),
                "where", event.getPlace().isDecided() ? texts.text("event.reminder.where", "place",
                        event.getPlace().describe()) : "",
                "online", event.isOnline() ? texts.text("event.reminder.online", "online", event.getOnlineLink()) : "",
                "link", PublicLinks.page("/temps-forts/evenement.xhtml?id=" + event.getId()),
                "platform", event.getCycle().getPlatform().getName());
    }

    private static long days() {
        long days = Settings.number(DAYS_PROPERTY, DEFAULT_DAYS, Long.MIN_VALUE);
        return days < 0 ? DEFAULT_DAYS : days;
    }
}
