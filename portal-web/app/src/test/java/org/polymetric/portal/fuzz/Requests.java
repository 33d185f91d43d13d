package org.polymetric.portal.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The valid request of each endpoint, which the mutations start from: ids and keys of one
 * tenant, credentials of a (possibly other) tenant, values a portal accepts. What the OpenAPI
 * document cannot say (bodies, which parameters matter) is written here per path; any endpoint
 * without an entry still gets its path filled and its declared query parameters.
 */
final class Requests {
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z_]+)}");
    private static final List<String> SERIES = List.of("stats/throughput/agg", "stats/buffer_health/avg", "stats/rebuffering/ratio",
            "stats/content_request_response_times/avg", "stats/buffer_filling_rate/avg", "stats/dropped_frames/avg", "stats/os",
            "stats/platforms", "stats/connection_types", "stats/throughput/agg/last_point", "throughput/agg");
    /** Page forms that would end the fuzz's own session or take its game away: sent without the CSRF token (refused before they act). */
    private static final Set<String> DISARMED = Set.of("/logout", "/account/password", "/admin/accounts");
    private static final Pattern DISARMED_SUFFIX = Pattern.compile(".*/(archive|unarchive|rotate-secret|remove)$");

    private final String adminCookie;
    private final String adminCsrf;

    Requests(String adminCookie, String adminCsrf) {
        this.adminCookie = adminCookie;
        this.adminCsrf = adminCsrf;
    }

    /** The valid request of {@code e} naming {@code ids}' organization, game and keys, made with {@code caller}'s credentials. */
    Shape valid(Endpoint e, Tenant ids, Tenant caller, Random r) {
        return credentials(unsigned(e, ids, r), caller, r);
    }

    /**
     * The valid request of an administrator's endpoint made with the owner's session of {@code t}
     * instead: an organization's owner is no portal administrator, so it must be refused.
     */
    Shape asOwner(Endpoint e, Tenant t, Random r) {
        return credentials(unsigned(e, t, r).withCredential(Credential.SESSION), t, r);
    }

    /** The valid request of {@code e} naming {@code ids}' organization, game and keys, with the kind of credential it needs but none yet. */
    private Shape unsigned(Endpoint e, Tenant ids, Random r) {
        String path = fill(e.template(), ids, r);
        List<String[]> query = new ArrayList<>();
        List<String[]> headers = new ArrayList<>();
        Shape.Body body = new Shape.NoBody();
        Credential credential = e.isApi() ? Credential.TOKEN : Credential.SESSION;
        long now = System.currentTimeMillis();
        String t = e.template();
        String m = e.method();

        if (t.equals("/i") || t.equals("/api/events/i") || t.equals("/o/sdk") || t.equals("/api/events/o/sdk")) {
            credential = Credential.PUBLIC;
            List<String[]> fields = new ArrayList<>(List.of(p("app_key", ids.gameKey()), p("device_id", "fuzz-" + r.nextInt(50))));
            if (t.endsWith("sdk")) {
                fields.add(p("method", "fetch_remote_config"));
            } else {
                fields.addAll(sdkFields(now, r));
            }
            if (m.equals("POST") && r.nextBoolean()) {
                body = new Shape.Form(fields);
            } else {
                query.addAll(fields);
            }
        } else if (t.equals("/i/bulk") || t.equals("/api/events/i/bulk")) {
            credential = Credential.PUBLIC;
            String one = "{\"device_id\":\"fuzz-" + r.nextInt(50) + "\",\"begin_session\":1,\"timestamp\":" + (now - 7_200_000L) / 1000 + "}";
            List<String[]> fields = List.of(p("app_key", ids.gameKey()), p("requests", "[" + one + "," + one.replace("begin_session", "end_session") + "]"));
            if (m.equals("POST")) {
                body = new Shape.Form(fields);
            } else {
                query.addAll(fields);
            }
        } else if (t.equals("/o") || t.equals("/api/events/o")) {
            query.addAll(List.of(p("app_id", Long.toString(ids.game())), p("method", pick(r, "sessions", "events", "get_events", "users", "countries")),
                    p("period", pick(r, "30days", "7days", "month"))));
        } else if (t.startsWith("/o/analytics") || t.startsWith("/api/events/o/analytics")) {
            query.addAll(List.of(p("app_id", Long.toString(ids.game())), p("period", "30days")));
        } else if (t.equals("/api/ingest/playback")) {
            credential = Credential.PUBLIC;
            body = json("[" + beacon(ids.gameKey(), "fuzz-" + r.nextInt(50), now - 7_200_000L + r.nextInt(60_000), ids.channel(), ids.stream()) + "]");
        } else if (t.equals("/api/counters/write")) {
            query.add(p("precision", "s"));
            body = new Shape.Text("text/plain", "Ccu,appid=" + ids.gameKey() + ",region=eu value=" + r.nextInt(1000) + " " + (now - 7_200_000L) / 1000
                    + "\nCCU,hash=" + ids.license() + " value=" + r.nextInt(1000) + " " + (now - 7_200_000L) / 1000);
        } else if (t.startsWith("/api/counters/bulk")) {
            boolean app = path.endsWith("/app");
            body = json("[{\"id\":\"q1\"," + (app ? "\"appid\":\"" + ids.gameKey() + "\",\"cloud\":\"public\",\"cluster\":\"default\",\"region\":\"eu\",\"template\":\"Ccu\""
                    : "\"hash\":\"" + ids.license() + "\",\"template\":\"CCU\"") + ",\"xporttime\":\"time\"}]");
        } else if (t.equals("/api/counters/licenses")) {
            if (m.equals("GET")) {
                query.add(p("organization_id", Long.toString(ids.organization())));
            } else {
                body = json("{\"organization_id\":" + ids.organization() + ",\"name\":\"fuzz license " + r.nextInt(1000) + "\"}");
            }
        } else if (t.startsWith("/api/counters/graph")) {
            query.addAll(List.of(p("width", "300"), p("height", "200")));
        } else if (t.equals("/api/export/v1/export")) {
            query.add(p("game_id", Long.toString(ids.game())));
            if (r.nextInt(4) == 0) {
                query.add(p("format", "csv"));
            }
            long hour = now / 3_600_000L * 3_600_000L;
            body = json("{\"from\":" + (hour - 3 * 3_600_000L) + ",\"to\":" + hour + ",\"interval\":\"1h\",\"metrics\":[\"http\",\"p2p\"],"
                    + "\"dimensions\":[\"country.code\"],\"filters\":{\"os.name\":[\"Android\"]}}");
        } else if (t.startsWith("/api/streamstats/")) {
            if (!t.startsWith("/api/streamstats/ping")) {
                query.addAll(List.of(p("game_id", Long.toString(ids.game())), p("time", pick(r, "live", "10m", "1h", "24h"))));
                if (path.contains("/stats/") || path.contains("throughput")) {
                    query.add(p("source", pick(r, "cdn", "p2p", "total")));
                }
            } else {
                credential = Credential.NONE;
            }
        } else if (t.startsWith("/api/organizations/")) {
            query.add(p("organization_id", Long.toString(ids.organization())));
            if (m.equals("POST")) {
                body = switch (t) {
                    case "/api/organizations/games" -> json("{\"studio_id\":" + ids.studio() + ",\"title\":\"fuzz game " + r.nextInt(1000)
                            + "\",\"sdk_used\":\"unity\",\"platform\":\"android\"}");
                    case "/api/organizations/studios" -> json("{\"name\":\"fuzz studio " + r.nextInt(1000) + "\"}");
                    case "/api/organizations/users/invite" -> json("{\"invites\":[{\"email\":\"fuzz-invitee-" + r.nextInt(1000)
                            + "@fuzz.test\",\"resource\":{\"access_level\":\"viewer\",\"access_resource\":\"game\",\"game_id\":" + ids.game() + "}}]}");
                    case "/api/organizations/users/{user_id}/replace_acl" -> json("{\"acls\":[{\"resource\":{\"access_level\":\"owner\","
                            + "\"access_resource\":\"organization\"}}]}");
                    case "/api/organizations/images" -> multipart(ids);
                    default -> json("{}");
                };
            } else if (t.equals("/api/organizations/games") || t.equals("/api/organizations/studios") || t.equals("/api/organizations/users")) {
                query.addAll(List.of(p("page[size]", "10"), p("sort", "id:asc")));
            }
        } else if (t.equals("/api/tokens")) {
            if (m.equals("POST")) {
                credential = Credential.SESSION;
                body = json("{\"name\":\"fuzz\",\"scope\":{\"game_id\":" + ids.game() + "},\"level\":\"viewer\"}");
            }
        } else if (t.startsWith("/api/tokens/")) {
            credential = Credential.SESSION;
        } else if (t.equals("/api/admin/organizations")) {
            credential = Credential.ADMIN;
            body = json("{\"name\":\"fuzzorg-made-" + r.nextInt(1_000_000) + "\",\"owner\":{\"email\":\"fuzz-made-" + r.nextInt(1_000_000)
                    + "@fuzz.test\",\"password\":\"" + Tenants.OWNER_PASSWORD + "\"}}");
        } else if (t.equals("/api/noop")) {
            credential = Credential.NONE;
        } else if (!e.isApi()) {
            if (t.startsWith("/admin")) {
                credential = Credential.ADMIN;
            } else if (t.equals("/login") || t.startsWith("/password-reset") || t.startsWith("/invite/")) {
                credential = Credential.NONE;
            }
            for (String name : e.queryNames()) {
                String v = value(name, ids, r);
                if (v != null) {
                    query.add(p(name, v));
                }
            }
            if (m.equals("POST")) {
                body = new Shape.Form(pageForm(t, ids, r));
            }
        }
        return new Shape(e, m, path, query, headers, body, ids, credential);
    }

    /** The caller's credentials added to a request in the place its dialect reads them. */
    Shape credentials(Shape s, Tenant caller, Random r) {
        List<String[]> headers = new ArrayList<>(s.headers());
        List<String[]> query = new ArrayList<>(s.query());
        boolean changes = !s.method().equals("GET");
        switch (s.credential()) {
            case TOKEN -> {
                String token = caller.token();
                boolean countly = s.endpoint().owner().equals("events");
                int where = r.nextInt(countly ? 3 : 5);
                if (countly) {
                    if (where == 0) {
                        query.add(p("api_key", token));
                    } else if (where == 1) {
                        query.add(p("auth_token", token));
                    } else {
                        headers.add(h("countly-token", token));
                    }
                } else {
                    headers.add(switch (where) {
                        case 0 -> h("Authorization", "Bearer " + token);
                        case 1 -> h("X-Auth-Token", token);
                        case 2 -> h("x-api-key", token);
                        case 3 -> h("Authorization", token);
                        default -> h("Authorization", "Bearer " + token);
                    });
                }
            }
            case SESSION -> {
                headers.add(h("Cookie", caller.sessionCookie()));
                if (changes) {
                    if (s.body() instanceof Shape.Form f && !disarmed(s.path())) {
                        List<String[]> fields = new ArrayList<>(f.fields());
                        fields.add(p("_csrf", caller.csrf()));
                        s = s.withBody(new Shape.Form(fields));
                    } else if (!disarmed(s.path())) {
                        headers.add(h("X-CSRF-Token", caller.csrf()));
                    }
                }
            }
            case ADMIN -> {
                headers.add(h("Cookie", adminCookie));
                if (changes) {
                    if (s.body() instanceof Shape.Form f && !disarmed(s.path())) {
                        List<String[]> fields = new ArrayList<>(f.fields());
                        fields.add(p("_csrf", adminCsrf));
                        s = s.withBody(new Shape.Form(fields));
                    } else if (!disarmed(s.path())) {
                        headers.add(h("X-CSRF-Token", adminCsrf));
                    }
                }
            }
            default -> {
            }
        }
        return s.withHeaders(headers).withQuery(query);
    }

    private static boolean disarmed(String path) {
        return DISARMED.contains(path) || DISARMED_SUFFIX.matcher(path).matches();
    }

    private static List<String[]> sdkFields(long now, Random r) {
        List<String[]> f = new ArrayList<>();
        f.add(p("timestamp", Long.toString((now - 7_200_000L) / 1000)));
        switch (r.nextInt(4)) {
            case 0 -> {
                f.add(p("begin_session", "1"));
                f.add(p("metrics", "{\"_os\":\"Android\",\"_os_version\":\"14\",\"_app_version\":\"1." + r.nextInt(9) + "\",\"_device\":\"Pixel\"}"));
            }
            case 1 -> f.add(p("events", "[{\"key\":\"level_up\",\"count\":1,\"sum\":2.5,\"dur\":3,\"segmentation\":{\"level\":\"" + r.nextInt(20) + "\"}}]"));
            case 2 -> f.add(p("session_duration", Integer.toString(r.nextInt(60))));
            default -> {
                f.add(p("end_session", "1"));
                f.add(p("user_details", "{\"name\":\"fuzz\",\"custom\":{\"tier\":\"gold\"}}"));
            }
        }
        return f;
    }

    private static List<String[]> pageForm(String t, Tenant ids, Random r) {
        List<String[]> f = new ArrayList<>();
        if (t.equals("/organizations/studios") || t.endsWith("/rename")) {
            f.add(p("organization_id", Long.toString(ids.organization())));
            f.add(p("name", "fuzz studio " + r.nextInt(1000)));
        } else if (t.equals("/organizations/games") || t.equals("/organizations/games/{id}")) {
            f.addAll(List.of(p("studio_id", Long.toString(ids.studio())), p("title", "fuzz game " + r.nextInt(1000)),
                    p("platform", "ios"), p("sdk_used", "unity")));
        } else if (t.equals("/counters/licenses")) {
            f.addAll(List.of(p("organization_id", Long.toString(ids.organization())), p("name", "fuzz license"), p("ccu_limit", "100")));
        } else if (t.equals("/organizations/users/invite")) {
            f.addAll(List.of(p("email", "fuzz-page-invitee@fuzz.test"), p("level", "viewer"), p("resource", "game:" + ids.game())));
        } else if (t.endsWith("/remote-config")) {
            f.addAll(List.of(p("action", "save"), p("key", "fuzz_key"), p("value", "{\"a\":1}")));
        } else if (t.endsWith("/setup")) {
            f.add(p("checksum_required", "false"));
        } else if (t.equals("/account/tokens")) {
            f.addAll(List.of(p("name", "fuzz page token"), p("scope", "game:" + ids.game()), p("level", "viewer")));
        } else if (t.equals("/login")) {
            f.addAll(List.of(p("email", ids.ownerEmail()), p("password", Tenants.OWNER_PASSWORD)));
        } else if (t.equals("/password-reset")) {
            f.add(p("email", "nobody-" + r.nextInt(1000) + "@fuzz.test"));
        } else {
            f.add(p("name", "fuzz " + r.nextInt(1000)));
        }
        return f;
    }

    private static String value(String name, Tenant ids, Random r) {
        return switch (name) {
            case "organization_id" -> Long.toString(ids.organization());
            case "time" -> pick(r, "1h", "24h");
            case "period" -> "30days";
            case "counter" -> "Ccu";
            case "region" -> "eu";
            case "metric" -> "throughput";
            default -> null;
        };
    }

    private static String fill(String template, Tenant ids, Random r) {
        Matcher m = PARAM.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String v = switch (name) {
                case "game_id" -> Long.toString(ids.game());
                case "studio_id" -> Long.toString(ids.studio());
                case "user_id" -> Long.toString(ids.ownerId());
                case "appid" -> ids.gameKey();
                case "region" -> "eu";
                case "counter" -> template.contains("/license/") ? "CCU" : "Ccu";
                case "hash" -> ids.license();
                case "kind" -> pick(r, "app", "license");
                case "path" -> pick(r, "dashboard", "countries", "sessions", "events", "tops", "loyalty");
                case "channel_id", "channel" -> ids.channel();
                case "stream_id", "stream" -> ids.stream();
                case "series" -> pick(r, SERIES.toArray(String[]::new));
                case "resource", "entity_type" -> pick(r, "game", "studio", "organization");
                case "token" -> "fuzz" + Long.toHexString(r.nextLong());
                case "table" -> pick(r, "sessions", "events", "countries");
                case "id" -> id(template, ids);
                default -> "1";
            };
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        m.appendTail(b);
        String path = b.toString();
        // {resource}/{id} and {entity_type}/{id} name the kind chosen just before
        if (template.startsWith("/api/access/") || template.startsWith("/api/organizations/images/")) {
            String[] parts = path.split("/");
            String kind = parts[parts.length - 2];
            parts[parts.length - 1] = Long.toString(kind.equals("game") ? ids.game() : kind.equals("studio") ? ids.studio() : ids.organization());
            path = String.join("/", parts);
        }
        return path;
    }

    private static String id(String template, Tenant ids) {
        if (template.startsWith("/api/tokens/") || template.startsWith("/account/tokens/")) {
            return Long.toString(ids.spareToken());
        }
        if (template.startsWith("/organizations/studios/")) {
            return Long.toString(ids.studio());
        }
        if (template.startsWith("/counters/licenses/")) {
            return Long.toString(ids.licenseId());
        }
        if (template.startsWith("/organizations/users/invites/")) {
            return Long.toString(ids.invite());
        }
        if (template.startsWith("/organizations/users/")) {
            return Long.toString(ids.ownerId());
        }
        return Long.toString(ids.game());
    }

    static String beacon(String key, String device, long end, String channel, String stream) {
        return "{\"app_key\":\"" + key + "\",\"device_id\":\"" + device + "\",\"session_id\":\"s-1\",\"timestamp\":" + end
                + ",\"interval_ms\":10000,\"channel_id\":\"" + channel + "\",\"stream_id\":\"" + stream + "\",\"bitrate\":\"2500\","
                + "\"cdn_bytes\":1200000,\"p2p_bytes\":3400000,\"played_ms\":10000,\"rebuffered_ms\":200,\"buffer_health_ms\":12000,"
                + "\"response_time_ms\":{\"cdn\":80,\"p2p\":35},\"dropped_frames\":1,\"os\":\"Android\"}";
    }

    /** A 1×1 PNG as the icon of the tenant's game. */
    private static Shape.Body multipart(Tenant ids) {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        String boundary = "fuzzboundary";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"entity_type\"\r\n\r\ngame\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"game_id\"\r\n\r\n" + ids.game() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"i.png\"\r\nContent-Type: image/png\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(png);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Shape.Bytes("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    static Shape.Body json(String text) {
        return new Shape.Json(Json.createReader(new StringReader(text)).readValue());
    }

    static JsonValue parse(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    static String[] p(String name, String value) {
        return new String[] {name, value};
    }

    static String[] h(String name, String value) {
        return new String[] {name, value};
    }

    static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
