package org.polymetric.events.remoteconfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The page's add/edit form as typed: the key it edits ({@code original}, empty for a new one),
 * the key's name and JSON value, and condition rows. Shown again as typed when it is refused.
 */
public record ParameterForm(String original, String key, String value, List<Row> rows) {

    /** One condition row: field and operator words, the text to match, the JSON value. */
    public record Row(String field, String op, String match, String value) {
        boolean blank() {
            return isBlank(match) && isBlank(value);
        }
    }

    public ParameterForm {
        rows = List.copyOf(rows);
    }

    public static ParameterForm empty() {
        return new ParameterForm("", "", "", List.of());
    }

    public static ParameterForm of(Parameter p) {
        List<Row> rows = new ArrayList<>();
        for (Condition c : p.conditions()) {
            rows.add(new Row(c.field().word(), c.op().word(), c.match(), c.value()));
        }
        return new ParameterForm(p.key(), p.key(), p.defaultValue(), rows);
    }

    /**
     * The rows of repeated form fields, position by position; a missing field is empty. Blank rows
     * are left out (the rules skip them), and of the others at most one past the cap is kept, so
     * that the cap refuses the form however many rows it has and wherever they are.
     */
    public static ParameterForm of(String original, String key, String value, List<String> fields, List<String> ops,
                                   List<String> matches, List<String> values) {
        int n = Math.max(Math.max(size(fields), size(ops)), Math.max(size(matches), size(values)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n && rows.size() <= ParameterRules.MAX_CONDITIONS; i++) {
            Row row = new Row(at(fields, i), at(ops, i), at(matches, i), at(values, i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new ParameterForm(orEmpty(original), orEmpty(key), orEmpty(value), rows);
    }

    /** This form's conditions and one blank row to fill in. */
    public ParameterForm withBlankRow() {
        List<Row> more = new ArrayList<>(rows.stream().filter(r -> !r.blank()).toList());
        more.add(new Row("platform", "is", "", ""));
        return new ParameterForm(original, key, value, more);
    }

    public boolean editing() {
        return !original.isEmpty();
    }

    private static int size(List<String> l) {
        return l == null ? 0 : l.size();
    }

    private static String at(List<String> l, int i) {
        return l == null || i >= l.size() || l.get(i) == null ? "" : l.get(i);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
