package org.polymetric.export.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import jakarta.ws.rs.core.StreamingOutput;
import org.junit.jupiter.api.Test;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.service.ExportLine;
import org.polymetric.export.service.ExportSink;
import org.polymetric.export.service.ExportSource;
import org.polymetric.export.service.StoreUnavailable;

/** The exact bytes of both writers, and that they write nothing before a failing export's first line. */
class ExportWritersTest {
    private static final long T = 1_509_494_400_000L;

    /** An export whose lines are given. */
    private static ExportSource source(List<String> dimensions, List<String> metrics, List<ExportLine> lines) {
        ExportQuery q = ExportQuery.of(T, T + 120_000, "1m", metrics, null, dimensions, T + 3_600_000);
        return new ExportSource() {
            @Override
            public ExportQuery query() {
                return q;
            }

            @Override
            public void writeTo(ExportSink sink) throws IOException {
                for (ExportLine l : lines) {
                    sink.accept(l);
                }
            }
        };
    }

    private static String render(StreamingOutput body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsPeer5sShapeWithKeysInTheOrderAsked() throws IOException {
        ExportSource s = source(List.of("browser.name", "country.code"), List.of("p2p", "sessions", "http"), List.of(
                new ExportLine(T, List.of("Chrome", "US"), List.of(2500L, new BigDecimal("0.5"), 1000L)),
                new ExportLine(T + 60_000, List.of("Fire\"fox", ""), List.of(500L, new BigDecimal("12"), 2000L))));
        assertEquals("{\"error\":false,\"data\":["
                + "{\"timestamp\":1509494400000,\"browser.name\":\"Chrome\",\"country.code\":\"US\",\"p2p\":2500,\"sessions\":0.5,\"http\":1000},"
                + "{\"timestamp\":1509494460000,\"browser.name\":\"Fire\\\"fox\",\"country.code\":\"\",\"p2p\":500,\"sessions\":12,\"http\":2000}]}",
                render(ExportJson.of(s)));
    }

    @Test
    void anExportWithoutLinesIsAnEmptyArray() throws IOException {
        assertEquals("{\"error\":false,\"data\":[]}", render(ExportJson.of(source(List.of("os.name"), List.of("http"), List.of()))));
        assertEquals("\"timestamp\",\"os.name\",\"http\"\n", render(ExportCsv.of(source(List.of("os.name"), List.of("http"), List.of()))));
    }

    @Test
    void csvIsTheSeedsShape() throws IOException {
        ExportSource s = source(List.of(), List.of("http", "p2p"), List.of(
                new ExportLine(T, List.of(), List.of(1000L, 2500L)),
                new ExportLine(T + 60_000, List.of(), List.of(2000L, 500L))));
        assertEquals("\"timestamp\",\"http\",\"p2p\"\n1509494400000,1000,2500\n1509494460000,2000,500\n", render(ExportCsv.of(s)));
    }

    @Test
    void csvQuotesValuesDoublesQuotesAndNeutralisesFormulas() throws IOException {
        ExportSource s = source(List.of("session.page"), List.of("sessions", "http"), List.of(
                new ExportLine(T, List.of("=HYPERLINK(\"x\")"), List.of(new BigDecimal("0.125"), 1L)),
                new ExportLine(T, List.of("a,b\nc"), List.of(new BigDecimal("3"), 2L)),
                new ExportLine(T, List.of("42"), List.of(new BigDecimal("0"), 3L))));
        assertEquals("\"timestamp\",\"session.page\",\"sessions\",\"http\"\n"
                + "1509494400000,\"'=HYPERLINK(\"\"x\"\")\",0.125,1\n"
                + "1509494400000,\"a,b\nc\",3,2\n"
                + "1509494400000,\"42\",0,3\n", render(ExportCsv.of(s)));
    }

    @Test
    void aFailureBeforeTheFirstLineWritesNothingSoTheAnswerCanStillBeA503() {
        ExportQuery q = ExportQuery.of(T, T + 60_000, "1m", List.of("http"), null, null, T + 3_600_000);
        ExportSource failing = new ExportSource() {
            @Override
            public ExportQuery query() {
                return q;
            }

            @Override
            public void writeTo(ExportSink sink) {
                throw new StoreUnavailable("reading", new SQLException("gone"));
            }
        };
        for (StreamingOutput body : List.of(ExportJson.of(failing), ExportCsv.of(failing))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThrows(StoreUnavailable.class, () -> body.write(out));
            assertEquals(0, out.size());
        }
    }

    @Test
    void bothWritersStreamWhileLinesAreStillComing() throws IOException {
        ExportQuery q = ExportQuery.of(T, T + 3_600_000, "1m", List.of("http"), null, List.of("session.page"), T + 3_600_000);
        for (boolean csv : new boolean[]{false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long[] beforeLast = {0};
            ExportSource many = new ExportSource() {
                @Override
                public ExportQuery query() {
                    return q;
                }

                @Override
                public void writeTo(ExportSink sink) throws IOException {
                    for (int i = 0; i < 50_000; i++) {
                        sink.accept(new ExportLine(T, List.of("/page/" + i), List.of((long) i)));
                    }
                    beforeLast[0] = out.size();
                    sink.accept(new ExportLine(T, List.of("/last"), List.of(0L)));
                }
            };
            (csv ? ExportCsv.of(many) : ExportJson.of(many)).write(out);
            assertTrue(beforeLast[0] > out.size() - 32 * 1024, (csv ? "csv " : "json ") + beforeLast[0] + " of " + out.size());
        }
    }
}
