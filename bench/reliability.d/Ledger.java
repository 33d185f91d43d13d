import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * bench/reliability's load and accounting tool: {@code java bench/reliability.d/Ledger.java <command> ...}
 * (Java 17 source launcher, JDK only).
 *
 * <ul>
 * <li>{@code setup <base> <admin:password> <state>}: a studio, a game and an organization admin
 * token through the portal's APIs; the counters' seed samples (below). Writes the state file.</li>
 * <li>{@code load <state> <seconds> <ledger> <tally> [conns=N] [rate=R] [timeout=S]}: sends Countly
 * {@code /i}, counter writes and player beacons for the given time, records what every request
 * carried in the ledger as acknowledged (the dialect's success status) or not (any other answer, or
 * none: the portal may or may not have stored it), and each answer's status in the tally.
 * {@code conns}: requests in flight per dialect (closed loop); with {@code rate} (requests/s per
 * dialect) the load is open: requests leave on schedule whatever the answers, at most
 * {@code conns} in flight (one that finds none free is counted {@code shed}, never sent).</li>
 * <li>{@code count <state> <ledger>}: reads the totals back through each dialect's own read API and
 * compares them with the ledger: acked ≤ found ≤ acked + unacknowledged must hold.</li>
 * </ul>
 *
 * <p>Every request's items are new (a Countly device per request, fresh samples, fresh beacons), so
 * totals add up: an item acknowledged and missing is lost, an item found beyond what was sent is
 * counted twice.
 */
public final class Ledger {
    static final String EVENT = "reliability";
    static final String[] REGIONS = {"asia", "au", "cae", "cn", "eu", "in", "jp", "ru", "rue", "za", "sa", "kr", "us", "usw"};
    /**
     * Photon's read API gives an average, not a count: each series gets one seed sample of this value
     * per hour of the window and every load sample is 0, so average = seeds × SEED / (seeds + n) and
     * n = seeds × SEED / average − seeds (exact to far below one sample at these sizes, through the
     * two decimals figures are rounded to).
     */
    static final double SEED = 1e12;
    static final int WINDOW_HOURS = 48;
    /** The window lies 20 days back: a read of it comes from the hour rows, which the rollup journal fills. */
    static final int WINDOW_DAYS_BACK = 20;
    static final int LINES = 200;
    static final int BEACONS = 100;
    static final long BEACON_BYTES = 1000;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "setup" -> setup(args[1], args[2], Path.of(args[3]));
            case "load" -> new Load(state(Path.of(args[1])), Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]),
                    options(args, 5)).run();
            case "count" -> System.exit(count(state(Path.of(args[1])), Path.of(args[2])));
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: Ledger.java setup <base> <admin:password> <state> | load <state> <seconds> <ledger> <tally> [conns=N] [rate=R] [timeout=S] | count <state> <ledger>");
        System.exit(2);
    }

    static Map<String, String> options(String[] args, int from) {
        Map<String, String> o = new TreeMap<>();
        for (int i = from; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            o.put(kv[0], kv[1]);
        }
        return o;
    }

    static Properties state(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    // ---------------------------------------------------------------- setup

    static void setup(String base, String admin, Path stateFile) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
        String tag = Long.toString(System.currentTimeMillis(), 36);
        Map<?, ?> studio = (Map<?, ?>) Json.parse(expect(send(json(base + "/api/organizations/studios", basic,
                "{\"name\":\"Reliability " + tag + "\"}")), 201, "create a studio"));
        long studioId = number(((Map<?, ?>) studio.get("data")).get("id"));
        Map<?, ?> game = (Map<?, ?>) ((Map<?, ?>) Json.parse(expect(send(json(base + "/api/organizations/games", basic,
                "{\"studio_id\":" + studioId + ",\"title\":\"Reliability " + tag + "\",\"sdk_used\":\"unity\",\"platform\":\"android\"}")),
                201, "create a game"))).get("data");
        Map<?, ?> token = (Map<?, ?>) Json.parse(expect(send(json(base + "/api/tokens", basic,
                "{\"name\":\"reliability-" + tag + "\",\"scope\":{\"organization_id\":1},\"level\":\"admin\"}")), 201, "create a token"));
        Properties p = new Properties();
        p.setProperty("base", base);
        p.setProperty("game_id", Long.toString(number(game.get("id"))));
        p.setProperty("key", (String) game.get("key"));
        p.setProperty("token", (String) (token.containsKey("token") ? token.get("token") : ((Map<?, ?>) token.get("data")).get("token")));
        long window = Instant.now().getEpochSecond() / 86400 * 86400 - WINDOW_DAYS_BACK * 86400L;
        p.setProperty("window", Long.toString(window));
        StringBuilder seeds = new StringBuilder();
        for (String region : REGIONS) {
            for (int h = 0; h < WINDOW_HOURS; h++) {
                seeds.append("TrafficMultiplayer,appid=").append(p.getProperty("key")).append(",region=").append(region)
                        .append(" value=1000000000000 ").append(window + h * 3600L + 1800).append('\n');
            }
        }
        expect(send(HttpRequest.newBuilder(URI.create(base + "/api/counters/write?precision=s"))
                .header("Authorization", "Bearer " + p.getProperty("token")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(seeds.toString()))), 204, "write the counters' seed samples");
        try (var out = Files.newBufferedWriter(stateFile)) {
            p.store(out, "bench/reliability state");
        }
        System.out.println("setup: game " + p.getProperty("game_id") + " key " + p.getProperty("key"));
    }

    static HttpRequest.Builder json(String url, String authorization, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static long number(Object o) {
        return o instanceof Number n ? n.longValue() : Long.parseLong(o.toString());
    }

    // ---------------------------------------------------------------- load

    /** One request of a dialect: what it carries (quantity → items) and how to send it. */
    record Sent(HttpRequest request, Map<String, Long> items) {
    }

    /** A dialect under load: builds its requests, knows its success status and its error shape. */
    interface Dialect {
        String name();

        Sent next(SplittableRandom random, long seq);

        int success();

        /** True when a refusal's body is in the dialect's own error shape. */
        boolean shaped(String body);
    }

    static final class Countly implements Dialect {
        final String base, key, run;

        Countly(Properties s, String run) {
            base = s.getProperty("base");
            key = s.getProperty("key");
            this.run = run;
        }

        public String name() {
            return "countly";
        }

        public Sent next(SplittableRandom random, long seq) {
            // a new device per request: Countly's duplicate-request rules never merge two of ours
            StringBuilder q = new StringBuilder(base).append("/i?app_key=").append(key).append("&device_id=rel-").append(run)
                    .append('-').append(seq).append("&sdk_name=java-native&sdk_version=23.12.0&timestamp=")
                    .append(System.currentTimeMillis());
            Map<String, Long> items = new LinkedHashMap<>();
            if (seq % 2 == 0) {
                q.append("&begin_session=1");
                items.put("countly.sessions", 1L);
            } else {
                long count = 1 + random.nextInt(5), sum = 1 + random.nextInt(100);
                q.append("&events=").append(URLEncoder.encode("[{\"key\":\"" + EVENT + "\",\"count\":" + count + ",\"sum\":" + sum + "}]",
                        StandardCharsets.UTF_8));
                items.put("countly.events", count);
                items.put("countly.sum", sum);
            }
            return new Sent(HttpRequest.newBuilder(URI.create(q.toString())).GET().build(), items);
        }

        public int success() {
            return 200;
        }

        public boolean shaped(String body) {
            return body.startsWith("{\"result\":");
        }
    }

    static final class Counters implements Dialect {
        final String base, key, token;
        final long window;

        Counters(Properties s) {
            base = s.getProperty("base");
            key = s.getProperty("key");
            token = s.getProperty("token");
            window = Long.parseLong(s.getProperty("window"));
        }

        public String name() {
            return "counters";
        }

        public Sent next(SplittableRandom random, long seq) {
            StringBuilder body = new StringBuilder(LINES * 110);
            for (int i = 0; i < LINES; i++) {
                body.append("TrafficMultiplayer,appid=").append(key).append(",region=").append(REGIONS[random.nextInt(REGIONS.length)])
                        .append(" value=0 ").append(window + random.nextInt(WINDOW_HOURS * 3600)).append('\n');
            }
            return new Sent(HttpRequest.newBuilder(URI.create(base + "/api/counters/write?precision=s"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), Map.of("counters.samples", (long) LINES));
        }

        public int success() {
            return 204;
        }

        public boolean shaped(String body) {
            return body.startsWith("{\"error\":true");
        }
    }

    static final class Playback implements Dialect {
        final String base, key;

        Playback(Properties s) {
            base = s.getProperty("base");
            key = s.getProperty("key");
        }

        public String name() {
            return "playback";
        }

        public Sent next(SplittableRandom random, long seq) {
            // each beacon's 1 s interval lies inside one minute: its bytes fall into one bucket whole
            long now = System.currentTimeMillis();
            long end = now % 60_000 < 1_000 ? now - now % 60_000 - 1 : now;
            StringBuilder body = new StringBuilder(BEACONS * 200).append('[');
            for (int i = 0; i < BEACONS; i++) {
                int device = random.nextInt(1000);
                body.append(i == 0 ? "" : ",").append("{\"app_key\":\"").append(key).append("\",\"device_id\":\"rel-device-").append(device)
                        .append("\",\"channel_id\":\"rel-channel-").append(device % 10).append("\",\"stream_id\":\"rel-stream\",\"timestamp\":")
                        .append(end).append(",\"interval_ms\":1000,\"cdn_bytes\":").append(BEACON_BYTES)
                        // named, as a relay would: no user agent to parse, no address to locate
                        .append(",\"played_ms\":1000,\"browser\":\"Chrome\",\"os\":\"Android\",\"platform\":\"Chrome\",\"country_code\":\"DE\"}");
            }
            body.append(']');
            return new Sent(HttpRequest.newBuilder(URI.create(base + "/api/ingest/playback")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), Map.of("playback.beacons", (long) BEACONS));
        }

        public int success() {
            return 204;
        }

        public boolean shaped(String body) {
            return body.startsWith("{\"error\":");
        }
    }

    static final class Load {
        final List<Dialect> dialects;
        final int seconds, conns;
        final Map<String, String> options;
        final long slowMs;
        final Duration timeout;
        final Path ledger, tally;
        /** quantity → items acknowledged / sent without an acknowledgement */
        final Map<String, LongAdder> acked = new ConcurrentHashMap<>(), unacked = new ConcurrentHashMap<>();
        /** dialect status → answers; statuses are numbers, or shed / refused (no connection) / unaccepted (connect timed out) / timeout / broken / shape */
        final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> slowest = new ConcurrentHashMap<>();
        /** dialect → how far (ms) its sends fell behind their schedule at most: the client's own lag, not the portal's */
        final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();
        final AtomicLong failures = new AtomicLong();
        volatile long refusedAt = System.nanoTime() - 1_000_000_000L;
        final HttpClient client;

        Load(Properties s, int seconds, Path ledger, Path tally, Map<String, String> o) {
            String run = Long.toString(System.nanoTime() & 0xffffffffffL, 36);
            dialects = List.of(new Countly(s, run), new Counters(s), new Playback(s));
            this.seconds = seconds;
            this.ledger = ledger;
            this.tally = tally;
            conns = Integer.parseInt(o.getOrDefault("conns", "8"));
            options = o;
            slowMs = Long.parseLong(o.getOrDefault("slow", "5000"));
            timeout = Duration.ofSeconds(Long.parseLong(o.getOrDefault("timeout", "30")));
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(4)).build();
        }

        void run() throws Exception {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> drivers = new ArrayList<>();
            List<Semaphore> permits = new ArrayList<>();
            for (Dialect d : dialects) {
                Semaphore inFlight = new Semaphore(conns);
                permits.add(inFlight);
                Thread t = new Thread(() -> drive(d, inFlight, deadline), "load-" + d.name());
                t.start();
                drivers.add(t);
            }
            for (Thread t : drivers) {
                t.join();
            }
            // requests still out get their time-out to answer; what has none by then counts as unanswered
            for (int i = 0; i < dialects.size(); i++) {
                if (!permits.get(i).tryAcquire(conns, timeout.toSeconds() + 5, TimeUnit.SECONDS)) {
                    add(statuses, dialects.get(i).name() + " unfinished", conns - permits.get(i).availablePermits());
                }
            }
            StringBuilder l = new StringBuilder();
            for (String q : new TreeMap<>(acked).keySet()) {
                l.append(q).append(' ').append(acked.get(q).sum()).append(' ').append(unacked.getOrDefault(q, new LongAdder()).sum()).append('\n');
            }
            for (String q : new TreeMap<>(unacked).keySet()) {
                if (!acked.containsKey(q)) {
                    l.append(q).append(" 0 ").append(unacked.get(q).sum()).append('\n');
                }
            }
            Files.writeString(ledger, l, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            StringBuilder t = new StringBuilder();
            for (var e : new TreeMap<>(statuses).entrySet()) {
                t.append(e.getKey()).append(' ').append(e.getValue().sum()).append('\n');
            }
            for (var e : new TreeMap<>(slowest).entrySet()) {
                t.append(e.getKey()).append(" max_ms ").append(e.getValue().get()).append('\n');
            }
            for (var e : new TreeMap<>(lag).entrySet()) {
                t.append(e.getKey()).append(" lag_ms ").append(e.getValue().get()).append('\n');
            }
            Files.writeString(tally, t, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.print(t);
            System.exit(0);
        }

        void drive(Dialect d, Semaphore inFlight, long deadline) {
            SplittableRandom random = new SplittableRandom();
            long seq = 0;
            double rate = Double.parseDouble(options.getOrDefault("rate." + d.name(), options.getOrDefault("rate", "0")));
            long interval = rate > 0 ? (long) (1e9 / rate) : 0;
            long next = System.nanoTime();
            while (System.nanoTime() < deadline) {
                try {
                    if (System.nanoTime() - refusedAt < 50_000_000L) {
                        Thread.sleep(50);
                    }
                    if (interval > 0) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        } else {
                            lag.computeIfAbsent(d.name(), k -> new AtomicLong()).accumulateAndGet(-wait / 1_000_000, Math::max);
                        }
                        next += interval;
                        if (!inFlight.tryAcquire()) {
                            add(statuses, d.name() + " shed", 1);
                            continue;
                        }
                    } else if (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                    Sent sent = d.next(random, seq++);
                    long started = System.nanoTime();
                    HttpRequest r = HttpRequest.newBuilder(sent.request(), (n, v) -> true).timeout(timeout).build();
                    client.sendAsync(r, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
                        try {
                            answered(d, sent, answer, failure, (System.nanoTime() - started) / 1_000_000);
                        } finally {
                            inFlight.release();
                        }
                    });
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void answered(Dialect d, Sent sent, HttpResponse<String> answer, Throwable failure, long ms) {
            boolean ok = answer != null && answer.statusCode() == d.success();
            // a refused connection delivered nothing: its items cannot be stored, and are not counted.
            // Not so for a GET (Countly's /i): the JDK client sends an idempotent request again when
            // its connection ends before an answer, so a GET refused on its second try may have been
            // delivered, and stored, on its first
            boolean delivered = answer != null || !(cause(failure) instanceof ConnectException)
                    || sent.request().method().equals("GET");
            if (delivered) {
                sent.items().forEach((q, n) -> add(ok ? acked : unacked, q, n));
            }
            String status;
            if (answer != null) {
                status = Integer.toString(answer.statusCode());
                slowest.computeIfAbsent(d.name(), k -> new AtomicLong()).accumulateAndGet(ms, Math::max);
                if (ms > slowMs) {
                    add(statuses, d.name() + " slow", 1);
                }
                if (!ok && answer.statusCode() >= 400 && !d.shaped(answer.body())) {
                    add(statuses, d.name() + " unshaped", 1);
                    System.err.println(d.name() + ": " + answer.statusCode() + " not in the dialect's shape: " + cut(answer.body()));
                }
                if (answer.statusCode() >= 500 && answer.statusCode() != 503) {
                    System.err.println(d.name() + ": " + answer.statusCode() + " " + cut(answer.body()));
                }
            } else {
                Throwable cause = cause(failure);
                // a connection the server's kernel never accepted (its listen backlog full) times out in
                // connect: "unaccepted", apart from an answer that did not come in time
                status = cause instanceof HttpTimeoutException
                        ? (cause.getCause() instanceof ConnectException ? "unaccepted" : "timeout")
                        : cause instanceof ConnectException ? "refused" : "broken";
                if (failures.incrementAndGet() <= 3) {
                    StringBuilder chain = new StringBuilder();
                    for (Throwable c = cause; c != null; c = c.getCause()) {
                        chain.append(chain.isEmpty() ? "" : " ← ").append(c);
                    }
                    System.err.println(d.name() + ": no answer: " + chain);
                }
                if (status.equals("refused")) {
                    // nothing listens (the portal is down): the drivers pause instead of spinning
                    refusedAt = System.nanoTime();
                }
            }
            add(statuses, d.name() + " " + status, 1);
        }
    }

    static Throwable cause(Throwable failure) {
        return failure != null && failure.getCause() != null ? failure.getCause() : failure;
    }

    static String cut(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static void add(Map<String, LongAdder> m, String k, long n) {
        m.computeIfAbsent(k, x -> new LongAdder()).add(n);
    }

    // ---------------------------------------------------------------- count

    static int count(Properties s, Path ledgerFile) throws Exception {
        Map<String, long[]> ledger = new TreeMap<>();
        for (String line : Files.readAllLines(ledgerFile)) {
            String[] f = line.trim().split(" ");
            if (f.length == 3) {
                long[] t = ledger.computeIfAbsent(f[0], k -> new long[2]);
                t[0] += Long.parseLong(f[1]);
                t[1] += Long.parseLong(f[2]);
            }
        }
        Map<String, Long> found = new TreeMap<>();
        found.putAll(countly(s));
        found.put("counters.samples", counters(s));
        found.put("playback.beacons", playback(s));
        int bad = 0;
        Map<String, long[]> dialects = new LinkedHashMap<>();
        for (String q : List.of("countly.sessions", "countly.events", "countly.sum", "counters.samples", "playback.beacons")) {
            long[] t = ledger.getOrDefault(q, new long[2]);
            long f = found.get(q);
            long lost = Math.max(0, t[0] - f), extra = Math.max(0, f - t[0] - t[1]);
            System.out.printf("QUANTITY %s acked %d unacked %d found %d lost %d extra %d%n", q, t[0], t[1], f, lost, extra);
            if (lost > 0 || extra > 0) {
                bad++;
            }
            if (!q.equals("countly.sum")) {
                // a dialect's items: sessions and event counts for Countly, samples, beacons
                long[] d = dialects.computeIfAbsent(q.substring(0, q.indexOf('.')), k -> new long[4]);
                d[0] += t[0];
                d[1] += f;
                d[2] += lost;
                d[3] += extra;
            }
        }
        dialects.forEach((d, v) -> System.out.printf("COUNT %s %d %d %d %d%n", d, v[0], v[1], v[2], v[3]));
        return bad == 0 ? 0 : 1;
    }

    static Map<String, Long> countly(Properties s) throws Exception {
        String o = s.getProperty("base") + "/o?app_id=" + s.getProperty("game_id") + "&api_key=" + s.getProperty("token") + "&period=30days";
        Map<?, ?> sessions = (Map<?, ?>) Json.parse(expect(send(HttpRequest.newBuilder(URI.create(o + "&method=sessions"))), 200, "Countly sessions"));
        Map<?, ?> events = (Map<?, ?>) Json.parse(expect(send(HttpRequest.newBuilder(URI.create(o + "&method=events&event=" + EVENT))), 200,
                "Countly events"));
        return Map.of("countly.sessions", days(sessions, "t"), "countly.events", days(events, "c"), "countly.sum", days(events, "s"));
    }

    /** Sums a figure over the days of a Countly time object ({year: {month: {day: {figure, hour: {...}}}}}). */
    static long days(Map<?, ?> time, String figure) {
        long total = 0;
        for (var year : time.entrySet()) {
            if (!(year.getValue() instanceof Map<?, ?> months) || !year.getKey().toString().matches("\\d{4}")) {
                continue;
            }
            for (var month : months.entrySet()) {
                if (!(month.getValue() instanceof Map<?, ?> days) || !month.getKey().toString().matches("\\d{1,2}")) {
                    continue;
                }
                for (var day : days.entrySet()) {
                    if (day.getValue() instanceof Map<?, ?> d && day.getKey().toString().matches("\\d{1,2}") && d.get(figure) instanceof Number n) {
                        total += n.longValue();
                    }
                }
            }
        }
        return total;
    }

    static long counters(Properties s) throws Exception {
        long window = Long.parseLong(s.getProperty("window"));
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
        String range = "?start=" + f.format(Instant.ofEpochSecond(window)) + "&end=" + f.format(Instant.ofEpochSecond(window + WINDOW_HOURS * 3600L));
        long total = 0;
        for (String region : REGIONS) {
            String figure = expect(send(HttpRequest.newBuilder(URI.create(s.getProperty("base") + "/api/counters/data/app/" + s.getProperty("key")
                    + "/" + region + "/TrafficMultiplayer" + range)).header("Authorization", "Bearer " + s.getProperty("token"))), 200,
                    "Photon data " + region).trim();
            double average = Double.parseDouble(figure);
            long samples = Math.round(WINDOW_HOURS * SEED / average) - WINDOW_HOURS;
            total += samples;
        }
        return total;
    }

    static long playback(Properties s) throws Exception {
        long day = 86_400_000L;
        long today = System.currentTimeMillis() / day * day;
        String body = "{\"from\":" + (today - 2 * day) + ",\"to\":" + (today + day) + ",\"interval\":\"1d\",\"metrics\":[\"http\"]}";
        Map<?, ?> answer = (Map<?, ?>) Json.parse(expect(send(HttpRequest.newBuilder(URI.create(s.getProperty("base")
                + "/api/export/v1/export?format=json&game_id=" + s.getProperty("game_id"))).header("X-Auth-Token", s.getProperty("token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))), 200, "Peer5 export"));
        long bytes = 0;
        for (Object line : (List<?>) answer.get("data")) {
            bytes += number(((Map<?, ?>) line).get("http"));
        }
        if (bytes % BEACON_BYTES != 0) {
            throw new IllegalStateException("the export's http bytes " + bytes + " are not whole beacons of " + BEACON_BYTES);
        }
        return bytes / BEACON_BYTES;
    }

    // ---------------------------------------------------------------- JSON (reads only what the portal answers)

    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.space();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("trailing text at " + j.i + ": " + cut(text));
            }
            return v;
        }

        void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    space();
                    String k = string();
                    space();
                    i++; // ':'
                    m.put(k, value());
                    space();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    space();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && "{}[],: \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word.matches("-?\\d+") ? (Object) Long.parseLong(word) : (Object) Double.parseDouble(word);
            };
        }

        String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }

}
