package fr.fabrikaprojets.domain.model.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarRuleTest {

    private final CalendarRule lastFriday = CalendarRule.lastFridayMorning();

    @ParameterizedTest(name = "dernier vendredi de {0} : {1}")
    @CsvSource({
            "2021-02, 2021-02-26", // February of a non-leap year ends on a Sunday
            "2021-04, 2021-04-30", // the month ends on a Friday: that Friday
            "2021-12, 2021-12-31",
            "2024-02, 2024-02-23", // leap year: 29 February 2024 is a Thursday
            "2026-01, 2026-01-30",
            "2027-10, 2027-10-29",
    })
    void lastFridayOfTheMonth(String month, String expected) {
        assertEquals(LocalDate.parse(expected), lastFriday.dateIn(YearMonth.parse(month)));
    }

    @Test
    void defaultSessionsRunFromNineToNoon() {
        assertEquals(LocalTime.of(9, 0), lastFriday.getStartTime());
        assertEquals(LocalTime.of(12, 0), lastFriday.getEndTime());
        assertEquals(DayOfWeek.FRIDAY, lastFriday.getDayOfWeek());
    }

    @Test
    void nthWeekdayOfTheMonth() {
        CalendarRule secondTuesday = new CalendarRule(DayOfWeek.TUESDAY, 2, LocalTime.of(14, 0), LocalTime.of(16, 0));
        assertEquals(LocalDate.of(2021, 3, 9), secondTuesday.dateIn(YearMonth.of(2021, 3)));
    }

    @Test
    void refusesAnEndBeforeTheStartAndAFifthWeek() {
        assertThrows(IllegalArgumentException.class,
                () -> new CalendarRule(DayOfWeek.FRIDAY, CalendarRule.LAST, LocalTime.of(12, 0), LocalTime.of(9, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> new CalendarRule(DayOfWeek.FRIDAY, 5, LocalTime.of(9, 0), LocalTime.of(12, 0)));
    }
}
