package fr.fabrikaprojets.domain.model.session;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A session as the lists' filters name it: its number and its day, read without the session, its place or its
 * platform. A class with getters rather than a record, because Faces pages read bean properties only.
 */
public final class SessionDate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final LocalDate date;

    public SessionDate(Long id, LocalDate date) {
        this.id = id;
        this.date = date;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }
}
