package org.polymetric.portal.walk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.polymetric.portal.Fixtures;

/**
 * One person's walk through the portal in headless Chromium: the login page, then every entry of
 * their navigation, the pages of the walked game each entry links to, and every tab (the links of a
 * page's {@code nav.tabs}) on those pages. On each page it waits for the charts to draw, then reads
 * what the browser logged: a console error (a refused inline style, a script error) or a response
 * of 400 or more, or a request that failed, for any resource of the page, is a problem; so is a
 * navigation entry whose page answers its person 403 or 404. It follows the navigation as the page
 * shows it, so pages a module adds are walked without a change here.
 */
final class PageWalk {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** What a canvas drawn by Chart.js looks like, as the page's own script ends it. */
    private static final String CHARTS_DRAWN = "var cs = document.querySelectorAll('canvas');"
            + "return cs.length === 0 || (!!window.Chart && Array.from(cs).every(function (c) { return !!Chart.getChart(c); }));";

    private final WebDriver browser;
    private final String base;
    private final String theme;
    private final Pattern gamePage;
    private final Set<String> visited = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> statuses = new LinkedHashMap<>();
    /** Request ids to their addresses, as the network events name a failed request by id only. */
    private final Map<String, String> requests = new HashMap<>();
    private int charts;
    private int tabs;

    /**
     * @param base  the portal's address
     * @param theme the theme every page must be drawn in
     * @param game  the walked game: a page's links to {@code …/games/<game>} are followed
     */
    PageWalk(WebDriver browser, String base, String theme, long game) {
        this.browser = browser;
        this.base = base.replaceAll("/$", "");
        this.theme = theme;
        this.gamePage = Pattern.compile(".*/games/" + game);
    }

    /** Chromium options that keep the console and the network events for {@link #walk}. */
    static ChromeOptions options() {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        ChromeOptions options = new ChromeOptions();
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    /**
     * Walks {@code game} as {@code email} in a browser from {@link #options()}; fails listing every
     * problem, or when the walk did not reach the game's pages, their charts and their tabs.
     */
    static void walkOrFail(WebDriver browser, String base, String theme, long game, String email) {
        PageWalk walk = new PageWalk(browser, base, theme, game);
        List<String> problems = new ArrayList<>(walk.walk(email));
        long gamePages = walk.visited().stream().filter(u -> u.matches(".*/games/" + game + "(/.*|\\?.*)?")).count();
        if (walk.charts() < 6 || walk.tabs() < 5 || gamePages < 8) {
            problems.add("the walk did not reach the game's pages: " + walk.charts() + " charts, " + walk.tabs() + " tabs, "
                    + gamePages + " of the game's pages in " + walk.visited());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " problem(s) walking the " + theme + " theme as " + email + ":\n"
                    + String.join("\n", problems));
        }
    }

    /** Signs in as {@code email} and walks; the problems found, one line each. */
    List<String> walk(String email) {
        // every site's cookies: deleteAllCookies() clears only the current page's, and the last walk ended on about:blank
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        visit(base + "/login", "the login page");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        settle(browser.getCurrentUrl(), "the page after signing in");

        Map<String, String> navigation = new LinkedHashMap<>();
        for (WebElement a : browser.findElements(By.cssSelector("nav.navigation a"))) {
            navigation.put(a.getAttribute("href"), a.getText());
        }
        if (navigation.isEmpty()) {
            problems.add("no navigation after signing in as " + email);
        }
        for (Map.Entry<String, String> entry : navigation.entrySet()) {
            String label = "navigation entry " + entry.getValue();
            List<String> reached = new ArrayList<>(List.of(entry.getKey()));
            Page page = visit(entry.getKey(), label);
            Integer status = statuses.get(entry.getKey());
            if (status != null && (status == 403 || status == 404)) {
                problems.add(email + "'s navigation shows " + entry.getValue() + " (" + path(entry.getKey())
                        + "), which answers them " + status);
            }
            List<String> tabbed = new ArrayList<>(page.tabs);
            for (String link : page.links) {
                if (gamePage.matcher(path(link)).matches() && !visited.contains(link)) {
                    reached.add(link);
                    tabbed.addAll(visit(link, "the game's page from " + entry.getValue()).tabs);
                }
            }
            for (String tab : tabbed) {
                if (!visited.contains(tab)) {
                    tabs++;
                    visit(tab, "a tab reached from " + entry.getValue());
                }
            }
        }
        // what the last page logs late (a refresh, a live view's fetch) is still its own
        browser.get("about:blank");
        readLogs("the last page, after the walk");
        System.out.printf("%s walked %d pages (%d tabs, %d charts) in the %s theme%n", email, visited.size(), tabs, charts, theme);
        return problems;
    }

    /** Pages opened, in order. */
    Set<String> visited() {
        return visited;
    }

    /** Charts drawn on the pages opened. */
    int charts() {
        return charts;
    }

    /** Tabs opened. */
    int tabs() {
        return tabs;
    }

    /** A page's tab links and its other links, read once it has drawn. */
    private record Page(List<String> tabs, List<String> links) {
    }

    private Page visit(String url, String what) {
        visited.add(url);
        browser.get(url);
        return settle(url, what);
    }

    private Page settle(String url, String what) {
        String where = path(url) + " (" + what + ")";
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        try {
            wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(CHARTS_DRAWN));
        } catch (TimeoutException e) {
            problems.add(where + ": a chart was not drawn");
        }
        charts += browser.findElements(By.cssSelector("canvas")).size();
        if (!browser.findElements(By.cssSelector("nav.navigation")).isEmpty()
                && browser.findElements(By.cssSelector("link[rel=stylesheet][href*='/theme/" + theme + "/']")).isEmpty()) {
            problems.add(where + ": not in the " + theme + " theme");
        }
        List<String> tabLinks = hrefs("nav.tabs a");
        List<String> links = hrefs("main a[href]");
        readLogs(where);
        return new Page(tabLinks, links);
    }

    private List<String> hrefs(String css) {
        List<String> out = new ArrayList<>();
        for (WebElement a : browser.findElements(By.cssSelector(css))) {
            String href = a.getAttribute("href");
            if (href != null && href.startsWith(base + "/")) {
                out.add(href);
            }
        }
        return out;
    }

    /** The console's errors and the failed resources since the last read, charged to {@code where}. */
    private void readLogs(String where) {
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(where + ": console " + e.getLevel() + ": " + e.getMessage());
            }
        }
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = Json.createReader(new StringReader(e.getMessage())).readObject().getJsonObject("message");
            String method = message.getString("method", "");
            JsonObject params = message.getJsonObject("params");
            if (method.equals("Network.responseReceived")) {
                JsonObject response = params.getJsonObject("response");
                int status = response.getInt("status");
                String url = response.getString("url");
                if ("Document".equals(params.getString("type", ""))) {
                    statuses.put(url, status);
                }
                if (status >= 400) {
                    problems.add(where + ": " + params.getString("type", "resource") + " " + path(url) + " answered " + status);
                }
            } else if (method.equals("Network.requestWillBeSent")) {
                requests.put(params.getString("requestId"), params.getJsonObject("request").getString("url"));
            } else if (method.equals("Network.loadingFailed") && !params.getBoolean("canceled", false)) {
                String url = requests.get(params.getString("requestId"));
                if (url == null) {
                    // no page of the portal sent it (Chromium's own background requests land in the same log)
                    System.out.println(where + ": a request no page sent failed: " + params);
                } else {
                    problems.add(where + ": " + params.getString("type", "resource") + " " + path(url) + " failed: "
                            + params.getString("errorText", "")
                            + (params.containsKey("blockedReason") ? " (" + params.getString("blockedReason") + ")" : ""));
                }
            }
        }
    }

    /** A portal address as its path and query; another site's in full. */
    private String path(String url) {
        if (!url.startsWith(base + "/")) {
            return url;
        }
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
