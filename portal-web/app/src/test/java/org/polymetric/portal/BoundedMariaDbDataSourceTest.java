package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundedMariaDbDataSourceTest {
    private static final String BOUNDS = "socketTimeout=5000&sessionVariables=lock_wait_timeout=3,innodb_lock_wait_timeout=3";

    @Test
    void aUrlWithoutOptionsGetsTheBounds() {
        assertEquals("jdbc:mariadb://db:3306/polymetric?" + BOUNDS,
                BoundedMariaDbDataSource.withDefaults("jdbc:mariadb://db:3306/polymetric"));
    }

    @Test
    void otherOptionsAreKept() {
        assertEquals("jdbc:mariadb://db/p?sslMode=verify-full&" + BOUNDS,
                BoundedMariaDbDataSource.withDefaults("jdbc:mariadb://db/p?sslMode=verify-full"));
        assertEquals("jdbc:mariadb://db/p?" + BOUNDS, BoundedMariaDbDataSource.withDefaults("jdbc:mariadb://db/p?"));
    }

    @Test
    void anOperatorsOwnValueWins() {
        assertEquals("jdbc:mariadb://db/p?SocketTimeout=60000&sessionVariables=lock_wait_timeout=3,innodb_lock_wait_timeout=3",
                BoundedMariaDbDataSource.withDefaults("jdbc:mariadb://db/p?SocketTimeout=60000"));
        assertEquals("jdbc:mariadb://db/p?sessionVariables=sql_mode=ANSI&socketTimeout=5000",
                BoundedMariaDbDataSource.withDefaults("jdbc:mariadb://db/p?sessionVariables=sql_mode=ANSI"));
    }
}
