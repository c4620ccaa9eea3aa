package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff sign in with the institution's directory: a real LDAP server (UnboundID's in-memory directory, in this JVM)
 * holds two agents and their groups; a third WildFly is pointed at it by {@code src/wildfly/cli/ldap.cli}, exactly
 * as the README tells an administrator, with nothing rebuilt. The directory's coordinator reaches the coordinator's
 * pages, its staff member the staff's and not the coordinator's, a wrong password is refused, a group outside the
 * map gives no role (even one called "admin"), and Fabrik's own accounts still sign in beside the directory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LdapIT {

    private static final String CONTAINER = "ldap";
    private static final String BASE = "http://127.0.0.1:8480/fabrik";
    private static final String MANAGEMENT = "127.0.0.1:10390";
    private static final String PLANNING = "/animation/reunions/calendrier.xhtml";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = CONTAINER, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void agentsOfTheDirectorySignInWithTheRolesOfTheirGroupsBesideFabriksOwnAccounts() throws Exception {
        InMemoryDirectoryServer directory = directory();
        directory.startListening();
        controller.start(CONTAINER);
        try {
            cli("ldap.cli", directory.getListenPort());
            deployer.deploy(CONTAINER);

            HttpResponse<String> coordinator = new Http(BASE).login("m.durand", "jardin-2026");
            assertEquals(200, coordinator.statusCode(), coordinator.body());
            assertTrue(coordinator.body().contains("Retirer ce mois"), "the directory's coordinator plans sessions");
            assertTrue(coordinator.body().contains("Connecté·e : m.durand"));

            Http agent = new Http(BASE);
            HttpResponse<String> refused = agent.login("c.lefebvre", "theatre-2026");
            assertEquals(403, refused.statusCode(), "staff from the directory are not coordinators");
            assertEquals(200, agent.get("/projets/index.xhtml").statusCode(), "but read the projects");

            HttpResponse<String> wrong = new Http(BASE).login("m.durand", "pas-le-bon");
            assertTrue(wrong.body().contains("Identifiant ou mot de passe incorrect."));

            Http outsider = new Http(BASE);
            assertEquals(403, outsider.login("p.martin", "compta-2026").statusCode());
            assertEquals(403, outsider.get("/projets/index.xhtml").statusCode(),
                    "a group outside the map gives no role at all");
            assertEquals(403, outsider.get("/admin/journal.xhtml").statusCode(),
                    "not even a directory group that happens to be called admin");

            HttpResponse<String> local = new Http(BASE).login("animatrice", "fabrik");
            assertTrue(local.body().contains("Retirer ce mois"), "Fabrik's own accounts still sign in");

            deployer.undeploy(CONTAINER);
            cli("ldap-off.cli", directory.getListenPort());
            deployer.deploy(CONTAINER);
            assertTrue(new Http(BASE).login("m.durand", "jardin-2026").body()
                    .contains("Identifiant ou mot de passe incorrect."), "ldap-off.cli undoes it");
            assertTrue(new Http(BASE).login("animatrice", "fabrik").body().contains("Retirer ce mois"));
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
            directory.shutDown(true);
        }
    }

    /** The institution's directory: people under ou=agents, groups of names under ou=groupes. */
    private static InMemoryDirectoryServer directory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=pasdecalais,dc=test");
        config.addAdditionalBindCredentials("cn=fabrik,dc=pasdecalais,dc=test", "lecture-seule");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                InetAddress.getLoopbackAddress(), 0, null));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=pasdecalais,dc=test", "objectClass: top", "objectClass: domain", "dc: pasdecalais");
        server.add("dn: ou=agents,dc=pasdecalais,dc=test", "objectClass: organizationalUnit", "ou: agents");
        server.add("dn: ou=groupes,dc=pasdecalais,dc=test", "objectClass: organizationalUnit", "ou: groupes");
        person(server, "m.durand", "Marie Durand", "jardin-2026");
        person(server, "c.lefebvre", "Claire Lefebvre", "theatre-2026");
        person(server, "p.martin", "Paul Martin", "compta-2026");
        group(server, "fabrik-animation", "m.durand");
        group(server, "fabrik-agents", "c.lefebvre");
        group(server, "comptabilite", "p.martin", "m.durand");
        group(server, "admin", "p.martin");
        return server;
    }

    private static void person(InMemoryDirectoryServer server, String uid, String name, String password)
            throws Exception {
        server.add("dn: uid=" + uid + ",ou=agents,dc=pasdecalais,dc=test", "objectClass: inetOrgPerson",
                "uid: " + uid, "cn: " + name, "sn: " + name.substring(name.indexOf(' ') + 1),
                "userPassword: " + password);
    }

    private static void group(InMemoryDirectoryServer server, String name, String... members) throws Exception {
        String[] entry = new String[3 + members.length];
        entry[0] = "dn: cn=" + name + ",ou=groupes,dc=pasdecalais,dc=test";
        entry[1] = "objectClass: groupOfNames";
        entry[2] = "cn: " + name;
        for (int i = 0; i < members.length; i++) {
            entry[3 + i] = "member: uid=" + members[i] + ",ou=agents,dc=pasdecalais,dc=test";
        }
        server.add(entry);
    }

    /** Runs one of src/wildfly/cli's scripts on the ldap server, with the directory's settings as properties. */
    private static void cli(String script, int ldapPort) throws IOException, InterruptedException {
        Path properties = Files.createTempFile("fabrik-ldap", ".properties");
        Files.write(properties, List.of(
                "fabrik.ldap.url=ldap://127.0.0.1:" + ldapPort,
                "fabrik.ldap.bind.dn=cn=fabrik,dc=pasdecalais,dc=test",
                "fabrik.ldap.bind.password=lecture-seule",
                "fabrik.ldap.users.dn=ou=agents,dc=pasdecalais,dc=test",
                "fabrik.ldap.user.attribute=uid",
                "fabrik.ldap.groups.dn=ou=groupes,dc=pasdecalais,dc=test",
                "fabrik.ldap.groups.filter=(&(objectClass=groupOfNames)(member={1}))",
                "fabrik.ldap.group.coordinator=fabrik-animation",
                "fabrik.ldap.group.staff=fabrik-agents",
                "fabrik.ldap.group.admin=fabrik-administration"), StandardCharsets.UTF_8);
        Path log = Files.createTempFile("fabrik-cli", ".log");
        Process cli = new ProcessBuilder(System.getProperty("jboss.home") + "/bin/jboss-cli.sh", "--connect",
                "--controller=" + MANAGEMENT, "--resolve-parameter-values", "--properties=" + properties,
                "--file=" + new File("../src/wildfly/cli/" + script).getAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(cli.waitFor(180, TimeUnit.SECONDS), script + " within 3 minutes");
        String output = Files.readString(log);
        assertEquals(0, cli.exitValue(), script + " : " + output);
        assertFalse(output.contains("\"outcome\" => \"failed\""), output);
    }
}
