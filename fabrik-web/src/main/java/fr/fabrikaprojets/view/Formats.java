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

    public String longDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        Locale locale = locale();
        return capitalised(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(date), locale);
    }

    public String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        return Locale.FRENCH.getLanguage().equals(locale().getLanguage())
                ? DateTimeFormatter.ofPattern("HH'h'mm").format(time) : DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    public String month(Month month) {
        return capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale()), locale());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS).format(instant);
    }

    /** The day of an instant, in Europe/Paris: "27/03/2026". */
    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PARIS).format(instant);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.FRANCE : context.getViewRoot().getLocale();
    }
}
