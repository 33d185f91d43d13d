package org.polymetric.counters.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountersRefusalMapperTest {

    @Test
    void aPageReadsTheStatussOwnPhrase() {
        assertEquals("Not Found", CountersRefusalMapper.phrase(404));
        assertEquals("Forbidden", CountersRefusalMapper.phrase(403));
        assertEquals("Request Entity Too Large", CountersRefusalMapper.phrase(413));
    }

    @Test
    void aStatusWithoutAPhraseReadsAsTheKernelSaysIt() {
        // Response.Status has no 422 nor 429: fromStatusCode gives null, whose phrase was a NullPointerException
        assertEquals("Error 422", CountersRefusalMapper.phrase(422));
        assertEquals("Error 599", CountersRefusalMapper.phrase(599));
    }
}
