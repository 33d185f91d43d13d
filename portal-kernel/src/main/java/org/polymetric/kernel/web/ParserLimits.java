package org.polymetric.kernel.web;

import jakarta.json.JsonException;

/**
 * Parsson's refusals of text past its own limits, which are not {@link JsonException}s: a number
 * longer than 1 100 characters (an {@link UnsupportedOperationException}), an exponent beyond an
 * int such as {@code 1e99999999999} (BigDecimal's {@link NumberFormatException}), nesting deeper
 * than 1 000 (a plain {@link RuntimeException} of its own). Each is a body that is not valid JSON,
 * answered as any other such body with a 4xx, never a server fault; each counts only when thrown
 * while Parsson was reading, so the same exception types from the portal's own code stay faults.
 * The one place that knows them: {@link JsonBuilders#parse} and the last-resort exception mapper
 * ask here.
 */
public final class ParserLimits {
    private static final String PARSSON = "org.eclipse.parsson.";

    private ParserLimits() {
    }

    /** Whether {@code t} is one of Parsson's limits above (not a {@link JsonException}). */
    public static boolean reached(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        if (t.getClass() == RuntimeException.class) {
            return trace.length > 0 && trace[0].getClassName().startsWith(PARSSON);
        }
        if (!(t instanceof UnsupportedOperationException || t instanceof NumberFormatException)) {
            return false;
        }
        for (StackTraceElement frame : trace) {
            if (frame.getClassName().startsWith(PARSSON)) {
                return true;
            }
        }
        return false;
    }
}
