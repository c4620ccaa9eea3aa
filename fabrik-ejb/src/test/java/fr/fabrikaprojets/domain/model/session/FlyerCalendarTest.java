package fr.fabrikaprojets.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2021 calendar printed on the flyer, rebuilt from the rule, four removed months and one moved date. */
class FlyerCalendarTest {

    private final Platform lensLievin = new Platform(Platform.LENS_LIEVIN, "Lens-Liévin", ZoneId.of("Europe/Paris"),
            CalendarRule.lastFridayMorning());

    @Test
    void theFlyerCalendarOf2021ComesOutExactly() {
        YearCalendar year = new YearCalendar(lensLievin, 2021);
        for (Month month : List.of(Month.JANUARY, Month.MARCH, Month.JULY, Month.AUGUST)) {
            year.removeMonth(month);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate planned : year.plannedDates()) {
            Session session = new Session(lensLievin, planned, planned.atTime(9, 0).toLocalTime(),
                    planned.atTime(12, 0).toLocalTime());
            if (planned.getMonth() == Month.DECEMBER) {
                year.requireOpenFor(LocalDate.of(2021, 12, 17));
                session.reschedule(LocalDate.of(2021, 12, 17), session.getStartTime(), session.getEndTime());
            }
            dates.add(session.getDate());
        }
        assertEquals(List.of(LocalDate.of(2021, 2, 26), LocalDate.of(2021, 4, 30), LocalDate.of(2021, 5, 28),
                LocalDate.of(2021, 6, 25), LocalDate.of(2021, 9, 24), LocalDate.of(2021, 10, 29),
                LocalDate.of(2021, 11, 26), LocalDate.of(2021, 12, 17)), dates);
    }

    @Test
    void aDateInARemovedMonthIsRefusedWithTheMonthNamed() {
        YearCalendar year = new YearCalendar(lensLievin, 2021);
        year.removeMonth(Month.AUGUST);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> year.requireOpenFor(LocalDate.of(2021, 8, 27)));
        assertTrue(refused.getMessage().contains("août 2021"), refused.getMessage());
    }

    @Test
    void aDateOfAnotherYearIsRefused() {
        YearCalendar year = new YearCalendar(lensLievin, 2021);
        assertThrows(BusinessException.class, () -> year.requireOpenFor(LocalDate.of(2022, 1, 28)));
    }

    @Test
    void restoringAMonthPlansItAgain() {
        YearCalendar year = new YearCalendar(lensLievin, 2021);
        year.removeMonth(Month.JULY);
        year.removeMonth(Month.AUGUST);
        year.restoreMonth(Month.JULY);
        assertFalse(year.isRemoved(Month.JULY));
        assertTrue(year.isRemoved(Month.AUGUST));
        assertEquals(11, year.plannedDates().size());
        assertTrue(year.plannedDates().contains(LocalDate.of(2021, 7, 30)));
    }

    @Test
    void yearsOutsideTheSupportedRangeAreRefused() {
        assertThrows(BusinessException.class, () -> new YearCalendar(lensLievin, 1999));
        assertThrows(BusinessException.class, () -> new YearCalendar(lensLievin, 2101));
    }
}
