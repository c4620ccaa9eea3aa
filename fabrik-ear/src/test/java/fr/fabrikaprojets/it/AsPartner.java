package fr.fabrikaprojets.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Calls services as a user with the role {@code partner}, the way a logged-in page would: outside any transaction, so
 * that the service stays the transaction boundary.
 */
@Stateless
@PermitAll
@RunAs("partner")
@RunAsPrincipal("test-partenaire")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsPartner {

    public <T> T call(Supplier<T> call) {
        return call.get();
    }

    public void run(Runnable call) {
        call.run();
    }
}
