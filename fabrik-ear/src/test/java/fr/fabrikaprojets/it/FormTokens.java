package fr.fabrikaprojets.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Faces form posts back besides its fields: its page state (the forms' CSRF token) and the script nonce
 * PrimeFaces checks; either may be null, for a post that leaves it out.
 */
record FormTokens(String viewState, String nonce) {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    /** The tokens of a page holding a form, or null when the page has none (a sign-in page, an error). */
    static FormTokens of(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        return viewState.find() && nonce.find() ? new FormTokens(viewState.group(1), nonce.group(1)) : null;
    }
}
