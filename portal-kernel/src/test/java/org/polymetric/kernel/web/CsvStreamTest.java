package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvStreamTest {

    private static String render(List<String> header, CsvStream.Producer producer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvStream.of(header, producer).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void headerIsQuotedAndEachLineEndsWithNewline() throws IOException {
        assertEquals("\"timestamp\",\"http\"\n", render(List.of("timestamp", "http"), rows -> { }));
    }

    @Test
    void numbersAreUnquotedAndTextIsQuotedAsInPeer5Exports() throws IOException {
        String csv = render(List.of("timestamp", "http", "country"), rows -> {
            rows.add(1700000000000L, 12, "DE");
            rows.add(1700000060000L, 3.5, "FR");
        });
        assertEquals("\"timestamp\",\"http\",\"country\"\n"
                + "1700000000000,12,\"DE\"\n"
                + "1700000060000,3.5,\"FR\"\n", csv);
    }

    @Test
    void nullIsWrittenEmpty() throws IOException {
        String csv = render(List.of("a", "b", "c"), rows -> rows.add(null, 1, null));
        assertEquals("\"a\",\"b\",\"c\"\n,1,\n", csv);
    }

    @Test
    void numericLookingTextIsStillQuoted() throws IOException {
        String csv = render(List.of("v"), rows -> {
            rows.add("42");
            rows.add(new BigDecimal("0.10"));
        });
        assertEquals("\"v\"\n\"42\"\n0.10\n", csv);
    }

    @Test
    void quotesCommasAndNewlinesInsideTextAreEscaped() throws IOException {
        String csv = render(List.of("v"), rows -> rows.add("say \"hi\", then\nleave"));
        assertEquals("\"v\"\n\"say \"\"hi\"\", then\nleave\"\n", csv);
    }

    @Test
    void textIsWrittenAsUtf8() throws IOException {
        assertEquals("\"name\"\n\"Zürich €\"\n", render(List.of("name"), rows -> rows.add("Zürich €")));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingQuote() throws IOException {
        String csv = render(List.of("v"), rows -> {
            rows.add("=HYPERLINK(\"http://x\")");
            rows.add("+1+1");
            rows.add("-2+3");
            rows.add("@SUM(A1)");
            rows.add("\tx");
            rows.add("\rx");
            rows.add("a=b");
            rows.add("");
        });
        assertEquals("\"v\"\n\"'=HYPERLINK(\"\"http://x\"\")\"\n\"'+1+1\"\n\"'-2+3\"\n\"'@SUM(A1)\"\n"
                + "\"'\tx\"\n\"'\rx\"\n\"a=b\"\n\"\"\n", csv);
    }

    @Test
    void negativeNumbersStayNumbers() throws IOException {
        String csv = render(List.of("v"), rows -> {
            rows.add(-5);
            rows.add(new BigDecimal("-0.5"));
        });
        assertEquals("\"v\"\n-5\n-0.5\n", csv);
    }

    @Test
    void headerCellsAreNeutralisedToo() throws IOException {
        assertEquals("\"'=cmd\"\n", render(List.of("=cmd"), rows -> { }));
    }

    @Test
    void producerFailurePropagates() {
        assertThrows(IOException.class, () -> render(List.of("a"), rows -> {
            throw new IOException("source gone");
        }));
    }

    @Test
    void aProducerThatFailsBeforeItsFirstRowHasWrittenNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IOException.class, () -> CsvStream.of(List.of("a"), rows -> {
            throw new IOException("database gone");
        }).write(out));
        assertEquals(0, out.size());
    }

    @Test
    void bytesLeaveWhileRowsAreStillBeingMade() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] seenWhileProducing = {0};
        CsvStream.of(List.of("timestamp", "page"), rows -> {
            for (int i = 0; i < 100_000; i++) {
                rows.add(1_700_000_000_000L + i, "/page/" + i);
            }
            seenWhileProducing[0] = out.size();
            rows.add(0L, "last");
        }).write(out);
        // all but the writer's last buffer (8 KB) had left before the producer ended
        assertTrue(seenWhileProducing[0] > out.size() - 16 * 1024, seenWhileProducing[0] + " of " + out.size());
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("0,\"last\"\n"));
    }
}
