package fr.fabrikaprojets.web;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a list page reads in its address: its filters by name and the first row of its page ({@code debut}), read
 * once when its backing bean is made. Read there rather than through {@code f:viewParam}: view parameters take a GET
 * through every phase of a postback, each converted, validated and pushed to the bean, which cost a list page as
 * much as its data (BENCHMARKS.md, run 39). The page's own links write the same filters back.
 *
 * <pre>
 * PageAddress address = PageAddress.read("q", "theme");  // reseau/index.xhtml?theme=CULTURE&amp;debut=20
 * address.get("theme");                                 // "CULTURE"; null when absent or blank
 * address.getFirst();                                   // 20; 0 when absent, malformed or negative
 * address.query("debut", 40);                           // "debut=40&amp;theme=CULTURE"
 * </pre>
 */
public final class PageAddress {

    private final Map<String, String> filters;
    private final int first;

    private PageAddress(Map<String, String> filters, int first) {
        this.filters = Collections.unmodifiableMap(filters);
        this.first = first;
    }

    /** The filters {@code names} and the page's first row, from the current request's address. */
    public static PageAddress read(String... names) {
        return of(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap(), names);
    }

    static PageAddress of(Map<String, String> parameters, String... names) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : names) {
            filters.put(name, PageParameters.text(parameters.get(name)));
        }
        return new PageAddress(filters, PageParameters.offset(parameters.get("debut")));
    }

    /** The filter {@code name} as given, or null when absent or blank. */
    public String get(String name) {
        return filters.get(name);
    }

    public int getFirst() {
        return first;
    }

    /**
     * An address's query: {@code name=value}, then every other filter given, each encoded, in the order they were
     * named. A page with a second list names that list's first row as a filter ({@code debutTf}), and the first
     * list's too ({@code debut}), so that each pager keeps the other's page.
     */
    public String query(String name, Object value) {
        StringBuilder query = new StringBuilder(name).append('=').append(encoded(String.valueOf(value)));
        filters.forEach((filter, given) -> {
            if (given != null && !filter.equals(name)) {
                query.append('&').append(filter).append('=').append(encoded(given));
            }
        });
        return query.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
