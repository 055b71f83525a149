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
package io.github.camelcoveo.examples.quarkus;

import java.nio.charset.StandardCharsets;

import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static io.github.camelcoveo.examples.quarkus.PushApiEmulatorResource.ORG;
import static io.github.camelcoveo.examples.quarkus.PushApiEmulatorResource.SOURCE;
import static io.github.camelcoveo.examples.quarkus.PushApiEmulatorResource.emulator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quarkus application in JVM mode, on Camel Quarkus: its route pushes two articles to the emulator. A request-reply
 * send returns only once Coveo (here the emulator) accepted the document, so the source holds both right after.
 */
@QuarkusTest
@QuarkusTestResource(PushApiEmulatorResource.class)
class ArticlesRouteTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    CamelContext camel;

    @Test
    void theRoutePushesEachArticleToTheSource() {
        assertThat(camel.getVersion()).startsWith("4.18.");
        assertThat(camel.getComponentNames()).contains("coveo-push");

        String first = "Quarkus starts the route; the component pushes this text.";
        String second = "A second article, with accents: é, ü, ß.";
        producer.requestBodyAndHeader("direct:articles", first, "article", "first");
        producer.requestBodyAndHeader("direct:articles", second, "article", "second");

        assertThat(emulator.items(ORG, SOURCE)).extracting(IndexedItem::documentId).containsExactlyInAnyOrder(
                "https://example.com/articles/first", "https://example.com/articles/second");
        IndexedItem firstItem = emulator.item(ORG, SOURCE, "https://example.com/articles/first").orElseThrow();
        assertThat(new String(firstItem.content(), StandardCharsets.UTF_8)).isEqualTo(first);
        assertThat(firstItem.fileExtension()).isEqualTo(".txt");
        IndexedItem secondItem = emulator.item(ORG, SOURCE, "https://example.com/articles/second").orElseThrow();
        assertThat(new String(secondItem.content(), StandardCharsets.UTF_8)).isEqualTo(second);
    }
}
