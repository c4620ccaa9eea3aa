package fr.fabrikaprojets.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** A browser-like HTTP client for client-side tests: its own cookies, redirects followed, French preferred. */
final class Http {

    /** The test JVM is told the address; inside the server, a test finds its own listener by its port offset. */
    static final String DEFAULT_BASE = System.getProperty("fabrik.base.url", "http://127.0.0.1:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 100)) + "/fabrik");

    private final String base;

    Http() {
        this(DEFAULT_BASE);
    }

    Http(String base) {
        this(base, null);
    }

    private Http(String base, SSLContext tls) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL);
        client = (tls == null ? builder : builder.sslContext(tls)).build();
    }

    /**
     * A client of the server's HTTPS listener ({@code https://localhost:<8443 + offset>/fabrik}, the offset read from
     * the HTTP address each run is given), whose certificate WildFly generated for {@code localhost} at its first TLS
     * connection: trusted as it is, for tests only.
     */
    static Http overTls() {
        int port = 8443 + URI.create(DEFAULT_BASE).getPort() - 8080;
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return new Http("https://localhost:" + port + "/fabrik", tls);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private final CookieManager cookies = new CookieManager();

    private final HttpClient client;

    /** The value of one of this client's cookies, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "fr-FR,fr;q=0.9")
                .GET().build());
    }

    HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
    }

    HttpResponse<String> postForm(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "fr-FR,fr;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** A body posted as it is, bytes that are not UTF-8 included. */
    HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("Accept-Language", "fr-FR,fr;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Any request to the API: a JSON body (or none) and header names and values, e.g. {@code "If-Match", tag}. */
    HttpResponse<String> call(String method, String path, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Accept", "application/json").method(method, jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * Logs in through the FORM login page, the way a browser does: ask a protected page, then post the sign-in form
     * it is answered with, its token included.
     */
    HttpResponse<String> login(String username, String password) {
        return postForm("/j_security_check", "j_username", username, "j_password", password, "csrf_token",
                FormTokens.signInToken(get("/animation/reunions/calendrier.xhtml").body()));
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
