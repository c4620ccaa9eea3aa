package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.AuditService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PlatformService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.SessionEdit;
import fr.fabrikaprojets.application.SessionPage;
import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionDate;
import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditFilter;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sessions calendar through its service, inside WildFly, as each role. Each test plans its own platform or its
 * own year, so tests share no rows.
 */
@ExtendWith(ArquillianExtension.class)
class SessionCalendarServiceIT {

    /** The principal of {@link AsTerritoryCoordinator}. */
    private static final String COORDINATOR = "animatrice-territoires";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(SessionCalendarServiceIT.class, AsTerritoryCoordinator.class, AsStaff.class,
                AsPartner.class, AsAdmin.class);
    }

    @Inject
    SessionCalendarService calendar;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsTerritoryCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsPartner partner;

    @Inject
    AsAdmin admin;

    @Inject
    PlatformService platforms;

    @Inject
    AuditService audit;

    /** A platform of its own for a test, with the default rule and no commune, its coordinator a member. */
    private String newPlatform() {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        admin.run(() -> {
            referenceData.registerPlatform(code, "Plateforme de test " + code, ZoneId.of("Europe/Paris"),
                    CalendarRule.lastFridayMorning());
            referenceData.registerAccount(COORDINATOR, "Animatrice des territoires", null,
                    "fabrik-test".toCharArray(), Set.of("coordinator"));
            platforms.grantMembership(COORDINATOR, code);
        });
        return code;
    }

    @Test
    void theCoordinatorRebuildsTheFlyerCalendarOf2021() {
        String platform = newPlatform();
        for (Month month : List.of(Month.JANUARY, Month.MARCH, Month.JULY, Month.AUGUST)) {
            coordinator.run(() -> calendar.removeMonth(platform, 2021, month));
        }
        List<Session> generated = coordinator.call(() -> calendar.generateYear(platform, 2021));
        Session december = generated.get(generated.size() - 1);
        coordinator.call(() -> calendar.editSession(new SessionEdit(december.getId(), december.getVersion(),
                LocalDate.of(2021, 12, 17), december.getStartTime(), december.getEndTime(), null, null, null,
                SessionMode.ON_SITE, null)));

        List<LocalDate> dates = calendar.sessionsOfYear(platform, 2021).stream().map(Session::getDate).toList();
        assertEquals(List.of(LocalDate.of(2021, 2, 26), LocalDate.of(2021, 4, 30), LocalDate.of(2021, 5, 28),
                LocalDate.of(2021, 6, 25), LocalDate.of(2021, 9, 24), LocalDate.of(2021, 10, 29),
                LocalDate.of(2021, 11, 26), LocalDate.of(2021, 12, 17)), dates);
        assertTrue(calendar.sessionsOfYear(platform, 2021).stream()
                .allMatch(session -> session.getStartTime().equals(LocalTime.of(9, 0))
                        && session.getEndTime().equals(LocalTime.of(12, 0))
                        && "Lieu à déterminer".equals(session.getPlace().describe())));
    }

    @Test
    void generatingAYearTwiceAddsNothing() {
        String platform = newPlatform();
        assertEquals(12, coordinator.call(() -> calendar.generateYear(platform, 2030)).size());
        assertEquals(0, coordinator.call(() -> calendar.generateYear(platform, 2030)).size());
        assertEquals(12, calendar.sessionsOfYear(platform, 2030).size());
    }

    @Test
    void theListsOfferTheSessionsOfTheYearBeforeTheYearAndTheYearAfterInDateOrder() {
        String platform = newPlatform();
        for (int year : new int[] {2040, 2041, 2042, 2043}) {
            coordinator.run(() -> calendar.generateYear(platform, year));
        }
        List<LocalDate> around = calendar.sessionsAround(platform, 2042).stream().map(SessionDate::getDate).toList();
        assertEquals(36, around.size(), "2041, 2042 and 2043, not 2040");
        assertEquals(2041, around.get(0).getYear());
        assertEquals(2043, around.get(35).getYear());
        assertEquals(around.stream().sorted().toList(), around, "by date");

        coordinator.run(() -> calendar.removeMonth(platform, 2042, Month.MARCH));
        List<LocalDate> after = calendar.sessionsAround(platform, 2042).stream().map(SessionDate::getDate).toList();
        assertEquals(35, after.size(), "the days are kept between changes, and read again after one");
        assertTrue(after.stream().noneMatch(day -> day.getYear() == 2042 && day.getMonth() == Month.MARCH));
    }

    @Test
    void theCoordinatorDecidesThePlaceSwitchesToVideoAndEveryChangeIsRecorded() {
        Session session = coordinator.call(() -> calendar.generateYear(Platform.LENS_LIEVIN, 2031)).get(0);
        Session placed = coordinator.call(() -> calendar.editSession(new SessionEdit(session.getId(),
                session.getVersion(), session.getDate(), LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, null,
                SessionMode.VIDEO, "https://visio.example.org/fabrik")));
        assertEquals(SessionMode.VIDEO, placed.getMode());
        assertEquals(1, placed.getSequence());
        Session confirmed = coordinator.call(() -> calendar.confirmSession(placed.getId(), placed.getVersion()));
        assertEquals(SessionStatus.CONFIRMED, confirmed.getStatus());

        Page<SessionPage.Change> history = staff.call(() -> calendar.sessionPage(session.getId(), 0, 10)).orElseThrow()
                .getHistory();
        assertEquals(3, history.getTotal(), "planned, switched to video, confirmed");
        assertEquals("Réunion confirmée.", history.getItems().get(0).getDescription());
        assertEquals(COORDINATOR, history.getItems().get(0).getActor());
        assertEquals("session.confirmed", history.getItems().get(0).getAction());
        AuditEntry recorded = admin.call(() -> audit.entries(new AuditFilter("Session",
                String.valueOf(session.getId()), null, null, null), 0, 1)).getItems().get(0);
        assertEquals("session.confirmed", recorded.getAction());
        assertEquals("127.0.0.1", recorded.getAddress(), "the test's request came over loopback");
        assertNotNull(history.getItems().get(0).getRecordedAt());
        assertEquals(2, calendar.getSession(session.getId()).getSequence());
    }

    @Test
    void aPlaceInACommuneOfTheTerritoryIsAcceptedAndOneOutsideIsRefused() {
        Session session = coordinator.call(() -> calendar.generateYear(Platform.LENS_LIEVIN, 2032)).get(0);
        BusinessException outside = assertThrows(BusinessException.class,
                () -> coordinator.call(() -> calendar.editSession(new SessionEdit(session.getId(), session.getVersion(),
                        session.getDate(), LocalTime.of(9, 0), LocalTime.of(12, 0), "62041", "Hôtel de ville", null,
                        SessionMode.ON_SITE, null))));
        assertEquals("La commune « 62041 » ne fait pas partie du territoire de Lens-Liévin.", outside.getMessage());
        assertEquals(0, calendar.getSession(session.getId()).getSequence(), "nothing changed");

        Session placed = coordinator.call(() -> calendar.editSession(new SessionEdit(session.getId(),
                session.getVersion(), session.getDate(), LocalTime.of(9, 0), LocalTime.of(12, 0), "62510",
                "Centre social", "1 rue de la Paix", SessionMode.ON_SITE, null)));
        assertEquals("Centre social, 1 rue de la Paix, 62800 Liévin", placed.getPlace().describe());
    }

    @Test
    void badInputIsRefusedInFrenchAndChangesNothing() {
        String platform = newPlatform();
        coordinator.run(() -> calendar.removeMonth(platform, 2033, Month.AUGUST));
        Session june = coordinator.call(() -> calendar.generateYear(platform, 2033)).get(5);

        BusinessException endBeforeStart = assertThrows(BusinessException.class,
                () -> coordinator.call(() -> calendar.editSession(edit(june, june.getDate(), LocalTime.of(12, 0),
                        LocalTime.of(9, 0)))));
        assertTrue(endBeforeStart.getMessage().startsWith("L'heure de fin (09:00) doit être après"));

        BusinessException removedMonth = assertThrows(BusinessException.class,
                () -> coordinator.call(() -> calendar.editSession(edit(june, LocalDate.of(2033, 8, 26),
                        LocalTime.of(9, 0), LocalTime.of(12, 0)))));
        assertTrue(removedMonth.getMessage().contains("août 2033 a été retiré du calendrier"),
                removedMonth.getMessage());

        ConstraintViolationException missingDate = assertThrows(ConstraintViolationException.class,
                () -> coordinator.call(() -> calendar.editSession(edit(june, null, LocalTime.of(9, 0),
                        LocalTime.of(12, 0)))));
        assertEquals("La date de la réunion est obligatoire.",
                missingDate.getConstraintViolations().iterator().next().getMessage());

        BusinessException malformedYear = assertThrows(BusinessException.class,
                () -> calendar.sessionsOfYear(platform, 12));
        assertTrue(malformedYear.getMessage().contains("n'est pas valide"));

        Session unchanged = calendar.getSession(june.getId());
        assertEquals(june.getDate(), unchanged.getDate());
        assertEquals(LocalTime.of(9, 0), unchanged.getStartTime());
        assertEquals(0, unchanged.getSequence());
    }

    @Test
    void aStaleFormIsRefusedInsteadOfOverwritingAnotherChange() {
        Session session = coordinator.call(() -> calendar.generateYear(newPlatform(), 2034)).get(0);
        coordinator.call(() -> calendar.confirmSession(session.getId(), session.getVersion()));
        BusinessException stale = assertThrows(BusinessException.class,
                () -> coordinator.call(() -> calendar.cancelSession(session.getId(), session.getVersion(), "Grève")));
        assertTrue(stale.getMessage().contains("modifiée par quelqu'un d'autre"));
        assertEquals(SessionStatus.CONFIRMED, calendar.getSession(session.getId()).getStatus());
    }

    @Test
    void aCancelledSessionKeepsItsReasonAndCannotBeChangedAnyMore() {
        Session session = coordinator.call(() -> calendar.generateYear(newPlatform(), 2035)).get(0);
        Session cancelled = coordinator.call(() -> calendar.cancelSession(session.getId(), session.getVersion(),
                "Salle indisponible"));
        assertEquals(SessionStatus.CANCELLED, cancelled.getStatus());
        assertEquals("Salle indisponible", cancelled.getCancellationReason());
        assertThrows(BusinessException.class,
                () -> coordinator.call(() -> calendar.confirmSession(cancelled.getId(), cancelled.getVersion())));
    }

    @Test
    void removingAMonthDeletesItsUntouchedSessionAndRestoringItPlansItAgain() {
        String platform = newPlatform();
        coordinator.call(() -> calendar.generateYear(platform, 2036));
        coordinator.run(() -> calendar.removeMonth(platform, 2036, Month.JULY));
        assertEquals(11, calendar.sessionsOfYear(platform, 2036).size());
        Session july = coordinator.call(() -> calendar.restoreMonth(platform, 2036, Month.JULY));
        assertEquals(LocalDate.of(2036, 7, 25), july.getDate());
        assertEquals(12, calendar.sessionsOfYear(platform, 2036).size());
    }

    @Test
    void aConfirmedSessionIsCancelledRatherThanRemovedWithItsMonth() {
        String platform = newPlatform();
        Session march = coordinator.call(() -> calendar.generateYear(platform, 2037)).get(2);
        coordinator.call(() -> calendar.confirmSession(march.getId(), march.getVersion()));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> coordinator.run(() -> calendar.removeMonth(platform, 2037, Month.MARCH)));
        assertTrue(refused.getMessage().contains("annulez-la avec un motif"));
        assertEquals(12, calendar.sessionsOfYear(platform, 2037).size());
    }

    @Test
    void onlyTheCoordinatorAndTheAdministratorPlanTheCalendar() {
        String platform = newPlatform();
        assertThrows(EJBAccessException.class, () -> calendar.generateYear(platform, 2038), "anonymous");
        assertThrows(EJBAccessException.class, () -> staff.call(() -> calendar.generateYear(platform, 2038)));
        assertThrows(EJBAccessException.class, () -> partner.call(() -> calendar.generateYear(platform, 2038)));
        assertEquals(0, calendar.sessionsOfYear(platform, 2038).size(), "refused calls planned nothing");
        assertEquals(12, admin.call(() -> calendar.generateYear(platform, 2038)).size());
        Session first = calendar.sessionsOfYear(platform, 2038).get(0);
        assertThrows(EJBAccessException.class,
                () -> partner.call(() -> calendar.cancelSession(first.getId(), first.getVersion(), "Non")));
        assertThrows(EJBAccessException.class,
                () -> staff.call(() -> calendar.confirmSession(first.getId(), first.getVersion())));
    }

    @Test
    void theHistoryIsForTheCoordinatorStaffAndAdministratorsOnly() {
        Session session = coordinator.call(() -> calendar.generateYear(Platform.LENS_LIEVIN, 2039)).get(0);
        assertNull(calendar.sessionPage(session.getId(), 0, 10).orElseThrow().getHistory(), "anonymous");
        assertNull(partner.call(() -> calendar.sessionPage(session.getId(), 0, 10)).orElseThrow().getHistory());
        assertEquals(1, staff.call(() -> calendar.sessionPage(session.getId(), 0, 10)).orElseThrow().getHistory()
                .getTotal());
        assertEquals(1, coordinator.call(() -> calendar.sessionPage(session.getId(), 0, 10)).orElseThrow()
                .getHistory().getTotal());
    }

    @Test
    void aSessionsPageShowsItsAgendaToTheNetworkAndItsHistoryToThePlatformsTeamOnly() {
        Session session = coordinator.call(() -> calendar.generateYear(Platform.LENS_LIEVIN, 2040)).get(0);
        Session confirmed = coordinator.call(() -> calendar.confirmSession(session.getId(), session.getVersion()));

        SessionPage anonymous = calendar.sessionPage(session.getId(), 0, 10).orElseThrow();
        assertEquals(session.getDate(), anonymous.getDate());
        assertNull(anonymous.getAgenda(), "the agenda names projects and holders: not for the public");
        assertNull(anonymous.getHistory());
        SessionPage partners = partner.call(() -> calendar.sessionPage(session.getId(), 0, 10)).orElseThrow();
        assertNotNull(partners.getAgenda());
        assertEquals(180, partners.getAgenda().getMinutesLeft(), "nothing booked yet: the whole morning is free");
        assertNull(partners.getHistory());

        Page<SessionPage.Change> newest = staff.call(() -> calendar.sessionPage(session.getId(), 0, 1))
                .orElseThrow().getHistory();
        assertEquals("Réunion confirmée.", newest.getItems().get(0).getDescription());
        assertTrue(newest.hasNext(), "planned before it was confirmed");
        Page<SessionPage.Change> oldest = coordinator.call(() -> calendar.sessionPage(session.getId(), 1, 1))
                .orElseThrow().getHistory();
        assertEquals("session.planned", oldest.getItems().get(0).getAction());
        assertFalse(oldest.hasNext());
        assertTrue(oldest.isHasPrevious());

        String elsewhere = newPlatform();
        Session other = admin.call(() -> calendar.generateYear(elsewhere, 2040)).get(0);
        SessionPage otherPlatform = staff.call(() -> calendar.sessionPage(other.getId(), 0, 10)).orElseThrow();
        assertNull(otherPlatform.getHistory(), "the history is for the session's own platform");
        assertTrue(calendar.sessionPage(-1, 0, 10).isEmpty());

        coordinator.run(() -> calendar.cancelSession(session.getId(), confirmed.getVersion(), "Salle inondée"));
        SessionPage cancelled = calendar.sessionPage(session.getId(), 0, 10).orElseThrow();
        assertEquals(SessionStatus.CANCELLED, cancelled.getStatus(), "the page, kept for the public, shows the change");
        assertEquals("Salle inondée", cancelled.getCancellationReason());
        assertTrue(cancelled.isClosed());
    }

    @Test
    void referenceDataIsSeededWithTheThirtySixCommunesAndTheFoundingPartners() {
        assertEquals(36, referenceData.communes(Platform.LENS_LIEVIN).size());
        assertTrue(referenceData.communes(Platform.LENS_LIEVIN).stream()
                .anyMatch(commune -> commune.getName().equals("Liévin") && commune.getPostalCode().equals("62800")));
        assertEquals(11, referenceData.signatoryPartners(Platform.LENS_LIEVIN, 0, 50).size());
        assertThrows(EJBAccessException.class, () -> partner.call(() -> referenceData.registerPlatform("x", "X",
                ZoneId.of("Europe/Paris"), CalendarRule.lastFridayMorning())));
    }

    private static SessionEdit edit(Session session, LocalDate date, LocalTime start, LocalTime end) {
        return new SessionEdit(session.getId(), session.getVersion(), date, start, end, null, null, null,
                SessionMode.ON_SITE, null);
    }
}
