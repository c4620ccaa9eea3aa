package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.view.PageLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Every request: note the client's address for the audit trail and its language, and refuse what no form sends (a
 * body over the limit, a NUL character). The security headers are {@link SecurityHeaders}'.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long MAX_REQUEST_BYTES = 60L * 1024 * 1024;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.arrivedFrom(request.getRemoteAddr());
        origin.reads(PageLanguage.of(request).getLanguage());
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuseTooLarge(request, response);
            return;
        }
        if (carriesNul(request)) {
            refuseNul(request, response);
            return;
        }
        FormPosts.pass(request, response, chain);
    }

    /**
     * A NUL character in a parameter: no person types one, PostgreSQL refuses it in any text (Derby took it), so the
     * request is answered here rather than failing deep in a query. Multipart forms are read by their pages.
     */
    private static boolean carriesNul(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return request.getQueryString() != null && request.getQueryString().toLowerCase(Locale.ROOT)
                    .contains("%00");
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void refuseNul(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // The API's errors are RFC 9457 documents, as its resources write them.
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Requête invalide\",\"status\":400,"
                    + "\"detail\":\"Un paramètre contient un caractère invisible (NUL) que Fabrik n’accepte pas.\"}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Adresse "
                + "invalide — La Fabrik à projets</title></head><body><main><h1>Adresse invalide</h1><p>Cette adresse "
                + "ou ce formulaire contient un caractère invisible que Fabrik n’accepte pas. Rien n’a été enregistré. "
                + "Revenez à la page précédente et saisissez votre texte à nouveau.</p><p><a href=\""
                + request.getContextPath() + "/\">Retour à l’accueil</a></p></main></body></html>");
    }

    /**
     * What the Faces servlet's multipart configuration accepts (web.xml). Beyond it the container would fail while
     * reading the form; the visitor gets this French page instead, and nothing is read nor stored.
     */
    private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Connection", "close");
        response.getWriter().write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Envoi trop "
                + "volumineux — La Fabrik à projets</title></head><body><main><h1>Envoi trop volumineux</h1><p>Les "
                + "fichiers joints ne peuvent pas dépasser 10 Mo. Rien n’a été enregistré. Revenez à la page "
                + "précédente et choisissez un fichier plus léger.</p><p><a href=\"" + request.getContextPath()
                + "/\">Retour à l’accueil</a></p></main></body></html>");
    }
}
