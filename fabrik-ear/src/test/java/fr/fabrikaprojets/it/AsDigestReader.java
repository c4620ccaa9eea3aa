package fr.fabrikaprojets.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as a member of APEI who chose the weekly digest, registered by the tests, with the role {@code partner}. */
@Stateless
@PermitAll
@RunAs("partner")
@RunAsPrincipal("membre-resume")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsDigestReader {

    public <T> T call(Supplier<T> call) {
        return call.get();
    }

    public void run(Runnable call) {
        call.run();
    }
}
