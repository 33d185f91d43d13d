package org.polymetric.events.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Countly's {@code escape_html(s, true)} and {@code escape_html_entities} over a whole answer. */
class HtmlEntitiesTest {

    @Test
    void quotesApostrophesBracketsAndAmpersandsBecomeEntities() {
        assertEquals("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;", HtmlEntities.html("<b>\"x\" & 'y'</b>"));
        assertEquals("AT&amp;T", HtmlEntities.html("AT&T"));
    }

    @Test
    void plainTextAndControlCharactersAreLeftToTheJsonWriter() {
        assertEquals("Vodafone", HtmlEntities.html("Vodafone"));
        assertEquals("tab\there\u0001", HtmlEntities.html("tab\there\u0001"));
    }

    @Test
    void anEntityAlreadyWrittenIsNotEscapedTwiceUnlessEscapingStartedBeforeIt() {
        assertEquals("&amp;", HtmlEntities.html("&amp;"), "nothing to start on");
        assertEquals("&amp;&lt;", HtmlEntities.html("&amp;<"), "starts at the bracket, after the entity");
        assertEquals("&lt;&amp;amp;", HtmlEntities.html("<&amp;"), "from the first match on every ampersand is escaped");
        assertEquals("&#46;&#36;", HtmlEntities.html("&#46;&#36;"), "Countly's own encodings of dots and dollars");
    }

    @Test
    void keysAndStringsAreEscapedAtEveryDepthNumbersAreNot() {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("<i>", Map.of("c", 2L));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("2026", day);
        answer.put("meta", Map.of("segments", List.of("a&b"), "a&b", List.of("<i>", "x\ny")));
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) HtmlEntities.escape(answer);
        assertEquals(Map.of("&lt;i&gt;", Map.of("c", 2L)), out.get("2026"));
        assertEquals(Map.of("segments", List.of("a&amp;b"), "a&amp;b", List.of("&lt;i&gt;", "x\ny")), out.get("meta"));
    }

    @Test
    void aStringHoldingJsonIsAnsweredAsThatJsonEscaped() {
        assertEquals("{\"&lt;k&gt;\":\"&quot;v&quot;\",\"n\":[1,\"&amp;\"]}",
                HtmlEntities.escape("{\"<k>\": \"\\\"v\\\"\", \"n\": [1, \"&\"]}"));
        assertEquals("{broken &lt;", HtmlEntities.escape("{broken <"), "not JSON: escaped as text");
    }
}
