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
package io.github.camelcoveo.push;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.Metadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated catalog describes every option and header, and the .adoc page shows what the catalog holds. */
class ComponentCatalogTest {

    private static final Path PAGE = Path.of("src/main/docs/coveo-push-component.adoc");

    private static JsonNode catalog() throws Exception {
        try (InputStream in = ComponentCatalogTest.class
                .getResourceAsStream("/META-INF/io/github/camelcoveo/push/coveo-push.json")) {
            assertThat(in).as("the generated catalog JSON is on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            entries.add(it.next());
        }
        return entries;
    }

    @Test
    void everyOptionAndHeaderHasADescription() throws Exception {
        JsonNode catalog = catalog();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            for (Map.Entry<String, JsonNode> entry : entries(catalog.get(section))) {
                assertThat(entry.getValue().path("description").asText())
                        .as("description of %s %s", section, entry.getKey()).isNotBlank();
            }
        }
        assertThat(catalog.get("properties").get("apiKey").get("secret").asBoolean()).isTrue();
        assertThat(catalog.get("componentProperties").get("apiKey").get("secret").asBoolean()).isTrue();
        assertThat(catalog.get("component").get("scheme").asText()).isEqualTo("coveo-push");
        assertThat(catalog.get("component").get("syntax").asText()).isEqualTo("coveo-push:sourceId");
    }

    @Test
    void everyHeaderConstantIsInTheCatalog() throws Exception {
        JsonNode headers = catalog().get("headers");
        for (Field field : CoveoPushConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.isAnnotationPresent(Metadata.class)) {
                String name = (String) field.get(null);
                assertThat(name).startsWith("CamelCoveoPush");
                assertThat(headers.has(name)).as("catalog lists header %s", name).isTrue();
            }
        }
    }

    @Test
    void theComponentPageShowsEveryOptionAndHeader() throws Exception {
        String page = Files.readString(PAGE);
        JsonNode catalog = catalog();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            for (Map.Entry<String, JsonNode> entry : entries(catalog.get(section))) {
                assertThat(page).as("%s lists %s (run python3 .ci/render-docs.py)", PAGE, entry.getKey())
                        .contains("| *" + entry.getKey() + "*");
                assertThat(page).contains(entry.getValue().path("description").asText().replace("|", "\\|"));
            }
        }
    }
}
