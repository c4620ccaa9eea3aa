package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.fabrikaprojets.application.EventDocumentService;
import fr.fabrikaprojets.application.EventReminderService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.event.Audience;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.EventDetails;
import fr.fabrikaprojets.domain.model.event.EventDocument;
import fr.fabrikaprojets.domain.model.event.EventKind;
import fr.fabrikaprojets.domain.model.event.EventRegistration;
import fr.fabrikaprojets.domain.model.event.EventRoll;
import fr.fabrikaprojets.domain.model.event.EventStatus;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * The temps forts through the services: a cycle organised by partners, a public event and one reserved to the network
 * (hidden from the public, shown to the network), registrations within capacity then on a waiting list, with a phone
 * only and with consent; after the event, who came and a summary; only the public events for the calendar feed (whose
 * rendering {@code SessionsCalendarFeedTest} checks: ical4j registers its time zones once per server, so one test
 * class reads the feed over HTTP, {@code SessionsApiIT}).
 */
@ExtendWith(ArquillianExtension.class)
class TempsFortsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fabrikEarTesting(TempsFortsIT.class, AsCoordinator.class, AsStaff.class,
                AsPartner.class, AsOtherPartner.class, AsAdmin.class, Mailbox.class);
        ear.addAsLibrary(new java.io.File(System.getProperty("greenmail.jar")));
        return ear;
    }

    @Inject
    TempsFortsService tempsForts;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    EventDocumentService eventDocuments;

    @Inject
    EventReminderService eventReminders;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsPartner partner;

    @Inject
    AsOtherPartner apei;

    @Inject
    AsAdmin admin;

    @Test
    void aCycleOfEventsIsPublishedRegisteredForAndKept() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Cycle cycle = coordinator.call(() -> tempsForts.createCycle(Platform.LENS_LIEVIN,
                "Le décrochage scolaire " + tag, "Trois soirées pour comprendre et agir.", Set.of(organisation("CAF"))));
        assertThrows(EJBAccessException.class, () -> staff.call(() -> tempsForts.createCycle(Platform.LENS_LIEVIN,
                "Autre", "Autre", Set.of(organisation("CAF")))), "the coordinator's decision");
        BusinessException noOrganiser = assertThrows(BusinessException.class, () -> coordinator.call(() ->
                tempsForts.createCycle(Platform.LENS_LIEVIN, "Sans organisateur", "Rien", Set.of())));
        assertEquals("Indiquez au moins un partenaire qui organise ce temps fort.", noOrganiser.getMessage());

        LocalDate inAMonth = LocalDate.now(PARIS).plusMonths(1);
        PublicEvent conference = coordinator.call(() -> tempsForts.planEvent(cycle.getId(), details(
                "Conférence " + tag, inAMonth, lievin(), 2, Audience.PUBLIC)));
        PublicEvent workshop = coordinator.call(() -> tempsForts.planEvent(cycle.getId(), details(
                "Atelier des partenaires " + tag, inAMonth.plusDays(1), null, 20, Audience.NETWORK)));
        BusinessException nowhere = assertThrows(BusinessException.class, () -> coordinator.call(() ->
                tempsForts.planEvent(cycle.getId(), new EventDetails(EventKind.VISIT, "Visite", null, inAMonth,
                        LocalTime.of(10, 0), LocalTime.of(12, 0), null, null, null, null, null, 10,
                        Audience.PUBLIC))));
        assertTrue(nowhere.getMessage().startsWith("Indiquez une commune du territoire, ou un lien"));

        assertTrue(tempsForts.upcoming(Platform.LENS_LIEVIN).stream().anyMatch(e -> e.getId().equals(conference.getId())));
        assertFalse(tempsForts.upcoming(Platform.LENS_LIEVIN).stream().anyMatch(e -> e.getId().equals(workshop.getId())),
                "the public does not see an event reserved to the network");
        BusinessException hidden = assertThrows(BusinessException.class, () -> tempsForts.event(workshop.getId()));
        assertTrue(hidden.getMessage().endsWith("n’existe pas."), hidden.getMessage());
        assertThrows(BusinessException.class, () -> tempsForts.register(workshop.getId(), "Curieux", null,
                "06 00 00 00 01", ParticipantKind.INHABITANT, true));
        assertTrue(partner.call(() -> tempsForts.upcoming(Platform.LENS_LIEVIN)).stream()
                .anyMatch(e -> e.getId().equals(workshop.getId())), "the network sees it");
        assertFalse(partner.call(() -> tempsForts.event(workshop.getId())).getPlace().isDecided(),
                "an event online only has no place, read back from the database");

        EventRegistration first = tempsForts.register(conference.getId(), "Nadia Ouali", null, "06 11 22 33 44",
                ParticipantKind.INHABITANT, true);
        EventRegistration second = tempsForts.register(conference.getId(), "Paul Leclercq", "paul-" + tag
                + "@example.org", null, ParticipantKind.INHABITANT, true);
        EventRegistration third = tempsForts.register(conference.getId(), "Inès Moreau", null, "06 55 66 77 88",
                ParticipantKind.INHABITANT, true);
        assertEquals(Enrolment.Status.REGISTERED, first.getStatus(), "a phone is enough");
        assertEquals(Enrolment.Status.REGISTERED, second.getStatus());
        assertEquals(Enrolment.Status.WAITING, third.getStatus(), "two places: the third waits");
        assertEquals(0, tempsForts.placesLeft(conference.getId()));
        BusinessException twice = assertThrows(BusinessException.class, () -> tempsForts.register(conference.getId(),
                "Paul", "paul-" + tag + "@example.org", null, ParticipantKind.INHABITANT, true));
        assertTrue(twice.getMessage().endsWith("est déjà inscrite à cet événement."), twice.getMessage());
        BusinessException noConsent = assertThrows(BusinessException.class, () -> tempsForts.register(
                conference.getId(), "Sans accord", null, "06 99 99 99 99", ParticipantKind.INHABITANT, false));
        assertTrue(noConsent.getMessage().startsWith("Votre accord est nécessaire"));

        EventRoll roll = staff.call(() -> tempsForts.roll(conference.getId()));
        assertEquals(2, roll.registered().size());
        assertEquals(1, roll.waiting().size());
        EventRoll promoted = coordinator.call(() -> tempsForts.cancelRegistration(conference.getId(),
                first.getId()));
        assertEquals(List.of("Paul Leclercq", "Inès Moreau"), promoted.registered().stream()
                .map(EventRegistration::getName).toList(), "the first waiting takes the freed place");
        assertTrue(promoted.waiting().isEmpty());
        admin.run(() -> {
            referenceData.registerAccount("membre-apei", "Membre APEI", "membre-apei@example.org",
                    "fabrik-test".toCharArray(), Set.of("partner"));
            referenceData.joinOrganisation("membre-apei", Platform.LENS_LIEVIN, "APEI Lens et environs");
        });
        EventRegistration member = apei.call(() -> tempsForts.register(workshop.getId(), "Émilie Dupré", null,
                "06 21 21 21 21", ParticipantKind.INHABITANT, true));
        assertEquals(ParticipantKind.PARTNER_MEMBER, member.getKind(), "a member of the network registers as such");
        assertTrue(member.getOrganisation() != null, "with their organisation, whose presence then counts");
        BusinessException tooEarly = assertThrows(BusinessException.class, () -> coordinator.call(() ->
                tempsForts.recordHeld(conference.getId(), conference.getVersion(), Set.of(first.getId()),
                        "Une salle pleine.")));
        assertEquals("Cet événement n’a pas encore eu lieu.", tooEarly.getMessage());

        assertTrue(tempsForts.publicBetween(Platform.LENS_LIEVIN, inAMonth, inAMonth.plusDays(2)).stream()
                .anyMatch(e -> e.getId().equals(conference.getId())), "the public event goes to the calendar feed");
        assertFalse(tempsForts.publicBetween(Platform.LENS_LIEVIN, inAMonth, inAMonth.plusDays(2)).stream()
                .anyMatch(e -> e.getId().equals(workshop.getId())), "not the network's");
    }

    @Test
    void afterTheEventWhoCameAndWhatIsKept() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Cycle cycle = coordinator.call(() -> tempsForts.createCycle(Platform.LENS_LIEVIN,
                "L’inclusion des personnes exilées " + tag, "Des projections suivies d’un échange.",
                Set.of(organisation("CAF"))));
        PublicEvent screening = coordinator.call(() -> tempsForts.planEvent(cycle.getId(), details(
                "Projection " + tag, LocalDate.now(PARIS).plusDays(1), lievin(), 30, Audience.PUBLIC)));
        EventRegistration came = tempsForts.register(screening.getId(), "Youssef Amrani", null, "06 12 12 12 12",
                ParticipantKind.INHABITANT, true);
        tempsForts.register(screening.getId(), "Claire Dubois", null, "06 13 13 13 13", ParticipantKind.INHABITANT,
                true);
        // The programme said tomorrow; it took place yesterday, and the coordinator corrects it.
        PublicEvent past = coordinator.call(() -> tempsForts.editEvent(screening.getId(), screening.getVersion(),
                details("Projection " + tag, LocalDate.now(PARIS).minusDays(1), lievin(), 30, Audience.PUBLIC)));
        BusinessException started = assertThrows(BusinessException.class, () -> tempsForts.register(
                screening.getId(), "En retard", null, "06 15 15 15 15", ParticipantKind.INHABITANT, true));
        assertEquals("Cet événement a commencé : les inscriptions sont closes.", started.getMessage());
        PublicEvent held = coordinator.call(() -> tempsForts.recordHeld(screening.getId(), past.getVersion(),
                Set.of(came.getId()), "Quarante personnes, un débat riche sur l’accueil à l’école."));
        assertEquals(EventStatus.HELD, held.getStatus());
        EventRoll roll = staff.call(() -> tempsForts.roll(screening.getId()));
        assertEquals(1, roll.registered().stream().filter(r -> Boolean.TRUE.equals(r.getAttended())).count());
        assertEquals("Quarante personnes, un débat riche sur l’accueil à l’école.",
                tempsForts.event(screening.getId()).getSummary(), "kept for everyone to read");
        BusinessException closed = assertThrows(BusinessException.class, () -> tempsForts.register(
                screening.getId(), "En retard", null, "06 14 14 14 14", ParticipantKind.INHABITANT, true));
        assertEquals("Cet événement est passé : les inscriptions sont closes.", closed.getMessage());

        assertTrue(tempsForts.held(Platform.LENS_LIEVIN, 0, 100).getItems().stream()
                .anyMatch(e -> e.getId().equals(screening.getId())), "in the library, for the public too");
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        BusinessException noConsent = assertThrows(BusinessException.class, () -> coordinator.call(() ->
                eventDocuments.attach(screening.getId(), new Upload("salle.png", photo), false)));
        assertTrue(noConsent.getMessage().startsWith("La photo « salle.png » n’est publiée qu’avec l’accord"),
                noConsent.getMessage());
        EventDocument kept = coordinator.call(() -> eventDocuments.attach(screening.getId(),
                new Upload("salle.png", photo), true));
        byte[] slides = "%PDF-1.4\n% supports de la projection\n".getBytes(StandardCharsets.US_ASCII);
        coordinator.call(() -> eventDocuments.attach(screening.getId(), new Upload("C:\\docs\\supports.pdf",
                slides), false));
        assertThrows(EJBAccessException.class, () -> staff.call(() -> eventDocuments.attach(screening.getId(),
                new Upload("autre.pdf", slides), false)), "the coordinator's decision");
        List<EventDocument> documents = eventDocuments.documents(screening.getId());
        assertEquals(List.of("salle.png", "supports.pdf"), documents.stream().map(EventDocument::getFilename)
                .toList(), "anyone sees them, the browser's path cut off");
        assertArrayEquals(slides, eventDocuments.download(documents.get(1).getId()).bytes());
        coordinator.run(() -> eventDocuments.remove(kept.getId(), kept.getVersion()));
        assertEquals(List.of("supports.pdf"), eventDocuments.documents(screening.getId()).stream()
                .map(EventDocument::getFilename).toList(), "a photo removed when its subject changes their mind");
        assertThrows(BusinessException.class, () -> eventDocuments.download(kept.getId()));
    }

    @Test
    void documentsWaitForTheEventAndStayWithTheNetworkWhenItIsReserved() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Cycle cycle = coordinator.call(() -> tempsForts.createCycle(Platform.LENS_LIEVIN, "Pratiques " + tag,
                "Entre partenaires.", Set.of(organisation("CAF"))));
        PublicEvent coming = coordinator.call(() -> tempsForts.planEvent(cycle.getId(), details("Atelier " + tag,
                LocalDate.now(PARIS).plusDays(10), lievin(), 10, Audience.NETWORK)));
        byte[] slides = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        BusinessException early = assertThrows(BusinessException.class, () -> coordinator.call(() ->
                eventDocuments.attach(coming.getId(), new Upload("supports.pdf", slides), false)));
        assertTrue(early.getMessage().startsWith("Les documents s’ajoutent une fois l’événement passé"));
        PublicEvent past = coordinator.call(() -> tempsForts.editEvent(coming.getId(), coming.getVersion(),
                details("Atelier " + tag, LocalDate.now(PARIS).minusDays(1), lievin(), 10, Audience.NETWORK)));
        coordinator.call(() -> tempsForts.recordHeld(coming.getId(), past.getVersion(), Set.of(), "Bilan partagé."));
        EventDocument kept = coordinator.call(() -> eventDocuments.attach(coming.getId(),
                new Upload("supports.pdf", slides), false));
        assertThrows(BusinessException.class, () -> eventDocuments.download(kept.getId()),
                "the public does not read the network's documents");
        assertArrayEquals(slides, partner.call(() -> eventDocuments.download(kept.getId())).bytes());
        assertFalse(tempsForts.held(Platform.LENS_LIEVIN, 0, 100).getItems().stream()
                .anyMatch(e -> e.getId().equals(coming.getId())), "nor finds it in the library");
        assertTrue(partner.call(() -> tempsForts.held(Platform.LENS_LIEVIN, 0, 100)).getItems().stream()
                .anyMatch(e -> e.getId().equals(coming.getId())));
    }

    @Test
    void thoseRegisteredAreRemindedOnceAFewDaysBefore() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Cycle cycle = coordinator.call(() -> tempsForts.createCycle(Platform.LENS_LIEVIN, "Rappels " + tag,
                "Une soirée.", Set.of(organisation("CAF"))));
        PublicEvent soon = coordinator.call(() -> tempsForts.planEvent(cycle.getId(), details("Soirée " + tag,
                LocalDate.now(PARIS).plusDays(2), lievin(), 1, Audience.PUBLIC)));
        PublicEvent later = coordinator.call(() -> tempsForts.planEvent(cycle.getId(), details("Plus tard " + tag,
                LocalDate.now(PARIS).plusDays(20), lievin(), 10, Audience.PUBLIC)));
        String registered = "inscrite-" + tag + "@example.org";
        String waiting = "attente-" + tag + "@example.org";
        String tooEarly = "plus-tard-" + tag + "@example.org";
        GreenMail smtp = Mailbox.start();
        try {
            tempsForts.register(soon.getId(), "Léa Martin", registered, null, ParticipantKind.INHABITANT, true);
            tempsForts.register(soon.getId(), "Hugo Petit", waiting, null, ParticipantKind.INHABITANT, true);
            tempsForts.register(later.getId(), "Rose Blanc", tooEarly, null, ParticipantKind.INHABITANT, true);
            assertThrows(EJBAccessException.class, () -> coordinator.call(() -> eventReminders.sendDueReminders()));
            assertTrue(admin.call(() -> eventReminders.sendDueReminders()) >= 1);
            String reminder = Mailbox.waitFor(smtp, registered, "Rappel");
            assertTrue(reminder.contains("Soirée " + tag) && reminder.contains("de 18h00 à 20h00")
                    && reminder.contains("Médiathèque, Place de la République, 62800 Liévin"), reminder);
            admin.call(() -> eventReminders.sendDueReminders());
            Mailbox.waitFor(smtp, waiting, "Liste d’attente");
            Mailbox.waitFor(smtp, tooEarly, "Inscription");
            Thread.sleep(1000);
            assertEquals(1, received(smtp, registered, "Rappel"), "reminded once");
            assertEquals(0, received(smtp, waiting, "Rappel"), "not those on the waiting list");
            assertEquals(0, received(smtp, tooEarly, "Rappel"), "not three weeks before");
        } finally {
            smtp.stop();
        }
    }

    private static long received(GreenMail smtp, String recipient, String subject) throws Exception {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(recipient) && message.getSubject().contains(subject)) {
                count++;
            }
        }
        return count;
    }

    private EventDetails details(String title, LocalDate day, Commune commune, int capacity, Audience audience) {
        return new EventDetails(EventKind.CONFERENCE, title, "Avec des enseignants et des parents.", day,
                LocalTime.of(18, 0), LocalTime.of(20, 0), commune, "Médiathèque", "Place de la République",
                commune == null ? "https://visio.example.org/fabrik" : null, "Mme Lefebvre, CAF", capacity, audience);
    }

    private Commune lievin() {
        return referenceData.communes(Platform.LENS_LIEVIN).stream().filter(c -> c.getInseeCode().equals("62510"))
                .findFirst().orElseThrow();
    }

    private long organisation(String shortName) {
        return staff.call(() -> referenceData.network(Platform.LENS_LIEVIN, 0, 100)).stream()
                .filter(o -> o.getShortName().equals(shortName)).findFirst().orElseThrow().getId();
    }
}
