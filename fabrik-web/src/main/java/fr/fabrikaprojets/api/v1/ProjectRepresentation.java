package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Project;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A project as the API shows it to those who may see it. No holder's name nor contact: the portal shows what the
 * platform works on, not who brought it (the project's page, behind its own rules, does).
 */
public record ProjectRepresentation(
        long id,
        String title,
        String state,
        String stateLabel,
        String communeCode,
        String commune,
        String neighbourhood,
        List<String> fields,
        String idea,
        String collectiveAim,
        Instant receivedAt,
        Instant lastActivityAt,
        long version,
        Map<String, String> links) {

    /** The list's row: what is read with the page, no collection (no query per row). */
    public record Summary(long id, String title, String state, String stateLabel, String communeCode, String commune,
            Instant receivedAt, Instant lastActivityAt, long version, Map<String, String> links) {

        static Summary of(Project project, URI base) {
            return new Summary(project.getId(), project.getTitle(), project.getState().name(),
                    project.getState().label(), project.getCommune().getInseeCode(), project.getCommune().getName(),
                    project.getReceivedAt(), project.getLastActivityAt(), project.getVersion(),
                    ProjectRepresentation.links(project, base));
        }
    }

    static ProjectRepresentation of(Project project, URI base) {
        return new ProjectRepresentation(project.getId(), project.getTitle(), project.getState().name(),
                project.getState().label(), project.getCommune().getInseeCode(), project.getCommune().getName(),
                project.getNeighbourhood(), project.getFields().stream().map(Field::name).sorted().toList(),
                project.getIdea(), project.getCollectiveAim(), project.getReceivedAt(), project.getLastActivityAt(),
                project.getVersion(), links(project, base));
    }

    private static Map<String, String> links(Project project, URI base) {
        return Representations.links(
                "self", base.resolve("api/v1/projects/" + project.getId()).toString(),
                "state", base.resolve("api/v1/projects/" + project.getId() + "/state").toString(),
                "page", base.resolve("projets/projet.xhtml?id=" + project.getId()).toString());
    }
}
