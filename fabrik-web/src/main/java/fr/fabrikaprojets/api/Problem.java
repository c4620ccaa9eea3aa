package fr.fabrikaprojets.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI naming the kind of problem; {@code detail} is the French
 * sentence for the person who made the request.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://fabrik.lafabrikaprojets.fr/problemes/";

    public static Response response(Response.Status status, String kind, String title, String detail) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(new Problem(TYPES + kind, title, status.getStatusCode(), detail))
                .build();
    }
}
