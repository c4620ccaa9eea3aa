package fr.fabrikaprojets.view.statistiques;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written with Jakarta JSON so that labels are escaped.
 * Every chart sits beside the table of its figures, which screen readers and keyboards use.
 */
final class ChartJson {

    /** Colours told apart with the usual colour blindnesses (Okabe–Ito), with AA contrast on white. */
    static final String[] COLOURS = {"#1F4E9A", "#B86E00", "#007A5A", "#B8327A"};

    /**
     * Found once: each {@code Json.create…Builder()} looks its provider up in the class path again, which was a fifth
     * of the statistics page's time.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    record Series(String label, String colour, List<Long> values) {
    }

    private ChartJson() {
    }

    static String bars(List<String> labels, List<Series> series, boolean horizontal) {
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = JSON.createArrayBuilder();
            one.values().forEach(values::add);
            datasets.add(JSON.createObjectBuilder().add("label", one.label()).add("data", values)
                    .add("backgroundColor", one.colour()));
        }
        JsonArrayBuilder names = JSON.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder options = JSON.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", JSON.createObjectBuilder()
                        .add("beginAtZero", true).add("ticks", JSON.createObjectBuilder().add("precision", 0))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
