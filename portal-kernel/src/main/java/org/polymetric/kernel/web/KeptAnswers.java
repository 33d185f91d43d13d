package org.polymetric.kernel.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered answers (UTF-8 bytes, so a hit costs no serialization) kept under keys that name
 * everything they depend on, usually a version the database moves on every change. Keys come from
 * requests, so both are bounded: the total size counts each key's bytes and a fixed cost per entry
 * next to the answer's bytes, and the number of entries is capped. The least recently used
 * answers go first. A caller may also answer without keeping ({@link Answer#once}), e.g. for
 * parameters it does not know. Thread-safe.
 */
public final class KeptAnswers {
    /** No limit on an answer's age: its key alone decides whether it still holds. */
    public static final long ANY_AGE = Long.MAX_VALUE;
    /** Entries kept when the caller names no cap. */
    public static final int DEFAULT_ENTRIES = 10_000;
    /** What an entry costs besides its key and answer: the map's node, the record, the array header. */
    static final int ENTRY_OVERHEAD = 96;

    /** A rendered answer and whether it may be kept. */
    public record Answer(byte[] bytes, boolean keep) {
        public static Answer kept(byte[] bytes) {
            return new Answer(bytes, true);
        }

        /** Given to this caller only and never kept. */
        public static Answer once(byte[] bytes) {
            return new Answer(bytes, false);
        }
    }

    private record Kept(byte[] bytes, long at, long cost) {
    }

    private final long capacity;
    private final int maxEntries;
    private final LinkedHashMap<Object, Kept> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    /** @param capacity bytes kept in all */
    public KeptAnswers(long capacity) {
        this(capacity, DEFAULT_ENTRIES);
    }

    /**
     * @param capacity   bytes kept in all, keys and a fixed cost per entry included
     * @param maxEntries answers kept at most
     */
    public KeptAnswers(long capacity, int maxEntries) {
        this.capacity = capacity;
        this.maxEntries = maxEntries;
    }

    /**
     * The answer kept under {@code key} if it is younger than {@code maxAgeNanos}; otherwise
     * {@code render}'s, which is kept. The key's size is estimated from its text.
     */
    public byte[] get(Object key, long maxAgeNanos, Supplier<byte[]> render) {
        return answer(key, -1, maxAgeNanos, () -> Answer.kept(render.get()));
    }

    /**
     * The answer kept under {@code key} if it is younger than {@code maxAgeNanos}; otherwise
     * {@code render}'s, kept when it says so.
     *
     * @param keyBytes what the key holds in memory; negative to estimate it from its text
     */
    public byte[] answer(Object key, long keyBytes, long maxAgeNanos, Supplier<Answer> render) {
        long now = System.nanoTime();
        synchronized (answers) {
            Kept kept = answers.get(key);
            if (kept != null && now - kept.at() < maxAgeNanos) {
                return kept.bytes();
            }
        }
        Answer answer = render.get();
        byte[] bytes = answer.bytes();
        long cost = (keyBytes >= 0 ? keyBytes : estimate(key)) + bytes.length + ENTRY_OVERHEAD;
        if (!answer.keep() || cost > capacity) {
            return bytes;
        }
        synchronized (answers) {
            Kept old = answers.put(key, new Kept(bytes, now, cost));
            size += cost - (old == null ? 0 : old.cost());
            var eldest = answers.entrySet().iterator();
            while ((size > capacity || answers.size() > maxEntries) && eldest.hasNext()) {
                Map.Entry<Object, Kept> e = eldest.next();
                size -= e.getValue().cost();
                eldest.remove();
            }
        }
        return bytes;
    }

    /** Answers kept now. */
    public int entries() {
        synchronized (answers) {
            return answers.size();
        }
    }

    /** A key's text at two bytes a character: records and strings, the usual keys, print what they hold. */
    private static long estimate(Object key) {
        return 2L * String.valueOf(key).length();
    }
}
