package fr.fabrikaprojets.it;

import java.io.File;
import java.io.InputStream;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The real EAR of the build, as it is or with in-container test classes added to its EJB module. */
final class Deployments {

    static final String EJB_MODULE = "fabrik-ejb.jar";

    private Deployments() {
    }

    static EnterpriseArchive fabrikEar() {
        File ear = new File(System.getProperty("fabrik.ear", "target/fabrik.ear"));
        return ShrinkWrap.create(ZipImporter.class, "fabrik.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    private static JavaArchive module(EnterpriseArchive ear) {
        try (InputStream module = ear.get(EJB_MODULE).getAsset().openStream()) {
            return ShrinkWrap.create(ZipImporter.class, EJB_MODULE).importFrom(module).as(JavaArchive.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Module EJB illisible dans " + ear.getName(), e);
        }
    }

    /** The EAR with the given classes in its EJB module, where the test then runs. */
    static EnterpriseArchive fabrikEarTesting(Class<?>... classes) {
        return fabrikEarTesting(ejb -> ejb.addClasses(classes));
    }

    /** The EAR with its EJB module completed by the given additions (test classes, resources), where the test runs. */
    static EnterpriseArchive fabrikEarTesting(java.util.function.Consumer<JavaArchive> additions) {
        EnterpriseArchive ear = fabrikEar();
        JavaArchive ejb = module(ear);
        additions.accept(ejb);
        // Http, which most in-server tests take, reads the sign-in form's token with it.
        ejb.addClass(FormTokens.class);
        ear.delete(EJB_MODULE);
        ear.addAsModule(Testable.archiveToTest(ejb));
        return ear;
    }
}
