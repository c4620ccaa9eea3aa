package fr.fabrikaprojets.web;

import fr.fabrikaprojets.view.FormToken;
import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a sign-in posted without the session's {@link FormToken}: a page of another site cannot read it, so it
 * cannot sign a visitor into an account of its choosing (and see what they then enter). FORM authentication reads
 * {@code j_security_check} before any filter, hence a handler of Undertow's, around security (registered in
 * {@code META-INF/services}). The person is sent back to the sign-in page, which says why and carries a fresh token.
 */
public class SignInForms implements ServletExtension {

    private static final String REFUSED = "/connexion.xhtml?expiree=1";
    private static final String SIGN_IN = "/j_security_check";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(new CheckingTheToken());
    }

    private static final class CheckingTheToken implements HandlerWrapper {

        @Override
        public HttpHandler wrap(HttpHandler next) {
            return exchange -> {
                ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
                HttpServletRequest request = (HttpServletRequest) servlet.getServletRequest();
                if ("POST".equals(request.getMethod()) && signIn(exchange.getRequestPath(), request.getRequestURI())
                        && !FormToken.sentBack(request)) {
                    ((HttpServletResponse) servlet.getServletResponse())
                            .sendRedirect(request.getContextPath() + REFUSED);
                    return;
                }
                next.handleRequest(exchange);
            };
        }

        /**
         * Whether FORM authentication would read the post as a sign-in: it looks at the decoded path, so an address
         * spelt {@code j_security_chec%6B} is one too, which the raw address alone would let through.
         */
        private static boolean signIn(String decodedPath, String rawPath) {
            return decodedPath.endsWith(SIGN_IN) || rawPath.endsWith(SIGN_IN);
        }
    }
}
