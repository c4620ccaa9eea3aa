package fr.fabrikaprojets.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and times as the flyer writes them: "Vendredi 26 février 2021", "09h00". Usage in a page:
 * {@code #{formats.longDate(session.date)}}.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // Made once: a pattern is parsed at each DateTimeFormatter.ofPattern, and a list writes a date on every row.
    private static final DateTimeFormatter LONG_DATE_FR =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME_FR = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PARIS);

    public String longDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        Locale locale = locale();
        DateTimeFormatter format = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? LONG_DATE_FR
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        return capitalised(format.format(date), locale);
    }

    public String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        return Locale.FRENCH.getLanguage().equals(locale().getLanguage())
                ? TIME_FR.format(time) : TIME.format(time);
    }

    public String month(Month month) {
        return capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale()), locale());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The day of an instant, in Europe/Paris: "27/03/2026". */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.FRANCE : context.getViewRoot().getLocale();
    }
}
