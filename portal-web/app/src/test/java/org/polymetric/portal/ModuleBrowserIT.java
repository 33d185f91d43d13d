package org.polymetric.portal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a module's browser test shares: one headless Chromium per class ({@link BrowserIT#open()}),
 * signing in through the login form, waiting, and screenshots in target/screenshots.
 */
public abstract class ModuleBrowserIT extends PortalIT {
    protected static WebDriver browser;
    static Path screenshots;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = BrowserIT.open();
        screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    protected static void snap(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    protected static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Forgets any session, then signs in with the fixtures' password and waits to leave the login page. */
    protected void signIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        waiting().until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
