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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first command, end to end: every sample ends up in the emulator, with its content. */
class PushDemoTest {

    private static final Path SAMPLES = Path.of("samples");

    @Test
    void theDemoPushesEverySampleIntoTheEmulator() throws Exception {
        try (DemoTarget target = DemoTarget.emulated()) {
            DemoReport report = PushDemo.run(SAMPLES, target, Duration.ofSeconds(60));

            assertThat(report.finished()).isTrue();
            assertThat(report.failures()).isEmpty();
            assertThat(report.expectedDocuments()).isEqualTo(6);
            assertThat(report.pushed()).isEqualTo(6);
            assertThat(report.render()).contains("Documents accepted:  6 of 6", "Failures:            0",
                    "Content browser:");

            var items = target.emulator().items(DemoTarget.DEMO_ORGANIZATION, DemoTarget.DEMO_SOURCE);
            assertThat(items).extracting(IndexedItem::documentId).containsExactlyInAnyOrder(
                    fileUri("welcome.txt"), fileUri("release-notes.html"), fileUri("datasheet.pdf"),
                    "https://kb.example.com/articles/1001", "https://kb.example.com/articles/1002",
                    "https://kb.example.com/articles/1003");
            IndexedItem pdf = item(target, fileUri("datasheet.pdf"));
            assertThat(pdf.content()).isEqualTo(Files.readAllBytes(SAMPLES.resolve("datasheet.pdf")));
            assertThat(pdf.fileExtension()).isEqualTo(".pdf");
            assertThat(pdf.title()).isEqualTo("datasheet.pdf");
            IndexedItem welcome = item(target, fileUri("welcome.txt"));
            assertThat(welcome.text()).contains(Files.readString(SAMPLES.resolve("welcome.txt"), StandardCharsets.UTF_8));
            IndexedItem article = item(target, "https://kb.example.com/articles/1003");
            assertThat(article.title()).isEqualTo("Single sign-on");
            assertThat(article.metadata("category")).contains("accounts");
            assertThat(article.fileExtension()).isEqualTo(".html");
            assertThat(article.text()).get().asString().contains("SAML 2.0");
            // a record carries its own fields, not the size and date of the JSON file it came in
            assertThat(article.metadata("size")).isEmpty();
            assertThat(article.metadata("modifiedDate")).isEmpty();
            assertThat(welcome.metadata("size")).get().asString()
                    .isEqualTo(String.valueOf(Files.size(SAMPLES.resolve("welcome.txt"))));
        }
    }

    private static IndexedItem item(DemoTarget target, String documentId) {
        return target.emulator().item(DemoTarget.DEMO_ORGANIZATION, DemoTarget.DEMO_SOURCE, documentId).orElseThrow();
    }

    private static String fileUri(String name) {
        return SAMPLES.resolve(name).toAbsolutePath().normalize().toUri().toString();
    }
}
