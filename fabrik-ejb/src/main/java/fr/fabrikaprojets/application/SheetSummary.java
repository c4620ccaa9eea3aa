package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An experience sheet as a card of the library shows it, immutable so that one page of them serves every reader of
 * the same library until the next change, as {@link ProjectSummary} does for the projects list. The signature is
 * the holder's name only for a sheet they chose to publish under it.
 */
public final class SheetSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final String communeName;
    private final ProjectState outcome;
    private final Instant closedAt;
    private final String signature;
    private final List<Field> fields;
    private final String summary;

    private SheetSummary(ExperienceSheet sheet) {
        id = sheet.getId();
        title = sheet.getTitle();
        communeName = sheet.getProject().getCommune().getName();
        outcome = sheet.getOutcome();
        closedAt = sheet.getClosedAt();
        signature = sheet.getSignature();
        fields = sheet.getProject().getFields().stream().sorted().toList();
        summary = sheet.getSummary();
    }

    public static SheetSummary of(ExperienceSheet sheet) {
        return new SheetSummary(sheet);
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getCommuneName() {
        return communeName;
    }

    public ProjectState getOutcome() {
        return outcome;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The holder's name, or null for a sheet published anonymously. */
    public String getSignature() {
        return signature;
    }

    public List<Field> getFields() {
        return fields;
    }

    public String getSummary() {
        return summary;
    }
}
