package org.polymetric.counters.domain;

import java.util.OptionalLong;

/**
 * The name and CCU limit of a license to add, by the one rule the page's form and the API share:
 * a name of 1 to {@value #MAX_NAME} characters (surrounding blanks dropped), a limit that is none
 * or a whole number from 1 to the largest {@code int}. Every instance keeps the rule.
 *
 * @param ccuLimit null: none
 */
public record LicenseTerms(String name, Integer ccuLimit) implements CheckedLicenseTerms {
    /** The name column's length. */
    public static final int MAX_NAME = 191;
    /** Digits a CCU limit is read with: it is an int, so longer text is refused unread. */
    private static final int LIMIT_DIGITS = 10;

    public LicenseTerms {
        if (name == null || name.isBlank() || !name.equals(name.strip()) || name.length() > MAX_NAME
                || ccuLimit != null && ccuLimit < 1) {
            throw new IllegalArgumentException("license terms out of bounds; check(...) says which");
        }
    }

    /**
     * The terms asked for, or the first problem with them (the name's before the limit's).
     *
     * @param name as typed; null reads as empty
     * @param ccuLimit the limit's text (a form field, a JSON number's text); null or blank: none
     */
    public static CheckedLicenseTerms check(String name, String ccuLimit) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            return LicenseProblem.NAME;
        }
        if (ccuLimit == null || ccuLimit.isBlank()) {
            return new LicenseTerms(n, null);
        }
        OptionalLong limit = RequestText.whole(ccuLimit, LIMIT_DIGITS);
        if (limit.isEmpty() || limit.getAsLong() < 1 || limit.getAsLong() > Integer.MAX_VALUE) {
            return LicenseProblem.CCU_LIMIT;
        }
        return new LicenseTerms(n, (int) limit.getAsLong());
    }
}
