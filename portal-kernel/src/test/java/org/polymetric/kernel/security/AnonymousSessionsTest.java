package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymousSessionsTest {
    /** A session that records its timeout and whether it was ended; ending it tells the set, as the listener does. */
    private static final class Fake {
        final String id;
        int timeout = 28_800;
        boolean ended;
        /** What the container throws while ending it, after the session left the manager. */
        RuntimeException failsWhileEnding;
        final HttpSession session;

        Fake(String id, AnonymousSessions[] owner) {
            this.id = id;
            this.session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpSession.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> this.id;
                        case "setMaxInactiveInterval" -> {
                            timeout = (Integer) args[0];
                            yield null;
                        }
                        case "invalidate" -> {
                            ended = true;
                            owner[0].ended(this.id);
                            if (failsWhileEnding != null) {
                                throw failsWhileEnding;
                            }
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> null;
                    });
        }
    }

    private final AnonymousSessions[] owner = new AnonymousSessions[1];
    private final List<Fake> made = new ArrayList<>();

    /** A session made by a request that has been answered. */
    private Fake admit(String address) {
        Fake f = new Fake("s" + made.size(), owner);
        made.add(f);
        owner[0].admit(f.session, address).done();
        return f;
    }

    /** A session whose first request is still being answered. */
    private AnonymousSessions.FirstRequest making(String address) {
        Fake f = new Fake("s" + made.size(), owner);
        made.add(f);
        return owner[0].admit(f.session, address);
    }

    @Test
    void aSessionIsNeverEndedWhileItsFirstRequestIsAnswered() {
        owner[0] = new AnonymousSessions(3, 100, 28_800);
        List<AnonymousSessions.FirstRequest> burst = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            burst.add(making("10.0.0.1"));
        }
        assertTrue(made.stream().noneMatch(f -> f.ended), "ten concurrent first requests from one address all get their session");
        assertEquals(10, owner[0].count());
        burst.get(5).done();
        assertTrue(made.get(5).ended, "answered, the oldest answered one goes as the cap says");
        assertEquals(9, owner[0].count());
        burst.forEach(AnonymousSessions.FirstRequest::done);
        assertEquals(3, owner[0].count(), "once all are answered the cap holds again");
        assertTrue(made.get(0).ended && made.get(6).ended);
        assertFalse(made.get(7).ended || made.get(8).ended || made.get(9).ended);
    }

    @Test
    void aSessionTheContainerFailsToEndCleanlyDoesNotFailTheRequestThatEndedIt() {
        // Payara tells a finished request's session tracker, whose response is recycled: a NullPointerException
        owner[0] = new AnonymousSessions(2, 100, 28_800);
        Fake first = admit("10.0.0.1");
        first.failsWhileEnding = new NullPointerException("Response.getContext() is null");
        Fake second = admit("10.0.0.1");
        second.failsWhileEnding = new IllegalStateException("invalidate: Session already invalidated");
        admit("10.0.0.1");
        admit("10.0.0.1");
        assertTrue(first.ended && second.ended);
        assertEquals(2, owner[0].count());
    }

    @Test
    void theOverallCapWaitsForFirstRequestsToo() {
        owner[0] = new AnonymousSessions(100, 2, 28_800);
        AnonymousSessions.FirstRequest a = making("10.0.0.1");
        AnonymousSessions.FirstRequest b = making("10.0.0.2");
        admit("10.0.0.3");
        assertFalse(made.get(0).ended || made.get(1).ended);
        assertTrue(made.get(2).ended, "the only answered one makes room");
        a.done();
        b.done();
        assertEquals(2, owner[0].count());
    }

    @Test
    void anAnonymousSessionIsShortLivedAndASignedInOneGetsTheConfiguredTimeout() {
        owner[0] = new AnonymousSessions(3, 100, 28_800);
        Fake f = admit("10.0.0.1");
        assertEquals(AnonymousSessions.TIMEOUT_SECONDS, f.timeout);
        owner[0].signedIn(f.session);
        assertEquals(28_800, f.timeout);
        assertEquals(0, owner[0].count());
    }

    @Test
    void aBurstFromOneAddressEndsItsOldestSessions() {
        owner[0] = new AnonymousSessions(3, 100, 28_800);
        for (int i = 0; i < 50; i++) {
            admit("10.0.0.1");
        }
        Fake other = admit("10.0.0.2");
        assertEquals(4, owner[0].count());
        assertTrue(made.get(0).ended && made.get(46).ended);
        assertFalse(made.get(47).ended || made.get(49).ended || other.ended);
    }

    @Test
    void theOverallCapEndsTheOldestWhateverTheirAddress() {
        owner[0] = new AnonymousSessions(3, 5, 28_800);
        for (int i = 0; i < 20; i++) {
            admit("10.0.0." + i);
        }
        assertEquals(5, owner[0].count());
        assertTrue(made.get(14).ended);
        assertFalse(made.get(15).ended);
    }

    @Test
    void aSignedInSessionIsNeverEndedByTheCaps() {
        owner[0] = new AnonymousSessions(2, 100, 28_800);
        Fake member = admit("10.0.0.1");
        owner[0].signedIn(member.session);
        for (int i = 0; i < 10; i++) {
            admit("10.0.0.1");
        }
        assertFalse(member.ended);
    }

    @Test
    void aRenamedSessionIsStillCounted() {
        owner[0] = new AnonymousSessions(1, 100, 28_800);
        Fake f = admit("10.0.0.1");
        owner[0].renamed(f.id, "renamed");
        assertEquals(1, owner[0].count());
        owner[0].ended("renamed");
        assertEquals(0, owner[0].count());
    }
}
