package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.FollowUpService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Action;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Following projects between sessions: next steps with an owner and a due date, the overdue list, and the projects
 * with no news for the configured time (60 days by default), inside WildFly.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(FollowUpIT.class, AsCoordinator.class, AsStaff.class, AsPartner.class);
    }

    @Inject
    ProjectService projects;

    @Inject
    FollowUpService followUp;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsPartner partner;

    @Test
    void anActionIsFollowedUntilDoneAndListedWhileOverdue() throws Exception {
        long id = newProject("Repair café de la cité").getId();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        BusinessException past = assertThrows(BusinessException.class, () -> staff.call(
                () -> followUp.addAction(id, "Envoyer le dossier", "Mme Dupont", today.minusDays(1))));
        assertEquals("L’échéance ne peut pas être dans le passé.", past.getMessage());
        assertThrows(BusinessException.class, () -> staff.call(() -> followUp.addAction(id, " ", "Mme Dupont",
                today.plusDays(3))));
        assertThrows(EJBAccessException.class, () -> partner.call(() -> followUp.addAction(id, "Visiter le local",
                "Sacha", today.plusDays(3))));

        Action action = staff.call(() -> followUp.addAction(id, "Envoyer le dossier CAF", "Mme Dupont",
                today.plusDays(3)));
        assertFalse(overdueContains(action.getId()), "not due yet");
        sql("UPDATE project_actions SET due_date = ? WHERE id = ?", java.sql.Date.valueOf(today.minusDays(2)),
                action.getId());
        assertTrue(overdueContains(action.getId()), "two days late, it is on the overdue list");

        Action done = coordinator.call(() -> followUp.closeAction(action.getId(), action.getVersion(),
                Action.Status.DONE));
        assertEquals(Action.Status.DONE, done.getStatus());
        assertFalse(overdueContains(action.getId()), "done, it leaves the list");
        assertThrows(BusinessException.class, () -> coordinator.call(() -> followUp.closeAction(action.getId(),
                done.getVersion(), Action.Status.CANCELLED)));
        assertTrue(coordinator.call(() -> projects.timeline(id, 0, 10)).getItems().stream()
                .anyMatch(e -> e.getDescription().equals("Action « Envoyer le dossier CAF » (Mme Dupont) : faite.")));
    }

    @Test
    void aProjectWithNoNewsForSixtyDaysIsListedUntilSomethingHappens() throws Exception {
        Project silent = newProject("Chorale des quartiers");
        Project closed = newProject("Fête déjà passée");
        coordinator.run(() -> projects.changeState(closed.getId(), closed.getVersion(), ProjectState.ABANDONED,
                "Le groupe s’est dispersé."));
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(61)));
        sql("UPDATE projects SET last_activity_at = ? WHERE id = ?", longAgo, silent.getId());
        sql("UPDATE projects SET last_activity_at = ? WHERE id = ?", longAgo, closed.getId());

        assertEquals(60, staff.call(() -> followUp.inactivityDays()));
        assertTrue(inactiveContains(silent.getId()), "61 days without news");
        assertFalse(inactiveContains(closed.getId()), "an abandoned project is not followed any more");

        staff.run(() -> followUp.addAction(silent.getId(), "Rappeler la cheffe de chœur", "Camille",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7)));
        assertFalse(inactiveContains(silent.getId()), "anything on its timeline is news");
    }

    private boolean overdueContains(long actionId) {
        return staff.call(() -> followUp.overdueActions(Platform.LENS_LIEVIN, 0, 100)).getItems().stream()
                .anyMatch(a -> a.getId() == actionId);
    }

    private boolean inactiveContains(long projectId) {
        return coordinator.call(() -> followUp.inactiveProjects(Platform.LENS_LIEVIN, 0, 100)).getItems().stream()
                .anyMatch(p -> p.getId() == projectId);
    }

    private Project newProject(String title) {
        return coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, new IdeaSubmission(
                HolderKind.INHABITANTS, "M. " + UUID.randomUUID().toString().substring(0, 6), null, null,
                "03 21 11 22 33", title, "Une idée.", "Pour le quartier.", Set.of(Field.SOCIAL), "62413", null, null,
                Set.of(Need.VOLUNTEERS), true)));
    }

    private static void sql(String statement, Object value, long id) throws Exception {
        DataSource data = InitialContext.doLookup("java:jboss/datasources/FabrikDS");
        try (Connection connection = data.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            update.setObject(1, value);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
