package org.polymetric.kernel.web;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Streams CSV with Apache Commons CSV while rows are produced, never holding the whole file.
 * Text is quoted and numbers are not (Peer5's export shape: {@code "timestamp","http"} then
 * {@code 1700000000000,12}).
 *
 * <p>Text that a spreadsheet would run as a formula (a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return: names and event keys come from SDKs and other
 * users) gets a leading {@code '}, as OWASP advises for CSV injection. Only text is touched:
 * a {@link Number} is written as it is, so a negative figure stays a number.
 */
public final class CsvStream {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setQuoteMode(QuoteMode.NON_NUMERIC).setRecordSeparator("\n").get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** Receives rows; each value is a {@link Number}, a string, or null (written empty). */
    @FunctionalInterface
    public interface Rows {
        void add(Object... values);
    }

    /** Produces the body's rows. */
    @FunctionalInterface
    public interface Producer {
        void write(Rows rows) throws IOException;
    }

    private CsvStream() {
    }

    /** A text cell as a spreadsheet may open it safely; other values unchanged. */
    public static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    private static Object[] cells(Object[] values) {
        Object[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = cell(out[i]);
        }
        return out;
    }

    /**
     * The body: the header, then the producer's rows. Bytes leave in chunks of the writer's buffer
     * (8 KB) as rows are made, so memory stays flat and a large body's first bytes leave long
     * before its last row exists. The header waits for the first row (or the producer's end): a
     * producer that fails before its first row has written nothing, so the response is not
     * committed and its failure can still be answered with an error status.
     */
    public static StreamingOutput of(List<String> header, Producer producer) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            boolean[] started = {false};
            try {
                producer.write(values -> {
                    try {
                        if (!started[0]) {
                            started[0] = true;
                            printer.printRecord(cells(header.toArray()));
                        }
                        printer.printRecord(cells(values));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (!started[0]) {
                printer.printRecord(cells(header.toArray()));
            }
            // not closed: the container closes the response's stream
            printer.flush();
        };
    }
}
