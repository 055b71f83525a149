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
package io.github.camelcoveo.examples.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person sees after the demo: the items its route pushed, in the emulator's content browser. */
class DemoContentBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private DemoTarget target;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Skipped: /usr/bin/chromium or /usr/bin/chromedriver is absent (apt-get install chromium chromium-driver)");
        target = DemoTarget.emulated();
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
        if (target != null) {
            target.close();
        }
    }

    @Test
    void theItemsTheDemoRoutePushedAppearInTheContentBrowser() throws Exception {
        DemoReport report = PushDemo.run(Path.of("samples"), target, Duration.ofSeconds(60));
        assertThat(report.pushed()).isEqualTo(6);

        browser.get(report.browserUrl());
        String items = browser.findElement(By.cssSelector("table.items")).getText();
        assertThat(items).contains("welcome.txt", "release-notes.html", "datasheet.pdf",
                "https://kb.example.com/articles/1001", "Exporting reports", "Single sign-on");
        assertThat(browser.findElements(By.cssSelector("table.items tr"))).hasSize(7);
        byte[] listPng = screenshot("demo-content-browser.png");

        browser.findElement(By.partialLinkText("welcome.txt")).click();
        assertThat(browser.findElement(By.cssSelector("pre.content")).getText()).contains("Welcome to camel-coveo-push.");

        assertRendered(listPng);
    }

    private byte[] screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        return png;
    }

    /** A page that rendered its table has many colours (text anti-aliasing, rules); a blank or failed page has few. */
    private static void assertRendered(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours in the screenshot").hasSizeGreaterThan(20);
    }
}
