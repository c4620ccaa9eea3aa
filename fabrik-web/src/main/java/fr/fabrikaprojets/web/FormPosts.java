package fr.fabrikaprojets.web;

import fr.fabrikaprojets.view.FormToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Form posts that no browser sends, made ordinary refusals instead of server errors: a Faces form without its
 * session's {@link FormToken} (another site's, or one kept from a session since ended), a script nonce that PrimeFaces
 * never wrote (its check throws on one that does not decode, even while showing the error page), and a form with a
 * file field posted without its multipart encoding (the container throws when asked for the parts). The first two
 * get the page of a form that cannot be trusted, answered 400 with nothing saved; a form without multipart encoding
 * reads as one without a file, and its page checks the rest. The request filter asks it last, after refusing the
 * requests that must not be read at all.
 */
final class FormPosts {

    private static final String NONCE = "primefaces.nonce";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** The page of a form that cannot be trusted, answered in 400 with nothing saved. */
    static final String UNTRUSTED_FORM = "/erreur/expiree.xhtml";

    private FormPosts() {
    }

    /** Passes a request on to its page, once the request filter has refused what must not be read at all. */
    static void pass(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || !request.getServletPath().endsWith(".xhtml")) {
            chain.doFilter(request, response);
            return;
        }
        String nonce = request.getParameter(NONCE);
        boolean facesForm = request.getParameter(VIEW_STATE) != null;
        if (facesForm && !FormToken.sentBack(request) || nonce != null && !wellFormed(nonce)) {
            refuse(request, response);
            return;
        }
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        chain.doFilter(multipart ? request : new WithoutParts(request), response);
    }

    /** Answers a form that cannot be trusted with its page, in 400, the page reading none of its fields. */
    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher(UNTRUSTED_FORM).forward(new Emptied(request), response);
    }

    /** As PrimeFaces writes a nonce: a UUID in Base64. */
    private static boolean wellFormed(String nonce) {
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    /** A request without parts, as the container would read a form without files if it did not throw. */
    private static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }

    /** The request as a plain visit to the refusal page: no parameters, so no form for the page to read. */
    private static final class Emptied extends HttpServletRequestWrapper {

        Emptied(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
