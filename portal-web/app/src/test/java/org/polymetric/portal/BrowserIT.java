package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in headless Chromium (Debian's chromium and chromium-driver, which ./polymetric test
 * installs): signs in, sees the home page, is refused what they may not open, signs out.
 * Screenshots land in target/screenshots for a look.
 */
@ExtendWith(TestMailServer.class)
public class BrowserIT extends PortalIT {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    static WebDriver browser;
    static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("the browser tests need Chromium: apt-get install chromium chromium-driver");
        }
        browser = open();
        screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
    }

    /** A browser with its own profile: its own cookies, like another person's machine (module browser tests open theirs here too). */
    public static WebDriver open() throws Exception {
        return open(new ChromeOptions());
    }

    /** As {@link #open()}, with {@code options} the caller set (say, which logs to keep). */
    public static WebDriver open(ChromeOptions options) throws Exception {
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void snap(String name) throws Exception {
        snap(browser, name);
    }

    private static void snap(WebDriver which, String name) throws Exception {
        File shot = ((TakesScreenshot) which).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void signIn(String email, String password) {
        browser.get(url("/"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Waits for the page a click leads to: reading at once may read the page being left. */
    private static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".user-menu form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anAdministratorSignsInSeesTheirOrganizationsAndSignsOut() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        snap("login");
        signIn(Admin.EMAIL, Admin.PASSWORD);
        assertEquals("Your organizations", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("section.organization h2")).stream()
                .anyMatch(e -> e.getText().equals("My organization")));
        assertTrue(browser.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href").contains("/theme/default/"));
        snap("home");

        browser.findElement(By.linkText("Account")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Your account"));
        browser.findElement(By.linkText("Admin")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Organizations"));
        snap("admin");

        signOut();
        browser.get(url("/account"));
        assertTrue(browser.getCurrentUrl().contains("/login"), "signed out for real");
    }

    @Test
    void aPlainUserIsRefusedAdministrationAndSeesNoLinkToIt() throws Exception {
        browser.manage().deleteAllCookies();
        String email = Fixtures.user("browser");
        long org = Fixtures.organization(Fixtures.unique("Browser org"));
        Fixtures.grant(email, "organization", org, "viewer");
        signIn(email, Fixtures.PASSWORD);
        assertFalse(browser.findElements(By.cssSelector("nav a")).stream().anyMatch(a -> a.getText().equals("Admin")));
        browser.get(url("/admin"));
        assertEquals("403", browser.findElement(By.tagName("h1")).getText());
        snap("forbidden");
        browser.get(url("/"));
        signOut();
    }

    @Test
    void anOwnerInvitesSomeoneWhoAcceptsInAnotherBrowserAndSeesTheGame() throws Exception {
        browser.manage().deleteAllCookies();
        long org = Fixtures.organization(Fixtures.unique("Invite org"));
        long studio = Fixtures.studio(org, "Harbour Studio");
        long game = Fixtures.game(studio, "Lighthouse Keeper");
        Fixtures.game(studio, "Not shared");
        String owner = Fixtures.user("inviter");
        Fixtures.grant(owner, "organization", org, "owner");
        String invitee = Fixtures.unique("invitee").toLowerCase() + "@example.com";

        signIn(owner, Fixtures.PASSWORD);
        browser.get(url("/organizations/users"));
        browser.findElement(By.id("invite-emails")).sendKeys(invitee);
        new Select(browser.findElement(By.id("invite-resource"))).selectByValue("game:" + game);
        new Select(browser.findElement(By.id("invite-level"))).selectByValue("viewer");
        snap("invite-form");
        browser.findElement(By.cssSelector("form.invite button[type=submit]")).click();
        assertTrue(waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.notice"))).getText()
                .startsWith("Invites sent"));
        assertTrue(browser.findElements(By.cssSelector("table.invites tr")).stream().anyMatch(tr -> tr.getText().contains(invitee)));
        snap("invites");
        // the link travels only by mail
        String link = url(TestMailServer.linkPaths(invitee, "/invite/", 1).get(0));

        WebDriver other = open();
        try {
            other.get(link);
            assertTrue(other.findElement(By.tagName("main")).getText().contains(invitee));
            other.findElement(By.id("first_name")).sendKeys("Iris");
            other.findElement(By.id("last_name")).sendKeys("Invitee");
            other.findElement(By.id("password")).sendKeys("invitee-password-1");
            other.findElement(By.cssSelector("form button[type=submit]")).click();
            new WebDriverWait(other, Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/invite/")));
            other.get(url("/organizations"));
            List<String> games = other.findElements(By.cssSelector("table.games td.title")).stream().map(e -> e.getText()).toList();
            assertEquals(List.of("Lighthouse Keeper"), games, "the invitee is signed in and sees exactly the granted game");
            assertEquals(invitee, other.findElement(By.cssSelector(".user-menu .user")).getText());
            snap(other, "invitee-overview");
        } finally {
            other.quit();
        }
        browser.get(url("/organizations/users"));
        assertTrue(browser.findElements(By.cssSelector("table.invites td.email")).stream().noneMatch(e -> e.getText().equals(invitee)),
                "the accepted invite is no longer pending");
        assertTrue(browser.findElements(By.cssSelector("table.members td.email")).stream().anyMatch(e -> e.getText().equals(invitee)));
        signOut();
    }

    /** Screenshots the whole page, however long, then gives the window back its size. */
    private void snapWhole(String name) throws Exception {
        Dimension size = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 120, 4000)));
        try {
            snap(name);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    @Test
    void aGamesAdminSeesItsCountersDashboardDrawn() throws Exception {
        browser.manage().deleteAllCookies();
        long org = Fixtures.organization(Fixtures.unique("Counters org"));
        long game = Fixtures.game(Fixtures.studio(org, "Realtime Studio"), "Sky Racers");
        String email = Fixtures.user("counters");
        Fixtures.grant(email, "game", game, "admin");
        String token = new TokenMaker(client(), email).token("game", game, "admin");
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
        // the last 24 hours every 10 minutes: a day's rise and fall in two regions
        long now = System.currentTimeMillis() / 1000;
        StringBuilder lines = new StringBuilder();
        for (long t = now - 86_400 + 300; t < now; t += 600) {
            double day = Math.sin(2 * Math.PI * (t % 86_400) / 86_400);
            for (String[] region : new String[][]{{"eu", "1200"}, {"us", "800"}}) {
                long ccu = Math.round(Double.parseDouble(region[1]) * (1.3 + day));
                lines.append("Ccu,appid=").append(key).append(",region=").append(region[0]).append(" value=").append(ccu)
                        .append(' ').append(t).append('\n');
                lines.append("Rooms,appid=").append(key).append(",region=").append(region[0]).append(" value=").append(ccu / 8)
                        .append(' ').append(t).append('\n');
            }
        }
        HttpResponse<String> written = client().postBytes("/api/counters/write?precision=s", "text/plain; charset=utf-8",
                lines.toString().getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);
        assertEquals(204, written.statusCode(), written.body());

        signIn(email, Fixtures.PASSWORD);
        browser.findElement(By.linkText("Counters")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Counters"));
        browser.findElement(By.linkText("Sky Racers")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Sky Racers"));
        // Chart.js marks each canvas once it has drawn it
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("canvas[data-drawn=true]"), 2));
        List<String> counters = browser.findElements(By.cssSelector("section.counter h2 span")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("Rooms", "Ccu"), counters);
        List<String> regions = browser.findElements(By.cssSelector("section.counter[data-counter=Ccu] td.name")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("eu", "us"), regions);
        snapWhole("counters-dashboard");

        new Select(browser.findElement(By.id("chart"))).selectByValue("png");
        browser.findElement(By.cssSelector("form.picker button[type=submit]")).click();
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("img.graph"), 4));
        waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('img.graph')).every(i => i.complete && i.naturalWidth === 1000)"));
        snapWhole("counters-dashboard-png");
        signOut();
    }

    @Test
    void theLoginPageKeepsThePersonOnAFailedAttempt() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(Admin.EMAIL);
        browser.findElement(By.id("password")).sendKeys("wrong password");
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        // the answer is a new page: wait for it rather than read the one being left
        WebElement alert = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.error")));
        assertTrue(alert.getText().contains("Wrong e-mail address or password"), alert.getText());
        assertEquals(Admin.EMAIL, browser.findElement(By.id("email")).getAttribute("value"));
        Fixtures.execute("DELETE FROM login_failure");
    }
}
