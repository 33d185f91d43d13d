package org.polymetric.events.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Countly's request checksum: the hex SHA-1 ({@code checksum}) or SHA-256 ({@code checksum256})
 * of the request's query string or raw body with the checksum parameter taken out, followed by
 * the app's salt (here the game's {@code secret_key}). Compared without regard to case.
 */
public final class Checksum {
    private static final Pattern PARAMETER = Pattern.compile("checksum(256)?=.*");

    private Checksum() {
    }

    /**
     * Refuses the request unless it carries a matching checksum; does nothing for an app that
     * does not require one.
     *
     * @param payload the raw query string (GET) or form body (POST) the SDK signed
     */
    public static void check(App app, String payload, String sha1, String sha256) throws Refusal {
        if (!app.checksumRequired()) {
            return;
        }
        if ((sha1 == null || sha1.isEmpty()) && (sha256 == null || sha256.isEmpty())) {
            throw new Refusal(200, "Request does not have checksum");
        }
        String signed = strip(payload == null ? "" : payload) + app.salt();
        boolean ok = sha256 != null && !sha256.isEmpty()
                ? hex("SHA-256", signed).equalsIgnoreCase(sha256)
                : hex("SHA-1", signed).equalsIgnoreCase(sha1);
        if (!ok) {
            throw new Refusal(200, "Request does not match checksum");
        }
    }

    /** The payload without its checksum parameters, as the SDK had it before signing. */
    static String strip(String payload) {
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : payload.split("&", -1)) {
            if (!PARAMETER.matcher(parameter).matches()) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
