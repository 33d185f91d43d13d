package org.polymetric.kernel.web;

import java.util.Comparator;

/**
 * Text in Unicode code point order, the order listings and exports sort names by.
 * {@link String#compareTo} compares UTF-16 units, which puts a character beyond U+FFFF (an emoji
 * in a page title) before U+E000..U+FFFF; code points do not.
 */
public final class CodePointOrder {
    public static final Comparator<String> TEXT = CodePointOrder::compare;

    private CodePointOrder() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
