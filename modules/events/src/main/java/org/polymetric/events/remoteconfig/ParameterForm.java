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
            rows.add(new Row(c.field().word(), c.op().word(), c.match(), c.value().toString()));
        }
        return new ParameterForm(p.key(), p.key(), p.defaultValue().toString(), rows);
    }

    /** The rows of repeated form fields, position by position; a missing field is empty. */
    public static ParameterForm of(String original, String key, String value, List<String> fields, List<String> ops,
                                   List<String> matches, List<String> values) {
        int n = Math.max(Math.max(size(fields), size(ops)), Math.max(size(matches), size(values)));
        List<Row> rows = new ArrayList<>();
        // at most one row past the cap is kept, so that the cap is what refuses the form
        for (int i = 0; i < Math.min(n, ParameterRules.MAX_CONDITIONS + 1 + ParameterRules.BLANK_ROWS); i++) {
            rows.add(new Row(at(fields, i), at(ops, i), at(matches, i), at(values, i)));
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
