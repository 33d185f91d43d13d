package org.polymetric.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailAddressTest {
    @Test
    void addressesAreTrimmedAndLowerCased() {
        assertEquals(Optional.of("ana@studio.example"), EmailAddress.parse("  Ana@Studio.Example "));
        assertEquals(Optional.of("a.b+tag@mail.co.uk"), EmailAddress.parse("a.b+tag@mail.co.uk"));
    }

    @Test
    void composedAndDecomposedAccentsAreOneAddressButAccentsAreNotFolded() {
        String decomposed = "a\u0301dmin@it.test";
        assertEquals(Optional.of("\u00e1dmin@it.test"), EmailAddress.parse(decomposed));
        assertEquals(Optional.of("\u00e4dmin@x.example"), EmailAddress.parse("\u00c4dmin@X.example"));
        assertNotEquals(EmailAddress.parse("admin@it.test"), EmailAddress.parse("\u00e1dmin@it.test"));
        assertEquals(EmailAddress.parse("admin@it.test"), EmailAddress.parse("Admin@IT.test"));
    }

    @Test
    void whatIsNotAnAddressIsRefused() {
        for (String bad : new String[]{null, "", "ana", "ana@", "@studio.example", "ana@localhost", "ana@@x.example",
                "a na@x.example", "ana@.example", "x".repeat(65) + "@x.example", "a@" + "d".repeat(250) + ".example"}) {
            assertTrue(EmailAddress.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void noAddressIsLongerThanTheColumnsThatKeepIt() {
        String longest = "a@" + "d".repeat(EmailAddress.MAX_LENGTH - 10) + ".example";
        assertEquals(191, longest.length());
        assertTrue(EmailAddress.parse(longest).isPresent());
        assertTrue(EmailAddress.parse("a" + longest).isEmpty(), "192 characters would fail at the database: refused here");
    }
}
