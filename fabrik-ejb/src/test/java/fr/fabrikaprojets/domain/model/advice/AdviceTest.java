package fr.fabrikaprojets.domain.model.advice;

import static fr.fabrikaprojets.domain.model.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.Fixtures;
import fr.fabrikaprojets.domain.model.identity.PasswordHash;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.ReminderSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Advice asked, given (confidential or shared), answered by the holder, or withdrawn. */
class AdviceTest {

    private final Platform platform = Fixtures.platform();
    private final Organisation centre = Fixtures.organisation(platform, "Centre social");
    private final Project project = Fixtures.project(platform, "Jardin", ProjectState.PRESENTED);

    @Test
    void onlyAMemberOfAnOrganisationIsAskedAndWithAnIntroduction() {
        UserAccount loner = member(null);
        assertThrows(BusinessException.class, () -> Advice.request(project, loner, "Votre avis ?", null, "a", NOW));
        assertThrows(BusinessException.class, () -> Advice.request(project, member(centre), " ", null, "a", NOW));
        Advice advice = Advice.request(project, member(centre), "Votre avis sur les locaux ?", null, "a", NOW);
        assertEquals(AdviceStatus.REQUESTED, advice.getStatus());
        assertEquals(centre, advice.getOrganisation());
    }

    @Test
    void aQuestionMustBeAnsweredAndTheReaderChosen() {
        Advice advice = Advice.request(project, member(centre), "Votre avis ?", "Pouvez-vous prêter une salle ?", "a",
                NOW);
        assertThrows(BusinessException.class, () -> advice.give("Oui, le mardi.", null, Visibility.SHARED, "s", NOW));
        assertThrows(BusinessException.class, () -> advice.give("Oui, le mardi.", true, null, "s", NOW));
        assertThrows(BusinessException.class, () -> advice.give("", true, Visibility.SHARED, "s", NOW));
        assertEquals(AdviceStatus.REQUESTED, advice.getStatus(), "refused answers change nothing");
        String change = advice.give("Oui, le mardi.", true, Visibility.SHARED, "s", NOW);
        assertEquals("Avis de Centre social : partagé avec le porteur.", change);
        assertTrue(advice.isShared());
        assertEquals(Boolean.TRUE, advice.getAnswer());
        assertThrows(BusinessException.class, () -> advice.give("Encore", true, Visibility.SHARED, "s", NOW));
    }

    @Test
    void confidentialAdviceIsNotSharedNorQuotedInTheTimelineAndCannotBeRepliedTo() {
        Advice advice = Advice.request(project, member(centre), "Votre avis ?", null, "a", NOW);
        String change = advice.give("Le porteur est fragile, avancer doucement.", null, Visibility.CONFIDENTIAL, "s",
                NOW);
        assertFalse(change.contains("fragile"), change);
        assertFalse(advice.isShared());
        assertThrows(BusinessException.class, () -> advice.reply("Merci"));
    }

    @Test
    void aRequestIsWithdrawnOnlyWhileAwaitedAndRemindedOnSchedule() {
        ReminderSchedule schedule = new ReminderSchedule(List.of(9, 21, 45));
        Advice advice = Advice.request(project, member(centre), "Votre avis ?", null, "a", NOW);
        assertTrue(advice.reminderDue(schedule, NOW.plus(Duration.ofDays(9))));
        advice.revoke(NOW);
        assertEquals(AdviceStatus.REVOKED, advice.getStatus());
        assertFalse(advice.reminderDue(schedule, NOW.plus(Duration.ofDays(9))), "a withdrawn request is not reminded");
        assertThrows(BusinessException.class, () -> advice.give("Trop tard", null, Visibility.SHARED, "s", NOW));
        assertThrows(BusinessException.class, () -> advice.revoke(NOW));
    }

    @Test
    void adviceIsNotAskedOnAClosedProject() {
        Project closed = Fixtures.project(platform, "Fini", ProjectState.REALISED);
        assertThrows(BusinessException.class, () -> Advice.request(closed, member(centre), "Avis ?", null, "a", NOW));
    }

    private UserAccount member(Organisation organisation) {
        UserAccount account = new UserAccount("sacha", "Sacha", "s@example.org", PasswordHash.of("x".toCharArray()),
                Set.of("partner"));
        account.joinOrganisation(organisation);
        return account;
    }
}
