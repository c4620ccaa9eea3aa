package fr.fabrikaprojets.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B for every body the API reads or writes. Without a resolver, RESTEasy builds a new one for each response:
 * a class-path scan for the JSON providers and each class's binding model worked out again, about 1 MB allocated per
 * request of the cached statistics (BENCHMARKS.md, run 21). The same default configuration as RESTEasy's.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The API's JSON-B, also for what digests a body (its entity tag) rather than sends it. */
    public static Jsonb json() {
        return JSON;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSON;
    }
}
