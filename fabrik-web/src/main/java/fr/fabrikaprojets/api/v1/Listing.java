package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.application.Page;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a list as the API returns it: the rows, the total and where the other pages are. The same links are
 * sent in an RFC 8288 {@code Link} header by {@link Representations#conditional}.
 *
 * @param total      how many rows match the filters in all, or, when {@code totalExact} is false, how many are
 *                   known to (a long list is counted ten pages beyond the one asked)
 * @param totalExact whether {@code total} counts every matching row
 * @param page       this page's number, from 1
 * @param size       rows per page asked for (at most 100)
 * @param items      the rows
 * @param links      {@code self}, {@code first}, {@code last} (when the total is exact), and {@code prev}/{@code next}
 *                   when they exist
 */
public record Listing<T>(long total, boolean totalExact, int page, int size, List<T> items,
        Map<String, String> links) {

    /** The page's rows mapped to their representation, with links keeping every other query parameter. */
    static <E, T> Listing<T> of(Page<E> rows, PageRequest request, UriInfo uriInfo, Function<E, T> representation) {
        long pages = Math.max(1, (rows.getTotal() + request.size() - 1) / request.size());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", link(uriInfo, request.page(), request.size()));
        links.put("first", link(uriInfo, 1, request.size()));
        if (rows.isExact()) {
            links.put("last", link(uriInfo, pages, request.size()));
        }
        if (request.page() > 1) {
            links.put("prev", link(uriInfo, Math.min(request.page() - 1, pages), request.size()));
        }
        if (rows.hasNext()) {
            links.put("next", link(uriInfo, request.page() + 1, request.size()));
        }
        return new Listing<>(rows.getTotal(), rows.isExact(), request.page(), request.size(),
                rows.getItems().stream().map(representation).toList(), links);
    }

    private static String link(UriInfo uriInfo, long page, int size) {
        URI uri = uriInfo.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size)
                .build();
        return uri.toString();
    }
}
