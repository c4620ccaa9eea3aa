package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ProjectFile;
import fr.fabrikaprojets.application.ProjectFileService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.IntakeChannel;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ideas and projects through the service, inside WildFly: the public form with good, bad and hostile input, the
 * coordinator's intake with its duplicate check, the lifecycle by role, the filtered list. Each test sends from an
 * address of its own (documentation ranges), so the per-address limit of one does not stop another.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectServiceIT {

    private static final String LIEVIN = "62510";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(ProjectServiceIT.class, AsCoordinator.class, AsStaff.class,
                AsPartner.class, AsAdmin.class);
    }

    @Inject
    ProjectService projects;

    @Inject
    ProjectFileService files;

    @Inject
    RequestOrigin origin;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsPartner partner;

    private static IdeaSubmission idea(String title, String commune, String email, boolean consent) {
        return new IdeaSubmission(HolderKind.INFORMAL_GROUP, "Les voisins " + UUID.randomUUID().toString().substring(0, 6),
                "Mme Dupont", email, null, title, "Cultiver ensemble un terrain en friche.",
                "Pour les familles du quartier et l'école.", Set.of(Field.ENVIRONMENT, Field.SOCIAL), commune,
                "Cité 9", "Chantiers participatifs le samedi.", Set.of(Need.PREMISES, Need.EQUIPMENT), consent);
    }

    private long countIn(String commune) {
        return coordinator.call(() -> projects.projects(
                new ProjectFilter(Platform.LENS_LIEVIN, null, commune, null), 0, 1)).getTotal();
    }

    private static Set<String> messages(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
    }

    @Test
    void anInhabitantSendsAnIdeaThroughThePublicForm() {
        origin.arrivedFrom("192.0.2.1");
        Project received = projects.submitIdea(Platform.LENS_LIEVIN,
                idea("Jardin partagé de la cité 9", LIEVIN, "voisins@example.org", true));

        Project project = coordinator.call(() -> projects.getProject(received.getId()));
        assertEquals(ProjectState.RECEIVED, project.getState());
        assertEquals(IntakeChannel.PUBLIC_FORM, project.getIntakeChannel());
        assertEquals("Liévin", project.getCommune().getName());
        assertEquals(Set.of(Field.ENVIRONMENT, Field.SOCIAL), project.getFields());
        // The project page reads the project with its fields and needs in one statement, a row per pair of them.
        Project onItsPage = coordinator.call(() -> files.read(received.getId(), ProjectFile.Part.SUMMARY, 0, 15,
                Set.of())).getProject();
        assertEquals(Set.of(Field.ENVIRONMENT, Field.SOCIAL), onItsPage.getFields());
        assertEquals(Set.of(Need.PREMISES, Need.EQUIPMENT), onItsPage.getNeeds());
        assertEquals("2026-11", project.getHolder().getConsentTextVersion());
        assertNotNull(project.getHolder().getConsentGivenAt());
        Page<TimelineEvent> timeline = coordinator.call(() -> projects.timeline(received.getId(), 0, 10));
        assertEquals(1, timeline.getTotal());
        assertEquals(TimelineEvent.Kind.INTAKE, timeline.getItems().get(0).getKind());
        assertEquals("public", timeline.getItems().get(0).getActor());
    }

    @Test
    void withoutConsentNothingIsStored() {
        origin.arrivedFrom("192.0.2.2");
        long before = countIn(LIEVIN);
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> projects.submitIdea(Platform.LENS_LIEVIN, idea("Atelier cuisine", LIEVIN, "a@example.org", false)));
        assertTrue(messages(refused).contains(
                "Votre accord est nécessaire pour que la plateforme enregistre et traite ces informations."));
        assertEquals(before, countIn(LIEVIN));
    }

    @Test
    void aScriptInTheTitleIsRefusedAndNothingIsStored() {
        origin.arrivedFrom("192.0.2.3");
        long before = countIn(LIEVIN);
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> projects.submitIdea(Platform.LENS_LIEVIN,
                        idea("<script>alert('x')</script>", LIEVIN, "b@example.org", true)));
        assertTrue(messages(refused).contains("Le titre ne peut pas contenir les caractères < et >."));
        assertEquals(before, countIn(LIEVIN));
    }

    @Test
    void missingContactsWrongEmailAndACommuneOutsideTheTerritoryAreRefused() {
        origin.arrivedFrom("192.0.2.4");
        BusinessException noContact = assertThrows(BusinessException.class,
                () -> projects.submitIdea(Platform.LENS_LIEVIN, idea("Théâtre", LIEVIN, null, true)));
        assertTrue(noContact.getMessage().startsWith("Indiquez une adresse e-mail ou un numéro de téléphone"));
        ConstraintViolationException badEmail = assertThrows(ConstraintViolationException.class,
                () -> projects.submitIdea(Platform.LENS_LIEVIN, idea("Théâtre", LIEVIN, "pas-une-adresse", true)));
        assertTrue(messages(badEmail).contains("L’adresse e-mail n’est pas valide."));
        BusinessException arras = assertThrows(BusinessException.class,
                () -> projects.submitIdea(Platform.LENS_LIEVIN, idea("Théâtre", "62041", "c@example.org", true)));
        assertEquals("Choisissez une commune du territoire de Lens-Liévin.", arras.getMessage());
    }

    @Test
    void oneAddressCannotFloodTheForm() {
        origin.arrivedFrom("198.51.100.9");
        for (int i = 0; i < 5; i++) {
            projects.submitIdea(Platform.LENS_LIEVIN, idea("Contes en yourte " + i, LIEVIN, "d@example.org", true));
        }
        BusinessException refused = assertThrows(BusinessException.class,
                () -> projects.submitIdea(Platform.LENS_LIEVIN, idea("Contes en yourte 6", LIEVIN, "d@example.org", true)));
        assertTrue(refused.getMessage().contains("Réessayez dans une heure"));
        origin.arrivedFrom("198.51.100.10");
        assertNotNull(projects.submitIdea(Platform.LENS_LIEVIN, idea("Contes", LIEVIN, "e@example.org", true)),
                "another address is not limited");
    }

    @Test
    void theCoordinatorEntersAnIdeaAfterSeeingSimilarOnes() {
        origin.arrivedFrom("192.0.2.6");
        String unique = "Ressourcerie" + UUID.randomUUID().toString().substring(0, 6);
        projects.submitIdea(Platform.LENS_LIEVIN, idea(unique + " solidaire", LIEVIN, "f@example.org", true));

        IdeaSubmission byPhone = idea(unique + " du quartier", LIEVIN, null, true);
        IdeaSubmission withPhone = new IdeaSubmission(byPhone.holderKind(), byPhone.holderName(), null, null,
                "03 21 71 44 33", byPhone.title(), byPhone.idea(), byPhone.collectiveAim(), byPhone.fields(),
                byPhone.communeCode(), null, null, byPhone.needs(), true);
        List<Project> similar = coordinator.call(() -> projects.similarProjects(Platform.LENS_LIEVIN, withPhone));
        assertTrue(similar.stream().anyMatch(project -> project.getTitle().startsWith(unique)), "found before saving");

        Project entered = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, withPhone));
        assertEquals(IntakeChannel.STAFF, entered.getIntakeChannel());
        assertEquals("test-animatrice", entered.getEnteredBy());
        assertEquals("0321714433", entered.getHolder().getPhone());
        assertThrows(EJBAccessException.class,
                () -> staff.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, withPhone)));
        assertThrows(EJBAccessException.class, () -> projects.registerOnBehalf(Platform.LENS_LIEVIN, withPhone));
    }

    @Test
    void theLifecycleIsFollowedByRoleWithReasonsWhereADoorCloses() {
        origin.arrivedFrom("192.0.2.7");
        Project project = projects.submitIdea(Platform.LENS_LIEVIN, idea("Cycle de conférences", LIEVIN, "g@example.org", true));

        assertThrows(BusinessException.class, () -> staff.call(() -> projects.changeState(project.getId(),
                project.getVersion(), ProjectState.TO_PRESENT, null)), "staff do not schedule presentations");
        assertThrows(EJBAccessException.class, () -> partner.call(() -> projects.changeState(project.getId(),
                project.getVersion(), ProjectState.TO_PRESENT, null)));
        Project toPresent = coordinator.call(() -> projects.changeState(project.getId(), project.getVersion(),
                ProjectState.TO_PRESENT, null));
        assertEquals(ProjectState.TO_PRESENT, toPresent.getState());

        BusinessException noReason = assertThrows(BusinessException.class, () -> coordinator.call(
                () -> projects.changeState(project.getId(), toPresent.getVersion(), ProjectState.ABANDONED, "")));
        assertTrue(noReason.getMessage().startsWith("Indiquez pourquoi"));
        BusinessException skipping = assertThrows(BusinessException.class, () -> coordinator.call(
                () -> projects.changeState(project.getId(), toPresent.getVersion(), ProjectState.REALISED, null)));
        assertTrue(skipping.getMessage().contains("ne peut pas passer"));
        BusinessException stale = assertThrows(BusinessException.class, () -> coordinator.call(
                () -> projects.changeState(project.getId(), project.getVersion(), ProjectState.PRESENTED, null)));
        assertTrue(stale.getMessage().contains("modifié par quelqu’un d’autre"));

        Project abandoned = coordinator.call(() -> projects.changeState(project.getId(), toPresent.getVersion(),
                ProjectState.ABANDONED, "Le groupe s'est dissous"));
        assertEquals("Le groupe s'est dissous", abandoned.getStateReason());
        Page<TimelineEvent> timeline = staff.call(() -> projects.timeline(project.getId(), 0, 10));
        assertEquals(3, timeline.getTotal());
        assertEquals("État : à présenter → abandonnée (Le groupe s'est dissous).",
                timeline.getItems().get(0).getDescription(), "newest first");

        // The same query, page after page: each read takes its own offset and size, whatever the reads before.
        List<String> all = descriptions(timeline);
        assertEquals(all.subList(0, 2), descriptions(staff.call(() -> projects.timeline(project.getId(), 0, 2))));
        assertEquals(all.subList(2, 3), descriptions(staff.call(() -> projects.timeline(project.getId(), 2, 2))));
        assertEquals(all.subList(1, 2), descriptions(staff.call(() -> projects.timeline(project.getId(), 1, 1))));
        assertEquals(all, descriptions(staff.call(() -> projects.timeline(project.getId(), 0, 10))));
    }

    private static List<String> descriptions(Page<TimelineEvent> timeline) {
        return timeline.getItems().stream().map(TimelineEvent::getDescription).toList();
    }

    @Test
    void theListIsFilteredAndPaginatedInTheDatabase() {
        origin.arrivedFrom("192.0.2.8");
        String commune = "62001";
        long culture = coordinator.call(() -> projects.projects(
                new ProjectFilter(Platform.LENS_LIEVIN, null, commune, Field.CULTURE), 0, 1)).getTotal();
        for (Field field : List.of(Field.CULTURE, Field.CULTURE, Field.SPORT)) {
            IdeaSubmission base = idea("Projet " + field, commune, "h@example.org", true);
            projects.submitIdea(Platform.LENS_LIEVIN, new IdeaSubmission(base.holderKind(), base.holderName(), null,
                    base.email(), null, base.title(), base.idea(), base.collectiveAim(), Set.of(field), commune, null,
                    null, Set.of(), true));
        }
        Page<Project> page = staff.call(() -> projects.projects(
                new ProjectFilter(Platform.LENS_LIEVIN, ProjectState.RECEIVED, commune, Field.CULTURE), 0, 1));
        assertEquals(culture + 2, page.getTotal());
        assertEquals(1, page.getItems().size());
        assertTrue(page.hasNext());
        assertTrue(page.getItems().stream().allMatch(project -> project.getFields().contains(Field.CULTURE)));
        assertEquals(0, partner.call(() -> projects.projects(new ProjectFilter(Platform.LENS_LIEVIN, null, null,
                null), 0, 10)).getTotal(), "a partner's member sees only the projects their organisation is in");
    }
}
