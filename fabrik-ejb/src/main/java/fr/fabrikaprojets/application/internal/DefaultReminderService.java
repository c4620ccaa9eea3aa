package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;

import fr.fabrikaprojets.application.ReminderService;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.identity.PeopleDirectory;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.shared.ReminderSchedule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Stateless
@Interceptors(ScheduledJobLog.class)
public class DefaultReminderService implements ReminderService {

    /** A bound per run; what is left waits for the next morning. */
    private static final int MAX_PER_RUN = 500;
    private static final int MAX_RECIPIENTS = 20;

    @Inject
    private PeopleDirectory people;

    @Inject
    private AdviceRepository advice;

    @Inject
    private OrientationRepository orientations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<MessagesReady> messages;

    @Inject
    private Clock clock;

    @Schedule(hour = "8", minute = "0", timezone = "Europe/Paris", info = "Relances du matin")
    void everyMorning() {
        sendDue();
    }

    @Override
    @RolesAllowed(ADMIN)
    public int sendDueReminders() {
        return sendDue();
    }

    private int sendDue() {
        ReminderSchedule schedule = ReminderSchedule.configured();
        Instant now = Instant.now(clock);
        Instant before = now.minus(schedule.first());
        List<Notification> toSend = new ArrayList<>();
        int sent = 0;
        for (Advice awaited : advice.awaitedSince(before, MAX_PER_RUN)) {
            if (awaited.reminderDue(schedule, now)) {
                awaited.reminderSent();
                sent++;
                auditTrail.record("fabrik", awaited.getProject().getPlatform().getCode(), "Advice", awaited.getId(),
                        "advice.reminder", "Relance n° " + awaited.getRemindersSent() + " de la demande d’avis.");
                UserAccount expert = awaited.getExpert();
                String expertEmail = people.emailOf(expert).orElse(null);
                if (expertEmail != null) {
                    toSend.add(MailTexts.in(expert.writesIn()).message(expertEmail, expert.getDisplayName(),
                            "advice.reminder", null, "title", awaited.getProject().getTitle(), "link",
                            PublicLinks.page("/projets/projet.xhtml?id=" + awaited.getProject().getId())));
                }
            }
        }
        for (Orientation waiting : orientations.waitingSince(before, MAX_PER_RUN)) {
            if (waiting.reminderDue(schedule, now)) {
                waiting.reminderSent();
                sent++;
                auditTrail.record("fabrik", waiting.getProject().getPlatform().getCode(), "Orientation",
                        waiting.getId(), "orientation.reminder", "Relance n° " + waiting.getRemindersSent()
                                + " de l’orientation (" + waiting.getState().label() + ").");
                for (UserAccount member : accounts.membersOf(waiting.getOrganisation().getId(), MAX_RECIPIENTS)) {
                    String memberEmail = people.emailOf(member).orElse(null);
                    if (memberEmail != null) {
                        MailTexts texts = MailTexts.in(member.writesIn());
                        toSend.add(texts.message(memberEmail, member.getDisplayName(), "orientation.reminder", null,
                                "title", waiting.getProject().getTitle(), "organisation",
                                waiting.getOrganisation().getShortName(), "need", waiting.getNeed(), "state",
                                texts.text("orientation.state." + waiting.getState().name()), "since",
                                LocalDate.ofInstant(waiting.getLastMovedAt(),
                                        waiting.getProject().getPlatform().getTimeZone()),
                                "link", PublicLinks.page("/projets/projet.xhtml?id="
                                        + waiting.getProject().getId())));
                    }
                }
            }
        }
        if (!toSend.isEmpty()) {
            messages.fire(new MessagesReady(toSend));
        }
        return sent;
    }
}
