package fr.fabrikaprojets.view.statistiques;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written with Jakarta JSON so that labels are escaped.
 * Every chart sits beside the table of its figures, which screen readers and keyboards use.
 */
final class ChartJson {

    /** Colours told apart with the usual colour blindnesses (Okabe–Ito), with AA contrast on white. */
    static final String[] COLOURS = {"#1F4E9A", "#B86E00", "#007A5A", "#B8327A"};

    record Series(String label, String colour, List<Long> values) {
    }

    private ChartJson() {
    }

    static String bars(List<String> labels, List<Series> series, boolean horizontal) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            one.values().forEach(values::add);
            datasets.add(Json.createObjectBuilder().add("label", one.label()).add("data", values)
                    .add("backgroundColor", one.colour()));
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", Json.createObjectBuilder()
                        .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
