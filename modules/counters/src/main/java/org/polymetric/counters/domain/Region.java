package org.polymetric.counters.domain;

import java.util.Optional;

/**
 * A Photon Cloud region, known by the token its SDKs and the analytics API use ({@code eu},
 * {@code usw}…). Tokens are matched exactly: Photon writes them in lower case, and one spelling per
 * region keeps one series per region in the store.
 */
public enum Region {
    ASIA("asia"),
    AU("au"),
    CAE("cae"),
    CN("cn"),
    EU("eu"),
    IN("in"),
    JP("jp"),
    RU("ru"),
    RUE("rue"),
    ZA("za"),
    SA("sa"),
    KR("kr"),
    US("us"),
    USW("usw");

    private final String token;

    Region(String token) {
        this.token = token;
    }

    /** The region token as Photon writes it. */
    public String token() {
        return token;
    }

    /** The region with exactly this token; empty for anything else (including {@code null} and other cases). */
    public static Optional<Region> of(String token) {
        for (Region r : values()) {
            if (r.token.equals(token)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The tokens in Photon's order, comma-separated, for error messages. */
    public static String tokens() {
        StringBuilder all = new StringBuilder();
        for (Region r : values()) {
            all.append(all.length() == 0 ? "" : ", ").append(r.token);
        }
        return all.toString();
    }

    @Override
    public String toString() {
        return token;
    }
}
