package fr.fabrikaprojets.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a connection of the pool is valid: the database (Derby or PostgreSQL) answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/FabrikDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("base-de-donnees").status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("produit", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException unreachable) {
            return HealthCheckResponse.named("base-de-donnees").down()
                    .withData("erreur", unreachable.getClass().getSimpleName()).build();
        }
    }
}
