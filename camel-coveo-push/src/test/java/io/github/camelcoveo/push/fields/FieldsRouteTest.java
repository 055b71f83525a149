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
package io.github.camelcoveo.push.fields;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.CoveoPushTestSupport;
import io.github.camelcoveo.push.LogCapture;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static io.github.camelcoveo.push.PushApiDouble.ORG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * createMissingFields, fieldTypeConflict and normalizeFieldNames against the Platform API's fields endpoints as
 * WireMock plays them: what is created (the exact request), when, how often, and what a document that does not fit
 * its fields does.
 */
class FieldsRouteTest extends CoveoPushTestSupport {

    private static final String FIELDS = "/rest/organizations/" + ORG + "/indexes/fields";
    private static final String SEARCH = FIELDS + "/search";
    private static final String CREATE = FIELDS + "/batch/create";
    private static final String DOCUMENTS = BASE + "/sources/src/documents";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String platform = "&platformApiUrl=http://localhost:" + coveo.getPort() + "/rest";
                from("direct:create").to(coveo.endpoint("src", "createMissingFields=true" + platform));
                from("direct:coerce").to(coveo.endpoint("src", "createMissingFields=true&fieldTypeConflict=coerce"
                                                               + platform));
                from("direct:ignore").to(coveo.endpoint("src", "createMissingFields=true&fieldTypeConflict=ignore"
                                                               + platform));
                from("direct:normalize").to(coveo.endpoint("src", "createMissingFields=true&normalizeFieldNames=true"
                                                                  + platform));
                from("direct:normalizeOnly").to(coveo.endpoint("src", "normalizeFieldNames=true" + platform));
                from("direct:batched").to(coveo.batchedEndpoint("&createMissingFields=true&batchLingerTime=50"
                                                                + platform));
            }
        };
    }

    @Test
    void theMissingFieldsAreCreatedWithTheirInferredTypesBeforeTheDocument() throws Exception {
        fieldsAre("{\"name\":\"price\",\"type\":\"DOUBLE\"}");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", "A book");
        metadata.put("price", 9.5);
        metadata.put("quantity", 3);
        metadata.put("published", java.time.Instant.parse("2024-03-01T10:00:00Z"));
        metadata.put("tags", List.of("a", "b"));
        metadata.put("label", "x");

        assertThat(push("direct:create", "https://x/1", metadata).getException()).isNull();

        coveo.verify(1, postRequestedFor(urlPathEqualTo(SEARCH))
                .withRequestBody(equalToJson("{\"page\":0,\"perPage\":1000}")));
        coveo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)).withHeader("Authorization",
                        equalTo("Bearer " + io.github.camelcoveo.push.PushApiDouble.API_KEY))
                .withRequestBody(equalToJson("[" + model("quantity", "LONG_64", true, false, true) + ","
                                             + model("published", "DATE", true, false, true) + ","
                                             + model("tags", "STRING", false, true, false) + ","
                                             + model("label", "STRING", false, false, false) + "]", false, false)));
        assertThat(paths()).containsSubsequence(SEARCH, CREATE, DOCUMENTS);
        JsonNode document = sentDocuments().get(0);
        assertThat(document.path("quantity").asInt()).isEqualTo(3);
        assertThat(document.path("title").asText()).isEqualTo("A book");
    }

    @Test
    void theFieldListIsReadOnceForManyDocumentsAndAFieldCreatedOnce() {
        fieldsAre();
        for (int i = 0; i < 20; i++) {
            assertThat(push("direct:create", "https://x/" + i, Map.of("color", "red" + i)).getException()).isNull();
        }
        coveo.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)));
        coveo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
        assertThat(sentDocuments()).hasSize(20);
    }

    @Test
    void concurrentExchangesShareOneCreation() throws Exception {
        fieldsAre();
        coveo.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(204).withFixedDelay(300)));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Exchange>> exchanges = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "https://x/" + i;
                exchanges.add(callers.submit(() -> push("direct:create", id, Map.of("genre", "novel"))));
            }
            for (Future<Exchange> exchange : exchanges) {
                assertThat(exchange.get(30, TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            callers.shutdownNow();
        }
        coveo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
        assertThat(sentDocuments()).hasSize(8);
    }

    @Test
    void aFieldAnotherInstanceCreatedMeanwhileIsReadBackNotAnError() {
        fieldsAre();
        coveo.stubFor(post(urlPathEqualTo(SEARCH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.filters.fieldNames[0]", equalTo("rating")))
                .willReturn(okJson(page("{\"name\":\"rating\",\"type\":\"DOUBLE\"}"))));
        coveo.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(412)
                .withBody("{\"errorCode\":\"FIELD_ALREADY_EXISTS\",\"message\":\"The field rating already exists.\"}")));

        assertThat(push("direct:create", "https://x/1", Map.of("rating", 4)).getException()).isNull();
        assertThat(push("direct:create", "https://x/2", Map.of("rating", 4.5)).getException()).isNull();

        coveo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
        assertThat(sentDocuments()).extracting(doc -> doc.path("rating").asDouble()).containsExactly(4.0, 4.5);
    }

    @Test
    void aValueThatDoesNotFitItsFieldFailsTheExchangeBeforeAnyRequestOfIt() {
        fieldsAre("{\"name\":\"quantity\",\"type\":\"LONG\"}");
        Exchange failed = push("direct:create", "https://x/1", Map.of("quantity", "42", "color", "red"));
        InvalidDocumentException error = failed.getException(InvalidDocumentException.class);
        assertThat(error.getField()).isEqualTo("quantity");
        assertThat(error.getMessage()).isEqualTo("Invalid Coveo document field 'quantity': holds '42', which does not"
                                                 + " fit the LONG field 'quantity': send a value of that type, or set"
                                                 + " fieldTypeConflict=coerce or ignore");
        coveo.verify(0, postRequestedFor(urlPathEqualTo(CREATE)));
        assertThat(sentDocuments()).isEmpty();
    }

    @Test
    void coerceConvertsWhatLosesNothingAndFailsTheRest() {
        fieldsAre("{\"name\":\"quantity\",\"type\":\"LONG\"}");
        assertThat(push("direct:coerce", "https://x/1", Map.of("quantity", "42")).getException()).isNull();
        assertThat(sentDocuments().get(0).path("quantity").isNumber()).isTrue();
        assertThat(sentDocuments().get(0).path("quantity").asLong()).isEqualTo(42);

        InvalidDocumentException error = push("direct:coerce", "https://x/2", Map.of("quantity", "4.5"))
                .getException(InvalidDocumentException.class);
        assertThat(error.getRule()).contains("holds '4.5', which does not fit the LONG field 'quantity', and cannot"
                                             + " become one without loss");
        assertThat(sentDocuments()).hasSize(1);
    }

    @Test
    void ignoreLeavesTheValueOutAndLogsItOnceAField() {
        fieldsAre("{\"name\":\"quantity\",\"type\":\"LONG\"}");
        try (LogCapture log = LogCapture.at(Level.DEBUG)) {
            assertThat(push("direct:ignore", "https://x/1", Map.of("quantity", "many", "color", "red"))
                    .getException()).isNull();
            assertThat(push("direct:ignore", "https://x/2", Map.of("quantity", "few")).getException()).isNull();
            assertThat(log.lines()).filteredOn(line -> line.contains("left out")).singleElement().asString()
                    .contains("metadata 'quantity' left out: holds 'many', which does not fit the LONG field");
        }
        JsonNode document = sentDocuments().get(0);
        assertThat(document.has("quantity")).isFalse();
        assertThat(document.path("color").asText()).isEqualTo("red");
    }

    @Test
    void aNameCoveoRefusesFailsBeforeAnyRequest() {
        InvalidDocumentException error = push("direct:create", "https://x/1", Map.of("List Price", 3))
                .getException(InvalidDocumentException.class);
        assertThat(error.getField()).isEqualTo("List Price");
        assertThat(error.getRule()).startsWith("is no valid Coveo field name: field names are lower case");
        assertThat(coveo.requests()).isZero();
    }

    @Test
    void normalizedNamesAreCreatedAndSentKeepingTheOriginalInTheLog() {
        fieldsAre();
        try (LogCapture log = LogCapture.at(Level.INFO)) {
            assertThat(push("direct:normalize", "https://x/1", Map.of("List Price", 3, "clickableUri", "https://x"))
                    .getException()).isNull();
            assertThat(log.lines()).anyMatch(line -> line.contains("metadata 'List Price' goes to field 'list_price'"));
        }
        coveo.verify(postRequestedFor(urlPathEqualTo(CREATE)).withRequestBody(
                equalToJson("[" + model("list_price", "LONG_64", true, false, true) + "]")));
        JsonNode document = sentDocuments().get(0);
        assertThat(document.path("list_price").asInt()).isEqualTo(3);
        assertThat(document.path("clickableUri").asText()).isEqualTo("https://x");
    }

    @Test
    void normalizingAloneCallsNoPlatformApi() {
        assertThat(push("direct:normalizeOnly", "https://x/1", Map.of("Author Name", "Ann")).getException()).isNull();
        assertThat(sentDocuments().get(0).path("author_name").asText()).isEqualTo("Ann");
        coveo.verify(0, postRequestedFor(urlPathMatching("/rest/.*")));
    }

    @Test
    void aKeyWithoutTheFieldsPrivilegesIsToldWhichItNeeds() {
        coveo.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(403)
                .withBody("{\"errorCode\":\"ACCESS_DENIED\",\"message\":\"Access denied.\"}")));
        CoveoPushApiException denied = push("direct:create", "https://x/1", Map.of("color", "red"))
                .getException(CoveoPushApiException.class);
        assertThat(denied.getStatusCode()).isEqualTo(403);
        assertThat(denied.getCoveoMessage()).isEqualTo("Access denied.; createMissingFields needs an API key with the"
                                                       + " \"Fields - View\" privilege to read fields");

        fieldsAre();
        coveo.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(403)));
        denied = push("direct:create", "https://x/1", Map.of("color", "red")).getException(CoveoPushApiException.class);
        assertThat(denied.getMessage()).contains("createFields failed with HTTP 403")
                .contains("needs an API key with the \"Fields - Edit\" privilege to create fields");
        assertThat(sentDocuments()).isEmpty();
    }

    @Test
    void aCollectionWithOneRefusedElementSendsNothing() {
        fieldsAre("{\"name\":\"quantity\",\"type\":\"LONG\"}");
        List<Map<String, Object>> rows = List.of(
                Map.of("documentId", "https://x/1", "data", "one", "quantity", 1, "color", "red"),
                Map.of("documentId", "https://x/2", "data", "two", "quantity", "lots"),
                Map.of("documentId", "https://x/3", "data", "three", "quantity", 3));
        Exchange failed = template.request("direct:create", e -> e.getMessage().setBody(rows));
        assertThat(failed.getException(InvalidDocumentException.class).getField()).isEqualTo("quantity");
        coveo.verify(0, postRequestedFor(urlPathEqualTo(CREATE)));
        assertThat(sentDocuments()).isEmpty();
    }

    @Test
    void aBatchIsNeverSentBeforeItsFieldsExist() {
        fieldsAre();
        coveo.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(204).withFixedDelay(200)));
        List<Map<String, Object>> rows = List.of(Map.of("documentId", "https://x/1", "data", "one", "size_mm", 10),
                Map.of("documentId", "https://x/2", "data", "two", "size_mm", 12.5));
        assertThat(template.request("direct:batched", e -> e.getMessage().setBody(rows)).getException()).isNull();
        coveo.verify(postRequestedFor(urlPathEqualTo(CREATE))
                .withRequestBody(equalToJson("[" + model("size_mm", "DOUBLE", true, false, true) + "]")));
        assertThat(paths()).containsSubsequence(CREATE, BASE + "/files", io.github.camelcoveo.push.PushApiDouble.BATCH);
    }

    private void fieldsAre(String... fields) {
        coveo.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(page(fields))));
        coveo.stubFor(post(urlPathEqualTo(CREATE)).atPriority(8).willReturn(aResponse().withStatus(204)));
    }

    private static String page(String... fields) {
        return "{\"items\":[" + String.join(",", fields) + "],\"totalEntries\":" + fields.length
               + ",\"totalPages\":1}";
    }

    private static String model(String name, String type, boolean facet, boolean multiValue, boolean sort) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"facet\":" + facet + ",\"multiValueFacet\":"
               + multiValue + ",\"sort\":" + sort + ",\"includeInQuery\":true,\"includeInResults\":true}";
    }

    private Exchange push(String endpoint, String documentId, Map<String, ?> metadata) {
        return template.request(endpoint, e -> {
            e.getMessage().setBody("text");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, documentId);
            e.getMessage().setHeader(CoveoPushConstants.METADATA, metadata);
        });
    }

    /** The paths requested, in the order the server received them. */
    private List<String> paths() {
        List<String> paths = new ArrayList<>(coveo.getAllServeEvents().stream()
                .map(event -> event.getRequest().getUrl().split("\\?")[0]).toList());
        Collections.reverse(paths); // the server lists the newest first
        return paths;
    }

    private List<JsonNode> sentDocuments() {
        return coveo.findAll(putRequestedFor(urlPathEqualTo(DOCUMENTS))).stream().map(r -> {
                    try {
                        return JSON.readTree(r.getBodyAsString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }
}
