package org.polymetric.events.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import org.polymetric.events.read.TimeTree;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * A chart's data as the page's script hands it to Chart.js: labels and named series, written
 * into a JSON data block (which the content security policy allows, unlike inline script).
 */
public final class ChartData {
    private final JsonArrayBuilder labels = JsonBuilders.array();
    private final JsonArrayBuilder series = JsonBuilders.array();
    private final String type;

    private ChartData(String type) {
        this.type = type;
    }

    public static ChartData line() {
        return new ChartData("line");
    }

    public static ChartData bar() {
        return new ChartData("bar");
    }

    public <T> ChartData labels(List<T> rows, Function<T, String> label) {
        rows.forEach(r -> labels.add(label.apply(r)));
        return this;
    }

    public <T> ChartData series(String name, List<T> rows, Function<T, Number> value) {
        JsonArrayBuilder data = JsonBuilders.array();
        rows.forEach(r -> {
            Number n = value.apply(r);
            if (n instanceof Double d) {
                data.add(new java.math.BigDecimal(TimeTree.number(d).toString()));
            } else {
                data.add(n.longValue());
            }
        });
        JsonObjectBuilder s = JsonBuilders.object().add("label", name).add("data", data);
        series.add(s);
        return this;
    }

    /** The JSON text; safe inside a {@code <script type="application/json">} block. */
    public String json() {
        return JsonBuilders.forScript(JsonBuilders.object().add("type", type).add("labels", labels).add("series", series).build());
    }
}
