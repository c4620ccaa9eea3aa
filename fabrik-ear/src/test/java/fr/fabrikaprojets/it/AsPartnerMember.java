package fr.fabrikaprojets.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as a member of the Fédération des Centres Sociaux, registered by the tests, with the role {@code partner}. */
@Stateless
@PermitAll
@RunAs("partner")
@RunAsPrincipal("membre-federation")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsPartnerMember {

    public <T> T call(Supplier<T> call) {
        return call.get();
    }

    public void run(Runnable call) {
        call.run();
    }
}
