package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.statistics.ReportTexts;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the projects' export in its reader's language: short lower-case column names, as spreadsheet users
 * filter on them, and the labels of states, fields (the directory's) and needs. French ones are the domain's own;
 * English ones come from the reports' bundle. Days are written the same way in both languages, which spreadsheets
 * read as dates.
 */
final class ProjectColumns {

    private static final List<String> COLUMNS = List.of("number", "title", "state", "commune", "fields", "needs",
            "receivedOn", "lastActivity", "holder");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final Map<Need, String> NEED_LABELS = new EnumMap<>(Need.class);

    static {
        NEED_LABELS.put(Need.FUNDING, "financement");
        NEED_LABELS.put(Need.PREMISES, "locaux");
        NEED_LABELS.put(Need.SKILLS, "compétences");
        NEED_LABELS.put(Need.NETWORK, "mise en réseau");
        NEED_LABELS.put(Need.COMMUNICATION, "communication");
        NEED_LABELS.put(Need.EQUIPMENT, "matériel");
        NEED_LABELS.put(Need.VOLUNTEERS, "bénévoles");
    }

    private final ReportTexts texts;

    private ProjectColumns(String language) {
        this.texts = ReportTexts.in(language);
    }

    static ProjectColumns in(String language) {
        return new ProjectColumns(language);
    }

    List<String> headings() {
        return COLUMNS.stream().map(column -> texts.text("projects.column." + column)).toList();
    }

    String sheet() {
        return texts.text("projects.sheet");
    }

    String state(ProjectState state) {
        return texts.label(state, state.label());
    }

    String field(Field field) {
        return texts.label(field, DirectoryColumns.THEME_LABELS.get(field));
    }

    String need(Need need) {
        return texts.label(need, NEED_LABELS.get(need));
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }
}
