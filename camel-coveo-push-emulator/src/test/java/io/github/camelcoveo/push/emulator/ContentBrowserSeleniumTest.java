/*
 * camel-coveo-push: an Apache Camel component that feeds Coveo Cloud Push sources.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelcoveo.push.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives Debian's headless Chromium through the content browser. */
class ContentBrowserSeleniumTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private PushApiEmulator emulator;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute(),
                "Skipped: /usr/bin/chromium is absent (apt-get install chromium chromium-driver)");
        Assumptions.assumeTrue(CHROMEDRIVER.canExecute(),
                "Skipped: /usr/bin/chromedriver is absent (apt-get install chromium-driver)");
        emulator = PushApiEmulator.builder().port(0).organization("org", "key").source("org", "docs")
                .field("org", "pages", io.github.camelcoveo.push.emulator.fields.FieldType.LONG).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void listsPushedItemsAndShowsTheirContent() throws IOException {
        PushClient client = new PushClient(emulator.pushApiUrl(), "org", "key");
        client.pushDocument("docs", "file://share/readme.txt",
                "{\"title\":\"Read me\",\"fileExtension\":\".txt\",\"data\":\"Hello <from> the emulator\"}");
        client.pushDocument("docs", "file://share/guide.html",
                "{\"title\":\"Guide\",\"fileExtension\":\".html\",\"data\":\"<p>guide</p>\"}");

        browser.get(emulator.browserUrl());

        List<WebElement> rows = browser.findElements(By.cssSelector("table.items tr"));
        assertThat(rows).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("table.items")).getText())
                .contains("file://share/readme.txt", "Read me", ".txt", "file://share/guide.html", "Guide");

        browser.findElement(By.linkText("file://share/readme.txt")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Read me");
        assertThat(browser.findElement(By.cssSelector("pre.content")).getText()).isEqualTo("Hello <from> the emulator");
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path screenshot = Path.of("target", "content-browser-item.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, png);

        assertThat(Files.size(screenshot)).isGreaterThan(1000);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void showsTheFieldsOfAnOrganizationAndWhichMetadataIsSearchable() {
        PushClient client = new PushClient(emulator.pushApiUrl(), "org", "key");
        client.pushDocument("docs", "file://share/report.txt",
                "{\"title\":\"Report\",\"pages\":\"twelve\",\"team\":\"Ops\",\"data\":\"r\"}");

        browser.get(emulator.browserUrl());
        browser.findElement(By.cssSelector("a.fields-link")).click();

        WebElement pages = browser.findElement(By.cssSelector("table.field-list tr[data-field='pages']"));
        assertThat(pages.getText()).contains("pages", "LONG", "USER");
        assertThat(browser.findElement(By.cssSelector("table.field-list tr[data-field='title']")).getText())
                .contains("STRING", "SYSTEM");

        browser.navigate().back();
        browser.findElement(By.linkText("file://share/report.txt")).click();

        List<WebElement> unsearchable = browser.findElements(By.cssSelector("table.metadata tr.unsearchable"));
        assertThat(unsearchable).extracting(WebElement::getText).containsExactly(
                "pages twelve not searchable (type LONG)", "team Ops not searchable (no field)");
        assertThat(browser.findElement(By.cssSelector("table.metadata tr.searchable")).getText())
                .isEqualTo("title Report STRING");
    }
}
