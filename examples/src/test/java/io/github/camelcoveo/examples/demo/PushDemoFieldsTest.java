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

import java.nio.file.Path;
import java.time.Duration;

import io.github.camelcoveo.push.emulator.fields.FieldType;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo with {@code --create-fields}: the records' metadata becomes searchable fields; without it, it does not. */
class PushDemoFieldsTest {

    private static final Path SAMPLES = Path.of("samples");

    private static IndexedItem article(DemoTarget target) {
        return target.emulator().item(DemoTarget.DEMO_ORGANIZATION, DemoTarget.DEMO_SOURCE,
                "https://kb.example.com/articles/1001").orElseThrow();
    }

    @Test
    void withCreateFieldsTheRecordsMetadataBecomesSearchable() throws Exception {
        try (DemoTarget target = DemoTarget.emulated()) {
            DemoReport report = PushDemo.run(SAMPLES, target, Duration.ofSeconds(60), true);

            assertThat(report.failures()).isEmpty();
            assertThat(report.pushed()).isEqualTo(6);
            assertThat(target.emulator().field(DemoTarget.DEMO_ORGANIZATION, "category")).get()
                    .extracting(field -> field.type()).isEqualTo(FieldType.STRING);
            assertThat(target.emulator().field(DemoTarget.DEMO_ORGANIZATION, "tags")).isPresent();
            assertThat(report.render()).contains("Fields (emulator):", "category (STRING)");
            assertThat(article(target).unsearchableMetadata()).doesNotContainKeys("category", "tags");
            assertThat(article(target).searchableFields()).containsKeys("category", "tags");
        }
    }

    @Test
    void withoutItTheRecordsMetadataIsKeptButNotSearchable() throws Exception {
        try (DemoTarget target = DemoTarget.emulated()) {
            DemoReport report = PushDemo.run(SAMPLES, target, Duration.ofSeconds(60));

            assertThat(report.failures()).isEmpty();
            assertThat(target.emulator().field(DemoTarget.DEMO_ORGANIZATION, "category")).isEmpty();
            assertThat(report.render()).contains("none created");
            assertThat(article(target).unsearchableMetadata()).containsKeys("category", "tags");
        }
    }
}
