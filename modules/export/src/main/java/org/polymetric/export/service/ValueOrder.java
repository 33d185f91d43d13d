package org.polymetric.export.service;

import java.util.Comparator;
import java.util.List;
import org.polymetric.kernel.web.CodePointOrder;

/** The order of an interval's lines: by their dimension values, the first then the second, in code point order. */
final class ValueOrder {
    static final Comparator<List<String>> VALUES = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = CodePointOrder.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private ValueOrder() {
    }
}
