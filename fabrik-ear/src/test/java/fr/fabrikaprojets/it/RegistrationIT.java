package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.RegistrationService;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.application.RollView;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.SessionEdit;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.time.LocalTime;
import java.time.Month;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration to a session through the service, inside WildFly with a real SMTP server: places, the waiting list
 * promoted by e-mail, those registered told when the session changes, attendance and the partners represented, the sign-in sheet as a PDF whose text is read back.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    private static final int YEAR = 2047;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fabrikEarTesting(Mailbox.class, RegistrationIT.class, AsCoordinator.class,
                AsStaff.class);
        ear.addAsLibrary(new File(System.getProperty("greenmail.jar")));
        return ear;
    }

    @Inject
    RequestOrigin origin;

    @Inject
    RegistrationService registrations;

    @Inject
    SessionCalendarService calendar;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Test
    void aFullSessionHasAWaitingListWhoseFirstIsToldWhenAPlaceFrees() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Session session = session(Month.MARCH);
            coordinator.run(() -> registrations.changeCapacity(session.getId(), session.getVersion(), 2));
            Registration anna = registrations.register(session.getId(), "Anna Lefèvre", "anna@example.org", null,
                    ParticipantKind.INHABITANT, null, true);
            registrations.register(session.getId(), "Bilal Haddad", null, "06 12 34 56 78",
                    ParticipantKind.HOLDER, null, true);
            Registration chloe = registrations.register(session.getId(), "Chloé Martin", "chloe@example.org", null,
                    ParticipantKind.VOLUNTEER, null, true);
            assertEquals(Registration.Status.REGISTERED, anna.getStatus());
            assertEquals(Registration.Status.WAITING, chloe.getStatus());
            assertEquals(0, registrations.placesLeft(session.getId()));
            assertTrue(Mailbox.waitFor(smtp, "chloe@example.org", "liste d’attente").contains("vous êtes en liste d’attente"));

            BusinessException noConsent = assertThrows(BusinessException.class, () -> registrations.register(
                    session.getId(), "Dan", "dan@example.org", null, ParticipantKind.INHABITANT, null, false));
            assertTrue(noConsent.getMessage().startsWith("Votre accord est nécessaire"), noConsent.getMessage());

            coordinator.run(() -> registrations.cancel(anna.getId(), anna.getVersion()));
            RollView roll = staff.call(() -> registrations.roll(session.getId()));
            assertEquals(Set.of("Bilal Haddad", "Chloé Martin"), names(roll));
            assertTrue(roll.getWaiting().isEmpty());
            assertTrue(Mailbox.waitFor(smtp, "chloe@example.org", "Une place s’est libérée").contains("vous êtes inscrit·e"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void attendanceShowsThePartnersRepresentedAndTheSheetListsTheRegistered() throws Exception {
        Session session = session(Month.APRIL);
        Organisation caf = partner("CAF");
        Registration agent = registrations.register(session.getId(), "Dominique Agent", "dominique@example.org", null,
                ParticipantKind.STAFF, caf.getId(), true);
        registrations.register(session.getId(), "Émilie Dupré", "emilie@example.org", null,
                ParticipantKind.PARTNER_MEMBER, partner("CCAS de Harnes").getId(), true);
        registrations.register(session.getId(), "Зоя Иванова", null, "06 11 22 33 44", ParticipantKind.INHABITANT,
                null, true);

        RollView roll = coordinator.call(() -> registrations.recordAttendance(session.getId(), Set.of(agent.getId())));
        assertTrue(roll.getRepresented().stream().anyMatch(o -> o.getShortName().equals("CAF")));
        assertTrue(roll.getAbsent().stream().anyMatch(o -> o.getShortName().equals("CCAS de Harnes")),
                "registered but absent is not represented");

        byte[] pdf = staff.call(() -> registrations.signInSheet(session.getId()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Feuille d’émargement"), text);
            assertTrue(text.contains("Dominique Agent") && text.contains("Émilie Dupré"), text);
            assertTrue(text.contains("Зоя Иванова"), "a name in Cyrillic letters prints as written: " + text);
            assertTrue(text.contains("CCAS de Harnes") && text.contains("Partenaire"), text);
        }
    }

    @Test
    void thoseRegisteredAreToldWhenTheSessionMovesOrIsCancelled() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Session may = session(Month.MAY);
            registrations.register(may.getId(), "Farid Benali", "farid@example.org", null, ParticipantKind.VOLUNTEER,
                    null, true);
            origin.reads("en");
            registrations.register(may.getId(), "Sam Lee", "sam@example.org", null, ParticipantKind.VOLUNTEER, null,
                    true);
            origin.reads("fr");
            Session moved = coordinator.call(() -> calendar.editSession(new SessionEdit(may.getId(), may.getVersion(),
                    may.getDate(), LocalTime.of(14, 0), LocalTime.of(17, 0), "62498", "Maison des associations", null,
                    SessionMode.ON_SITE, null)));
            String change = Mailbox.waitFor(smtp, "farid@example.org", "change");
            assertTrue(change.contains("Lieu : lieu à déterminer → Maison des associations, 62300 Lens."), change);
            assertTrue(change.contains("Horaires : 09h00–12h00 → 14h00–17h00."), change);
            String inEnglish = Mailbox.waitFor(smtp, "sam@example.org", "changes");
            assertTrue(inEnglish.contains("Place: place to be decided → Maison des associations, 62300 Lens."),
                    "registered in English, told in English: " + inEnglish);
            assertTrue(inEnglish.contains("Times: 9:00 AM–12:00 PM → 2:00 PM–5:00 PM."), inEnglish);

            coordinator.run(() -> calendar.cancelSession(moved.getId(), moved.getVersion(), "Salle inondée"));
            boolean told = false;
            for (int attempt = 0; attempt < 200 && !told; attempt++) {
                for (MimeMessage message : smtp.getReceivedMessages()) {
                    told |= ((String) message.getContent()).contains("Réunion annulée : Salle inondée");
                }
                Thread.sleep(told ? 0 : 100);
            }
            assertTrue(told, "the cancellation and its reason reached those registered");
            boolean toldInEnglish = false;
            for (int attempt = 0; attempt < 200 && !toldInEnglish; attempt++) {
                for (MimeMessage message : smtp.getReceivedMessages()) {
                    toldInEnglish |= message.getAllRecipients()[0].toString().equals("sam@example.org")
                            && ((String) message.getContent()).contains("Session cancelled: Salle inondée");
                }
                Thread.sleep(toldInEnglish ? 0 : 100);
            }
            assertTrue(toldInEnglish, "and in English to whom registered in English");
        } finally {
            smtp.stop();
        }
    }

    private Session session(Month month) {
        if (calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).isEmpty()) {
            coordinator.run(() -> calendar.generateYear(Platform.LENS_LIEVIN, YEAR));
        }
        return calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).stream()
                .filter(s -> s.getDate().getMonth() == month).findFirst().orElseThrow();
    }

    private Organisation partner(String shortName) {
        return referenceData.signatoryPartners(Platform.LENS_LIEVIN, 0, 100).stream()
                .filter(o -> o.getShortName().equals(shortName)).findFirst().orElseThrow();
    }

    private static Set<String> names(RollView roll) {
        return Set.copyOf(roll.getRegistered().stream().map(Registration::getName).toList());
    }
}
