package org.polymetric.kernel.tenancy;

import java.util.Collection;
import java.util.Map;

/**
 * Optional: daily, weekly and monthly active users per game, for the GameAnalytics {@code metrics}
 * and sorting. A module that counts users (events) provides it as a CDI bean; without one every
 * game reports zeros. Lets the organizations module show activity without importing another module.
 */
public interface GameActivity {

    /** Active users of one game over the last day, week and month (UTC, ending now). */
    record Active(long dau, long wau, long mau) {
        public static final Active NONE = new Active(0, 0, 0);
    }

    /** The activity of each of {@code gameIds}; games without data may be left out. */
    Map<Long, Active> of(Collection<Long> gameIds);
}
