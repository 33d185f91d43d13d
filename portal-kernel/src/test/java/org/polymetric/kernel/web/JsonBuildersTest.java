package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonBuildersTest {

    @Test
    void jsonForAScriptBlockCarriesNoMarkupCharacters() {
        JsonValue value = JsonBuilders.object().add("label", "<!--<script>a & b</script>").build();
        String text = JsonBuilders.forScript(value);
        assertFalse(text.contains("<") || text.contains(">") || text.contains("&"), text);
        assertEquals("{\"label\":\"\\u003c!--\\u003cscript\\u003ea \\u0026 b\\u003c/script\\u003e\"}", text);
    }

    @Test
    void jsonForAScriptBlockParsesToTheSameValue() {
        JsonValue value = JsonBuilders.object().add("label", "<!--<script>a & b</script>")
                .add("data", JsonBuilders.array().add(-1).add(2.5)).build();
        assertEquals(value, JsonBuilders.parse(JsonBuilders.forScript(value)));
    }

    @Test
    void aNumberOverTheParsersLimitIsAJsonExceptionLikeAnyOtherBadText() {
        String huge = "[{\"count\":" + "9".repeat(1_200) + "}]";
        assertThrows(jakarta.json.JsonException.class, () -> JsonBuilders.parse(huge));
        assertThrows(jakarta.json.JsonException.class, () -> JsonBuilders.parse("{\"a\":"));
        // an exponent beyond an int: BigDecimal refuses it with a NumberFormatException
        assertThrows(jakarta.json.JsonException.class, () -> JsonBuilders.parse("[{\"count\":1e99999999999}]"));
        // nesting past Parsson's depth limit of 1 000
        assertThrows(jakarta.json.JsonException.class, () -> JsonBuilders.parse("[".repeat(1000) + "1" + "]".repeat(1000)));
        assertThrows(jakarta.json.JsonException.class, () -> JsonBuilders.parse("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
        assertEquals(100, depth(JsonBuilders.parse("[".repeat(100) + "1" + "]".repeat(100))));
    }

    @Test
    void exactlyOneValueIsJsonAsJavaScriptReadsIt() {
        for (String bad : new String[] {"1 2", "[1]]", "[1] x", "{\"a\":1}{}", "", "   ", "[1],[2]"}) {
            assertThrows(jakarta.json.JsonException.class, () -> JsonBuilders.parse(bad), bad);
        }
        assertEquals(JsonBuilders.array().add(1).build(), JsonBuilders.parse(" [1] \n"));
        assertEquals(jakarta.json.Json.createValue("x"), JsonBuilders.parse("\"x\""));
    }

    private static int depth(jakarta.json.JsonValue v) {
        int d = 0;
        for (; v.getValueType() == jakarta.json.JsonValue.ValueType.ARRAY; v = v.asJsonArray().get(0)) {
            d++;
        }
        return d;
    }
}
