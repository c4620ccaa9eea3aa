package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed and hostile values in every parameter of the API and of the pages: never a 5xx, never a stack trace,
 * API refusals as French problem documents. {@link HostileFormsIT} posts the same values in the forms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {


    /** A frame of a Java stack trace ("at fr.x.Y.z(Y.java:12)") or its "Caused by:" line. */
    private static final Pattern STACK_TRACE = Pattern.compile("at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by: ");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void noHostileValueGetsAServerErrorOrAStackTrace() {
        Http anonymous = new Http();
        Http coordinator = new Http();
        coordinator.login("animatrice", "fabrik");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String value : HostileValues.VALUES) {
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            List<HttpResponse<String>> responses = List.of(
                    anonymous.get("/api/v1/sessions?year=" + encoded, "application/json"),
                    anonymous.get("/api/v1/sessions?year=2021&year=" + encoded, "application/json"),
                    anonymous.get("/api/v1/sessions/" + encoded.replace("+", "%20"), "application/json"),
                    anonymous.get("/reunions/calendrier.xhtml?annee=" + encoded),
                    anonymous.get("/reunions/reunion.xhtml?id=" + encoded + "&historique=" + encoded),
                    coordinator.get("/animation/reunions/calendrier.xhtml?annee=" + encoded),
                    coordinator.get("/animation/reunions/modifier.xhtml?id=" + encoded),
                    coordinator.get("/projets/index.xhtml?etat=" + encoded + "&commune=" + encoded + "&domaine="
                            + encoded + "&debut=" + encoded),
                    coordinator.get("/projets/projet.xhtml?id=" + encoded + "&historique=" + encoded),
                    coordinator.get("/projets/projet.xhtml?id=1&saisir=" + encoded + "&partie=" + encoded
                            + "&ligne=" + encoded),
                    coordinator.get("/projets/projet.xhtml?id=1&saisir=suivi&ligne=" + encoded),
                    coordinator.get("/recherche/index.xhtml?q=" + encoded + "&debut=" + encoded),
                    coordinator.get("/capitalisation/index.xhtml?theme=" + encoded + "&commune=" + encoded
                            + "&debut=" + encoded),
                    coordinator.get("/capitalisation/fiche.xhtml?id=" + encoded + "&projet=" + encoded),
                    anonymous.get("/porteur/fiche.xhtml?jeton=" + encoded));
            for (HttpResponse<String> response : responses) {
                requests++;
                String where = response.request().uri() + " → " + response.statusCode();
                if (response.statusCode() >= 500) {
                    failures.add(where);
                }
                if (STACK_TRACE.matcher(response.body()).find()) {
                    failures.add(where + " : trace dans la réponse");
                }
                if (response.request().uri().getPath().contains("/api/") && response.statusCode() >= 400
                        && !response.headers().firstValue("Content-Type").orElse("").startsWith(
                                "application/problem+json")) {
                    failures.add(where + " : pas un document problem+json");
                }
            }
        }
        HttpResponse<String> xml = anonymous.get("/api/v1/sessions?year=2021", "application/xml");
        if (xml.statusCode() != 406) {
            failures.add("Accept: application/xml → " + xml.statusCode());
        }
        assertTrue(requests >= 200, "corpus size " + requests);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * The catalogue opened for a project ({@code ?projet=}) passes the project on to each resource's page; whatever
     * the address held is carried encoded, never as markup or as a second parameter.
     */
    @Test
    void theProjectACatalogueWasOpenedForIsPassedOnEncodedToEachResource() {
        Http coordinator = new Http();
        coordinator.login("animatrice", "fabrik");
        String plain = coordinator.get("/ressources/index.xhtml?projet=12").body();
        assertTrue(Pattern.compile("ressource\\.xhtml\\?id=\\d+&amp;projet=12\"").matcher(plain).find(), plain);
        String hostile = coordinator.get("/ressources/index.xhtml?projet="
                + URLEncoder.encode("1\"><b>x</b>&id=2", StandardCharsets.UTF_8)).body();
        assertTrue(Pattern.compile("ressource\\.xhtml\\?id=\\d+&amp;projet=1%22%3E%3Cb%3Ex%3C%2Fb%3E%26id%3D2\"")
                .matcher(hostile).find(), hostile);
        String none = coordinator.get("/ressources/index.xhtml").body();
        assertTrue(Pattern.compile("ressource\\.xhtml\\?id=\\d+\"").matcher(none).find(), none);
    }
}
