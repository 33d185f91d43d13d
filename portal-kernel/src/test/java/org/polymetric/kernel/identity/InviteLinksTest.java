package org.polymetric.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InviteLinksTest {
    static InviteLinks with(byte key) {
        InviteLinks links = new InviteLinks();
        links.secrets = new PortalSecrets() {
            @Override
            public byte[] get(String name) {
                byte[] k = new byte[32];
                Arrays.fill(k, key);
                return k;
            }
        };
        return links;
    }

    @Test
    void aTokenNamesItsInviteAndVerifies() {
        InviteLinks links = with((byte) 1);
        String token = links.tokenFor(42);
        assertTrue(token.startsWith("42."));
        assertEquals(Optional.of(42L), links.verify(token));
        assertEquals(token, links.tokenFor(42), "the same link can be shown again");
    }

    @Test
    void changedIdsForgedSignaturesAndOtherKeysFail() {
        InviteLinks links = with((byte) 1);
        String token = links.tokenFor(42);
        assertEquals(Optional.empty(), links.verify("43" + token.substring(2)));
        assertEquals(Optional.empty(), links.verify("42.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertEquals(Optional.empty(), with((byte) 2).verify(token), "another portal's key");
        assertNotEquals(token, with((byte) 2).tokenFor(42));
    }

    @Test
    void malformedTokensFail() {
        InviteLinks links = with((byte) 1);
        for (String bad : new String[]{null, "", "42", "x.y", "42.", "-1.abc", "42." + "A".repeat(44)}) {
            assertEquals(Optional.empty(), links.verify(bad), String.valueOf(bad));
        }
    }
}
