package org.polymetric.counters.domain;

/**
 * What is wrong with a license as asked for ({@link LicenseTerms#check}). The API answers its
 * {@link #sentence()}; the page shows its own message for it at the form.
 */
public enum LicenseProblem implements CheckedLicenseTerms {
    NAME("name must be 1 to " + LicenseTerms.MAX_NAME + " characters"),
    CCU_LIMIT("ccu_limit must be a positive number");

    private final String sentence;

    LicenseProblem(String sentence) {
        this.sentence = sentence;
    }

    /** The API's error message. */
    public String sentence() {
        return sentence;
    }
}
