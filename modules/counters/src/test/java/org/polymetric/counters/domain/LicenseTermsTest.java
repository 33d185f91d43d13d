package org.polymetric.counters.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one rule for a license's name and limit, which the page's form and the API both ask. */
class LicenseTermsTest {

    @Test
    void aNameAndAnOptionalPositiveLimitAreTaken() {
        assertEquals(new LicenseTerms("EU servers", 1000), LicenseTerms.check("  EU servers ", " 1000 "));
        assertEquals(new LicenseTerms("L", null), LicenseTerms.check("L", null));
        assertEquals(new LicenseTerms("L", null), LicenseTerms.check("L", "  "), "a form's empty field is no limit");
        assertEquals(new LicenseTerms("x".repeat(191), Integer.MAX_VALUE), LicenseTerms.check("x".repeat(191), "2147483647"));
    }

    @Test
    void aNameMustBeGivenAndFitItsColumn() {
        assertEquals(LicenseProblem.NAME, LicenseTerms.check(null, "5"));
        assertEquals(LicenseProblem.NAME, LicenseTerms.check(" \t", "5"));
        assertEquals(LicenseProblem.NAME, LicenseTerms.check("x".repeat(192), "5"));
        assertEquals(LicenseProblem.NAME, LicenseTerms.check("", "0"), "the name's problem first");
        assertEquals("name must be 1 to 191 characters", LicenseProblem.NAME.sentence());
    }

    @Test
    void aLimitIsAWholeNumberFromOneToTheLargestInt() {
        for (String limit : new String[]{"0", "-5", "2147483648", "99999999999", "5.0", "1E+999999999", "ten"}) {
            assertEquals(LicenseProblem.CCU_LIMIT, LicenseTerms.check("L", limit), limit);
        }
        assertEquals("ccu_limit must be a positive number", LicenseProblem.CCU_LIMIT.sentence());
    }

    @Test
    void termsOutOfBoundsCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new LicenseTerms(" L", null));
        assertThrows(IllegalArgumentException.class, () -> new LicenseTerms("L", 0));
        assertThrows(IllegalArgumentException.class, () -> new LicenseTerms("", 5));
    }
}
