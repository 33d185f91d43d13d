package org.polymetric.export.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.Interval;
import org.polymetric.export.domain.Metric;
import org.polymetric.export.service.Exports;
import org.polymetric.export.store.DimensionValues;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.web.View;

/** The builder page's model: the form with its choices and value suggestions, then, for a form that passed, its answer. */
@ApplicationScoped
public class BuilderView {
    /** Suggestions per filter field: enough to pick from, few enough for every page. */
    static final int SUGGESTIONS = 50;

    @Inject
    DimensionValues values;

    @Inject
    Exports exports;

    /** A filter field: its dimension's name, the field's id and what was typed in it, and the game's values to suggest. */
    public record FilterField(String dimension, String id, String typed, List<String> suggestions) {
    }

    View form(Game game, BuilderForm form) throws SQLException {
        List<FilterField> filters = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            filters.add(new FilterField(d.key(), d.key().replace('.', '-'), form.filter(d),
                    values.suggestions(game.getId(), d, "", SUGGESTIONS)));
        }
        return View.of("export/builder").with("game", game).with("form", form)
                .with("intervals", Arrays.stream(Interval.values()).map(Interval::key).toList())
                .with("metrics", Arrays.stream(Metric.values()).map(Metric::key).toList())
                .with("dimensions", Arrays.stream(Dimension.values()).map(Dimension::key).toList())
                .with("filters", filters).with("errors", new LinkedHashMap<String, String>())
                .with("notes", List.of()).with("preview", null).with("curl", null);
    }

    /**
     * Adds the answer to a form that passed: the rounding notes, the preview and its chart, the download and the command.
     *
     * @throws org.polymetric.export.service.StoreUnavailable when the database does not answer
     */
    void answer(View view, Game game, BuilderForm.Checked checked, String server, String rawQuery) throws IOException {
        view.with("notes", checked.notes())
                .with("preview", Preview.of(exports.prepare(game.getId(), checked.query())))
                .with("download", "/export/games/" + game.getId() + "/export.csv?" + rawQuery)
                .with("curl", CurlCommand.of(server, game.getId(), checked.query()));
    }

}
