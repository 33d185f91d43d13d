package org.polymetric.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored ids of the 22 sets of at most two dimensions, as the storage contract numbers them. */
class ProjectionTest {

    @Test
    void theIdsFollowTheContract() {
        assertEquals(List.of(), Projection.byId(0).dimensions());
        assertEquals(List.of(Dimension.BROWSER), Projection.byId(1).dimensions());
        assertEquals(List.of(Dimension.PAGE), Projection.byId(6).dimensions());
        assertEquals(List.of(Dimension.BROWSER, Dimension.COUNTRY), Projection.byId(7).dimensions());
        assertEquals(List.of(Dimension.BROWSER, Dimension.PAGE), Projection.byId(11).dimensions());
        assertEquals(List.of(Dimension.COUNTRY, Dimension.CITY), Projection.byId(12).dimensions());
        assertEquals(List.of(Dimension.CITY, Dimension.ISP), Projection.byId(16).dimensions());
        assertEquals(List.of(Dimension.ISP, Dimension.OS), Projection.byId(19).dimensions());
        assertEquals(List.of(Dimension.OS, Dimension.PAGE), Projection.byId(21).dimensions());
        assertEquals(Projection.COUNT, Projection.all().size());
        Set<List<Dimension>> sets = new HashSet<>();
        for (int id = 0; id < Projection.COUNT; id++) {
            Projection p = Projection.byId(id);
            assertEquals(id, p.id());
            assertTrue(sets.add(p.dimensions()), "each set once");
            if (p.dimensions().size() == 2) {
                assertTrue(p.dimensions().get(0).ordinal() < p.dimensions().get(1).ordinal(), "a is the lower ordinal");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Projection.byId(22));
        assertThrows(IllegalArgumentException.class, () -> Projection.byId(-1));
    }

    @Test
    void aSetOfAtMostTwoDimensionsHasItsProjectionInAnyOrder() {
        assertEquals(0, Projection.of(List.of()).orElseThrow().id());
        assertEquals(5, Projection.of(List.of(Dimension.OS)).orElseThrow().id());
        assertEquals(5, Projection.of(List.of(Dimension.OS, Dimension.OS)).orElseThrow().id(), "a filter key that is also a dimension");
        assertEquals(20, Projection.of(List.of(Dimension.PAGE, Dimension.ISP)).orElseThrow().id());
        assertEquals(Projection.of(List.of(Dimension.COUNTRY, Dimension.BROWSER)), Projection.of(List.of(Dimension.BROWSER, Dimension.COUNTRY)));
        assertEquals(Optional.empty(), Projection.of(List.of(Dimension.OS, Dimension.PAGE, Dimension.CITY)));
    }

    @Test
    void aRowsValuesGoToColumnsAAndBByOrdinal() {
        Combination values = new Combination(1, 2, 3, 4, 5, 6);
        Projection pageOs = Projection.of(List.of(Dimension.PAGE, Dimension.OS)).orElseThrow();
        assertEquals(5, pageOs.a(values));
        assertEquals(6, pageOs.b(values));
        assertEquals(0, pageOs.column(Dimension.OS));
        assertEquals(1, pageOs.column(Dimension.PAGE));
        assertEquals(-1, pageOs.column(Dimension.CITY));
        Projection city = Projection.of(List.of(Dimension.CITY)).orElseThrow();
        assertEquals(List.of(3, 0), List.of(city.a(values), city.b(values)));
        Projection none = Projection.byId(0);
        assertEquals(List.of(0, 0), List.of(none.a(values), none.b(values)));
    }
}
