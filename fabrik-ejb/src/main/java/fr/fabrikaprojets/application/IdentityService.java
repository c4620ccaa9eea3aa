package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.identity.UserAccount;
import jakarta.ejb.Local;

/**
 * Who people are in Fabrik wherever they sign in: a partner association's member arriving through the shared SSO
 * gets an account like the others (name, e-mail, organisation, role partner), kept up to date at each arrival, so
 * that pages, notifications and per-record rules treat them as any member of their organisation.
 */
@Local
public interface IdentityService {

    /**
     * The caller, just signed in through the SSO: their account created or brought up to date from the token. Refused
     * when the name is that of an account signing in with a password.
     */
    UserAccount arriveThroughSso(SsoProfile profile);

    /** The language the caller chose for pages and e-mails ("fr", "en"), or null to follow their browser. */
    String language();

    /** Keeps the caller's language ("fr", "en"; empty to follow the browser) on their account. */
    void chooseLanguage(String tag);
}
