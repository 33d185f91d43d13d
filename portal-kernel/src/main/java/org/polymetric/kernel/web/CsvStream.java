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
 */
public final class CsvStream {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setQuoteMode(QuoteMode.NON_NUMERIC).setRecordSeparator("\n").get();

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

    public static StreamingOutput of(List<String> header, Producer producer) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                printer.printRecord(header);
                producer.write(values -> {
                    try {
                        printer.printRecord(values);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
    }
}
