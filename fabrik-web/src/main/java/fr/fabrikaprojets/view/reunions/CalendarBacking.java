package fr.fabrikaprojets.view.reunions;

import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.YearCalendar;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;

/**
 * The public calendar of a year ({@code reunions/calendrier.xhtml?annee=2021}), printable like the flyer: the monthly
 * sessions, and under them the public events of the temps forts.
 */
@Named
@RequestScoped
public class CalendarBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    @EJB
    private SessionCalendarService calendar;

    @EJB
    private TempsFortsService tempsForts;

    private String yearParameter;
    private int year;
    private List<Session> sessions = List.of();
    private List<PublicEvent> events = List.of();
    private boolean valid;

    public void load() {
        OptionalInt asked = PageParameters.year(yearParameter);
        if (asked.isEmpty()) {
            year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
            Feedback.error(Feedback.text("calendar.invalidYear", yearParameter));
            return;
        }
        year = asked.getAsInt();
        valid = Feedback.attempt(() -> sessions = calendar.sessionsOfYear(currentPlatform.getCode(), year));
        if (valid) {
            events = tempsForts.publicBetween(currentPlatform.getCode(), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
        }
    }

    public List<PublicEvent> getEvents() {
        return events;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isHasPrevious() {
        return year > YearCalendar.FIRST_YEAR;
    }

    public boolean isHasNext() {
        return year < YearCalendar.LAST_YEAR;
    }

    public String getYearParameter() {
        return yearParameter;
    }

    public void setYearParameter(String yearParameter) {
        this.yearParameter = yearParameter;
    }

    public int getYear() {
        return year;
    }

    public List<Session> getSessions() {
        return sessions;
    }
}
