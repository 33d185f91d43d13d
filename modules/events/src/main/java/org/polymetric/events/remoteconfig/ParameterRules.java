package org.polymetric.events.remoteconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * What a remote-config key may be. Names follow Countly's pattern ({@code [a-zA-Z_][a-zA-Z0-9_]*})
 * with a length bound Countly leaves out; a game has at most Countly's default of 2 000 keys and
 * 20 conditions per key; values must parse as JSON (Countly keeps a value that does not as a
 * string, which hides typing mistakes such as {@code tru}).
 */
public final class ParameterRules {
    public static final Pattern KEY = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    public static final int MAX_KEY_LENGTH = 128;
    /** Countly's {@code maximum_allowed_parameters}. */
    public static final int MAX_KEYS = 2000;
    /** Countly's {@code conditions_per_paramaeters}. */
    public static final int MAX_CONDITIONS = 20;
    public static final int MAX_VALUE_CHARS = 16_384;
    public static final int MAX_MATCH_CHARS = 100;
    /** All of a game's keys, values and conditions JSON together, in characters as stored. */
    public static final int MAX_GAME_CHARS = 2_000_000;

    /** A form the rules refuse: the message's i18n key and the value it names, if any. */
    public static final class Invalid extends RuntimeException {
        private final String messageKey;
        private final Object argument;

        public Invalid(String messageKey, Object argument) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.argument = argument;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object argument() {
            return argument;
        }
    }

    private ParameterRules() {
    }

    /** Whether {@code name} could be a key; no other name is looked up (the column holds only these). */
    public static boolean isKey(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_KEY_LENGTH && KEY.matcher(name).matches();
    }

    /** @throws Invalid naming the first rule the form breaks */
    public static Parameter parse(ParameterForm form) {
        String key = form.key().strip();
        if (!isKey(key)) {
            throw new Invalid("events.rc.error.key", MAX_KEY_LENGTH);
        }
        String value = json(form.value(), "events.rc.error.value");
        List<Condition> conditions = new ArrayList<>();
        for (ParameterForm.Row row : form.rows()) {
            if (row.blank()) {
                continue;
            }
            if (conditions.size() == MAX_CONDITIONS) {
                throw new Invalid("events.rc.error.conditions", MAX_CONDITIONS);
            }
            conditions.add(condition(row));
        }
        return new Parameter(key, value, conditions);
    }

    private static Condition condition(ParameterForm.Row row) {
        Condition.Field field = Condition.Field.of(row.field());
        Condition.Op op = Condition.Op.of(row.op());
        if (field == null || op == null || field == Condition.Field.PLATFORM && op != Condition.Op.IS) {
            throw new Invalid("events.rc.error.op", row.field());
        }
        String match = row.match() == null ? "" : row.match().strip();
        if (match.isEmpty() || match.length() > MAX_MATCH_CHARS) {
            throw new Invalid("events.rc.error.match", MAX_MATCH_CHARS);
        }
        return new Condition(field, op, match, json(row.value(), "events.rc.error.conditionvalue"));
    }

    /** {@code text} as one JSON value, written as it is stored and answered. */
    private static String json(String text, String messageKey) {
        if (text == null || text.isBlank() || text.length() > MAX_VALUE_CHARS) {
            throw new Invalid(messageKey, MAX_VALUE_CHARS);
        }
        try {
            return JsonBuilders.parse(text).toString();
        } catch (RuntimeException e) {
            throw new Invalid(messageKey, MAX_VALUE_CHARS);
        }
    }
}
