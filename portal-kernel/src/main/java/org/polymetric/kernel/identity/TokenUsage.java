package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Records when a token was last used, shown on the account page. */
@ApplicationScoped
public class TokenUsage {
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void touch(long tokenId, Instant when) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token != null) {
            token.setLastUsedAt(when);
        }
    }
}
