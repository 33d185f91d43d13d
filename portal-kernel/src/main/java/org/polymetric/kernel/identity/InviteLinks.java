package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of an invite link: {@code <id>.<HMAC-SHA256(portal key, id)>}. Signed rather than
 * stored, so the inviter can be shown the link again (the users page) while the database holds
 * nothing that opens it; forging one needs the portal's key.
 */
@ApplicationScoped
public class InviteLinks {
    static final String KEY = "invite-links";

    @Inject
    PortalSecrets secrets;

    public String tokenFor(long inviteId) {
        return inviteId + "." + signature(inviteId);
    }

    /** The invite id a token names, when its signature is right. */
    public Optional<Long> verify(String token) {
        if (token == null || !token.matches("\\d{1,18}\\.[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(token.substring(0, token.indexOf('.')));
        byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented) ? Optional.of(id) : Optional.empty();
    }

    private String signature(long inviteId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get(KEY), "HmacSHA256"));
            byte[] sig = mac.doFinal(("invite:" + inviteId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
