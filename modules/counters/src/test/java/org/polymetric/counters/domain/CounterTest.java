package org.polymetric.counters.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed's counters: their exact names, whose they are, and how each sums up a range. */
class CounterTest {

    @Test
    void theAppCountersOfTheSeedInItsOrder() {
        assertEquals(List.of("TrafficMultiplayer", "TrafficChat", "Rooms", "Channels", "Messages", "Ccu", "Rejects",
                "DisconnectRate", "MessagesPerRoom", "MessagesPerChannel", "MessagesPerCcu"), names(Counter.Kind.APP));
    }

    @Test
    void theLicenseCountersOfTheSeed() {
        assertEquals(List.of("Servers", "CCU"), names(Counter.Kind.LICENSE));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "TrafficMultiplayer, AVERAGE",   // "…on your raltime app in bytes (average)."
        "TrafficChat, MAXIMUM",          // "…on your chat app in bytes (maximum)."
        "Rooms, MAXIMUM",
        "Channels, MAXIMUM",
        "Messages, MAXIMUM",
        "Ccu, MAXIMUM",
        "Rejects, MAXIMUM",
        "DisconnectRate, MAXIMUM",
        "MessagesPerRoom, MAXIMUM",
        "MessagesPerChannel, MAXIMUM",
        "MessagesPerCcu, MAXIMUM"})
    void eachAppCounterAggregatesAsItsDescriptionSays(String name, Aggregation aggregation) {
        Counter c = Counter.named(name).orElseThrow();
        assertEquals(aggregation, c.aggregation());
        assertEquals(Counter.Kind.APP, c.kind());
    }

    @Test
    void onlyTrafficMultiplayerIsAnAverage() {
        assertEquals(List.of(Counter.TRAFFIC_MULTIPLAYER), Arrays.stream(Counter.values())
                .filter(c -> c.aggregation() == Aggregation.AVERAGE).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Servers", "CCU"})
    void licenseCountersAreLevelsReadAtTheirPeak(String name) {
        Counter c = Counter.named(name).orElseThrow();
        assertEquals(Counter.Kind.LICENSE, c.kind());
        assertEquals(Aggregation.MAXIMUM, c.aggregation());
    }

    @Test
    void theAppsCcuAndTheLicensesCcuDifferByCase() {
        assertEquals(Optional.of(Counter.CCU), Counter.named("Ccu"));
        assertEquals(Optional.of(Counter.LICENSE_CCU), Counter.named("CCU"));
        assertNotEquals(Counter.CCU.kind(), Counter.LICENSE_CCU.kind());
    }

    @ParameterizedTest(name = "\"{0}\" names no counter")
    @NullAndEmptySource
    @ValueSource(strings = {"ccu", "cCU", "rooms", "ROOMS", "servers", "SERVERS", "Ccu ", " Ccu", "Traffic",
        "TrafficMultiPlayer", "trafficmultiplayer", "Disconnectrate", "MessagesPerCCU", "Users", "Ccu,region=eu"})
    void namesAreExactAndCaseSensitive(String name) {
        assertEquals(Optional.empty(), Counter.named(name));
    }

    @ParameterizedTest
    @EnumSource(Counter.class)
    void everyCounterIsFoundByItsNameInItsKind(Counter c) {
        assertEquals(Optional.of(c), Counter.named(c.counterName()));
        assertEquals(Optional.of(c), Counter.of(c.kind(), c.counterName()));
        assertEquals(c.counterName(), c.toString());
    }

    @Test
    void aLicenseQueryMayAskForCcuAsTheSeedsLicenseSampleDoes() {
        // /bulkdata/license sample: {"id": "ccu", "hash": "0xc648…", "template": "Ccu"} → "ccu": 765
        assertEquals(Optional.of(Counter.LICENSE_CCU), Counter.of(Counter.Kind.LICENSE, "Ccu"));
        assertEquals(Optional.of(Counter.LICENSE_CCU), Counter.of(Counter.Kind.LICENSE, "CCU"));
    }

    @Test
    void anAppQueryFindsNoLicenseCounter() {
        assertEquals(Optional.empty(), Counter.of(Counter.Kind.APP, "Servers"));
        assertEquals(Optional.empty(), Counter.of(Counter.Kind.APP, "CCU"));
    }

    @Test
    void aLicenseQueryFindsNoOtherAppCounter() {
        assertEquals(Optional.empty(), Counter.of(Counter.Kind.LICENSE, "Rooms"));
        assertEquals(Optional.empty(), Counter.of(Counter.Kind.LICENSE, "ccu"));
        assertEquals(Optional.empty(), Counter.of(Counter.Kind.LICENSE, null));
    }

    @Test
    void kindsNameTheirPathAndTheirOwnersParameter() {
        assertEquals("app", Counter.Kind.APP.path());
        assertEquals("appid", Counter.Kind.APP.key());
        assertEquals("license", Counter.Kind.LICENSE.path());
        assertEquals("hash", Counter.Kind.LICENSE.key());
    }

    @Test
    void nameListsForMessages() {
        assertEquals("Servers, CCU", Counter.names(Counter.Kind.LICENSE));
        assertEquals("TrafficMultiplayer, TrafficChat, Rooms, Channels, Messages, Ccu, Rejects, DisconnectRate, "
                + "MessagesPerRoom, MessagesPerChannel, MessagesPerCcu", Counter.names(Counter.Kind.APP));
    }

    private static List<String> names(Counter.Kind kind) {
        return Arrays.stream(Counter.values()).filter(c -> c.kind() == kind).map(Counter::counterName).toList();
    }
}
