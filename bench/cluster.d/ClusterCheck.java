import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/cluster's checks, one phase per run ({@code java ClusterCheck.java <phase>}): setup, limits,
 * tenancy, drain, rejoin, failover. Each prints what it does and {@code RESULT <name> <value>} lines the script
 * puts in its table. Everything goes through the HTTP APIs and pages, as a client or a browser
 * would: HAProxy ({@code CLUSTER_LB}) or one instance directly ({@code CLUSTER_A}, {@code CLUSTER_B}).
 * Phases share what they made (game keys, tokens) through the file {@code CLUSTER_STATE}.
 */
public final class ClusterCheck {
    static final String ADMIN_EMAIL = env("POLYMETRIC_ADMIN_EMAIL");
    static final String ADMIN_PASSWORD = env("POLYMETRIC_ADMIN_PASSWORD");
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString((ADMIN_EMAIL + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    static final String LB = env("CLUSTER_LB");
    static final String A = env("CLUSTER_A");
    static final String B = env("CLUSTER_B");
    static final Path STATE = Path.of(env("CLUSTER_STATE"));
    /** The event every probe of the failover sends once, and counts on read-back. */
    static final String PROBE_EVENT = "cluster_probe";
    /** Each beacon of the failover reports this much play, so the viewing time read back counts them. */
    static final long BEACON_MS = 10_000;
    static final int BEACONS_PER_REQUEST = 10;
    /** The cookie HAProxy keeps a browser on its instance with (bench/cluster.d/haproxy.cfg): a or b. */
    static final String INSTANCE_COOKIE = "POLYMETRIC_INSTANCE";
    /** How long the read-back waits for acknowledged items to show. */
    static final Duration READ_BACK = Duration.ofSeconds(90);

    public static void main(String[] args) throws Exception {
        switch (args.length == 1 ? args[0] : "") {
            case "setup" -> setup();
            case "limits" -> limits();
            case "tenancy" -> tenancy();
            case "drain" -> drain();
            case "rejoin" -> rejoin();
            case "failover" -> failover();
            default -> {
                System.err.println("usage: java ClusterCheck.java setup|limits|tenancy|drain|rejoin|failover");
                System.exit(2);
            }
        }
    }

    // --- phases ------------------------------------------------------------------------------

    /** A studio, the games and a read token, made through the load balancer. */
    static void setup() throws Exception {
        Browser api = new Browser();
        String studio = field(api.json("POST", LB + "/api/organizations/studios", "{\"name\":\"Cluster studio\"}", BASIC, 201), "id");
        Properties state = new Properties();
        for (String game : List.of("ingest", "wrk", "archive", "drain")) {
            String body = api.json("POST", LB + "/api/organizations/games", "{\"studio_id\":" + studio + ",\"title\":\"Cluster "
                    + game + "\",\"sdk_used\":\"unity\",\"platform\":\"android\"}", BASIC, 201);
            state.setProperty(game + "_id", field(body, "id"));
            state.setProperty(game + "_key", field(body, "key"));
        }
        String reader = token(api, LB, "cluster reader", state.getProperty("ingest_id"));
        state.setProperty("reader", field(reader, "token"));
        state.setProperty("drain_reader", field(token(api, LB, "cluster drain reader", state.getProperty("drain_id")), "token"));
        try (var out = Files.newBufferedWriter(STATE)) {
            state.store(out, null);
        }
        System.out.println("setup: studio " + studio + ", games " + state.getProperty("ingest_id") + ", "
                + state.getProperty("wrk_id") + ", " + state.getProperty("archive_id"));
    }

    /** N + 10 calls with one token, alternating the two instances, inside one minute window. */
    static void limits() throws Exception {
        Properties state = state();
        int limit = Integer.parseInt(env("CLUSTER_RATE_LIMIT"));
        Browser api = new Browser();
        String token = field(token(api, A, "cluster limit", state.getProperty("ingest_id")), "token");
        // the limit counts per minute: start early in one so that every call falls in it
        while (Instant.now().getEpochSecond() % 60 > 30) {
            Thread.sleep(500);
        }
        int calls = limit + 10;
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < calls; i++) {
            String base = i % 2 == 0 ? A : B;
            int status = api.send("GET", base + "/api/access/game/" + state.getProperty("ingest_id"), null, null,
                    Map.of("Authorization", "Bearer " + token)).statusCode();
            if (status == 200) {
                accepted++;
            } else if (status == 429) {
                refused++;
            } else {
                throw new IllegalStateException("a rate-limited call answered " + status);
            }
        }
        System.out.println("limits: " + calls + " calls alternating a and b: " + accepted + " accepted, " + refused + " refused");
        result("limit_calls", calls);
        result("limit_accepted", accepted);
        result("limit_refused", refused);
        result("limit_pass", yes(accepted == limit && refused == calls - limit));
    }

    /** Changes made through a, obeyed by b: a revoked token, a disabled user, an archived game. */
    static void tenancy() throws Exception {
        Properties state = state();
        Browser api = new Browser();

        String made = token(api, A, "cluster revoked", state.getProperty("ingest_id"));
        String token = field(made, "token");
        String access = B + "/api/access/game/" + state.getProperty("ingest_id");
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        expect(api.send("GET", access, null, null, bearer).statusCode(), 200, "the new token on b");
        int revoked = api.send("DELETE", A + "/api/tokens/" + field(made, "id"), null, BASIC, Map.of()).statusCode();
        if (revoked / 100 != 2) {
            throw new IllegalStateException("revoking the token on a answered " + revoked);
        }
        long tokenMs = until(() -> api.send("GET", access, null, null, bearer).statusCode() == 401);
        System.out.println("tenancy: a token revoked on a is refused on b after " + tokenMs + " ms");
        result("token_ms", tokenMs);
        result("token_pass", yes(tokenMs >= 0 && tokenMs < 1000));

        String suffix = Long.toString(System.nanoTime(), 36);
        String owner = "owner-" + suffix + "@cluster.local";
        api.json("POST", A + "/api/admin/organizations", "{\"name\":\"Cluster " + suffix + "\",\"owner\":{\"email\":\"" + owner
                + "\",\"password\":\"owner-password-1\"}}", BASIC, 201);
        Browser user = new Browser();
        user.signIn(B, owner, "owner-password-1");
        expect(user.send("GET", B + "/", null, null, Map.of()).statusCode(), 200, "the owner's home page on b");
        Browser admin = new Browser();
        admin.signIn(A, ADMIN_EMAIL, ADMIN_PASSWORD);
        admin.form(A + "/admin/accounts", A + "/admin", Map.of("email", owner, "action", "disable"));
        long userMs = until(() -> user.send("GET", B + "/", null, null, Map.of()).statusCode() != 200);
        System.out.println("tenancy: a user disabled on a is signed out on b after " + userMs + " ms");
        result("user_ms", userMs);
        result("user_pass", yes(userMs >= 0 && userMs < 1000));

        String ingest = B + "/i?app_key=" + state.getProperty("archive_key") + "&device_id=tenancy&begin_session=1";
        expect(api.send("GET", ingest, null, null, Map.of()).statusCode(), 200, "/i on b before the archive");
        String game = A + "/organizations/games/" + state.getProperty("archive_id");
        admin.form(game + "/archive", game, Map.of());
        long gameMs = until(() -> api.send("GET", ingest, null, null, Map.of()).statusCode() != 200);
        System.out.println("tenancy: a game archived on a is refused on b after " + gameMs + " ms");
        result("game_ms", gameMs);
        result("game_pass", yes(gameMs >= 0 && gameMs <= 3000));
    }

    /**
     * Steady ingest through HAProxy, a browser signed in through it; the instance that made the
     * browser's session is killed (SIGKILL); then the browser's pages, and every acknowledged
     * event and beacon read back through the survivor.
     */
    static void failover() throws Exception {
        Properties state = state();
        String key = state.getProperty("ingest_key");
        AtomicLong eventsAcked = new AtomicLong();
        AtomicLong eventsFailed = new AtomicLong();
        AtomicLong beaconsAcked = new AtomicLong();
        AtomicLong beaconsFailed = new AtomicLong();
        long runStart = System.currentTimeMillis();
        Sender events = new Sender(10, 1, eventsFailed, n -> (eventAcked(sendEvent(key, n)) ? eventsAcked : eventsFailed).incrementAndGet());
        Sender beacons = new Sender(100, BEACONS_PER_REQUEST, beaconsFailed,
                n -> (beaconsAcked(sendBeacons(key, "viewer-" + n)) ? beaconsAcked : beaconsFailed).addAndGet(BEACONS_PER_REQUEST));
        events.start();
        beacons.start();

        Browser browser = signedInThroughTheBalancer();
        String served = browser.cookie(INSTANCE_COOKIE);
        Thread.sleep(5_000);
        long pid = Long.parseLong(env(served.equals("a") ? "CLUSTER_PAYARA_A" : "CLUSTER_PAYARA_B"));
        ProcessHandle victim = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        victim.destroyForcibly();
        victim.onExit().get();
        System.out.println("failover: killed instance " + served + " (Payara pid " + pid + ") that served the session");
        result("killed", served);

        List<String> pages = List.of("/", "/account", "/organizations", "/organizations/games", "/admin");
        int signedIn = 0;
        for (String page : pages) {
            HttpResponse<String> r = browser.send("GET", LB + page, null, null, Map.of());
            boolean ok = r.statusCode() == 200 && !r.body().contains("action=\"/login\"");
            System.out.println("failover: " + page + " after the kill: " + r.statusCode() + (ok ? " signed in" : " NOT signed in"));
            signedIn += ok ? 1 : 0;
        }
        // a change through the session: its CSRF token came through the grid too
        HttpResponse<String> made = browser.send("POST", LB + "/api/tokens", "{\"name\":\"after the kill\",\"scope\":{\"game_id\":"
                + state.getProperty("ingest_id") + "},\"level\":\"viewer\"}", null,
                Map.of("Content-Type", "application/json", "X-CSRF-Token", browser.csrf(LB + "/account")));
        boolean changed = made.statusCode() == 201;
        System.out.println("failover: a token made through the session after the kill: " + made.statusCode());
        result("session_pages", pages.size() + 1);
        result("session_ok", signedIn + (changed ? 1 : 0));
        result("session_pass", yes(signedIn == pages.size() && changed));

        Thread.sleep(10_000);
        events.stop();
        beacons.stop();
        System.out.println("failover: ingest ran " + (System.currentTimeMillis() - runStart) / 1000 + " s");

        Browser api = new Browser();
        String reader = state.getProperty("reader");
        String eventsRead = LB + "/o?api_key=" + reader + "&app_id=" + state.getProperty("ingest_id")
                + "&method=events&event=" + PROBE_EVENT + "&period=30days";
        account("events", eventsAcked.get(), eventsFailed.get(),
                () -> countlyTotal(api.send("GET", eventsRead, null, null, Map.of()).body()));
        // viewing time is played time: each beacon reported BEACON_MS of it
        account("beacons", beaconsAcked.get(), beaconsFailed.get(), () -> Math.round(number(api.send("GET",
                LB + "/api/streamstats/summary/agg?time=1h", null, null, Map.of("Authorization", reader)).body(),
                "total_viewing_time") * 1000 / BEACON_MS));
    }

    /**
     * Steady ingest through HAProxy, a browser signed in through it; the instance that made the
     * browser's session gets SIGTERM (a drained stop) and must end by itself. Every answer is
     * counted by status: the drain may answer 503 with {@code Retry-After} (the client sends it
     * again), never another 5xx. Then every acknowledged item is read back through the survivor,
     * and the browser's cookies are kept for {@link #rejoin}.
     */
    static void drain() throws Exception {
        Properties state = state();
        String key = state.getProperty("ingest_key");
        // a game of its own: the failover's read-back counts its game's events and beacons alone
        String game = state.getProperty("drain_id");
        String gameKey = state.getProperty("drain_key");
        Answers answers = new Answers();
        AtomicLong eventsAcked = new AtomicLong();
        AtomicLong eventsUnanswered = new AtomicLong();
        AtomicLong beaconsAcked = new AtomicLong();
        AtomicLong beaconsUnanswered = new AtomicLong();
        // a refusal (503) is not acknowledged: the client sends it again, as an SDK does
        Sender events = new Sender(10, 1, eventsUnanswered, n -> {
            if (eventAcked(answers.count(sendEvent(gameKey, n)))) {
                eventsAcked.incrementAndGet();
            }
        });
        Sender beacons = new Sender(100, BEACONS_PER_REQUEST, beaconsUnanswered, n -> {
            if (beaconsAcked(answers.count(sendBeacons(gameKey, "drain-" + n)))) {
                beaconsAcked.addAndGet(BEACONS_PER_REQUEST);
            }
        });
        events.start();
        beacons.start();

        Browser browser = signedInThroughTheBalancer();
        String served = browser.cookie(INSTANCE_COOKIE);
        String direct = served.equals("a") ? A : B;
        Thread.sleep(5_000);
        long pid = Long.parseLong(env(served.equals("a") ? "CLUSTER_PAYARA_A" : "CLUSTER_PAYARA_B"));
        ProcessHandle victim = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        // the instance's own readiness, as HAProxy's check asks it, until its port is closed
        List<Integer> readiness = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread probe = new Thread(() -> {
            HttpRequest ready = HttpRequest.newBuilder(URI.create(direct + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
            while (victim.isAlive()) {
                try {
                    readiness.add(Sender.CLIENT.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode());
                    Thread.sleep(50);
                } catch (IOException e) {
                    return;
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        probe.setDaemon(true);
        long signalled = System.nanoTime();
        if (!victim.destroy()) {
            throw new IllegalStateException("SIGTERM could not be sent to " + pid);
        }
        probe.start();
        boolean ended = victim.onExit().completeOnTimeout(null, 60, java.util.concurrent.TimeUnit.SECONDS).get() != null;
        long exitMs = (System.nanoTime() - signalled) / 1_000_000;
        System.out.println("drain: SIGTERM to instance " + served + " (Payara pid " + pid + "): "
                + (ended ? "ended by itself after " + exitMs + " ms" : "still running after 60 s"));
        if (!ended) {
            victim.destroyForcibly();
        }
        probe.join(5_000);
        System.out.println("drain: its /health/ready while it stopped: " + readiness);
        result("drain_victim", served);
        result("drain_exit_ms", ended ? exitMs : -1);
        result("drain_ready_down", yes(readiness.contains(503)));

        Thread.sleep(10_000);
        events.stop();
        beacons.stop();
        System.out.println("drain: answers through HAProxy: " + answers + "; without an answer: Countly " + eventsUnanswered.get()
                + (events.firstUnanswered == null ? "" : " (first: " + events.firstUnanswered + ")") + ", beacon requests "
                + beaconsUnanswered.get() / BEACONS_PER_REQUEST + (beacons.firstUnanswered == null ? "" : " (first: " + beacons.firstUnanswered + ")"));
        result("drain_503", answers.retryable());
        result("drain_5xx_other", answers.otherServerErrors());
        result("drain_unanswered", eventsUnanswered.get() + beaconsUnanswered.get() / BEACONS_PER_REQUEST);

        Browser api = new Browser();
        String reader = state.getProperty("drain_reader");
        account("drain_events", eventsAcked.get(), eventsUnanswered.get(), () -> countlyTotal(api.send("GET", LB + "/o?api_key=" + reader
                + "&app_id=" + game + "&method=events&event=" + PROBE_EVENT + "&period=30days", null, null, Map.of()).body()));
        account("drain_beacons", beaconsAcked.get(), beaconsUnanswered.get(), () -> Math.round(number(api.send("GET",
                LB + "/api/streamstats/summary/agg?time=1h", null, null, Map.of("Authorization", reader)).body(),
                "total_viewing_time") * 1000 / BEACON_MS));

        StringBuilder cookies = new StringBuilder();
        for (HttpCookie c : browser.cookies.getCookieStore().getCookies()) {
            if (!c.getName().equals(INSTANCE_COOKIE)) {
                cookies.append(cookies.length() == 0 ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
            }
        }
        state.setProperty("drain_cookies", cookies.toString());
        try (var out = Files.newBufferedWriter(STATE)) {
            state.store(out, null);
        }
    }

    /** The drained instance, started again: the session made on it before its stop is still signed in through it. */
    static void rejoin() throws Exception {
        Properties state = state();
        String served = env("CLUSTER_REJOINED");
        String direct = served.equals("a") ? A : B;
        Browser browser = new Browser();
        Map<String, String> cookie = Map.of("Cookie", state.getProperty("drain_cookies"));
        List<String> pages = List.of("/", "/account", "/organizations");
        int signedIn = 0;
        for (String page : pages) {
            HttpResponse<String> r = browser.send("GET", direct + page, null, null, cookie);
            boolean ok = r.statusCode() == 200 && !r.body().contains("action=\"/login\"");
            System.out.println("rejoin: " + page + " on instance " + served + " again: " + r.statusCode() + (ok ? " signed in" : " NOT signed in"));
            signedIn += ok ? 1 : 0;
        }
        result("rejoin_pages", pages.size());
        result("rejoin_ok", signedIn);
        result("rejoin_pass", yes(signedIn == pages.size()));
    }

    /** The answers of a load, by status; a 503 counts as retryable when it says when ({@code Retry-After}). */
    static final class Answers {
        private final Map<String, AtomicLong> byStatus = new java.util.concurrent.ConcurrentSkipListMap<>();

        HttpResponse<String> count(HttpResponse<String> r) {
            String status = r.statusCode() + (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isEmpty() ? " without Retry-After" : "");
            byStatus.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
            return r;
        }

        long retryable() {
            AtomicLong n = byStatus.get("503");
            return n == null ? 0 : n.get();
        }

        long otherServerErrors() {
            return byStatus.entrySet().stream().filter(e -> e.getKey().startsWith("5") && !e.getKey().equals("503"))
                    .mapToLong(e -> e.getValue().get()).sum();
        }

        @Override
        public String toString() {
            return byStatus.toString();
        }
    }

    static HttpResponse<String> sendEvent(String key, long n) throws Exception {
        String uri = LB + "/i?app_key=" + key + "&device_id=probe-" + (n % 50) + "&events="
                + URLEncoder.encode("[{\"key\":\"" + PROBE_EVENT + "\",\"count\":1}]", StandardCharsets.UTF_8);
        return Sender.CLIENT.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static boolean eventAcked(HttpResponse<String> r) {
        return r.statusCode() == 200 && r.body().contains("Success");
    }

    /** {@link #BEACONS_PER_REQUEST} beacons of devices {@code <device>-<i>}, each {@link #BEACON_MS} of play. */
    static HttpResponse<String> sendBeacons(String key, String device) throws Exception {
        StringBuilder body = new StringBuilder("[");
        long now = System.currentTimeMillis();
        for (int i = 0; i < BEACONS_PER_REQUEST; i++) {
            body.append(i == 0 ? "" : ",").append("{\"app_key\":\"").append(key).append("\",\"device_id\":\"").append(device)
                    .append('-').append(i).append("\",\"timestamp\":").append(now)
                    .append(",\"interval_ms\":").append(BEACON_MS).append(",\"channel_id\":\"cluster\",\"stream_id\":\"cluster-1\",\"played_ms\":")
                    .append(BEACON_MS).append('}');
        }
        return Sender.CLIENT.send(HttpRequest.newBuilder(URI.create(LB + "/api/ingest/playback"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean beaconsAcked(HttpResponse<String> r) {
        return r.statusCode() == 204;
    }

    /** The administrator signed in through HAProxy, which keeps the browser on one instance ({@link #INSTANCE_COOKIE}). */
    static Browser signedInThroughTheBalancer() throws Exception {
        Browser browser = new Browser();
        browser.signIn(LB, ADMIN_EMAIL, ADMIN_PASSWORD);
        expect(browser.send("GET", LB + "/", null, null, Map.of()).statusCode(), 200, "the home page through HAProxy");
        String served = browser.cookie(INSTANCE_COOKIE);
        if (!served.equals("a") && !served.equals("b")) {
            throw new IllegalStateException("HAProxy set no instance cookie: " + browser.cookies.getCookieStore().getCookies());
        }
        return browser;
    }

    interface Count {
        long read() throws Exception;
    }

    /**
     * Reads back what was acknowledged, again every 2 s for up to {@link #READ_BACK} while less is
     * found (a module may fold its rollups in the background before its reads see them). Passes
     * when nothing acknowledged is missing. More may be found than was acknowledged: a request the
     * dying instance stored without answering, or a GET that HAProxy sent again to the survivor
     * when the connection it had sent it on died (GET is idempotent to HTTP; Countly's {@code /i}
     * is not, and an SDK that misses an answer sends again too: ingest is at least once).
     */
    static void account(String what, long acked, long unanswered, Count found) throws Exception {
        long start = System.nanoTime();
        long seen = found.read();
        while (seen < acked && System.nanoTime() - start < READ_BACK.toNanos()) {
            Thread.sleep(2_000);
            seen = found.read();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println(what + " acked " + acked + ", found " + seen + " (read back within " + seconds + " s)");
        result(what + "_acked", acked);
        result(what + "_found", seen);
        result(what + "_lost", Math.max(0, acked - seen));
        result(what + "_failed", unanswered);
        result(what + "_extra", Math.max(0, seen - acked));
        result(what + "_pass", yes(acked > 0 && seen >= acked));
    }

    // --- helpers -----------------------------------------------------------------------------

    /**
     * A Countly events answer's total count: the {@code "c"} of each year ({@code {"2026": {"12": {...}, "c": N}, "meta": ...}};
     * months, days and hours repeat their parts' counts one level further in).
     */
    static long countlyTotal(String body) {
        long total = 0;
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            } else if (ch == '"') {
                if (depth == 2 && body.startsWith("\"c\":", i)) {
                    int from = i + 4;
                    int to = from;
                    while (to < body.length() && Character.isDigit(body.charAt(to))) {
                        to++;
                    }
                    total += Long.parseLong(body.substring(from, to));
                    i = to - 1;
                } else {
                    inString = true;
                }
            }
        }
        return total;
    }

    static String token(Browser api, String base, String name, String gameId) throws Exception {
        return api.json("POST", base + "/api/tokens", "{\"name\":\"" + name + "\",\"scope\":{\"game_id\":" + gameId
                + "},\"level\":\"viewer\"}", BASIC, 201);
    }

    interface Check {
        boolean passed() throws Exception;
    }

    /** Milliseconds until {@code check} passes, polled every 20 ms; -1 after 10 s. */
    static long until(Check check) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 10_000_000_000L) {
            if (check.passed()) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return -1;
    }

    static void expect(int status, int expected, String what) {
        if (status != expected) {
            throw new IllegalStateException(what + " answered " + status + ", not " + expected);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no \"" + name + "\" in " + json);
        }
        return m.group(1);
    }

    static double number(String json, String name) {
        return Double.parseDouble(field(json, name));
    }

    static Properties state() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(STATE)) {
            p.load(in);
        }
        return p;
    }

    static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    static void result(String name, Object value) {
        System.out.println("RESULT " + name + " " + value);
    }

    static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(name + " is not set");
        }
        return v;
    }

    /** A client with its own cookies, redirects not followed: a browser, or an API caller. */
    static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> send(String method, String uri, String body, String authorization, Map<String, String> headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            headers.forEach(b::header);
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        String json(String method, String uri, String body, String authorization, int expected) throws Exception {
            HttpResponse<String> r = send(method, uri, body, authorization, body == null ? Map.of() : Map.of("Content-Type", "application/json"));
            if (r.statusCode() != expected) {
                throw new IllegalStateException(method + " " + uri + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        }

        /** The CSRF token a page of this session carries. */
        String csrf(String page) throws Exception {
            String body = send("GET", page, null, null, Map.of()).body();
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
            if (!m.find()) {
                throw new IllegalStateException(page + " carries no CSRF token");
            }
            return m.group(1);
        }

        void signIn(String base, String email, String password) throws Exception {
            form(base + "/login", base + "/login", Map.of("email", email, "password", password));
            if (send("GET", base + "/account", null, null, Map.of()).statusCode() != 200) {
                throw new IllegalStateException(email + " could not sign in at " + base);
            }
        }

        /** Posts a form as the page {@code from} would, with its CSRF token; a redirect (303) or a page (200) is the success. */
        void form(String action, String from, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf(from));
            List<String> pairs = new ArrayList<>();
            all.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
            HttpResponse<String> r = send("POST", action, String.join("&", pairs), null,
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            if (r.statusCode() / 100 != 3 && r.statusCode() != 200) {
                throw new IllegalStateException("POST " + action + " answered " + r.statusCode());
            }
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                    .findFirst().orElse("");
        }
    }

    /** One request every {@code periodMs}, in order, on its own thread, until stopped: an SDK at a steady rate. */
    static final class Sender {
        static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        interface Request {
            void send(long n) throws Exception;
        }

        private final Thread thread;
        private volatile boolean running = true;
        /** The first request that got no answer, as the client saw it (a reset, a time-out): null while none. */
        volatile String firstUnanswered;

        /** @param refused counts {@code items} for each request that got no answer at all (reset or refused) */
        Sender(long periodMs, int items, AtomicLong refused, Request request) {
            thread = new Thread(() -> {
                long next = System.nanoTime();
                for (long n = 0; running; n++) {
                    try {
                        request.send(n);
                    } catch (IOException e) {
                        // refused or reset by the dying instance: not acknowledged (an SDK sends it again)
                        refused.addAndGet(items);
                        if (firstUnanswered == null) {
                            firstUnanswered = e.toString();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    next += periodMs * 1_000_000;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
            // the JVM ends with the check, also when it fails half-way
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
