package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        KeptAnswers kept = new KeptAnswers(25);
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
}
