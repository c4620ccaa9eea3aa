package fr.fabrikaprojets.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Calls services as a coordinator who belongs to Lens-Liévin and to the platforms the tests create for her (role
 * {@code coordinator}), outside any transaction, so that the service stays the transaction boundary.
 */
@Stateless
@PermitAll
@RunAs("coordinator")
@RunAsPrincipal("animatrice-territoires")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsTerritoryCoordinator {

    public <T> T call(Supplier<T> call) {
        return call.get();
    }

    public void run(Runnable call) {
        call.run();
    }
}
