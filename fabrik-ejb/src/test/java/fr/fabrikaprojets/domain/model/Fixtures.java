package fr.fabrikaprojets.domain.model;

import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.IntakeChannel;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectDescription;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** Domain objects as the unit tests need them, outside any database (ids stay null unless set). */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private Fixtures() {
    }

    public static Platform platform() {
        return new Platform(Platform.LENS_LIEVIN, "Lens-Liévin", ZoneId.of("Europe/Paris"),
                CalendarRule.lastFridayMorning());
    }

    public static Project project(Platform platform, String title, ProjectState state) {
        Project project = new Project(platform,
                new ProjectHolder(HolderKind.INHABITANTS, "Mme Martin", null, "m@example.org", null, NOW, "2026-11"),
                new ProjectDescription(title, "Un jardin", "Pour le quartier", Set.of(Field.ENVIRONMENT),
                        Set.of(Need.PREMISES), null, null),
                new Commune("62510", "Liévin", "62800", 30000, 2023, platform), IntakeChannel.PUBLIC_FORM, null,
                "127.0.0.1", NOW);
        set(project, "state", state);
        return project;
    }

    public static Organisation organisation(Platform platform, String name) {
        return new Organisation(platform, name, name, OrganisationKind.ASSOCIATION, null);
    }

    public static Session morning(Platform platform, LocalDate date) {
        return new Session(platform, date, LocalTime.of(9, 0), LocalTime.of(12, 0));
    }

    /** Sets a private field, as the database would (ids, states). */
    public static void set(Object target, String name, Object value) {
        try {
            Class<?> type = target.getClass();
            java.lang.reflect.Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
