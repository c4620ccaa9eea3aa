package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.api.JsonbResolver;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Conditional reads: every JSON representation carries an {@code ETag} computed from its content, so that a client
 * (the portal's widgets poll) is answered {@code 304 Not Modified} without a body when nothing changed, and an update
 * can name the representation it was based on ({@code If-Match}).
 */
final class Representations {

    private Representations() {
    }

    /** The entity tag of a representation: a digest of its JSON, the same for the same content. */
    static EntityTag tagOf(Object representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JsonbResolver.json().toJson(representation).getBytes(StandardCharsets.UTF_8));
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The representation with its tag, or 304 when the request's {@code If-None-Match} names it. Private caching:
     * what a signed-in caller sees is theirs.
     */
    static Response conditional(Request request, Object representation) {
        EntityTag tag = tagOf(representation);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(representation, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        response.tag(tag).cacheControl(cache);
        if (representation instanceof Listing<?> listing) {
            response.header("Link", listing.links().entrySet().stream()
                    .map(link -> "<" + link.getValue() + ">; rel=\"" + link.getKey() + "\"")
                    .collect(Collectors.joining(", ")));
            if (listing.totalExact()) {
                response.header("X-Total-Count", listing.total());
            }
        }
        return response.build();
    }

    /** The representation just written, with its new tag: preconditions were the request's, not this answer's. */
    static Response fresh(Object representation) {
        return Response.ok(representation, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(tagOf(representation)).build();
    }

    static Map<String, String> links(String... namesAndUris) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndUris.length; i += 2) {
            links.put(namesAndUris[i], namesAndUris[i + 1]);
        }
        return links;
    }
}
