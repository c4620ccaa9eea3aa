package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.IdentityService;
import fr.fabrikaprojets.domain.shared.Language;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;

/**
 * The language of a request's pages: the one the signed-in person chose in their preferences (read once per session
 * and person), otherwise the first of French and English their browser asks for, otherwise French.
 */
public final class PageLanguage {

    static final String CHOSEN = "fabrik.language";
    private static final String CHOSEN_BY = "fabrik.language.user";

    private PageLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String user = request.getRemoteUser();
        if (session != null && user != null) {
            if (!Objects.equals(user, session.getAttribute(CHOSEN_BY))) {
                remember(session, user, CDI.current().select(IdentityService.class).get().language());
            }
            Object chosen = session.getAttribute(CHOSEN);
            if (chosen != null) {
                return Language.locale(chosen.toString());
            }
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale asked : Collections.list(request.getLocales())) {
                if (Language.ENGLISH.equals(asked.getLanguage()) || Language.FRENCH.equals(asked.getLanguage())) {
                    return Locale.forLanguageTag(asked.getLanguage());
                }
            }
        }
        return Locale.FRENCH;
    }

    /** The person's choice for the rest of the session; null follows the browser. */
    static void remember(HttpSession session, String user, String language) {
        session.setAttribute(CHOSEN_BY, user);
        if (language == null) {
            session.removeAttribute(CHOSEN);
        } else {
            session.setAttribute(CHOSEN, language);
        }
    }
}
