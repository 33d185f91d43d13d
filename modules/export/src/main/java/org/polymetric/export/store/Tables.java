package org.polymetric.export.store;

import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.Tier;

/** The names of the export tables and columns ({@code sql/export/V1__export.sql}). */
final class Tables {
    /** The five sums, in the order of {@link org.polymetric.export.domain.Sums}. */
    static final String SUMS = "http, p2p, played, rebuffered, session_ms";
    static final String[] SUM_COLUMNS = SUMS.split(", ");
    static final String BUCKET = "export_bucket";
    static final String VALUE = "export_value";

    private Tables() {
    }

    /** The tier's full rows. */
    static String full(Tier t) {
        return switch (t) {
            case MINUTE -> "export_minute";
            case TEN_MINUTES -> "export_ten_minute";
            case HOUR -> "export_hour";
            case DAY -> "export_day";
        };
    }

    /** The tier's projections. */
    static String cube(Tier t) {
        return full(t) + "_cube";
    }

    /** A dimension's column in the full rows. */
    static String column(Dimension d) {
        return switch (d) {
            case BROWSER -> "browser";
            case COUNTRY -> "country";
            case CITY -> "city";
            case ISP -> "isp";
            case OS -> "os";
            case PAGE -> "page";
        };
    }

    /** {@code c = c + VALUES(c)} for each sum: upserts add. */
    static String addSums() {
        StringBuilder s = new StringBuilder();
        for (String c : SUM_COLUMNS) {
            s.append(s.isEmpty() ? "" : ", ").append(c).append(" = ").append(c).append(" + VALUES(").append(c).append(')');
        }
        return s.toString();
    }
}
