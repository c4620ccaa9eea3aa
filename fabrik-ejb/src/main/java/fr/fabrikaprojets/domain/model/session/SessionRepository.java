package fr.fabrikaprojets.domain.model.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface SessionRepository {

    Optional<Session> find(long id);

    /** Sessions of a platform between two dates inclusive, by date, with their place; at most {@code max}. */
    List<Session> between(String platformCode, LocalDate from, LocalDate to, int max);

    /** The days of a platform's sessions between two dates inclusive, by date; at most {@code max}. */
    List<SessionDate> datesBetween(String platformCode, LocalDate from, LocalDate to, int max);

    /** The first session on or after {@code from} that is not cancelled. */
    Optional<Session> nextFrom(String platformCode, LocalDate from);

    void store(Session session);

    void remove(Session session);

    Optional<YearCalendar> findYear(String platformCode, int year);

    void store(YearCalendar calendar);
}
