package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named 256-bit secrets shared by every instance: the first instance to ask creates one
 * ({@code INSERT IGNORE}), every instance then reads the same value and keeps it in memory.
 */
@ApplicationScoped
public class PortalSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Transactional
    public byte[] get(String name) {
        return known.computeIfAbsent(name, this::load).clone();
    }

    private byte[] load(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("INSERT IGNORE INTO portal_secret (name, value) VALUES (?, ?)")
                .setParameter(1, name).setParameter(2, fresh).executeUpdate();
        return (byte[]) em.createNativeQuery("SELECT value FROM portal_secret WHERE name = ?")
                .setParameter(1, name).getSingleResult();
    }
}
