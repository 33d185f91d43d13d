package org.polymetric.events.read;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * Countly's escaping of what its read API answers: every read goes out through
 * {@code common.returnOutput}, which serializes with {@code escape_html_entities} as the replacer,
 * so every object key and every string value, at any depth, passes through
 * {@code escape_html(.., true)}: {@code "} → {@code &quot;}, {@code &} → {@code &amp;},
 * {@code '} → {@code &#39;}, {@code <} → {@code &lt;}, {@code >} → {@code &gt;}. Stored values are
 * kept as the SDK sent them; only the answer is escaped. A string that is itself a JSON object or
 * array is answered as that JSON, escaped the same way. Control characters need nothing here: the
 * JSON writer escapes them ({@code \t}, {@code \u0001}) as {@code JSON.stringify} does.
 */
final class HtmlEntities {
    /**
     * Where Countly starts escaping: the first quote, apostrophe, bracket, or ampersand that does
     * not already begin one of the entities it writes (from there on every such character is escaped).
     */
    private static final Pattern START = Pattern.compile("\"|'|&(?!amp;|quot;|#39;|lt;|gt;|#46;|#36;)|<|>");

    private HtmlEntities() {
    }

    /** An answer (maps, lists, strings, numbers) with its keys and strings escaped; a new structure. */
    static Object escape(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(html(String.valueOf(k)), escape(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(escape(v)));
            return out;
        }
        if (value instanceof String s) {
            return string(s);
        }
        return value;
    }

    /** A string value: JSON object or array text re-serialized escaped, anything else escaped as HTML. */
    private static String string(String s) {
        String lead = s.stripLeading();
        if (lead.startsWith("{") || lead.startsWith("[")) {
            try {
                JsonValue parsed = JsonBuilders.parse(s);
                if (parsed instanceof JsonObject || parsed instanceof JsonArray) {
                    return json(parsed).toString();
                }
            } catch (RuntimeException notJson) {
                // not JSON after all: escaped as text below
            }
        }
        return html(s);
    }

    private static JsonValue json(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder out = Json.createObjectBuilder();
            object.forEach((k, v) -> out.add(html(k), json(v)));
            return out.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder out = Json.createArrayBuilder();
            array.forEach(v -> out.add(json(v)));
            return out.build();
        }
        if (value instanceof JsonString s) {
            return Json.createValue(string(s.getString()));
        }
        return value;
    }

    /** Countly's {@code escape_html(s, true)}. */
    static String html(String s) {
        Matcher m = START.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, m.start());
        for (int i = m.start(); i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&#39;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
