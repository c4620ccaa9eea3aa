package fr.fabrikaprojets.view.animation.reunions;

import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.YearCalendar;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.Formats;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The coordinator's planning of a year ({@code animation/reunions/calendrier.xhtml?annee=2026}): twelve months, each
 * with its sessions or marked as removed; generate the year, remove or restore a month.
 */
@Named
@ViewScoped
public class PlanningBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;

    @EJB
    private SessionCalendarService calendar;

    @Inject
    private Formats formats;

    private String yearParameter;
    private int year;
    private boolean valid;
    private List<MonthRow> months = List.of();

    /** One line of the planning table: a month, removed or not, with its sessions. */
    public static final class MonthRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Month month;
        private final boolean removed;
        private final List<Session> sessions;

        MonthRow(Month month, boolean removed, List<Session> sessions) {
            this.month = month;
            this.removed = removed;
            this.sessions = sessions;
        }

        public Month getMonth() {
            return month;
        }

        public boolean isRemoved() {
            return removed;
        }

        public List<Session> getSessions() {
            return sessions;
        }
    }

    public void load() {
        OptionalInt asked = PageParameters.year(yearParameter);
        if (asked.isEmpty()) {
            year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
            Feedback.error(Feedback.text("calendar.invalidYear", yearParameter));
            return;
        }
        year = asked.getAsInt();
        valid = Feedback.attempt(this::refresh);
    }

    public void generate() {
        List<Session> created = new ArrayList<>();
        if (Feedback.attempt(() -> created.addAll(calendar.generateYear(currentPlatform.getCode(), year)))) {
            Feedback.info("planning.generated", created.size(), year);
        }
        refresh();
    }

    public void remove(Month month) {
        if (Feedback.attempt(() -> calendar.removeMonth(currentPlatform.getCode(), year, month))) {
            Feedback.info("planning.removedDone", formats.month(month));
        }
        refresh();
    }

    public void restore(Month month) {
        Session[] restored = new Session[1];
        if (Feedback.attempt(() -> restored[0] = calendar.restoreMonth(currentPlatform.getCode(), year, month))) {
            Feedback.info("planning.restoredDone", formats.month(month), formats.longDate(restored[0].getDate()));
        }
        refresh();
    }

    private void refresh() {
        List<Session> sessions = calendar.sessionsOfYear(currentPlatform.getCode(), year);
        Optional<YearCalendar> plan = calendar.findYear(currentPlatform.getCode(), year);
        List<MonthRow> rows = new ArrayList<>();
        for (Month month : Month.values()) {
            rows.add(new MonthRow(month, plan.map(found -> found.isRemoved(month)).orElse(false),
                    sessions.stream().filter(session -> session.getDate().getMonth() == month).toList()));
        }
        months = rows;
    }

    public String getGenerateLabel() {
        return Feedback.text("planning.generate", year);
    }

    public String removeConfirmation(Month month) {
        return Feedback.text("planning.removeConfirm", formats.month(month), year);
    }

    public boolean isValid() {
        return valid;
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

    public List<MonthRow> getMonths() {
        return months;
    }
}
