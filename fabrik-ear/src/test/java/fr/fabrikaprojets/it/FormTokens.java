package fr.fabrikaprojets.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Faces form posts back besides its fields: its page state, the session's form token (CSRF) and the script
 * nonce PrimeFaces checks; any may be null, for a post that leaves it out.
 */
record FormTokens(String viewState, String formToken, String nonce) {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf_token\" value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    /** The tokens of a page holding a form, or null when the page has none (a sign-in page, an error). */
    static FormTokens of(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        Matcher formToken = FORM_TOKEN.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        return viewState.find() && formToken.find() && nonce.find()
                ? new FormTokens(viewState.group(1), formToken.group(1), nonce.group(1)) : null;
    }

    /** The token of the sign-in form a page holds (empty when it holds none, as a forged post would send). */
    static String signInToken(String page) {
        Matcher token = FORM_TOKEN.matcher(page);
        return token.find() ? token.group(1) : "";
    }

    FormTokens withViewState(String other) {
        return new FormTokens(other, formToken, nonce);
    }

    FormTokens withFormToken(String other) {
        return new FormTokens(viewState, other, nonce);
    }

    FormTokens withNonce(String other) {
        return new FormTokens(viewState, formToken, other);
    }

    /** The tokens as the name-value pairs of a form post, those left out omitted. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (viewState != null) {
            fields.put("jakarta.faces.ViewState", viewState);
        }
        if (formToken != null) {
            fields.put("csrf_token", formToken);
        }
        if (nonce != null) {
            fields.put("primefaces.nonce", nonce);
        }
        return fields;
    }
}
