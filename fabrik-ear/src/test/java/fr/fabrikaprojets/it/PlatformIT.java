package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the server configuration and the persistence unit promise, checked inside the running WildFly. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(PlatformIT.class);
    }

    @PersistenceContext(unitName = "fabrik")
    EntityManager entityManager;

    @Resource(lookup = "java:jboss/datasources/FabrikDS")
    DataSource dataSource;

    @Test
    void theJpaProviderRunningInWildFlyIsEclipseLink() {
        Object delegate = entityManager.getDelegate();
        assertTrue(delegate.getClass().getName().startsWith("org.eclipse.persistence."),
                delegate.getClass().getName());
        assertTrue(entityManager.getEntityManagerFactory().getProperties().keySet().stream()
                .anyMatch(key -> key.startsWith("eclipselink.")), "EclipseLink's own properties are in effect");
    }

    /** Derby embedded by default; PostgreSQL in the run the build makes on it (-Dfabrik.database on the server). */
    @Test
    void theDatasourceIsTheDatabaseOfTheRunMigratedByFlyway() throws Exception {
        String expected = "postgresql".equals(System.getProperty("fabrik.database")) ? "PostgreSQL" : "Apache Derby";
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(expected, connection.getMetaData().getDatabaseProductName());
            try (ResultSet applied = connection.createStatement().executeQuery(
                    "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'")) {
                assertTrue(applied.next(), "migration V1 recorded");
                assertTrue(applied.getBoolean(2));
            }
        }
    }

    @Test
    void theMailSessionIsBoundAndThereIsNoExampleDatasource() throws NamingException {
        InitialContext naming = new InitialContext();
        assertNotNull(naming.lookup("java:jboss/mail/Fabrik"));
        assertThrows(NamingException.class, () -> naming.lookup("java:jboss/datasources/ExampleDS"));
    }
}
