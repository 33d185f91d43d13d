package org.polymetric.organizations.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the fields of one page form and fails once, naming every invalid field. */
public final class FormCheck {
    private final List<String> problems = new ArrayList<>();

    /** A trimmed text field of at most {@code max} characters; null when optional and empty. */
    public String text(String label, String raw, boolean required, int max) {
        String value = raw == null ? "" : raw.trim();
        if (value.isEmpty()) {
            if (required) {
                problems.add(label + " is required");
            }
            return null;
        }
        if (value.length() > max) {
            problems.add(label + " must be at most " + max + " characters");
            return null;
        }
        return value;
    }

    /** One of {@code allowed}; null when optional and empty. */
    public String choice(String label, String raw, List<String> allowed, boolean required) {
        String value = text(label, raw, required, 200);
        if (value != null && !allowed.contains(value)) {
            problems.add(label + " must be one of " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    /** A value matching {@code format} entirely ({@code shape} says what that is); null when optional and empty. */
    public String matching(String label, String raw, Pattern format, String shape, boolean required) {
        String value = text(label, raw, required, 200);
        if (value != null && !format.matcher(value).matches()) {
            problems.add(label + " must be " + shape);
            return null;
        }
        return value;
    }

    /** A positive id. */
    public Long id(String label, String raw) {
        Long id = PageContext.id(raw);
        if (id == null) {
            problems.add(label + " is required");
        }
        return id;
    }

    /** An IANA time zone such as {@code Europe/Madrid}; UTC when empty. */
    public String timezone(String label, String raw) {
        String value = text(label, raw, false, 64);
        if (value == null) {
            return "UTC";
        }
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            problems.add(label + " is not a known time zone");
            return null;
        }
    }

    /** A problem the caller found itself. */
    public void fail(String problem) {
        problems.add(problem);
    }

    public void done() {
        if (!problems.isEmpty()) {
            throw new FormInvalid(String.join("; ", problems) + ".");
        }
    }
}
