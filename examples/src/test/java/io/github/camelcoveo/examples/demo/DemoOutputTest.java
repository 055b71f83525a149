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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a person sees when they run the demo (DemoMain, in a JVM of its own with the demo's logging): the summary,
 * no warning, and a content browser URL that says how long it lives, which is true with and without
 * {@code --keep-running}.
 */
@Timeout(120)
class DemoOutputTest {

    private static final Pattern BROWSER = Pattern.compile("Content browser: +(http://\\S+)");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoPrintsItsSummaryWithoutWarningsAndItsBrowserUrlSaysItStopsWithIt() throws Exception {
        Process demo = start();
        List<String> lines = readAll(demo);
        assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = String.join("\n", lines);

        assertThat(demo.exitValue()).as(output).isZero();
        assertThat(output).contains("Documents accepted:  6 of 6", "Failures:            0")
                .contains("(stops with the demo: run it with --keep-running to browse it)");
        assertThat(lines).as("warnings in the demo's output").noneMatch(line -> line.contains(" WARN ")
                                                                                || line.contains(" ERROR "));
        assertThatThrownBy(() -> get(browserUrl(output))).as("the browser once the demo ended")
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void withKeepRunningTheBrowserStaysUpUntilTheDemoIsStopped() throws Exception {
        Process demo = start("--keep-running");
        List<String> lines = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null && !line.contains("press Ctrl-C"); line = out.readLine()) {
            lines.add(line);
        }
        String output = String.join("\n", lines);
        assertThat(output).contains("(up until Ctrl-C)");

        assertThat(get(browserUrl(output)).statusCode()).isEqualTo(200);
        demo.destroy(); // SIGTERM, as Ctrl-C
        assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static Process start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlog4j2.configurationFile=" + Path.of("target/classes/log4j2.xml").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), DemoMain.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        List.of("COVEO_ORGANIZATION_ID", "COVEO_SOURCE_ID", "COVEO_API_KEY").forEach(builder.environment()::remove);
        return builder.start();
    }

    private static List<String> readAll(Process process) throws IOException {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            return out.lines().toList();
        }
    }

    private static String browserUrl(String output) {
        Matcher url = BROWSER.matcher(output);
        assertThat(url.find()).as(output).isTrue();
        return url.group(1);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
