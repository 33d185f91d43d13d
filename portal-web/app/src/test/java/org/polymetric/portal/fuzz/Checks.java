package org.polymetric.portal.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The property every answer must have, and the failures found, one line per kind of failure on an
 * endpoint (with how often it happened and the first request that showed it).
 */
final class Checks {
    private final long slowMs;
    private final Tenant other;
    private final Set<String> emptyWhenUnseen;
    private final Pattern trace;
    private final Map<String, String> first = new LinkedHashMap<>();
    private final Map<String, Integer> times = new LinkedHashMap<>();

    Checks(long slowMs, Tenant other, Set<String> emptyWhenUnseen, Pattern trace) {
        this.slowMs = slowMs;
        this.other = other;
        this.emptyWhenUnseen = emptyWhenUnseen;
        this.trace = trace;
    }

    /**
     * {@code timed}: whether the answer's time counts ({@code false} for warm-up calls);
     * {@code ownTarget}: for a cross-organization request, the same request naming the caller's
     * own ids (when both are the same, the request names no ids and is not a cross request).
     */
    void check(Endpoint e, Mutation m, Credential credential, Probe probe, Wire.Answer a, boolean timed, String ownTarget) {
        String what = e.key() + " [" + m + "]";
        if (a.status() >= 500) {
            record(what + " answered " + a.status(), probe, a);
        } else if (a.status() == Wire.TIMED_OUT) {
            record(what + " gave no answer in time", probe, a);
        } else if (a.status() == Wire.CLOSED && !m.raw && m != Mutation.HUGE_STRING) {
            record(what + " closed the connection without an answer", probe, a);
        }
        Matcher t = trace.matcher(a.body());
        if (t.find()) {
            record(what + " shows a stack trace or Java name (" + t.group() + ")", probe, a);
        }
        if (timed && a.millis() > slowMs) {
            record(what + " took over " + slowMs + " ms", probe, a);
        }
        // a CORS preflight answers which requests are allowed, never data: it may say yes to any ids
        boolean preflight = probe.method().equals("OPTIONS");
        if (m == Mutation.CROSS_ORG && !preflight && (ownTarget != null && !ownTarget.equals(probe.target()) || probe.body().length > 0)) {
            boolean answered = a.status() >= 200 && a.status() < 400;
            if (answered && !emptyWhenUnseen.contains(e.key()) && namesOther(probe)) {
                record(what + " answered " + a.status() + " to another organization's ids", probe, a);
            }
        }
        if (m == Mutation.NOT_ADMIN && !preflight && a.status() >= 200 && a.status() < 400) {
            record(what + " answered " + a.status() + " to an organization's owner, who is no portal administrator", probe, a);
        }
        if (credential != Credential.TOKEN && credential != Credential.SESSION) {
            return; // the administrator sees every organization; public keys and anonymous calls are checked above
        }
        String request = probe.text();
        for (String marker : other.markers()) {
            if (a.body().contains(marker) && !request.contains(marker)) {
                record(what + " showed another organization's data (" + marker + ")", probe, a);
            }
        }
    }

    /**
     * Whether the cross request names one of the other tenant's ids or keys after all (a mutation
     * may have taken them out). An id counts only as a whole number: as a digit inside a longer
     * one (a random name, a hash) it names nothing.
     */
    private boolean namesOther(Probe probe) {
        String text = probe.text();
        if (Stream.of(other.gameKey(), other.license(), other.channel()).anyMatch(text::contains)) {
            return true;
        }
        return LongStream.of(other.game(), other.organization(), other.studio(), other.ownerId(), other.licenseId(), other.invite())
                .anyMatch(id -> Pattern.compile("(?<![0-9A-Za-z])" + id + "(?![0-9A-Za-z])").matcher(text).find());
    }

    void fail(String kind, String detail) {
        times.merge(kind, 1, Integer::sum);
        first.putIfAbsent(kind, detail.isEmpty() ? "" : "\n    " + detail);
    }

    private void record(String kind, Probe p, Wire.Answer a) {
        times.merge(kind, 1, Integer::sum);
        first.computeIfAbsent(kind, k -> "\n    " + p.method() + " " + cut(p.target(), 300) + " (" + p.label() + ", " + p.body().length
                + " bytes body)\n    → " + a.status() + " in " + a.millis() + " ms: " + cut(a.body().replace('\n', ' '), 400));
    }

    List<String> failures() {
        List<String> out = new ArrayList<>();
        first.forEach((k, v) -> out.add(k + " ×" + times.get(k) + v));
        return out;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…(" + s.length() + ")";
    }
}
