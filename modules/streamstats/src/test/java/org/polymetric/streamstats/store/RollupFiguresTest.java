package org.polymetric.streamstats.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.streamstats.domain.Source;

/** Figures read from a few columns: those add up, the others are never taken for zero. */
class RollupFiguresTest {

    /** A row answering {@code values} from column {@code first} on. */
    private static ResultSet row(int first, double... values) {
        return (ResultSet) Proxy.newProxyInstance(RollupFiguresTest.class.getClassLoader(), new Class<?>[]{ResultSet.class},
                (proxy, method, args) -> {
                    double v = values[(Integer) args[0] - first];
                    return switch (method.getName()) {
                        case "getLong" -> (long) v;
                        case "getDouble" -> v;
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    @Test
    void bytesReadAloneAddUpAndAnyOtherFigureIsRefused() throws SQLException {
        RollupFigures a = RollupFigures.read(row(2, 100, 40), 2, RollupFigures.BYTES);
        RollupFigures b = RollupFigures.read(row(2, 1, 2), 2, RollupFigures.BYTES);
        RollupFigures sum = a.plus(b);
        assertEquals(101, sum.bytes(Source.CDN));
        assertEquals(42, sum.bytes(Source.P2P));
        assertEquals("SUM(cdn_bytes), SUM(p2p_bytes)", RollupFigures.selectSums(RollupFigures.BYTES));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sum.played(Source.CDN));
        assertEquals("played_ms_cdn was not read", e.getMessage());
        assertThrows(IllegalStateException.class, () -> sum.responseTime(Source.P2P));
    }

    @Test
    void theFillingRateKeepsItsFractionsWhenReadAlone() throws SQLException {
        RollupFigures f = RollupFigures.read(row(1, 2.5, 2, 0.75, 1), 1, RollupFigures.FILLING_RATE);
        assertEquals(1.25, f.fillingRate(Source.CDN).value());
        assertEquals(0.75, f.fillingRate(Source.P2P).value());
        assertThrows(IllegalStateException.class, () -> f.bufferHealth(Source.CDN));
    }

    @Test
    void everyColumnBelongsToTheRollupRow() {
        for (List<String> figure : List.of(RollupFigures.BYTES, RollupFigures.REBUFFERING, RollupFigures.BUFFER_HEALTH,
                RollupFigures.FILLING_RATE, RollupFigures.DROPPED_FRAMES, RollupFigures.RESPONSE_TIME)) {
            figure.forEach(c -> assertEquals(true, RollupFigures.COLUMNS.contains(c), c));
        }
    }
}
