package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.application.Texts;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;

/**
 * The words of the annual report in its reader's language ({@code reports.properties}, {@code reports_en.properties}):
 * headings, the domain's values, months, numbers and dates.
 */
public final class ReportTexts {

    private static final String BUNDLE = "fr.fabrikaprojets.report.reports";

    private final Texts texts;

    private ReportTexts(String language) {
        this.texts = Texts.of(BUNDLE, language);
    }

    public static ReportTexts in(String language) {
        return new ReportTexts(language);
    }

    public String language() {
        return texts.language();
    }

    public boolean english() {
        return texts.english();
    }

    public String text(String key, Object... namesAndValues) {
        return texts.text(key, namesAndValues);
    }

    /** A value of the domain (a state, a mode, a field): its own French label, or its English one. */
    public String label(Enum<?> value, String french) {
        return texts.english() ? texts.text("label." + value.getDeclaringClass().getSimpleName() + "." + value.name())
                : french;
    }

    public String month(Month month, TextStyle style) {
        return month.getDisplayName(style, texts.locale());
    }

    public String day(TemporalAccessor date) {
        return texts.format("day.pattern", date);
    }

    public String when(TemporalAccessor dateTime) {
        return texts.format("when.pattern", dateTime);
    }

    public NumberFormat integers() {
        return NumberFormat.getIntegerInstance(texts.locale());
    }

    public NumberFormat decimals(int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(digits == 2 ? 2 : 0);
        return format;
    }
}
