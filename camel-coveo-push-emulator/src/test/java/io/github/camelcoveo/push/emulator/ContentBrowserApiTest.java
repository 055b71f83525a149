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

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContentBrowserApiTest {

    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0).organization("org", "key").source("org", "src").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
        client.pushDocument("src", "file://a.txt", "{\"title\":\"<b>A</b>\",\"fileExtension\":\".txt\",\"data\":\"x < y\"}");
        client.pushDocument("src", "file://b.bin", Map.of("compressedBinaryData",
                Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, 3}), "title", "B"), "&compressionType=UNCOMPRESSED");
        client.setStatus("src", "REBUILD");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode getJson(String path) {
        var response = PushClient.get(emulator.baseUrl() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        return PushClient.json(response);
    }

    @Test
    void listsOrganizationsAndSources() {
        JsonNode organizations = getJson("/emulator/api/organizations");

        assertThat(organizations.get(0).get("id").asText()).isEqualTo("org");
        assertThat(organizations.get(0).get("sources").get(0).get("items").asInt()).isEqualTo(2);
        assertThat(organizations.get(0).get("sources").get(0).get("status").asText()).isEqualTo("REBUILD");
    }

    @Test
    void listsItemsAndDetails() {
        JsonNode items = getJson("/emulator/api/items?org=org&source=src");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("documentId").asText()).isEqualTo("file://a.txt");
        assertThat(items.get(0).get("contentKind").asText()).isEqualTo("text");
        assertThat(items.get(1).get("contentKind").asText()).isEqualTo("binary");

        JsonNode text = getJson("/emulator/api/item?org=org&source=src&documentId=" + PushClient.encode("file://a.txt"));
        assertThat(text.get("text").asText()).isEqualTo("x < y");
        assertThat(text.get("metadata").get("title").asText()).isEqualTo("<b>A</b>");
        JsonNode binary = getJson("/emulator/api/item?org=org&source=src&documentId=" + PushClient.encode("file://b.bin"));
        assertThat(Base64.getDecoder().decode(binary.get("contentBase64").asText())).containsExactly(0, 1, 2, 3);
        assertThat(binary.get("compressionType").asText()).isEqualTo("UNCOMPRESSED");
    }

    @Test
    void reportsStatusHistoryRequestsAndStats() {
        assertThat(getJson("/emulator/api/status?org=org&source=src").get(0).get("statusType").asText()).isEqualTo("REBUILD");
        assertThat(getJson("/emulator/api/requests")).hasSize(3);

        JsonNode stats = getJson("/emulator/api/stats");
        assertThat(stats.get("items").asInt()).isEqualTo(2);
        assertThat(stats.get("contentBytes").asLong()).isEqualTo(5 + 4);
        assertThat(stats.get("requestsByKind").get("ADD_OR_UPDATE_DOCUMENT").asInt()).isEqualTo(2);
        assertThat(stats.get("rejections").asInt()).isZero();
    }

    @Test
    void htmlPagesEscapeContent() {
        var index = PushClient.get(emulator.browserUrl());
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("file://a.txt").contains("&lt;b&gt;A&lt;/b&gt;").doesNotContain("<b>A</b>");

        var detail = PushClient.get(emulator.baseUrl() + "/emulator/items?org=org&source=src&documentId="
                + PushClient.encode("file://a.txt"));
        assertThat(detail.body()).contains("x &lt; y").contains("REBUILD");
    }

    @Test
    void downloadsRawContentAndAnswers404ForUnknownItems() {
        var download = PushClient.get(emulator.baseUrl() + "/emulator/content?org=org&source=src&documentId="
                + PushClient.encode("file://b.bin"));
        assertThat(download.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).containsExactly(0, 1, 2, 3);

        assertThat(PushClient.get(emulator.baseUrl() + "/emulator/api/item?org=org&source=src&documentId=file://none")
                .statusCode()).isEqualTo(404);
        assertThat(PushClient.get(emulator.baseUrl() + "/emulator/api/items?org=org").statusCode()).isEqualTo(400);
    }

    @Test
    void showsFieldsAndWhichMetadataTheyMakeSearchable() {
        emulator.addField("org", "pages", io.github.camelcoveo.push.emulator.fields.FieldType.LONG);
        client.pushDocument("src", "file://c.txt", "{\"title\":\"C\",\"pages\":\"many\",\"brand\":\"Acme\",\"data\":\"c\"}");

        JsonNode fields = getJson("/emulator/api/fields?org=org");
        assertThat(fields.findValuesAsText("name")).contains("title", "pages");
        JsonNode pages = java.util.stream.StreamSupport.stream(fields.spliterator(), false)
                .filter(field -> field.get("name").asText().equals("pages")).findFirst().orElseThrow();
        assertThat(pages.get("type").asText()).isEqualTo("LONG");
        assertThat(pages.get("origin").asText()).isEqualTo("USER");

        JsonNode item = getJson("/emulator/api/item?org=org&source=src&documentId=" + PushClient.encode("file://c.txt"));
        assertThat(item.get("metadataIndexing").findValuesAsText("description"))
                .containsExactly("STRING", "not searchable (type LONG)", "not searchable (no field)");

        var page = PushClient.get(emulator.baseUrl() + "/emulator/items?org=org&source=src&documentId="
                + PushClient.encode("file://c.txt"));
        assertThat(page.body()).contains("table class=\"metadata\"").contains("not searchable (no field)")
                .contains("not searchable (type LONG)");
        var fieldsPage = PushClient.get(emulator.baseUrl() + "/emulator/fields?org=org");
        assertThat(fieldsPage.statusCode()).isEqualTo(200);
        assertThat(fieldsPage.body()).contains("data-field=\"pages\"").contains("LONG").contains("SYSTEM");
        assertThat(PushClient.get(emulator.browserUrl()).body()).contains("/emulator/fields?org=org");
        assertThat(PushClient.get(emulator.baseUrl() + "/emulator/fields?org=none").statusCode()).isEqualTo(404);
    }
}
