package fr.fabrikaprojets.application.search;

import java.io.Serializable;

/**
 * A search result: what it is, where it leads, its title and an extract with the matched words marked. The extract
 * is HTML whose text is escaped; only {@code <mark>} elements are added.
 */
public final class SearchHit implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a result is; labels under {@code search.kind.NAME}. */
    public enum Kind {
        PROJECT,
        SHEET,
        MINUTES,
        ADVICE
    }

    private final Kind kind;
    private final long projectId;
    private final Long sheetId;
    private final String title;
    private final String extract;

    public SearchHit(Kind kind, long projectId, Long sheetId, String title, String extract) {
        this.kind = kind;
        this.projectId = projectId;
        this.sheetId = sheetId;
        this.title = title;
        this.extract = extract;
    }

    public Kind getKind() {
        return kind;
    }

    public long getProjectId() {
        return projectId;
    }

    public Long getSheetId() {
        return sheetId;
    }

    public String getTitle() {
        return title;
    }

    public String getExtract() {
        return extract;
    }
}
