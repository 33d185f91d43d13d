package org.polymetric.export.service;

import java.sql.SQLException;

/** The database did not answer while an export was read: 503 before the first byte, a cut-off body after it. */
public class StoreUnavailable extends RuntimeException {
    public StoreUnavailable(String doing, SQLException cause) {
        super(doing, cause);
    }
}
