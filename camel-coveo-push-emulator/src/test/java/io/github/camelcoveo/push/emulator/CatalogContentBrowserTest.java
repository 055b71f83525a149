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

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The content browser's view of Catalog sources: their type, their items by object type, their open loads. */
class CatalogContentBrowserTest {

    private PushApiEmulator coveo;
    private String streamId;

    @BeforeEach
    void start() {
        coveo = PushApiEmulator.builder().organization("org", "key").catalogSource("org", "cat").source("org", "docs")
                .build().start();
        PushClient client = new PushClient(coveo.pushApiUrl(), "org", "key");
        String fileId = client.upload("""
                {"addOrUpdate":[
                  {"documentId":"product://1","objecttype":"Product","ec_name":"Shoe"},
                  {"documentId":"product://2","objecttype":"Product","ec_name":"Boot"},
                  {"documentId":"variant://1-red","objecttype":"Variant","ec_product_id":"1"},
                  {"documentId":"availability://s1","objecttype":"Availability"}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(client.stream("cat", "update", fileId, "").statusCode()).isEqualTo(202);
        streamId = PushClient.json(client.streamPost("cat", "open")).get("streamId").asText();
    }

    @AfterEach
    void stop() {
        coveo.close();
    }

    private JsonNode getJson(String path) {
        HttpResponse<String> response = PushClient.get(coveo.baseUrl() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return PushClient.json(response);
    }

    @Test
    void theOrganizationsListTellsSourceTypesAndCountsObjectTypes() {
        JsonNode sources = getJson("/emulator/api/organizations").get(0).get("sources");
        JsonNode catalog = sources.get(0);
        assertThat(catalog.get("id").asText()).isEqualTo("cat");
        assertThat(catalog.get("type").asText()).isEqualTo("CATALOG");
        assertThat(catalog.get("objectTypes").get("Product").asInt()).isEqualTo(2);
        assertThat(catalog.get("objectTypes").get("Variant").asInt()).isEqualTo(1);
        assertThat(catalog.get("objectTypes").get("Availability").asInt()).isEqualTo(1);
        assertThat(catalog.get("openStreams").asInt()).isEqualTo(1);
        assertThat(sources.get(1).get("type").asText()).isEqualTo("PUSH");
        assertThat(sources.get(1).has("objectTypes")).isFalse();
    }

    @Test
    void itemsFilterByObjectType() {
        JsonNode products = getJson("/emulator/api/items?org=org&source=cat&objecttype=product");
        assertThat(products).hasSize(2);
        assertThat(products.get(0).get("objectType").asText()).isEqualTo("Product");
        assertThat(getJson("/emulator/api/items?org=org&source=cat")).hasSize(4);
    }

    @Test
    void loadStreamsAreListed() {
        JsonNode streams = getJson("/emulator/api/streams?org=org&source=cat");
        assertThat(streams).hasSize(1);
        assertThat(streams.get(0).get("streamId").asText()).isEqualTo(streamId);
        assertThat(streams.get(0).get("open").asBoolean()).isTrue();
    }

    @Test
    void theIndexPageGroupsACatalogSourceItemsByObjectType() {
        String page = PushClient.get(coveo.browserUrl()).body();
        assertThat(page).contains("Catalog source cat", "class=\"object-types\"",
                "data-objecttype=\"Product\"", "data-objecttype=\"Variant\"", "data-objecttype=\"Availability\"",
                "Open load streams", streamId);
        String products = page.substring(page.indexOf("data-objecttype=\"Product\""));
        products = products.substring(0, products.indexOf("</table>"));
        assertThat(products).contains("product://1", "product://2").doesNotContain("variant://1-red");
        assertThat(page).contains("Source docs").doesNotContain("Catalog source docs");
    }
}
