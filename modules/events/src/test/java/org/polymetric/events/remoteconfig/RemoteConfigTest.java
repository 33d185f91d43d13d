package org.polymetric.events.remoteconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.web.JsonBuilders;

class RemoteConfigTest {
    /** A value of {@link ParameterRules#MAX_VALUE_CHARS} characters that parses into the most nodes: [0,0,…]. */
    private static final String ZEROS = "[" + String.join(",", Collections.nCopies(ParameterRules.MAX_VALUE_CHARS / 2 - 1, "0")) + "]";

    /** A game filled to {@link ParameterRules#MAX_GAME_CHARS} with such values, read as the store reads it. */
    private static final class FullGames extends RemoteConfigStore {

        @Override
        public List<Parameter> all(long gameId) {
            List<Parameter> out = new ArrayList<>();
            for (int i = 0; i < ParameterRules.MAX_GAME_CHARS / (ZEROS.length() + 4); i++) {
                out.add(new Parameter("k" + i, JsonBuilders.parse(ZEROS).toString(), List.of()));
            }
            return out;
        }
    }

    private static long usedHeap(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void aKeptGameWeighsAtLeastTheHeapItTakes() throws Exception {
        // kept as parsed trees, a full game of [0,0,…] took ~20 bytes of heap a character and weighed one a character
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        FullGames store = new FullGames();
        long before = usedHeap(memory);
        List<Parameter> game = store.all(1);
        long taken = usedHeap(memory) - before;
        long weight = game.stream().mapToLong(Parameter::bytes).sum();
        assertTrue(taken <= weight, "took " + taken + " bytes, weighs " + weight);
        assertTrue(weight < 8_000_000, "a full game weighs " + weight);
        assertEquals(ParameterRules.MAX_GAME_CHARS / (ZEROS.length() + 4), game.size());
    }

    @Test
    void thirtyTwoFullGamesKeepAtMostTheBoundInBytes() {
        assertTrue(RemoteConfig.KEPT_BYTES <= 48_000_000, "well under 64 MB");
        FullGames store = new FullGames();
        RemoteConfig rc = new RemoteConfig();
        rc.store = store;
        for (long g = 1; g <= 32; g++) {
            String answer = rc.values(g, "d", KeyFilter.of(null, null), DeviceFacts.UNKNOWN);
            assertTrue(answer.startsWith("{\"k0\":[0,0,"), answer.substring(0, 20));
        }
        assertTrue(rc.keptBytes() <= RemoteConfig.KEPT_BYTES, "kept " + rc.keptBytes());
        // the answer is the JSON object a parser reads back, key by key, in order
        String answer = rc.values(1, "d", KeyFilter.of("[\"k1\",\"k0\"]", null), DeviceFacts.UNKNOWN);
        assertEquals(JsonBuilders.object().add("k0", JsonBuilders.parse(ZEROS)).add("k1", JsonBuilders.parse(ZEROS)).build(),
                JsonBuilders.parse(answer));
    }
}
