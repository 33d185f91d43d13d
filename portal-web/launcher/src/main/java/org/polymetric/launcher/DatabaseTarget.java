package org.polymetric.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The MariaDB Polymetric uses, and how the log names it. */
public record DatabaseTarget(String url, String user, String password, String description) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The URL without credentials or options, for the log. */
    public String shownUrl() {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
