package org.polymetric.kernel.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered answers (UTF-8 bytes, so a hit costs no serialization) kept under keys that name
 * everything they depend on, usually a version the database moves on every change. Bounded by
 * total size; the least recently used answers go first. Thread-safe.
 */
public final class KeptAnswers {
    /** No limit on an answer's age: its key alone decides whether it still holds. */
    public static final long ANY_AGE = Long.MAX_VALUE;

    private record Kept(byte[] bytes, long at) {
    }

    private final long capacity;
    private final LinkedHashMap<Object, Kept> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    /** @param capacity bytes kept in all */
    public KeptAnswers(long capacity) {
        this.capacity = capacity;
    }

    /**
     * The answer kept under {@code key} if it is younger than {@code maxAgeNanos}; otherwise
     * {@code render}'s, which is kept.
     */
    public byte[] get(Object key, long maxAgeNanos, Supplier<byte[]> render) {
        long now = System.nanoTime();
        synchronized (answers) {
            Kept kept = answers.get(key);
            if (kept != null && now - kept.at() < maxAgeNanos) {
                return kept.bytes();
            }
        }
        byte[] bytes = render.get();
        synchronized (answers) {
            Kept old = answers.put(key, new Kept(bytes, now));
            size += bytes.length - (old == null ? 0 : old.bytes().length);
            var eldest = answers.entrySet().iterator();
            while (size > capacity && eldest.hasNext()) {
                Map.Entry<Object, Kept> e = eldest.next();
                size -= e.getValue().bytes().length;
                eldest.remove();
            }
        }
        return bytes;
    }
}
