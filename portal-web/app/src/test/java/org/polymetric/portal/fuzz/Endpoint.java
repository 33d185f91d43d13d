package org.polymetric.portal.fuzz;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the portal: a method and a path template as JAX-RS declares it, regular
 * expressions of path parameters dropped ({@code /api/tokens/{id}}), the query parameter names
 * the OpenAPI document gives, and where it came from ({@code openapi} or the fuzz's own list of
 * what that document cannot show).
 */
record Endpoint(String method, String template, List<String> queryNames, String source) {
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*((?:[^{}]|\\{[^{}]*\\})*)}");

    Endpoint {
        queryNames = List.copyOf(queryNames);
    }

    static Endpoint of(String method, String rawTemplate, List<String> queryNames, String source) {
        Matcher m = PARAM.matcher(rawTemplate);
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(plain, Matcher.quoteReplacement("{" + m.group(1) + "}"));
        }
        m.appendTail(plain);
        return new Endpoint(method.toUpperCase(), plain.toString(), queryNames, source);
    }

    String key() {
        return method + " " + template;
    }

    boolean isApi() {
        return template.startsWith("/api/") || isCountlyRoot();
    }

    /** Countly's SDK paths at the root ({@code /i}, {@code /o}…), which the events module also serves. */
    boolean isCountlyRoot() {
        return template.equals("/i") || template.startsWith("/i/") || template.equals("/o") || template.startsWith("/o/");
    }

    /** The module (or {@code kernel}, {@code pages}) whose prefix the path is under. */
    String owner() {
        if (isCountlyRoot()) {
            return "events";
        }
        for (String module : List.of("organizations", "events", "counters", "streamstats", "export")) {
            if (template.startsWith("/api/" + module + "/")) {
                return module;
            }
        }
        return template.startsWith("/api/") ? "kernel" : "pages";
    }
}
