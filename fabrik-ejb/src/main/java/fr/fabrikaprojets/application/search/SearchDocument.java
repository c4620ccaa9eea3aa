package fr.fabrikaprojets.application.search;

import java.util.Set;

/**
 * One searchable text of a project: the project itself, its experience sheet, the minutes of a presentation, a
 * piece of advice. {@code audiences} says who may find it: "team" (the platform's team), "org:42" (the members of an
 * organisation involved in the project), "network" (every signed-in user: a published sheet).
 */
public record SearchDocument(SearchHit.Kind kind, String key, long projectId, Long sheetId, String platformCode,
        String title, String body, Set<String> audiences) {

    public static final String TEAM = "team";
    public static final String NETWORK = "network";

    public static String organisation(long organisationId) {
        return "org:" + organisationId;
    }
}
