package org.polymetric.portal.fuzz;

import java.io.PrintStream;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.polymetric.portal.PortalClient;

/**
 * The fuzz of every API endpoint, as a property: for {@code count} requests made from valid ones
 * by a seeded generator ({@link Mutation}), no answer is a 5xx, none carries a stack trace or a
 * Java class name, none takes longer than {@code slowMs}, none shows a request authenticated as
 * one organization another organization's data, another organization's ids are refused, so are
 * the administrator's endpoints to an organization's owner, and
 * (with database access) blocks of requests that were all refused leave the fuzz organizations'
 * rows exactly as they were. Runs against any portal: {@code FuzzIT} runs it in CI with a fixed
 * seed, {@code bench/fuzz} for longer ({@link #main}).
 */
public final class Fuzz {
    private static final Pattern TRACE = Pattern.compile("\\bat (org|java|jakarta|com|sun|fish)\\.[\\w.$]+\\(|\\.java:\\d+\\)|Exception\\b|\\bjava\\.lang\\.");
    /**
     * Calls that answer ids out of the caller's reach without an error and without their data: the
     * counters' bulk queries (Photon answers such a series as one without data) and the
     * organizations overview (an organization out of reach shows the caller's own to choose from).
     */
    private static final Set<String> EMPTY_WHEN_UNSEEN = Set.of("POST /api/counters/bulk/{kind}", "POST /api/counters/bulkdata/{kind}",
            "POST /api/counters/bulkxport/{kind}", "GET /organizations");
    private static final int BLOCK = 8;
    private static final Mutation[] WEIGHTED = weighted();

    /** Where and how long to fuzz. {@code dbUrl} may be null: then the partial-write check is left out. */
    public record Settings(URI base, String adminEmail, String adminPassword, long seed, int count, long slowMs,
                           String dbUrl, String dbUser, String dbPassword, PrintStream log) {
    }

    /** What a run found. */
    public record Report(int tried, List<String> failures, long p99, long max, int blocksVerified, int blocksInconclusive,
                         Map<String, Integer> perEndpoint, List<Endpoint> catalogue, Map<Mutation, Integer> perMutation, int snapshotTables) {
        public String table() {
            return String.format("%-10s %-9s %-8s %-8s %-22s%n%-10d %-9d %-8s %-8s %-22s%n", "requests", "failures", "p99", "max",
                    "blocks (refused, same)", tried, failures.size(), p99 + " ms", max + " ms",
                    snapshotTables == 0 ? "not checked" : blocksVerified + " of " + (blocksVerified + blocksInconclusive));
        }
    }

    private Fuzz() {
    }

    public static Report run(Settings s) throws SQLException {
        Random random = new Random(s.seed());
        Tenants maker = new Tenants(s.base(), s.adminEmail(), s.adminPassword());
        Tenant a = maker.create("a", 40);
        Tenant b = maker.create("b", 2);
        PortalClient admin = new PortalClient(s.base());
        admin.loginOrFail(s.adminEmail(), s.adminPassword());
        Requests requests = new Requests(admin.cookieHeader(), admin.csrfFrom("/account"));
        List<Endpoint> catalogue = Catalogue.of(s.base());
        s.log().println("fuzz: " + catalogue.size() + " endpoints, seed " + s.seed() + ", " + s.count() + " requests against " + s.base());

        Wire wire = new Wire(s.base(), (int) Math.max(10_000, s.slowMs() * 5));
        Checks checks = new Checks(s.slowMs(), b, EMPTY_WHEN_UNSEEN, TRACE);
        // every endpoint once as valid, untimed: first calls load classes and templates
        for (Endpoint e : catalogue) {
            Shape valid = requests.valid(e, a, a, random);
            checks.check(e, Mutation.NONE, valid.credential(), valid.probe("warm-up"), wire.send(valid.probe("warm-up")), false, null);
        }
        Map<String, Integer> perEndpoint = new TreeMap<>();
        Map<Mutation, Integer> perMutation = new TreeMap<>();
        List<Long> times = new ArrayList<>();
        int verified = 0;
        int inconclusive = 0;
        int tables = 0;
        try (Snapshot snapshot = s.dbUrl() == null ? null : new Snapshot(s.dbUrl(), s.dbUser(), s.dbPassword(), List.of(a, b))) {
            tables = snapshot == null ? 0 : snapshot.tables();
            RefusedBlocks blocks = snapshot == null ? null : new RefusedBlocks(snapshot);
            Deque<String> recent = new ArrayDeque<>();
            for (int done = 0; done < s.count(); ) {
                boolean allRefused = true;
                List<String> labels = new ArrayList<>();
                List<Probe> block = new ArrayList<>();
                for (int i = 0; i < BLOCK && done < s.count(); i++, done++) {
                    Endpoint e = catalogue.get(random.nextInt(catalogue.size()));
                    Mutation m = WEIGHTED[random.nextInt(WEIGHTED.length)];
                    Shape own = requests.valid(e, a, a, random);
                    if (m == Mutation.CROSS_ORG && own.credential() == Credential.ADMIN) {
                        // the administrator reaches every organization: what must not reach the administrator's endpoints is an organization's owner
                        m = Mutation.NOT_ADMIN;
                    } else if (m == Mutation.CROSS_ORG && own.credential() != Credential.TOKEN && own.credential() != Credential.SESSION) {
                        m = Mutation.NONE; // a public key is the credential itself: there is no other organization to reach
                    }
                    Shape valid = switch (m) {
                        case CROSS_ORG -> requests.valid(e, b, a, random);
                        case NOT_ADMIN -> requests.asOwner(e, a, random);
                        default -> own;
                    };
                    Probe probe = m.apply(valid, random);
                    Wire.Answer answer = wire.send(probe);
                    if (answer.millis() > s.slowMs()) {
                        // a busy machine stalls any request now and then; a request slow by its own cost is slow again
                        long again = wire.send(probe).millis();
                        answer = new Wire.Answer(answer.status(), answer.head(), answer.body(), Math.min(answer.millis(), again));
                    }
                    block.add(probe);
                    times.add(answer.millis());
                    perEndpoint.merge(e.key(), 1, Integer::sum);
                    perMutation.merge(m, 1, Integer::sum);
                    checks.check(e, m, valid.credential(), probe, answer, true, m == Mutation.CROSS_ORG ? own.probe("").target() : null);
                    String label = answer.status() + " " + probe.method() + " " + probe.target().substring(0, Math.min(120, probe.target().length()))
                            + " (" + probe.label() + ")";
                    labels.add(label);
                    if ((own.credential() == Credential.SESSION || own.credential() == Credential.ADMIN) && m != Mutation.NO_CREDENTIALS
                            && m != Mutation.BAD_CREDENTIALS && answer.status() == 302 && String.valueOf(answer.header("Location")).endsWith("/login")) {
                        checks.fail("a signed-in request was sent to /login: its session ended", "after " + recent);
                    }
                    recent.addLast(label);
                    if (recent.size() > 6) {
                        recent.removeFirst();
                    }
                    if (mayWrite(probe, e, answer)) {
                        allRefused = false;
                    }
                }
                if (blocks != null) {
                    blocks.judge(allRefused, block, labels, wire, checks);
                }
            }
            verified = blocks == null ? 0 : blocks.verified();
            inconclusive = blocks == null ? 0 : blocks.inconclusive();
        }
        int afterStatus = wire.send(Probe.of("after", "GET", "/api/noop", List.of(), new byte[0])).status();
        if (afterStatus != 200) {
            checks.fail("after the fuzz GET /api/noop answered " + afterStatus, "");
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        long p99 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
        long max = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        return new Report(times.size(), checks.failures(), p99, max, verified, inconclusive, perEndpoint, catalogue, perMutation, tables);
    }

    /** Whether an answer may stand for a write: any accepted request but reads (GETs other than Countly's, which write). */
    private static boolean mayWrite(Probe p, Endpoint e, Wire.Answer a) {
        boolean accepted = a.status() >= 200 && a.status() < 400;
        boolean read = (p.method().equals("GET") || p.method().equals("HEAD") || p.method().equals("OPTIONS")) && !e.owner().equals("events");
        return accepted && !read;
    }

    private static Mutation[] weighted() {
        Map<Mutation, Integer> w = new LinkedHashMap<>();
        w.put(Mutation.NONE, 8);
        w.put(Mutation.WRONG_TYPE, 10);
        w.put(Mutation.MISSING, 8);
        w.put(Mutation.REPEATED, 6);
        w.put(Mutation.DEEP_JSON, 4);
        w.put(Mutation.HUGE_STRING, 3);
        w.put(Mutation.BAD_UTF8, 6);
        w.put(Mutation.NUMBER, 10);
        w.put(Mutation.CROSS_ORG, 10);
        w.put(Mutation.HEADER_INJECTION, 4);
        w.put(Mutation.OVERSIZED_HEADER, 2);
        w.put(Mutation.CONTENT_TYPE, 5);
        w.put(Mutation.FRAMING, 4);
        w.put(Mutation.WRONG_METHOD, 4);
        w.put(Mutation.NO_CREDENTIALS, 4);
        w.put(Mutation.BAD_CREDENTIALS, 4);
        w.put(Mutation.PATH, 6);
        List<Mutation> all = new ArrayList<>();
        w.forEach((m, n) -> {
            for (int i = 0; i < n; i++) {
                all.add(m);
            }
        });
        return all.toArray(Mutation[]::new);
    }

    /**
     * {@code --base http://host:port --admin email:password [--seed N] [--count N] [--slow-ms N]
     * [--db jdbc:mariadb://127.0.0.1:3306/polymetric --db-user U --db-password P]}; exits 1 on any failure.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!o.containsKey("base") || !o.containsKey("admin") || !o.get("admin").contains(":")) {
            System.err.println("usage: Fuzz --base URL --admin EMAIL:PASSWORD [--seed N] [--count N] [--slow-ms N] [--db JDBC-URL --db-user U --db-password P]");
            System.exit(2);
        }
        String[] admin = o.get("admin").split(":", 2);
        Settings s = new Settings(URI.create(o.get("base")), admin[0], admin[1], Long.parseLong(o.getOrDefault("seed", "20")),
                Integer.parseInt(o.getOrDefault("count", "2000")), Long.parseLong(o.getOrDefault("slow-ms", "2000")),
                o.get("db"), o.getOrDefault("db-user", "root"), o.getOrDefault("db-password", ""), System.out);
        Report r = run(s);
        r.failures().forEach(f -> System.out.println("FAIL " + f));
        System.out.print(r.table());
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }
}
