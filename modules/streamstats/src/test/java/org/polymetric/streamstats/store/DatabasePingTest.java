package org.polymetric.streamstats.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabasePingTest {
    @Test
    void aDatabaseThatGivesNoConnectionDoesNotAnswer() {
        DataSource down = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    throw new SQLTransientConnectionException("Connection refused");
                });
        assertFalse(new DatabasePing(down).answers());
    }

    @Test
    void aPoolThatFailsOtherwiseDoesNotAnswerEither() {
        DataSource broken = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    throw new IllegalStateException("pool closed", new SQLException("gone"));
                });
        assertFalse(new DatabasePing(broken).answers());
    }
}
