package org.polymetric.portal.fuzz;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The partial-write check: after each block of requests a {@link Snapshot}; a block whose
 * requests were all refused must leave it as it was. It is judged only when nothing changed
 * during the block before and no background work was pending; when it changed, the block is sent
 * again once everything settled (a purge or fold may have run meanwhile), and a change then is a
 * failure.
 */
final class RefusedBlocks {
    private final Snapshot snapshot;
    private Map<String, String> previous;
    private boolean previousQuiet;
    private int verified;
    private int inconclusive;

    RefusedBlocks(Snapshot snapshot) throws SQLException {
        this.snapshot = snapshot;
        this.previous = snapshot.take();
        this.previousQuiet = !Snapshot.pending(previous);
    }

    void judge(boolean allRefused, List<Probe> block, List<String> labels, Wire wire, Checks checks) throws SQLException {
        Map<String, String> after = snapshot.take();
        boolean unchanged = after.equals(previous);
        if (allRefused && previousQuiet) {
            if (unchanged) {
                verified++;
            } else {
                Map<String, String> settled = settled();
                block.forEach(wire::send);
                Map<String, String> again = snapshot.take();
                if (!again.equals(settled)) {
                    checks.fail("partial write: a block of refused requests changed " + Snapshot.differences(settled, again),
                            "the block: " + labels);
                } else {
                    inconclusive++;
                }
                after = again;
            }
        } else if (allRefused) {
            inconclusive++;
        }
        previousQuiet = unchanged && !Snapshot.pending(after);
        previous = after;
    }

    int verified() {
        return verified;
    }

    int inconclusive() {
        return inconclusive;
    }

    /** A snapshot once two taken a second apart agree (at most 15 s): background work done. */
    private Map<String, String> settled() throws SQLException {
        Map<String, String> last = snapshot.take();
        for (int i = 0; i < 15; i++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            Map<String, String> now = snapshot.take();
            if (now.equals(last) && !Snapshot.pending(now)) {
                return now;
            }
            last = now;
        }
        return last;
    }
}
