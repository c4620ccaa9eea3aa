package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The processing register is for administrators (and the data protection officer through them), in French. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcessingRegisterIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void administratorsReadEveryProcessingOthersAreRefused() {
        Http admin = new Http();
        admin.login("admin", "fabrik");
        HttpResponse<String> register = admin.get("/admin/registre.xhtml");
        assertEquals(200, register.statusCode());
        String page = register.body();
        for (String purpose : new String[] {"Accompagner les idées et les projets", "Organiser les réunions mensuelles",
            "Tenir l’annuaire du réseau partenarial", "Prêter et réserver les ressources partagées",
            "Sécuriser l’application et tracer les modifications", "Envoyer les courriels de la plateforme", "Organiser les temps forts"}) {
            assertTrue(page.contains(purpose), purpose);
        }
        assertTrue(page.contains("pas encore automatique"), "what is not in place yet is said");

        Http staff = new Http();
        staff.login("agent", "fabrik");
        assertEquals(403, staff.get("/admin/registre.xhtml").statusCode());
        assertEquals(403, staff.get("/admin/journal.csv").statusCode());
    }
}
