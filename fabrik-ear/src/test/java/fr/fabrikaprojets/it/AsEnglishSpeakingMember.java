package fr.fabrikaprojets.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as a member of the federation who reads English, registered by {@code LanguagesIT} (role partner). */
@Stateless
@PermitAll
@RunAs("partner")
@RunAsPrincipal("member-english")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsEnglishSpeakingMember {

    public <T> T call(Supplier<T> call) {
        return call.get();
    }

    public void run(Runnable call) {
        call.run();
    }
}
