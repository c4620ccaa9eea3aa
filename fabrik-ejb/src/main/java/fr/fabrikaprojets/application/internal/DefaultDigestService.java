package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.DigestService;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.digest.PendingMessage;
import fr.fabrikaprojets.domain.model.digest.PendingMessageRepository;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.List;

@Stateless
@Interceptors(ScheduledJobLog.class)
public class DefaultDigestService implements DigestService {

    private static final int MAX_RECIPIENTS = 1000;
    private static final int MAX_PER_DIGEST = 200;

    @Inject
    private PendingMessageRepository pending;

    @Inject
    private ProjectAccess access;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<MessagesReady> messages;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public boolean weeklyDigest() {
        return access.account(context).map(UserAccount::isWeeklyDigest).orElse(false);
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public void chooseWeeklyDigest(boolean weekly) {
        UserAccount account = access.account(context).orElseThrow(() -> BusinessException.notFound(
                "Votre compte n’est pas dans l’annuaire de Fabrik : vos préférences ne peuvent pas y être gardées."));
        account.chooseWeeklyDigest(weekly);
        auditTrail.record(account.getUsername(), null, "UserAccount", account.getId(), "account.digest",
                weekly ? "Résumé hebdomadaire choisi." : "Messages un par un choisis.");
    }

    @Schedule(dayOfWeek = "Mon", hour = "8", minute = "30", timezone = "Europe/Paris", info = "Résumés hebdomadaires")
    void everyMonday() {
        send();
    }

    @Override
    @RolesAllowed(ADMIN)
    public int sendDigests() {
        return send();
    }

    private int send() {
        List<Notification> digests = new ArrayList<>();
        for (String recipient : pending.recipients(MAX_RECIPIENTS)) {
            List<PendingMessage> waiting = pending.of(recipient, MAX_PER_DIGEST);
            MailTexts texts = MailTexts.in(accounts.languageOf(recipient).orElse(null));
            String count = String.valueOf(waiting.size());
            StringBuilder body = new StringBuilder(texts.text("greeting.anonymous")).append(texts.text("digest.intro",
                    "count", count, "messages", texts.text(waiting.size() > 1 ? "digest.messages" : "digest.message")));
            for (PendingMessage message : waiting) {
                body.append("\n──────── ").append(message.getSubject()).append(" ────────\n\n")
                        .append(message.getBody().strip()).append('\n');
                pending.remove(message);
            }
            body.append(texts.text("digest.outro"));
            digests.add(new Notification(recipient, texts.text("digest.subject", "count", count), body.toString()));
        }
        if (!digests.isEmpty()) {
            messages.fire(MessagesReady.digests(digests));
        }
        return digests.size();
    }
}
