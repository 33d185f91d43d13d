package org.polymetric.kernel.security;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The web sessions of callers who have not signed in (a login form's CSRF token, the page to
 * return to). Anyone can make one with a single request, so they live briefly and are capped per
 * client address and overall: past a cap the oldest is ended, which costs its holder no more than
 * reloading the login form. A session is never ended while the request that made it is still
 * being answered (a burst of concurrent first requests from one address would otherwise end
 * sessions whose login form is still being written, a 500): the caps then wait for those requests
 * to finish, so they may be exceeded by at most the requests in flight. A session leaves this set
 * when it signs in and then keeps the container's configured timeout. Thread-safe; one per
 * application.
 */
public final class AnonymousSessions {
    private static final Logger LOG = Logger.getLogger(AnonymousSessions.class.getName());
    /** Idle time of an anonymous session: long enough to type a password. */
    public static final int TIMEOUT_SECONDS = 10 * 60;
    /** Anonymous sessions per client address (a NAT'd office shares one). */
    public static final int PER_ADDRESS = 32;
    /** Anonymous sessions in all. */
    public static final int OVERALL = 10_000;

    private static final class Entry {
        final HttpSession session;
        final String address;
        /** The request that made it is still being answered (guarded by the set's lock). */
        boolean making = true;

        Entry(HttpSession session, String address) {
            this.session = session;
            this.address = address;
        }
    }

    /** A session's first request, which ends it with {@link #done()}. */
    public interface FirstRequest {
        /** The request that made the session has been answered: the caps may end it from now on. */
        void done();
    }

    private final int perAddress;
    private final int overall;
    private final int signedInSeconds;
    /** By session id, oldest first. */
    private final LinkedHashMap<String, Entry> sessions = new LinkedHashMap<>();
    /** Session ids by client address, oldest first. */
    private final Map<String, LinkedHashSet<String>> byAddress = new HashMap<>();

    /** @param signedInSeconds the timeout a session gets back when it signs in (web.xml's) */
    public AnonymousSessions(int perAddress, int overall, int signedInSeconds) {
        this.perAddress = perAddress;
        this.overall = overall;
        this.signedInSeconds = signedInSeconds;
    }

    /**
     * A session just made for an anonymous caller from {@code address}: short-lived, and counted.
     * The caps spare it until the request that made it calls {@link FirstRequest#done()}.
     */
    public FirstRequest admit(HttpSession session, String address) {
        session.setMaxInactiveInterval(TIMEOUT_SECONDS);
        Entry admitted = new Entry(session, address);
        List<HttpSession> victims = new ArrayList<>();
        synchronized (this) {
            sessions.put(session.getId(), admitted);
            LinkedHashSet<String> ids = byAddress.computeIfAbsent(address, a -> new LinkedHashSet<>());
            ids.add(session.getId());
            endOldest(ids, ids.size() - perAddress, victims);
            endOldest(sessions.keySet(), sessions.size() - overall, victims);
        }
        end(victims);
        return () -> {
            List<HttpSession> late = new ArrayList<>();
            synchronized (this) {
                admitted.making = false;
                // the caps may have waited for this request
                LinkedHashSet<String> ids = byAddress.get(admitted.address);
                if (ids != null) {
                    endOldest(ids, ids.size() - perAddress, late);
                }
                endOldest(sessions.keySet(), sessions.size() - overall, late);
            }
            end(late);
        };
    }

    /** Forgets the {@code excess} oldest of {@code ids} whose first request is answered, into {@code victims}. */
    private void endOldest(Collection<String> ids, int excess, List<HttpSession> victims) {
        if (excess <= 0) {
            return;
        }
        List<String> chosen = new ArrayList<>(excess);
        for (String id : ids) {
            if (!sessions.get(id).making) {
                chosen.add(id);
                if (chosen.size() == excess) {
                    break;
                }
            }
        }
        for (String id : chosen) {
            victims.add(forget(id));
        }
    }

    private static void end(List<HttpSession> victims) {
        // outside the lock: invalidating calls the listener, which comes back here
        for (HttpSession victim : victims) {
            try {
                victim.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // it ended on its own meanwhile
            } catch (RuntimeException containerListener) {
                // Payara tells the session trackers of the requests that used it, and one of an answered
                // request fails (its response is recycled) after the session has left the manager: the
                // session is gone all the same, and the request ending it must not fail for it
                LOG.log(Level.FINE, "ending an anonymous session", containerListener);
            }
        }
    }

    /** The session signed in: it is no longer anonymous and gets the configured timeout. */
    public void signedIn(HttpSession session) {
        synchronized (this) {
            forget(session.getId());
        }
        session.setMaxInactiveInterval(signedInSeconds);
    }

    /** The session ended (timed out, invalidated, signed out). */
    public synchronized void ended(String id) {
        forget(id);
    }

    /** The container gave the session a new id (at sign-in, against fixation). */
    public synchronized void renamed(String oldId, String newId) {
        Entry e = sessions.remove(oldId);
        if (e != null) {
            sessions.put(newId, e);
            LinkedHashSet<String> ids = byAddress.get(e.address);
            ids.remove(oldId);
            ids.add(newId);
        }
    }

    public synchronized int count() {
        return sessions.size();
    }

    private HttpSession forget(String id) {
        Entry e = sessions.remove(id);
        if (e == null) {
            return null;
        }
        LinkedHashSet<String> ids = byAddress.get(e.address);
        ids.remove(id);
        if (ids.isEmpty()) {
            byAddress.remove(e.address);
        }
        return e.session;
    }
}
