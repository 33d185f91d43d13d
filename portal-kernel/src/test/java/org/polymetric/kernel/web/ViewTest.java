package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ViewTest {
    @Test
    void theLayoutsNamesCannotBeModelEntries() {
        // a model entry "title" was shadowed by layout(title, main) and rendered the <title> element instead
        for (String name : new String[]{"title", "main", "layout"}) {
            assertThrows(IllegalArgumentException.class, () -> View.of("x/y").with(name, "value"), name);
        }
        assertEquals("value", View.of("x/y").with("titleFilter", "value").model().get("titleFilter"));
    }
}
