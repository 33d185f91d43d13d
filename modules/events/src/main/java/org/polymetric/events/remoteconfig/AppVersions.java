package org.polymetric.events.remoteconfig;

/**
 * The order of app versions: dotted parts compared in turn, a missing part as "0". A part's
 * leading digits compare as a number (without limit: "10" is above "9", however long), then the
 * rest of the part as text, a part with a suffix below the bare number ("2.0-beta" is below
 * "2.0", which is below "2.0.1"; "2.0b" is below "2.5"). A part without leading digits is below
 * any number. Compares the texts in place, without splitting or numbers built per call: a game's
 * conditions compare thousands of times per SDK call.
 */
final class AppVersions {
    /** Longest app version compared; a longer one cannot be a condition's and is unknown. */
    static final int MAX_CHARS = ParameterRules.MAX_MATCH_CHARS;

    private AppVersions() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i <= a.length() || j <= b.length()) {
            int ie = end(a, i);
            int je = end(b, j);
            int c = comparePart(a, i, ie, b, j, je);
            if (c != 0) {
                return c;
            }
            i = ie + 1;
            j = je + 1;
        }
        return 0;
    }

    /** Where the part starting at {@code from} ends (a dot or the end); past the end, an empty part. */
    private static int end(String s, int from) {
        if (from > s.length()) {
            return from;
        }
        int dot = s.indexOf('.', from);
        return dot < 0 ? s.length() : dot;
    }

    private static int comparePart(String a, int from, int to, String b, int bFrom, int bTo) {
        // a part past the end of its version is "0"
        boolean aMissing = from > a.length();
        boolean bMissing = bFrom > b.length();
        int ad = aMissing ? 1 : digitsEnd(a, from, to);
        int bd = bMissing ? 1 : digitsEnd(b, bFrom, bTo);
        boolean aNumber = aMissing || ad > from;
        boolean bNumber = bMissing || bd > bFrom;
        if (aNumber != bNumber) {
            return aNumber ? 1 : -1;
        }
        if (aNumber) {
            int c = compareNumbers(aMissing ? "0" : a, aMissing ? 0 : from, ad, bMissing ? "0" : b, bMissing ? 0 : bFrom, bd);
            if (c != 0) {
                return c;
            }
        }
        int as = aMissing ? 0 : to - ad;
        int bs = bMissing ? 0 : bTo - bd;
        if (as == 0 || bs == 0) {
            // the bare number is above the same number with a suffix (a pre-release)
            return as == bs ? 0 : as == 0 ? 1 : -1;
        }
        return compareText(a, ad, to, b, bd, bTo);
    }

    private static int digitsEnd(String s, int from, int to) {
        int k = from;
        while (k < to && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        return k;
    }

    /** Two runs of ASCII digits as numbers: leading zeros skipped, then the longer is larger, then digit by digit. */
    private static int compareNumbers(String a, int from, int to, String b, int bFrom, int bTo) {
        while (from < to - 1 && a.charAt(from) == '0') {
            from++;
        }
        while (bFrom < bTo - 1 && b.charAt(bFrom) == '0') {
            bFrom++;
        }
        int c = Integer.compare(to - from, bTo - bFrom);
        for (int k = 0; c == 0 && k < to - from; k++) {
            c = Character.compare(a.charAt(from + k), b.charAt(bFrom + k));
        }
        return c;
    }

    private static int compareText(String a, int from, int to, String b, int bFrom, int bTo) {
        int n = Math.min(to - from, bTo - bFrom);
        for (int k = 0; k < n; k++) {
            int c = Character.compare(a.charAt(from + k), b.charAt(bFrom + k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(to - from, bTo - bFrom);
    }
}
