package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.session.Session;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forms posted as no browser would: page state (the forms' CSRF token) or script nonce missing, forged or from
 * another visitor, hostile values in every field, fields given twice, bytes that are not UTF-8, no multipart encoding.
 * Never a 5xx nor a stack trace, and nothing saved; the same post with its page state does save, so the page state
 * is what refused it.
 */
@ExtendWith(ArquillianExtension.class)
class HostileFormsIT {

    private static final Pattern STACK_TRACE = Pattern.compile("at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by: ");
    private static final String EDIT = "/animation/reunions/modifier.xhtml?id=";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(HostileFormsIT.class, HostileValues.class, Http.class, FormTokens.class,
                AsCoordinator.class);
    }

    @Inject
    SessionCalendarService calendar;

    @Inject
    ProjectService projects;

    @Inject
    AsCoordinator coordinator;

    private final List<String> failures = new ArrayList<>();
    private int requests;
    /** Whether the form is posted as multipart/form-data, as browsers post a form with a file field. */
    private boolean multipart;

    /** A form as a browser would post it: its fields, and the page state and nonce of the page it came from. */
    @Test
    void theSessionFormRefusesEveryPostWithoutItsTokensOrWithHostileValuesAndSavesNothing() {
        Session session = calendar.getSession(aSession().getId());
        Http browser = new Http();
        browser.login("animatrice", "fabrik");
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("edit", "edit");
        valid.put("edit:date_input", "15/03/2047");
        valid.put("edit:start_input", "09:00");
        valid.put("edit:end_input", "12:00");
        valid.put("edit:commune_input", "62498");
        valid.put("edit:venue", "Salle " + UUID.randomUUID().toString().substring(0, 8));
        valid.put("edit:address", "1 rue de la Paix");
        valid.put("edit:mode", "ON_SITE");
        valid.put("edit:videoLink", "");
        valid.put("edit:save", "");
        String page = EDIT + session.getId();

        forgedTokens(browser, page, valid, "edit:mode");
        hostileValues(browser, page, valid, "edit:mode");
        assertEquals(session.getVersion(), calendar.getSession(session.getId()).getVersion(),
                "no post changed the session");

        FormTokens tokens = tokens(browser, page);
        HttpResponse<String> saved = post(browser, page, valid, tokens);
        assertTrue(saved.statusCode() < 400, "the same post with its tokens: " + saved.statusCode());
        assertEquals(valid.get("edit:venue"), calendar.getSession(session.getId()).getPlace().getVenue(),
                "with its tokens the post saves: the tokens were what refused the others");
        report();
    }

    @Test
    void thePublicIdeaFormRefusesEveryPostWithoutItsTokensOrWithHostileValues() {
        long before = received();
        multipart = true;
        Http visitor = new Http();
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("idea", "idea");
        valid.put("idea:holderKind", "INHABITANTS");
        valid.put("idea:holderName", "Les voisins de la cité");
        valid.put("idea:contactName", "Awa Diallo");
        valid.put("idea:email", "awa@example.org");
        valid.put("idea:phone", "0321000000");
        valid.put("idea:title", "Jardin partagé");
        valid.put("idea:ideaText", "Un jardin partagé au pied des immeubles, ouvert à tous les habitants.");
        valid.put("idea:aim", "Se rencontrer entre voisins.");
        valid.put("idea:fields", "ENVIRONMENT");
        valid.put("idea:commune_input", "62498");
        valid.put("idea:neighbourhood", "Cité 9");
        valid.put("idea:participation", "Les habitants le cultivent ensemble.");
        valid.put("idea:needs", "PREMISES");
        valid.put("idea:website", "");
        valid.put("idea:consent_input", "on");
        valid.put("idea:send", "");

        forgedTokens(visitor, "/idee.xhtml", valid, "idea:consent_input");
        hostileValues(visitor, "/idee.xhtml", valid, "idea:consent_input");
        multipart = false;
        Map<String, String> unsaveable = new LinkedHashMap<>(valid);
        unsaveable.remove("idea:consent_input");
        FormTokens tokens = tokens(visitor, "/idee.xhtml");
        HttpResponse<String> notMultipart = post(visitor, "/idee.xhtml", unsaveable, tokens);
        check(notMultipart, "/idee.xhtml", "without its multipart encoding", false);
        assertTrue(notMultipart.body().contains("Votre accord est nécessaire"), "the page checks the form as usual");
        assertEquals(before, received(), "no idea was received");
        report();
    }

    /**
     * The complete post with its page state or its form token (CSRF) forged, taken from another visitor or missing:
     * refused, nothing saved (a post without page state is no postback, only the page shown again). Then the script nonce missing, not one PrimeFaces writes, or another visitor's, with a
     * form that cannot save: PrimeFaces checks the nonce only when writing the answer, after the form was processed.
     */
    private void forgedTokens(Http browser, String page, Map<String, String> valid, String spoiler) {
        long loggedBefore = errorsLogged();
        FormTokens own = tokens(browser, page);
        FormTokens stranger = tokens(new Http(), "/idee.xhtml");
        check(post(browser, page, valid, own.withViewState("-4242424242424242:1")), page, "page state forged", true);
        check(post(browser, page, valid, own.withViewState(stranger.viewState())), page,
                "another visitor's page state", true);
        check(post(browser, page, valid, own.withViewState(null)), page, "page state missing", false);
        check(post(browser, page, valid, own.withFormToken("wapiti")), page, "form token forged", true);
        check(post(browser, page, valid, own.withFormToken(stranger.formToken())), page,
                "another visitor's form token", true);
        check(post(browser, page, valid, own.withFormToken(null)), page, "form token missing", true);
        Map<String, String> unsaveable = new LinkedHashMap<>(valid);
        unsaveable.remove(spoiler);
        own = tokens(browser, page);
        check(post(browser, page, unsaveable, own.withNonce(null)), page, "nonce missing", false);
        own = tokens(browser, page);
        check(post(browser, page, unsaveable, own.withNonce("Zm9yZ2Vk")), page, "nonce forged", true);
        own = tokens(browser, page);
        check(post(browser, page, unsaveable, own.withNonce(stranger.nonce())), page, "another visitor's nonce",
                false);
        assertEquals(loggedBefore, errorsLogged(), "an untrusted form is answered, not logged as the server's error");
    }

    /** Undertow's ERROR lines for an exception out of the servlet, in this server's log (the test runs inside). */
    private static long errorsLogged() {
        try (Stream<String> lines = Files.lines(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"),
                StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains("UT005023")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each hostile value in each field, the others valid but {@code spoiler} left out so that no post can save,
     * whatever the value: every converter and validator of the form still reads it. Then each field twice, and
     * a body that is not UTF-8.
     */
    private void hostileValues(Http browser, String page, Map<String, String> valid, String spoiler) {
        Map<String, String> unsaveable = new LinkedHashMap<>(valid);
        unsaveable.remove(spoiler);
        for (String field : valid.keySet()) {
            for (String value : HostileValues.VALUES) {
                Map<String, String> fields = new LinkedHashMap<>(unsaveable);
                fields.put(field, value);
                FormTokens tokens = tokens(browser, page);
                check(post(browser, page, fields, tokens), page, field + "=" + value,
                        false);
            }
        }
        FormTokens tokens = tokens(browser, page);
        byte[] broken = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
        if (multipart) {
            Map<String, byte[]> notUtf8 = new LinkedHashMap<>();
            unsaveable.keySet().forEach(field -> notUtf8.put(field, broken));
            check(multipart(browser, page, notUtf8, tokens), page, "bytes that are not UTF-8", false);
            return;
        }
        StringBuilder twice = new StringBuilder(encoded(unsaveable, tokens));
        unsaveable.keySet().forEach(field -> twice.append('&').append(field).append("=%3Cb%3E2%3C%2Fb%3E"));
        check(raw(browser, page, twice.toString().getBytes(StandardCharsets.US_ASCII)), page, "every field twice",
                false);
        tokens = tokens(browser, page);
        ByteArrayOutputStream notUtf8 = new ByteArrayOutputStream();
        notUtf8.writeBytes(encoded(unsaveable, tokens).getBytes(StandardCharsets.US_ASCII));
        for (String field : unsaveable.keySet()) {
            notUtf8.writeBytes(("&" + field + "=").getBytes(StandardCharsets.US_ASCII));
            notUtf8.writeBytes(broken);
        }
        check(raw(browser, page, notUtf8.toByteArray()), page, "bytes that are not UTF-8", false);
    }

    private void check(HttpResponse<String> response, String page, String what, boolean refusedAsForged) {
        requests++;
        String where = page + " [" + what.substring(0, Math.min(what.length(), 60)) + "] → " + response.statusCode();
        if (response.statusCode() >= 500) {
            failures.add(where);
        }
        if (STACK_TRACE.matcher(response.body()).find()) {
            failures.add(where + " : trace dans la réponse");
        }
        if (refusedAsForged && (response.statusCode() != 400 || !response.body().contains("ne vient pas d’elle"))) {
            failures.add(where + " : pas la page « Page expirée » en 400");
        }
    }

    private void report() {
        assertTrue(requests >= 240, "corpus size " + requests);
        assertTrue(failures.isEmpty(), requests + " requests, failures:\n" + String.join("\n", failures));
    }

    private FormTokens tokens(Http browser, String page) {
        FormTokens tokens = FormTokens.of(browser.get(page).body());
        assertTrue(tokens != null, "the page " + page + " has its tokens");
        return tokens;
    }

    private HttpResponse<String> post(Http browser, String page, Map<String, String> fields, FormTokens tokens) {
        if (!multipart) {
            return raw(browser, page, encoded(fields, tokens).getBytes(StandardCharsets.US_ASCII));
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        fields.forEach((name, value) -> parts.put(name, value.getBytes(StandardCharsets.UTF_8)));
        return multipart(browser, page, parts, tokens);
    }

    private static HttpResponse<String> multipart(Http browser, String page, Map<String, byte[]> fields,
            FormTokens tokens) {
        String boundary = "----fabrik" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, byte[]> all = new LinkedHashMap<>(fields);
        tokens.fields().forEach((name, value) -> all.put(name, value.getBytes(StandardCharsets.US_ASCII)));
        all.forEach((name, value) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(value);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return browser.postBytes(page, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static String encoded(Map<String, String> fields, FormTokens tokens) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(pair(name, value)));
        tokens.fields().forEach((name, value) -> pairs.add(pair(name, value)));
        return String.join("&", pairs);
    }

    private static String pair(String name, String value) {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> raw(Http browser, String page, byte[] body) {
        return browser.postBytes(page, "application/x-www-form-urlencoded", body);
    }

    private Session aSession() {
        List<Session> sessions = calendar.sessionsOfYear(Platform.LENS_LIEVIN, 2047);
        if (sessions.isEmpty()) {
            sessions = coordinator.call(() -> calendar.generateYear(Platform.LENS_LIEVIN, 2047));
        }
        return sessions.get(0);
    }

    private long received() {
        return coordinator.call(() -> projects.projects(new ProjectFilter(Platform.LENS_LIEVIN, null, null, null), 0,
                1)).getTotal();
    }
}
