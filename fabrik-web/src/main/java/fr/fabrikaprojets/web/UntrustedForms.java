package fr.fabrikaprojets.web;

import fr.fabrikaprojets.view.erreur.ExpiredBacking;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a form the server cannot trust (its page state expired or forged, its script nonce not the page's) with
 * the page that says so, in 400, here rather than through web.xml's error pages: an exception leaving the servlet
 * makes Undertow log an ERROR with its stack trace, and a scanner posting stale forms wrote 40,978 of them in twenty
 * minutes ({@code ./fabrik scan}). A visitor's old page is not a failure of the server; {@link RequestLog}'s line
 * with its 400 is the trace kept. A response already committed cannot be answered again: its failure goes on.
 */
public class UntrustedForms extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!ExpiredBacking.untrustedForm(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequestDispatcher(FormPosts.UNTRUSTED_FORM).forward(request, response);
        }
    }
}
