package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.Optional;
import org.polymetric.kernel.config.PublicAddress;

/**
 * The link of an invitation: {@code /invite/<secret>}, the secret random (see {@link LinkSecret})
 * and stored only as a hash. Unguessable, and shown to nobody but the invitee's mailbox: the
 * inviter's answers and pages never carry it, so an invitation cannot be accepted by whoever
 * happens to see the invite list.
 */
@ApplicationScoped
public class InviteLinks {
    static final String PATH = "/invite/";

    @Inject
    EntityManager em;

    @Inject
    PublicAddress publicAddress;

    /** The address the invitation mail carries. */
    public URI link(URI requestBase, LinkSecret secret) {
        return publicAddress.link(requestBase, PATH + secret.value());
    }

    /** The invite a link's secret names (open or not); empty for anything else, without a look-up for malformed ones. */
    public Optional<Invite> find(String secret) {
        return LinkSecret.hashOf(secret).flatMap(hash -> em.createNamedQuery("Invite.byTokenHash", Invite.class)
                .setParameter("hash", hash).getResultStream().findFirst());
    }
}
