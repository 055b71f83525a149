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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog says what the code says: camel-package-maven-plugin reads descriptions as javadoc, and drops what
 * javadoc would ({@code @} and what follows it in a word, {@code []}), so every description must come through whole;
 * and the component page, the catalog and the build give one first version.
 */
class CatalogMatchesCodeTest {

    private static JsonNode catalog() throws Exception {
        try (InputStream in = CatalogMatchesCodeTest.class
                .getResourceAsStream("/META-INF/io/github/camelcoveo/push/coveo-push.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionsAndHeadersDescriptionComesThroughWhole() throws Exception {
        JsonNode catalog = catalog();
        SoftAssertions softly = new SoftAssertions();
        for (Field field : CoveoPushConfiguration.class.getDeclaredFields()) {
            UriParam param = field.getAnnotation(UriParam.class);
            Metadata metadata = field.getAnnotation(Metadata.class);
            String described = param != null && !param.description().isEmpty() ? param.description()
                    : metadata != null ? metadata.description() : null;
            if (described != null) {
                softly.assertThat(catalog.path("properties").path(field.getName()).path("description").asText())
                        .as("catalog description of %s", field.getName()).isEqualTo(unquoted(described));
            }
        }
        for (Field field : CoveoPushConstants.class.getDeclaredFields()) {
            Metadata metadata = field.getAnnotation(Metadata.class);
            if (metadata != null) {
                String header = (String) field.get(null);
                softly.assertThat(catalog.path("headers").path(header).path("description").asText())
                        .as("catalog description of %s", header).isEqualTo(unquoted(metadata.description()));
            }
        }
        softly.assertAll();
    }

    /** The plugin takes Markdown's backticks away, and nothing else may go. */
    private static String unquoted(String description) {
        return description.replace("`", "");
    }

    @Test
    void thePageTheCatalogAndTheBuildGiveOneFirstVersion() throws Exception {
        String firstVersion = CoveoPushEndpoint.class.getAnnotation(UriEndpoint.class).firstVersion();
        assertThat(catalog().get("component").get("firstVersion").asText()).isEqualTo(firstVersion);
        String page = Files.readString(Path.of("src/main/docs/coveo-push-component.adoc"));
        assertThat(page).contains(":since: " + firstVersion + "\n").contains("*Since " + firstVersion);
        Matcher pom = Pattern.compile("<firstVersion>(.*)</firstVersion>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        assertThat(pom.group(1)).isEqualTo(firstVersion);
    }
}
