package org.polymetric.counters.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Photon's region tokens. */
class RegionTest {

    @Test
    void theFourteenTokensOfPhotonsRegionList() {
        assertEquals(List.of("asia", "au", "cae", "cn", "eu", "in", "jp", "ru", "rue", "za", "sa", "kr", "us", "usw"),
                Arrays.stream(Region.values()).map(Region::token).toList());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"asia, ASIA", "au, AU", "cae, CAE", "cn, CN", "eu, EU", "in, IN", "jp, JP", "ru, RU", "rue, RUE",
        "za, ZA", "sa, SA", "kr, KR", "us, US", "usw, USW"})
    void eachTokenNamesItsRegion(String token, Region region) {
        assertEquals(Optional.of(region), Region.of(token));
        assertEquals(token, region.token());
        assertEquals(token, region.toString());
    }

    @ParameterizedTest(name = "\"{0}\" is no region")
    @NullAndEmptySource
    @ValueSource(strings = {"EU", "Eu", " eu", "eu ", "europe", "us-west", "uswest", "ASIA", "ca", "ru-east", "global"})
    void anythingElseIsNoRegion(String token) {
        assertEquals(Optional.empty(), Region.of(token));
    }

    @Test
    void theTokenListForMessagesIsInPhotonsOrder() {
        assertEquals("asia, au, cae, cn, eu, in, jp, ru, rue, za, sa, kr, us, usw", Region.tokens());
    }
}
