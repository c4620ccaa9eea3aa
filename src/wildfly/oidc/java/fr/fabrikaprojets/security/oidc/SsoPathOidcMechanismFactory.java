package fr.fabrikaprojets.security.oidc;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.security.auth.callback.CallbackHandler;
import org.wildfly.security.http.HttpAuthenticationException;
import org.wildfly.security.http.HttpScope;
import org.wildfly.security.http.HttpServerAuthenticationMechanism;
import org.wildfly.security.http.HttpServerAuthenticationMechanismFactory;
import org.wildfly.security.http.HttpServerMechanismsResponder;
import org.wildfly.security.http.HttpServerRequest;
import org.wildfly.security.http.HttpServerRequestWrapper;
import org.wildfly.security.http.Scope;
import org.wildfly.security.http.oidc.OidcMechanismFactory;

/**
 * Elytron's OIDC mechanism, except that it only <em>challenges</em> (redirects to the OpenID provider) on the
 * request paths matching the property {@value #CHALLENGE_PATH} (a regular expression on the request path, context
 * path included; default {@value #DEFAULT_CHALLENGE_PATH}). On the API's paths (property {@value #BEARER_PATH},
 * default {@value #DEFAULT_BEARER_PATH}) it also reads a bearer token: the portal's machine clients call the API with
 * an access token of the shared SSO. Everywhere else it only recognises a person already signed in through the SSO
 * (the token kept in the HTTP session), and otherwise stays silent and lets FORM challenge.
 *
 * <p>Why: Fabrik's staff sign in with FORM (Fabrik's accounts or the institution's directory) while partner
 * associations sign in with the shared SSO, in the same deployment and the same security domain. WildFly sends the
 * challenge of every mechanism of a deployment on an unauthenticated request and has no setting per path: with FORM
 * first, the redirect to the provider never reaches the browser; with OIDC first, staff never see their login page.
 * This module (installed by fabrik-ear's build, configured by {@code src/wildfly/cli/configure.cli}) is the only
 * code Fabrik adds to the server.
 */
public final class SsoPathOidcMechanismFactory implements HttpServerAuthenticationMechanismFactory {

    public static final String MECHANISM_NAME = "OIDC";
    public static final String CHALLENGE_PATH = "fabrik.oidc.challenge-path";
    public static final String DEFAULT_CHALLENGE_PATH = ".*/connexion/sso";
    public static final String BEARER_PATH = "fabrik.oidc.bearer-path";
    public static final String DEFAULT_BEARER_PATH = ".*/api/.*";
    /** Without a provider named by the administrator, the mechanism stays silent everywhere: the SSO is off. */
    public static final String PROVIDER = "fabrik.oidc.provider.url";
    /** What could sign a person in away from the SSO's own path, and is hidden from the mechanism there. */
    private static final Set<String> ENTRY_PARAMETERS = Set.of("code", "state", "error", "access_token");
    private static final String AUTHORIZATION = "Authorization";
    /** Where Elytron's OIDC keeps a signed-in person in the HTTP session (its OidcSessionTokenStore). */
    private static final String SIGNED_IN = "org.wildfly.security.http.oidc.OidcAccount";

    private final HttpServerAuthenticationMechanismFactory delegate = new OidcMechanismFactory();

    @Override
    public String[] getMechanismNames(Map<String, ?> properties) {
        return new String[] {MECHANISM_NAME};
    }

    @Override
    public HttpServerAuthenticationMechanism createAuthenticationMechanism(String mechanismName,
            Map<String, ?> properties, CallbackHandler callbackHandler) throws HttpAuthenticationException {
        if (!MECHANISM_NAME.equals(mechanismName)) {
            return null;
        }
        HttpServerAuthenticationMechanism oidc = delegate.createAuthenticationMechanism(mechanismName, properties,
                callbackHandler);
        if (oidc == null) {
            return null;
        }
        boolean off = System.getProperty(PROVIDER, "").isBlank();
        Object configured = properties.get(CHALLENGE_PATH);
        Pattern challengePath = Pattern.compile(configured != null ? configured.toString()
                : System.getProperty(CHALLENGE_PATH, DEFAULT_CHALLENGE_PATH));
        Object bearerConfigured = properties.get(BEARER_PATH);
        Pattern bearerPath = Pattern.compile(bearerConfigured != null ? bearerConfigured.toString()
                : System.getProperty(BEARER_PATH, DEFAULT_BEARER_PATH));
        return new HttpServerAuthenticationMechanism() {
            @Override
            public String getMechanismName() {
                return oidc.getMechanismName();
            }

            @Override
            public void evaluateRequest(HttpServerRequest request) throws HttpAuthenticationException {
                if (off) {
                    request.noAuthenticationInProgress();
                    return;
                }
                String path = request.getRequestURI() == null ? null : request.getRequestURI().getPath();
                if (path != null && challengePath.matcher(path).matches()) {
                    oidc.evaluateRequest(request);
                } else if (path != null && bearerPath.matcher(path).matches() && bearer(request)) {
                    // A machine client of the API: its token is checked (signature, expiry, audience), never a
                    // redirect; an invalid token is answered 401 by the mechanism.
                    oidc.evaluateRequest(withoutEntryParameters(request, true));
                } else if (signedInThroughSso(request)) {
                    oidc.evaluateRequest(withoutEntryParameters(request, false));
                } else {
                    // Nobody signed in through the SSO: FORM's business, without asking the provider anything.
                    request.noAuthenticationInProgress();
                }
            }

            private boolean bearer(HttpServerRequest request) {
                String authorization = request.getFirstRequestHeaderValue(AUTHORIZATION);
                return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            }

            private boolean signedInThroughSso(HttpServerRequest request) {
                HttpScope session = request.getScope(Scope.SESSION);
                return session != null && session.exists() && session.getAttachment(SIGNED_IN) != null;
            }

            /**
             * Away from the SSO's path the mechanism only recognises a person already signed in there (the token kept
             * in the HTTP session), or on the API a bearer token: no redirect to the provider (FORM challenges), and
             * no code callback, which would sign someone in without passing through {@code /connexion/sso}, where
             * Fabrik checks who they are. A bearer caller acts through the account made at that first arrival, if
             * any; without one, as a partner of no organisation.
             */
            private HttpServerRequest withoutEntryParameters(HttpServerRequest request, boolean keepBearer) {
                return new HttpServerRequestWrapper(request) {
                    @Override
                    public void noAuthenticationInProgress(HttpServerMechanismsResponder responder) {
                        // The cast picks the overload with a responder; the one without calls this method again.
                        super.noAuthenticationInProgress((HttpServerMechanismsResponder) null);
                    }

                    @Override
                    public List<String> getRequestHeaderValues(String headerName) {
                        return !keepBearer && AUTHORIZATION.equalsIgnoreCase(headerName) ? Collections.emptyList()
                                : super.getRequestHeaderValues(headerName);
                    }

                    @Override
                    public String getFirstRequestHeaderValue(String headerName) {
                        return !keepBearer && AUTHORIZATION.equalsIgnoreCase(headerName) ? null
                                : super.getFirstRequestHeaderValue(headerName);
                    }

                    @Override
                    public String getFirstParameterValue(String name) {
                        return ENTRY_PARAMETERS.contains(name) ? null : super.getFirstParameterValue(name);
                    }

                    @Override
                    public List<String> getParameterValues(String name) {
                        return ENTRY_PARAMETERS.contains(name) ? Collections.emptyList()
                                : super.getParameterValues(name);
                    }
                };
            }

            @Override
            public Object getNegotiatedProperty(String propertyName) {
                return oidc.getNegotiatedProperty(propertyName);
            }

            @Override
            public <T> T getNegotiationProperty(String propertyName, Class<T> type) {
                return oidc.getNegotiationProperty(propertyName, type);
            }

            @Override
            public void dispose() {
                oidc.dispose();
            }
        };
    }
}
