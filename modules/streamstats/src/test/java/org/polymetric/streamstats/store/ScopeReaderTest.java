package org.polymetric.streamstats.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.polymetric.streamstats.domain.Scope;

/** The renditions under a summary's listed rows are read in slices of listed keys, as every other IN list is. */
class ScopeReaderTest {

    private static ScopeRow row(long id, Scope.Kind kind, String channel, String stream) {
        return new ScopeRow(id, kind, channel, stream, "", "", "");
    }

    /** The values a statement binds from parameter 2 on (1 is the game). */
    private static List<Object> bound(Sql q) throws SQLException {
        List<Object> values = new ArrayList<>();
        PreparedStatement recorder = (PreparedStatement) Proxy.newProxyInstance(ScopeReaderTest.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setObject")) {
                        values.add(args[1]);
                    }
                    return null;
                });
        q.bind(recorder, 2);
        return values;
    }

    @Test
    void theRenditionsOf2500ListedChannelsAreReadInThreeSlicesThatNameEachChannelOnce() throws SQLException {
        List<ScopeRow> listed = IntStream.range(0, 2_500).mapToObj(i -> row(i + 1, Scope.Kind.CHANNEL, "ch-" + i, "")).toList();
        List<Sql> statements = ScopeReader.renditionsUnder(Place.customer(), listed);
        assertEquals(3, statements.size());
        List<Object> named = new ArrayList<>();
        for (Sql q : statements) {
            List<Object> values = bound(q);
            assertEquals("r", values.get(0), "renditions only");
            List<Object> channels = values.subList(1, values.size());
            assertTrue(channels.size() <= Sql.IDS_PER_QUERY, "a slice names at most " + Sql.IDS_PER_QUERY + " channels");
            assertEquals(channels.size(), q.text().chars().filter(c -> c == '?').count() - 2, "one mark per value (and the game, the kind)");
            assertTrue(q.text().contains("s.channel_id IN ("), q.text());
            named.addAll(channels);
        }
        assertEquals(listed.stream().map(ScopeRow::channelId).toList(), named);
    }

    @Test
    void theRenditionsOfListedStreamsAreReadByStreamWithinTheChannel() throws SQLException {
        List<ScopeRow> listed = IntStream.range(0, 1_001).mapToObj(i -> row(i + 1, Scope.Kind.STREAM, "news", "s-" + i)).toList();
        List<Sql> statements = ScopeReader.renditionsUnder(Place.channel("news"), listed);
        assertEquals(2, statements.size());
        assertEquals(List.of("r", "news", "s-1000"), bound(statements.get(1)));
        assertTrue(statements.get(1).text().contains("s.stream_id IN (?)"), statements.get(1).text());
    }

    @Test
    void aRenditionFallsUnderItsChannelItsStreamOrItself() {
        assertEquals("news", ScopeRow.under(Scope.Kind.CHANNEL, 9, "news", "hd"));
        assertEquals("news\nhd", ScopeRow.under(Scope.Kind.STREAM, 9, "news", "hd"));
        assertEquals("9", ScopeRow.under(Scope.Kind.RENDITION, 9, "news", "hd"));
    }
}
