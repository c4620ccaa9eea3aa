package fr.fabrikaprojets.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every answer, pages forwarded to included: the sign-in page FORM authentication serves in
 * place of a protected one, the error pages, the refusals of untrusted forms (web.xml maps this filter to those
 * dispatches). {@code X-Frame-Options} repeats {@code frame-ancestors} for older browsers, and only when no portal
 * frames Fabrik: it cannot name one.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (ContentSecurityPolicy.portalOrigin().isEmpty()) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        if (!response.containsHeader(ContentSecurityPolicy.HEADER)) {
            response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withoutNonce());
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response whose PrimeFaces {@code script-src} header completes the policy instead of adding a second one. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) && value.strip().startsWith("script-src")) {
                super.setHeader(name, ContentSecurityPolicy.withoutScripts() + "; " + value.strip());
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
