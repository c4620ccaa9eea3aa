package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.IdentityService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * French first, English too, in what Fabrik writes to people: a holder who wrote their idea in English is answered in
 * English; a member who chose English in their preferences gets English pages, exports and e-mails, whatever their
 * browser asks; the services' refusals are shown in the page's language; everyone else stays in French.
 */
@ExtendWith(ArquillianExtension.class)
class LanguagesIT {

    private static final String MEMBER = "member-english";
    private static final String FEDERATION = "Fédération des Centres Sociaux du Pas-de-Calais";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fabrikEarTesting(LanguagesIT.class, Http.class, AsAdmin.class,
                AsCoordinator.class, AsEnglishSpeakingMember.class);
        ear.addAsLibrary(new File(System.getProperty("greenmail.jar")));
        return ear;
    }

    @Inject
    ProjectService projects;

    @Inject
    AdviceService advice;

    @Inject
    IdentityService identity;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    RequestOrigin origin;

    @Inject
    AsAdmin admin;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsEnglishSpeakingMember member;

    @Test
    void aHolderWhoWroteInEnglishIsAnsweredInEnglishAndOneWhoWroteInFrenchInFrench() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            origin.arrivedFrom("192.0.2.61");
            origin.reads("en");
            projects.submitIdea(Platform.LENS_LIEVIN, idea("english@example.org", "Street party"));
            origin.arrivedFrom("192.0.2.62");
            origin.reads("fr");
            projects.submitIdea(Platform.LENS_LIEVIN, idea("francais@example.org", "Fête de rue"));

            assertTrue(smtp.waitForIncomingEmail(20_000, 2), "two messages arrived");
            for (MimeMessage message : smtp.getReceivedMessages()) {
                String body = GreenMailUtil.getBody(message);
                if ("english@example.org".equals(message.getAllRecipients()[0].toString())) {
                    assertEquals("Your idea “Street party” has arrived", message.getSubject());
                    assertTrue(body.contains("has received your idea"), body);
                } else {
                    assertEquals("Votre idée « Fête de rue » est bien arrivée", message.getSubject());
                }
            }
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMemberWhoChoseEnglishReadsEnglishPagesAndEmailsWhateverTheirBrowserAsks() throws Exception {
        admin.run(() -> {
            referenceData.registerAccount(MEMBER, "Member English", MEMBER + "@example.org",
                    "fabrik-test".toCharArray(), Set.of("partner"));
            referenceData.joinOrganisation(MEMBER, Platform.LENS_LIEVIN, FEDERATION);
        });
        member.run(() -> identity.chooseLanguage(""));
        assertNull(member.call(identity::language), "no choice: the browser decides");
        member.run(() -> identity.chooseLanguage("en-GB"));
        assertEquals("en", member.call(identity::language));

        Http browserInFrench = new Http();
        browserInFrench.login(MEMBER, "fabrik-test");
        HttpResponse<String> page = browserInFrench.get("/espace/preferences.xhtml");
        assertTrue(page.body().matches("(?s).*<html[^>]* lang=\"en\".*"), "the chosen language, not the browser's");
        assertTrue(page.body().contains("My preferences"), page.body());

        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long id = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                    idea("voisins@example.org", "Jardin " + UUID.randomUUID().toString().substring(0, 6)))).getId();
            coordinator.call(() -> advice.request(id, MEMBER, "Le quartier manque de salles.", "Une salle ?", null));
            MimeMessage asked = messageTo(smtp, MEMBER + "@example.org");
            assertTrue(asked.getSubject().startsWith("La Fabrik à projets asks for your advice on “Jardin"),
                    asked.getSubject());
            String body = GreenMailUtil.getBody(asked);
            assertTrue(body.contains("Hello Member English,"), body);
            assertTrue(body.contains("Question: Une salle ?"), body);

            String requests = browserInFrench.get("/espace/demandes/export?quoi=avis&format=csv").body();
            assertTrue(requests.startsWith("\uFEFFProject;Question;Requested on;Status"),
                    "the list's export in the chosen language: " + requests);
            assertTrue(requests.contains("Advice awaited"), requests);
            String projectsList = browserInFrench.get("/projets/export?format=csv").body();
            assertTrue(projectsList.startsWith("\uFEFFnumber;title;state;commune;fields;needs;received_on;"
                    + "last_activity;holder"), "the projects' export too: " + projectsList);
            assertTrue(projectsList.contains(";received;") && projectsList.contains(";social;"), projectsList);
        } finally {
            smtp.stop();
            member.run(() -> identity.chooseLanguage(""));
        }
    }

    @Test
    void aRefusalOfTheServicesIsShownInThePagesLanguage() {
        String path = "/reunions/calendrier.xhtml?annee=1800";
        String english = new Http().call("GET", path, null, "Accept-Language", "en-GB,en;q=0.9").body();
        assertTrue(english.contains("The year 1800 is not valid: choose a year between"), english);
        String french = new Http().get(path).body();
        assertTrue(french.contains("L'année 1800 n'est pas valide : choisissez une année entre")
                || french.contains("L&#39;année 1800 n&#39;est pas valide : choisissez une année entre"), french);
    }

    @Test
    void theDirectorysFilesAreExportedInTheReadersLanguage() {
        Http staff = new Http();
        staff.login("agent", "fabrik");
        HttpResponse<String> english = staff.call("GET", "/reseau/export?quoi=personnes&format=csv", null,
                "Accept-Language", "en-GB,en;q=0.9");
        assertTrue(english.body().startsWith("\uFEFFname;email;phone;organisation;role\r\n"), english.body());
        assertEquals("attachment; filename=\"fabrik-people.csv\"",
                english.headers().firstValue("Content-Disposition").orElse(""));
        HttpResponse<String> french = staff.get("/reseau/export?quoi=organisations&format=csv");
        assertTrue(french.body().startsWith("\uFEFFnom_court;nom_complet;type;siren;adresse;courriel;telephone;"
                + "communes;thematiques;offres;signataire_depuis\r\n"), french.body());
    }

    /** The first message to this address, waited for up to 20 s (others may arrive before it). */
    private static MimeMessage messageTo(GreenMail smtp, String address) throws Exception {
        for (int received = 1; received <= 10; received++) {
            smtp.waitForIncomingEmail(20_000, received);
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (address.equals(message.getAllRecipients()[0].toString())) {
                    return message;
                }
            }
        }
        throw new AssertionError("no message to " + address);
    }

    private static IdeaSubmission idea(String email, String title) {
        return new IdeaSubmission(HolderKind.INHABITANTS, "Les voisins", null, email, null, title,
                "Une fête dans la rue.", "Pour que les voisins se rencontrent.", Set.of(Field.SOCIAL), "62510", null,
                null, Set.of(), true);
    }
}
