package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.ReferenceDataService;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing is slowed down: after five failures for one username (Elytron's brute-force protection of the
 * realm, set to 5 by src/wildfly/cli), even the right password is refused for a while, with the same French message
 * as any failure so that an attacker learns nothing. Runs in the server to create its own account; logs in over
 * HTTP like a browser.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(LoginThrottleIT.class, AsAdmin.class, Http.class);
    }

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsAdmin admin;

    private static String base() {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + port + "/fabrik";
    }

    @Test
    void afterFiveFailuresTheAccountIsRefusedForAWhile() {
        String username = "essai-" + UUID.randomUUID().toString().substring(0, 8);
        admin.run(() -> referenceData.registerAccount(username, "Compte d'essai", null, "bon-mot-de-passe".toCharArray(),
                Set.of("staff")));
        Http browser = new Http(base());
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> failed = browser.login(username, "mauvais-" + attempt);
            assertTrue(failed.body().contains("Identifiant ou mot de passe incorrect."), "attempt " + attempt);
        }
        HttpResponse<String> refused = browser.login(username, "bon-mot-de-passe");
        assertTrue(refused.body().contains("Identifiant ou mot de passe incorrect."), "locked for now");

        HttpResponse<String> otherUser = new Http(base()).login("animatrice", "fabrik");
        assertEquals(200, otherUser.statusCode(), "other accounts are not affected");
        assertTrue(otherUser.body().contains("Planifier le calendrier"));
    }
}
