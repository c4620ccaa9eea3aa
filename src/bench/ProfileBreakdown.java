import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each page's CPU goes, from async-profiler's collapsed stacks (one file per page, recorded while wrk drove
 * that page alone): the samples of the request threads, per request, in the parts of a request, each as a multiple
 * of the empty page's whole request. A page at 3.0 whose database column reads 1.0 would be at 2.0 without it.
 * Usage: java src/bench/ProfileBreakdown.java "empty page|file|requests" "home|file|requests" …; the first is the
 * empty page. Run by src/bench/bench.sh.
 */
public class ProfileBreakdown {

    /** A part of a request, recognised by a frame anywhere in the stack; the first part that matches counts. */
    private record Part(String title, List<String> frames) {
        boolean matches(String stack) {
            return frames.stream().anyMatch(stack::contains);
        }
    }

    private static final List<Part> PARTS = List.of(
            new Part("database (JPA, JDBC, Derby)", List.of("org/eclipse/persistence/", "org/apache/derby/",
                    "org/jboss/jca/")),
            new Part("transactions", List.of("com/arjuna/", "org/wildfly/transaction/")),
            new Part("Faces view built", List.of("FaceletViewHandlingStrategy.buildView")),
            new Part("Faces view rendered", List.of("ViewHandler.renderView", "MultiViewHandler.renderView")),
            new Part("view actions, services", List.of("InvokeApplicationPhase", "UIViewAction")),
            new Part("Faces context, view parameters", List.of("FacesServlet.service")));
    private static final String REST = "the rest (HTTP, security, session; the API's JSON)";
    private static final String REQUEST_THREAD = "[default task-";

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, Double>> pages = new LinkedHashMap<>();
        for (String arg : args) {
            String[] page = arg.split("\\|");
            pages.put(page[0], perRequest(Path.of(page[1]), Long.parseLong(page[2])));
        }
        double empty = pages.values().iterator().next().values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> titles = new ArrayList<>(PARTS.stream().map(Part::title).toList());
        titles.add(REST);
        System.out.println("| page | CPU × empty page | " + String.join(" | ", titles) + " |");
        System.out.println("|---|---|" + "---|".repeat(titles.size()));
        pages.forEach((name, parts) -> {
            StringBuilder row = new StringBuilder("| " + name + " | " + times(parts.values().stream()
                    .mapToDouble(Double::doubleValue).sum() / empty) + " |");
            titles.forEach(title -> row.append(' ').append(times(parts.getOrDefault(title, 0.0) / empty)).append(" |"));
            System.out.println(row);
        });
    }

    /** Samples per request in each part, from the request threads' stacks ("thread;frame;frame… count"). */
    private static Map<String, Double> perRequest(Path collapsed, long requests) throws IOException {
        Map<String, Double> parts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(collapsed)) {
            int space = line.lastIndexOf(' ');
            if (space < 0 || !line.startsWith(REQUEST_THREAD)) {
                continue;
            }
            String stack = line.substring(0, space);
            String part = PARTS.stream().filter(p -> p.matches(stack)).map(Part::title).findFirst().orElse(REST);
            parts.merge(part, Long.parseLong(line.substring(space + 1)) / (double) Math.max(1, requests), Double::sum);
        }
        return parts;
    }

    private static String times(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
