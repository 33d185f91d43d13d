package org.polymetric.export.service;

import java.util.Comparator;
import java.util.List;

/**
 * Text in Unicode code point order, as the rows of an interval are sorted. {@link String#compareTo}
 * compares UTF-16 units, which puts a character beyond U+FFFF (an emoji in a page title) before
 * U+E000..U+FFFF; code points do not.
 */
final class CodePointOrder {
    static final Comparator<String> TEXT = CodePointOrder::compare;

    /** Lists of values, by their first value, then their second. */
    static final Comparator<List<String>> VALUES = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private CodePointOrder() {
    }

    static int compare(String a, String b) {
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
