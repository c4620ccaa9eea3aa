package fr.fabrikaprojets.view.reunions;

import fr.fabrikaprojets.application.CalendarOfYear;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.session.YearCalendar;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageAddress;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalInt;

/**
 * The public calendar of a year ({@code reunions/calendrier.xhtml?annee=2021}), printable like the flyer: the monthly
 * sessions, and under them the public events of the temps forts. The year is read from the address when the bean
 * is made ({@link PageAddress}), not through a view parameter and its postback phases.
 */
@Named
@RequestScoped
public class CalendarBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    @EJB
    private SessionCalendarService calendar;

    private int year;
    private CalendarOfYear calendarOfYear;
    private boolean valid;

    @PostConstruct
    void load() {
        String yearParameter = PageAddress.read("annee").get("annee");
        OptionalInt asked = PageParameters.year(yearParameter);
        if (asked.isEmpty()) {
            year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
            Feedback.error(Feedback.text("calendar.invalidYear", yearParameter));
            return;
        }
        year = asked.getAsInt();
        valid = Feedback.attempt(() -> calendarOfYear = calendar.calendarOfYear(currentPlatform.getCode(), year));
    }

    /** The year's sessions and public events, one copy for all the readers of the year until the next change. */
    public CalendarOfYear getCalendar() {
        return calendarOfYear;
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

    public int getYear() {
        return year;
    }

}
