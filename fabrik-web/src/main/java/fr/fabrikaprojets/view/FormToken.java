package fr.fabrikaprojets.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's token every form carries in a hidden field ({@link FormTokenViewHandler}) and every form post must
 * send back ({@code web.FormPosts}): a page of another site cannot read it, so it cannot post a form in the name of
 * someone signed in. The page state already plays that part while it is kept on the server; this token does not
 * depend on how Faces keeps it, and its field has the name CSRF scanners and auditors look for.
 */
public final class FormToken {

    public static final String FIELD = "csrf_token";
    private static final String ATTRIBUTE = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The session's token, drawn at its first form. */
    static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }

    /** Whether a form post sends back its session's token (compared in constant time). */
    public static boolean sentBack(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(FIELD);
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return sent != null && token != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                ((String) token).getBytes(StandardCharsets.UTF_8));
    }
}
