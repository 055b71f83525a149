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
import io.github.camelcoveo.push.emulator.fields.EmulatedField;
import io.github.camelcoveo.push.emulator.fields.FieldCatalog;
import io.github.camelcoveo.push.emulator.fields.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Platform API's Field API: list, search and batch create, per organization and API key. */
class FieldEndpointsTest {

    private PushApiEmulator emulator;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0)
                .organization("org", "key").field("org", "price", FieldType.DOUBLE)
                .organization("readonly", "ro-key").fieldsReadOnly("readonly")
                .build().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String fieldsUrl(String organizationId) {
        return emulator.platformApiUrl() + "/organizations/" + organizationId + "/indexes";
    }

    private HttpResponse<String> create(String organizationId, String apiKey, String json) {
        return PushClient.send(HttpRequest.newBuilder(java.net.URI.create(fieldsUrl(organizationId) + "/fields/batch/create"))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> create(String json) {
        return create("org", "key", json);
    }

    private HttpResponse<String> list(String query) {
        return PushClient.send(HttpRequest.newBuilder(java.net.URI.create(fieldsUrl("org") + "/page/fields" + query))
                .header("Authorization", "Bearer key").GET());
    }

    private HttpResponse<String> search(String json) {
        return PushClient.send(HttpRequest.newBuilder(java.net.URI.create(fieldsUrl("org") + "/fields/search"))
                .header("Authorization", "Bearer key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    @Test
    void createsABatchOfFieldsWithTheirModel() {
        HttpResponse<String> response = create("[{\"name\":\"category\",\"type\":\"STRING\",\"multiValueFacet\":true,"
                + "\"multiValueFacetTokenizers\":\";\",\"description\":\"The category\"},"
                + "{\"name\":\"pagecount\",\"type\":\"LONG\"},{\"name\":\"published_on\",\"type\":\"DATE\"}]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(emulator.field("org", "category")).hasValueSatisfying(field -> {
            assertThat(field.type()).isEqualTo(FieldType.STRING);
            assertThat(field.option("multiValueFacet")).isTrue();
            assertThat(field.option("facet")).isFalse();
            assertThat(field.options()).containsEntry("description", "The category");
        });
        assertThat(emulator.field("org", "pagecount").map(EmulatedField::type)).contains(FieldType.LONG);
        // documented defaults: facet and sort are on for every non-STRING field
        assertThat(emulator.field("org", "pagecount")).hasValueSatisfying(field ->
                assertThat(field.option("facet") && field.option("sort") && field.option("includeInQuery")).isTrue());
        assertThat(emulator.field("org", "published_on").map(EmulatedField::type)).contains(FieldType.DATE);
        assertThat(emulator.requests().accepted(RequestKind.CREATE_FIELDS)).isEqualTo(1);
    }

    @Test
    void newOrganizationsHaveTheDefaultFieldsAndConfiguredOnes() {
        assertThat(emulator.fields("org")).extracting(EmulatedField::name)
                .contains("title", "uri", "date", "author", "size", "price");
        assertThat(emulator.field("org", "date").map(EmulatedField::type)).contains(FieldType.DATE);
        assertThat(emulator.field("org", "size").map(EmulatedField::type)).contains(FieldType.LONG_64);
        assertThat(emulator.field("org", "title")).hasValueSatisfying(field -> assertThat(field.system()).isTrue());
        assertThat(emulator.field("org", "price")).hasValueSatisfying(field -> assertThat(field.system()).isFalse());
        assertThat(emulator.fields("readonly")).hasSize(FieldCatalog.DEFAULT_FIELDS.size());
    }

    @Test
    void refusesNamesThatBreakTheNamingRule() {
        for (String name : List.of("Title2", "2fast", "_private", "with-dash", "with space", "", "a".repeat(256))) {
            HttpResponse<String> response = create("[{\"name\":\"" + name + "\",\"type\":\"STRING\"}]");

            assertThat(response.statusCode()).as(name).isEqualTo(400);
            assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("INVALID_FIELD_NAME");
        }
        assertThat(create("[{\"type\":\"STRING\"}]").statusCode()).isEqualTo(400);
        assertThat(create("[{\"name\":\"" + "a".repeat(255) + "\"}]").statusCode()).isEqualTo(204);
        assertThat(create("[{\"name\":\"a1_b\"}]").statusCode()).isEqualTo(204);
    }

    @Test
    void refusesUnknownTypesAndOptionsOfAnotherType() {
        HttpResponse<String> unknown = create("[{\"name\":\"amount\",\"type\":\"INTEGER\"}]");
        HttpResponse<String> lowerCase = create("[{\"name\":\"amount\",\"type\":\"long\"}]");
        HttpResponse<String> multiValueLong = create("[{\"name\":\"amount\",\"type\":\"LONG\",\"multiValueFacet\":true}]");
        HttpResponse<String> system = create("[{\"name\":\"amount\",\"system\":true}]");

        assertThat(PushClient.json(unknown).get("errorCode").asText()).isEqualTo("INVALID_FIELD_TYPE");
        assertThat(lowerCase.statusCode()).isEqualTo(400);
        assertThat(multiValueLong.statusCode()).isEqualTo(400);
        assertThat(system.statusCode()).isEqualTo(400);
        assertThat(emulator.field("org", "amount")).isEmpty();
        assertThat(create("[{\"name\":\"amount\"}]").statusCode()).isEqualTo(204);
        assertThat(emulator.field("org", "amount").map(EmulatedField::type)).contains(FieldType.STRING);
    }

    @Test
    void refusesADefaultFieldName() {
        HttpResponse<String> response = create("[{\"name\":\"title\",\"type\":\"STRING\"}]");

        assertThat(response.statusCode()).isEqualTo(412);
        JsonNode error = PushClient.json(response);
        assertThat(error.get("errorCode").asText()).isEqualTo("FIELD_ALREADY_EXISTS");
        assertThat(error.get("message").asText()).contains("title");
    }

    @Test
    void refusesTheWholeBatchWhenOneNameExists() {
        assertThat(create("[{\"name\":\"brand\"}]").statusCode()).isEqualTo(204);

        HttpResponse<String> again = create("[{\"name\":\"color\"},{\"name\":\"brand\",\"type\":\"LONG\"}]");
        HttpResponse<String> twiceInOneBatch = create("[{\"name\":\"shape\"},{\"name\":\"shape\"}]");

        assertThat(again.statusCode()).isEqualTo(412);
        assertThat(twiceInOneBatch.statusCode()).isEqualTo(412);
        assertThat(emulator.field("org", "color")).isEmpty();
        assertThat(emulator.field("org", "shape")).isEmpty();
        assertThat(emulator.field("org", "brand").map(EmulatedField::type)).contains(FieldType.STRING);
    }

    @Test
    void refusesAnInvalidModelAnywhereInTheBatch() {
        HttpResponse<String> response = create("[{\"name\":\"good\"},{\"name\":\"Bad\"}]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(emulator.field("org", "good")).isEmpty();
        assertThat(create("{\"name\":\"good\"}").statusCode()).isEqualTo(400);
        assertThat(PushClient.json(create("[{\"name\":")).get("errorCode").asText()).isEqualTo("INVALID_JSON");
    }

    @Test
    void aKeyWithoutTheFieldsPrivilegeCannotCreateButCanList() {
        HttpResponse<String> response = create("readonly", "ro-key", "[{\"name\":\"brand\"}]");

        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode error = PushClient.json(response);
        assertThat(error.get("errorCode").asText()).isEqualTo("ACCESS_DENIED");
        assertThat(error.get("message").asText()).contains("Fields");
        assertThat(error.has("requestId")).isTrue();
        assertThat(emulator.field("readonly", "brand")).isEmpty();
        HttpResponse<String> listed = PushClient.send(HttpRequest.newBuilder(
                java.net.URI.create(fieldsUrl("readonly") + "/page/fields")).header("Authorization", "Bearer ro-key").GET());
        assertThat(listed.statusCode()).isEqualTo(200);
    }

    @Test
    void checksTheApiKeyOfTheOrganization() {
        assertThat(create("org", "ro-key", "[{\"name\":\"brand\"}]").statusCode()).isEqualTo(401);
        assertThat(create("nowhere", "key", "[{\"name\":\"brand\"}]").statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = PushClient.send(HttpRequest.newBuilder(
                java.net.URI.create(fieldsUrl("org") + "/page/fields")).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(emulator.field("org", "brand")).isEmpty();
    }

    @Test
    void listsPageByPageAsCoveoClientsPageThrough() {
        StringBuilder batch = new StringBuilder("[");
        IntStream.range(0, 25).forEach(i -> batch.append(i == 0 ? "" : ",").append("{\"name\":\"f").append(100 + i).append("\"}"));
        assertThat(create(batch.append("]").toString()).statusCode()).isEqualTo(204);
        int total = emulator.fields("org").size();

        List<String> seen = new ArrayList<>();
        int page = 0;
        JsonNode current;
        do {
            current = PushClient.json(list("?page=" + page + "&perPage=10"));
            assertThat(current.get("totalEntries").asInt()).isEqualTo(total);
            assertThat(current.get("totalPages").asInt()).isEqualTo((total + 9) / 10);
            assertThat(current.get("items").size()).isLessThanOrEqualTo(10);
            seen.addAll(names(current));
            page++;
        } while (page < current.get("totalPages").asInt());

        assertThat(seen).hasSize(total).doesNotHaveDuplicates().isSorted()
                .containsAll(emulator.fields("org").stream().map(EmulatedField::name).toList());
        assertThat(names(PushClient.json(list("?page=99&perPage=10")))).isEmpty();
        assertThat(PushClient.json(list("")).get("items").size()).isEqualTo(Math.min(total, 100));
        assertThat(list("?perPage=1001").statusCode()).isEqualTo(400);
        assertThat(list("?perPage=0").statusCode()).isEqualTo(400);
    }

    @Test
    void listFiltersByOriginTypeAndName() {
        JsonNode user = PushClient.json(list("?origin=USER&perPage=1000"));
        JsonNode doubles = PushClient.json(list("?type=DOUBLE"));
        JsonNode named = PushClient.json(list("?filter=uri"));
        JsonNode descending = PushClient.json(list("?order=DESC&perPage=1000"));

        assertThat(names(user)).containsExactly("price");
        assertThat(user.get("items").get(0).get("type").asText()).isEqualTo("DOUBLE");
        assertThat(user.get("items").get(0).get("system").asBoolean()).isFalse();
        assertThat(names(doubles)).containsExactly("price");
        assertThat(names(named)).containsExactly("clickableuri", "printableuri", "uri", "urihash");
        assertThat(names(descending)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void searchesByNameTypeAndOriginWithPaging() {
        create("[{\"name\":\"product_name\"},{\"name\":\"product_price\",\"type\":\"DOUBLE\"},{\"name\":\"product_sku\"}]");

        JsonNode byName = PushClient.json(search("{\"filters\":{\"name\":\"product\"},\"page\":0,\"perPage\":2}"));
        JsonNode secondPage = PushClient.json(search("{\"filters\":{\"name\":\"product\"},\"page\":1,\"perPage\":2}"));
        JsonNode byType = PushClient.json(search("{\"filters\":{\"type\":\"DOUBLE\",\"origin\":\"USER\"}}"));
        JsonNode system = PushClient.json(search("{\"filters\":{\"origin\":\"SYSTEM\"},\"perPage\":1000}"));
        JsonNode byNames = PushClient.json(search("{\"filters\":{\"fieldNames\":[\"title\",\"product_sku\"]}}"));

        assertThat(names(byName)).containsExactly("product_name", "product_price");
        assertThat(byName.get("totalEntries").asInt()).isEqualTo(3);
        assertThat(byName.get("totalPages").asInt()).isEqualTo(2);
        assertThat(names(secondPage)).containsExactly("product_sku");
        assertThat(names(byType)).containsExactly("price", "product_price");
        assertThat(system.get("totalEntries").asInt()).isEqualTo(FieldCatalog.DEFAULT_FIELDS.size());
        assertThat(names(byNames)).containsExactly("product_sku", "title");
        assertThat(PushClient.json(search("")).get("totalEntries").asInt()).isEqualTo(emulator.fields("org").size());
        assertThat(search("{\"perPage\":5000}").statusCode()).isEqualTo(400);
        assertThat(search("{\"filters\":{\"type\":\"TEXT\"}}").statusCode()).isEqualTo(400);
    }

    @Test
    void injectsFaultsAndRecordsTheCalls() {
        emulator.faults().failNext(1).withStatus(503).onlyFor(RequestKind.CREATE_FIELDS);

        HttpResponse<String> faulted = create("[{\"name\":\"brand\"}]");
        HttpResponse<String> retried = create("[{\"name\":\"brand\"}]");
        list("");
        search("{}");

        assertThat(faulted.statusCode()).isEqualTo(503);
        assertThat(retried.statusCode()).isEqualTo(204);
        assertThat(emulator.requests().count(RequestKind.CREATE_FIELDS, RequestOutcome.FAULT)).isEqualTo(1);
        assertThat(emulator.requests().count(RequestKind.CREATE_FIELDS, RequestOutcome.ACCEPTED)).isEqualTo(1);
        assertThat(emulator.requests().count(RequestKind.LIST_FIELDS)).isEqualTo(1);
        assertThat(emulator.requests().count(RequestKind.SEARCH_FIELDS)).isEqualTo(1);
        assertThat(emulator.requests().all()).allSatisfy(request -> assertThat(request.organizationId()).isEqualTo("org"));
    }

    @Test
    void fieldCallsDoNotCountAgainstThePushRequestQuota() {
        emulator.quotas().requestsPerWindow(1, java.time.Duration.ofMinutes(5));

        list("");
        list("");
        PushClient push = new PushClient(emulator.pushApiUrl(), "org", "key");

        assertThat(push.setStatus("none", "IDLE").statusCode()).isNotEqualTo(429);
        assertThat(push.setStatus("none", "IDLE").statusCode()).isEqualTo(429);
    }

    @Test
    void resetForgetsCreatedFieldsButKeepsConfiguredOnes() {
        create("[{\"name\":\"brand\"}]");

        emulator.reset();

        assertThat(emulator.field("org", "brand")).isEmpty();
        assertThat(emulator.field("org", "price")).isPresent();
        assertThat(emulator.field("org", "title")).isPresent();
    }

    @Test
    void unknownPlatformPathsAre404() {
        HttpResponse<String> response = PushClient.send(HttpRequest.newBuilder(
                java.net.URI.create(emulator.platformApiUrl() + "/organizations/org/sources")).header("Authorization", "Bearer key").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(emulator.requests().count(RequestKind.UNKNOWN)).isEqualTo(1);
    }
}
