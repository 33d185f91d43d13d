package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {
    private final AtomicInteger renders = new AtomicInteger();

    private Supplier<byte[]> render(int length) {
        return () -> {
            renders.incrementAndGet();
            return new byte[length];
        };
    }

    @Test
    void aKeptAnswerIsReusedUnderItsKey() {
        KeptAnswers kept = new KeptAnswers(1000);
        byte[] first = kept.get("a", KeptAnswers.ANY_AGE, render(10));
        assertArrayEquals(first, kept.get("a", KeptAnswers.ANY_AGE, render(10)));
        kept.get("b", KeptAnswers.ANY_AGE, render(10));
        assertEquals(2, renders.get());
    }

    @Test
    void anAnswerOlderThanAllowedIsRenderedAgain() {
        KeptAnswers kept = new KeptAnswers(1000);
        kept.get("a", KeptAnswers.ANY_AGE, render(10));
        kept.get("a", 0, render(10));
        assertEquals(2, renders.get());
    }

    @Test
    void theLeastRecentlyUsedAnswersGoWhenTheSizeIsExceeded() {
        KeptAnswers kept = new KeptAnswers(3 * KeptAnswers.ENTRY_OVERHEAD);
        kept.get("a", KeptAnswers.ANY_AGE, render(10));
        kept.get("b", KeptAnswers.ANY_AGE, render(10));
        kept.get("a", KeptAnswers.ANY_AGE, render(10)); // a is now the most recently used
        kept.get("c", KeptAnswers.ANY_AGE, render(10)); // 30 bytes: b goes
        assertEquals(3, renders.get());
        kept.get("a", KeptAnswers.ANY_AGE, render(10));
        assertEquals(3, renders.get());
        kept.get("b", KeptAnswers.ANY_AGE, render(10));
        assertEquals(4, renders.get());
    }

    @Test
    void keyBytesCountTowardsTheSize() {
        // tiny answers under long keys: without counting the keys these would all stay
        KeptAnswers kept = new KeptAnswers(10_000);
        for (int i = 0; i < 100; i++) {
            kept.get("k" + i + "x".repeat(1000), KeptAnswers.ANY_AGE, render(1));
        }
        assertTrue(kept.entries() <= 4, "entries: " + kept.entries());
    }

    @Test
    void aGivenKeySizeIsUsed() {
        KeptAnswers kept = new KeptAnswers(10_000);
        kept.answer("a", 20_000, KeptAnswers.ANY_AGE, () -> KeptAnswers.Answer.kept(new byte[1]));
        assertEquals(0, kept.entries(), "an entry larger than the whole capacity is not kept");
    }

    @Test
    void theNumberOfEntriesIsCapped() {
        KeptAnswers kept = new KeptAnswers(1_000_000, 10);
        for (int i = 0; i < 50; i++) {
            kept.get(i, KeptAnswers.ANY_AGE, render(1));
        }
        assertEquals(10, kept.entries());
        kept.get(49, KeptAnswers.ANY_AGE, render(1));
        assertEquals(50, renders.get(), "the most recent stay");
        kept.get(0, KeptAnswers.ANY_AGE, render(1));
        assertEquals(51, renders.get(), "the oldest went");
    }

    @Test
    void anAnswerGivenOnceIsNotKept() {
        KeptAnswers kept = new KeptAnswers(1000);
        kept.answer("a", -1, KeptAnswers.ANY_AGE, () -> {
            renders.incrementAndGet();
            return KeptAnswers.Answer.once(new byte[1]);
        });
        kept.get("a", KeptAnswers.ANY_AGE, render(1));
        assertEquals(2, renders.get());
        assertEquals(1, kept.entries());
    }
}
