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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Catalog sources through a real route: update and merge files sent to the Stream API, and partial updates. */
@Timeout(60)
class CatalogRouteTest extends CoveoPushTestSupport {

    private static final String DELETE_OLDER_THAN = PushApiDouble.BASE + "/sources/src/stream/deleteolderthan/";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:catalog").to(coveo.catalogEndpoint("&batchMaxDocuments=4&batchLingerTime=60000"));
                from("direct:linger").to(coveo.catalogEndpoint("&batchLingerTime=100"));
                from("direct:merge").to(coveo.catalogEndpoint("&operation=merge&batchLingerTime=100"));
                from("direct:partial").to(coveo.catalogEndpoint("&operation=partialUpdate&batchLingerTime=100"));
                from("direct:push").to(coveo.batchedEndpoint("&batchLingerTime=100"));
                from("direct:sync").onException(CoveoPushApiException.class).maximumRedeliveries(3)
                        .redeliveryDelay(200).end()
                        .to(coveo.catalogEndpoint("&batchLingerTime=100"));
                from("direct:async").onException(CoveoPushApiException.class).maximumRedeliveries(3)
                        .redeliveryDelay(200).asyncDelayedRedelivery().end()
                        .to(coveo.catalogEndpoint("&batchLingerTime=100"));
            }
        };
    }

    private static Map<String, Object> product(String id, double price) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("documentId", "product://" + id);
        item.put("objecttype", "Product");
        item.put("ec_product_id", id);
        item.put("ec_name", "Shoe " + id);
        item.put("ec_price", price);
        item.put("ec_category", List.of("Shoes", "Shoes|Running"));
        item.put("data", "A running shoe");
        return item;
    }

    private CompletableFuture<Exchange> send(String uri, Object body, Map<String, Object> headers) {
        return template.asyncSend(uri, e -> {
            e.getMessage().setHeaders(new LinkedHashMap<>(headers));
            e.getMessage().setBody(body);
        });
    }

    /**
     * Like {@link #send}, but returns once the exchange was handed over to the endpoint: exchanges handed over one
     * after the other keep their order.
     */
    private CompletableFuture<Exchange> handOver(String uri, Object body, Map<String, Object> headers) throws Exception {
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        producer.start();
        Exchange exchange = producer.getEndpoint().createExchange();
        exchange.getMessage().setHeaders(new LinkedHashMap<>(headers));
        exchange.getMessage().setBody(body);
        CompletableFuture<Exchange> done = new CompletableFuture<>();
        producer.process(exchange, doneSync -> done.complete(exchange));
        return done.whenComplete((sent, error) -> producer.stop());
    }

    private static void allSucceed(List<CompletableFuture<Exchange>> sent) {
        await().until(() -> sent.stream().allMatch(CompletableFuture::isDone));
        sent.forEach(f -> assertThat(f.join().getException()).isNull());
    }

    private CompletableFuture<Exchange> partialUpdate(String uri, String id, String operator, String field,
                                                      Object value) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(CoveoPushConstants.OPERATION, "partialUpdate");
        headers.put(CoveoPushConstants.DOCUMENT_ID, id);
        headers.put(CoveoPushConstants.PARTIAL_UPDATE_OPERATOR, operator);
        headers.put(CoveoPushConstants.PARTIAL_UPDATE_FIELD, field);
        return send(uri, value, headers);
    }

    @Test
    void addOrUpdateAndDeleteGoInOneUpdateFileSentToTheStreamApiWithCatalogFieldsUnchanged() {
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        sent.add(send("direct:catalog", product("p1", 10.5), Map.of()));
        sent.add(send("direct:catalog", product("p2", 20), Map.of()));
        sent.add(send("direct:catalog", product("p3", 30), Map.of()));
        sent.add(send("direct:catalog", null, Map.of(CoveoPushConstants.OPERATION, "delete",
                CoveoPushConstants.DOCUMENT_ID, "product://old")));

        allSucceed(sent);
        assertThat(sent.get(0).join().getMessage().getHeader(CoveoPushConstants.RESPONSE_STATUS)).isEqualTo(202);
        List<JsonNode> files = coveo.filesSentTo(PushApiDouble.STREAM_UPDATE);
        assertThat(files).hasSize(1);
        JsonNode file = files.get(0);
        assertThat(fieldNames(file)).containsExactly("addOrUpdate", "delete", "partialUpdate");
        assertThat(PushApiDouble.addedIds(files)).containsExactlyInAnyOrder("product://p1", "product://p2",
                "product://p3");
        JsonNode p1 = null;
        for (JsonNode item : file.path("addOrUpdate")) {
            p1 = item.path("documentId").asText().equals("product://p1") ? item : p1;
        }
        assertThat(p1.path("objecttype").asText()).isEqualTo("Product");
        assertThat(p1.path("ec_product_id").asText()).isEqualTo("p1");
        assertThat(p1.path("ec_price").asDouble()).isEqualTo(10.5);
        assertThat(p1.path("ec_category").get(1).asText()).isEqualTo("Shoes|Running");
        assertThat(p1.path("data").asText()).isEqualTo("A running shoe");
        assertThat(file.path("delete").get(0).path("documentId").asText()).isEqualTo("product://old");
        assertThat(file.path("partialUpdate").size()).isZero();
        // the Stream API only: no Push API batch, the update named by the container's fileId, with the key
        assertThat(coveo.batchPushes()).isEmpty();
        LoggedRequest update = coveo.findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlPathEqualTo(PushApiDouble.STREAM_UPDATE))).get(0);
        assertThat(update.queryParameter("fileId").isPresent()).isTrue();
        assertThat(update.getHeader("Authorization")).isEqualTo("Bearer " + PushApiDouble.API_KEY);
        assertThat(coveo.uploads().get(0).containsHeader("Authorization")).isFalse();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void exchangesCompleteOnlyOnceCoveoAcceptedTheirUpdateFile() {
        coveo.putAnswers(PushApiDouble.STREAM_UPDATE, 202, 1500);
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(send("direct:catalog", product("w" + i, i), Map.of()));
        }
        await().atMost(5, TimeUnit.SECONDS).until(() -> !coveo.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                        urlPathEqualTo(PushApiDouble.STREAM_UPDATE))).isEmpty());
        assertThat(sent).noneMatch(CompletableFuture::isDone);
        allSucceed(sent);
    }

    @Test
    void whenCoveoRefusesTheUpdateFileEveryExchangeInItFailsWithTheCause() {
        coveo.putAnswers(PushApiDouble.STREAM_UPDATE, 400, 0);
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(send("direct:catalog", product("r" + i, i), Map.of()));
        }
        await().until(() -> sent.stream().allMatch(CompletableFuture::isDone));
        for (CompletableFuture<Exchange> exchange : sent) {
            assertThat(exchange.join().getException()).isInstanceOf(CoveoPushApiException.class)
                    .hasMessageContaining("400").hasMessageContaining("refused by the test");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "direct:sync", "direct:async" })
    void aTransientFailureOfTheStreamCallIsRedeliveredUntilAccepted(String route) {
        // the client's own retry (maxRetries=1) meets two failures; Camel's redelivery sends the item again
        String state = Scenario.STARTED;
        int[] failures = { 503, 429 };
        for (int i = 0; i < failures.length; i++) {
            String next = "attempt-" + (i + 2);
            coveo.stubFor(put(urlPathEqualTo(PushApiDouble.STREAM_UPDATE)).inScenario("flaky")
                    .whenScenarioStateIs(state).willReturn(aResponse().withStatus(failures[i])
                            .withHeader("Retry-After", "0")).willSetStateTo(next));
            state = next;
        }
        coveo.stubFor(put(urlPathEqualTo(PushApiDouble.STREAM_UPDATE)).inScenario("flaky").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(202)));

        CompletableFuture<Exchange> sent = send(route, product("flaky", 1), Map.of());

        await().atMost(20, TimeUnit.SECONDS).until(sent::isDone);
        assertThat(sent.join().getException()).isNull();
        assertThat(sent.join().getMessage().getHeader(CoveoPushConstants.RESPONSE_STATUS)).isEqualTo(202);
        List<LoggedRequest> updates = coveo.findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlPathEqualTo(PushApiDouble.STREAM_UPDATE)));
        assertThat(updates).hasSize(3);
        assertThat(PushApiDouble.addedIds(coveo.filesSentTo(PushApiDouble.STREAM_UPDATE)))
                .containsOnly("product://flaky");
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                Arguments.of("arrayAppend", "ec_store", List.of("store-1", "store-2")),
                Arguments.of("arrayRemove", "ec_store", List.of("store-3")),
                Arguments.of("fieldValueReplace", "ec_price", 19.99),
                Arguments.of("dictionaryPut", "ec_price_dict", Map.of("store-1", 18.5)),
                Arguments.of("dictionaryRemove", "ec_price_dict", "store-2"));
    }

    @ParameterizedTest
    @MethodSource("operators")
    void aPartialUpdateFromHeadersTravelsInThePartialUpdateArray(String operator, String field, Object value) {
        CompletableFuture<Exchange> sent = partialUpdate("direct:linger", "product://p1", operator, field, value);

        allSucceed(List.of(sent));
        List<JsonNode> files = coveo.filesSentTo(PushApiDouble.STREAM_UPDATE);
        assertThat(files).hasSize(1);
        JsonNode entry = files.get(0).path("partialUpdate").get(0);
        assertThat(entry.path("documentId").asText()).isEqualTo("product://p1");
        assertThat(entry.path("operator").asText()).isEqualTo(operator);
        assertThat(entry.path("field").asText()).isEqualTo(field);
        assertThat(entry.path("value").toString()).isEqualTo(json(value));
        assertThat(entry.has("orderingId")).isFalse();
        assertThat(files.get(0).path("addOrUpdate").size()).isZero();
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMapBodyAndACollectionOfMapsArePartialUpdatesInTheirOrder() {
        Map<String, Object> one = Map.of("documentId", "product://p1", "operator", "fieldValueReplace",
                "field", "ec_price", "value", 12);
        List<Map<String, Object>> many = List.of(
                Map.of("documentId", "product://p2", "operator", "arrayAppend", "field", "ec_store",
                        "value", List.of("s1")),
                Map.of("documentId", "product://p3", "operator", "dictionaryRemove", "field", "ec_price_dict",
                        "value", List.of("s1", "s2")));

        CompletableFuture<Exchange> single = send("direct:partial", one, Map.of());
        await().until(single::isDone);
        CompletableFuture<Exchange> collection = send("direct:partial", many, Map.of());

        allSucceed(List.of(single, collection));
        List<String> ids = new ArrayList<>();
        coveo.filesSentTo(PushApiDouble.STREAM_UPDATE).forEach(file -> file.path("partialUpdate")
                .forEach(entry -> ids.add(entry.path("documentId").asText() + " " + entry.path("operator").asText()
                                          + " " + entry.path("value"))));
        assertThat(ids).containsExactly("product://p1 fieldValueReplace 12", "product://p2 arrayAppend [\"s1\"]",
                "product://p3 dictionaryRemove [\"s1\",\"s2\"]");
    }

    static Stream<Arguments> badShapes() {
        return Stream.of(
                Arguments.of("arrayAppend", "ec_store", "store-1", "must be an array"),
                Arguments.of("arrayRemove", "ec_store", Map.of("a", 1), "must be an array"),
                Arguments.of("fieldValueReplace", "ec_price", Map.of("a", 1), "must be a string, number, boolean"),
                Arguments.of("dictionaryPut", "ec_price_dict", List.of("store-1"), "must be a Map"),
                Arguments.of("dictionaryRemove", "ec_price_dict", 42, "must be a string or an array of strings"));
    }

    @ParameterizedTest
    @MethodSource("badShapes")
    void aValueOfTheWrongShapeForItsOperatorIsRefusedBeforeAnyRequest(String operator, String field, Object value,
                                                                     String rule) {
        CompletableFuture<Exchange> sent = partialUpdate("direct:linger", "product://p1", operator, field, value);

        await().until(sent::isDone);
        assertThat(sent.join().getException()).isInstanceOf(InvalidDocumentException.class);
        InvalidDocumentException refused = (InvalidDocumentException) sent.join().getException();
        assertThat(refused.getField()).contains(field).contains(operator);
        assertThat(refused.getRule()).contains(rule);
        await().during(300, TimeUnit.MILLISECONDS).until(() -> coveo.requests() == 0);
    }

    @Test
    void anUnknownOperatorOrAMissingFieldIsRefusedNamingTheHeader() {
        CompletableFuture<Exchange> unknown = partialUpdate("direct:linger", "product://p1", "arrayPrepend",
                "ec_store", List.of("x"));
        CompletableFuture<Exchange> noField = partialUpdate("direct:linger", "product://p1", "arrayAppend", null,
                List.of("x"));

        await().until(() -> unknown.isDone() && noField.isDone());
        assertThat(((InvalidDocumentException) unknown.join().getException()).getField())
                .isEqualTo(CoveoPushConstants.PARTIAL_UPDATE_OPERATOR);
        assertThat(unknown.join().getException()).hasMessageContaining("arrayAppend, arrayRemove");
        assertThat(((InvalidDocumentException) noField.join().getException()).getField())
                .isEqualTo(CoveoPushConstants.PARTIAL_UPDATE_FIELD);
        assertThat(coveo.requests()).isZero();
    }

    @Test
    void aBadElementOfACollectionFailsItsExchangeAloneBeforeAnyRequest() {
        CompletableFuture<Exchange> good = partialUpdate("direct:linger", "product://ok", "fieldValueReplace",
                "ec_price", 3);
        List<Map<String, Object>> bad = List.of(
                Map.of("documentId", "product://p2", "operator", "arrayAppend", "field", "ec_store",
                        "value", List.of("s1")),
                Map.of("documentId", "product://p3", "operator", "dictionaryPut", "field", "ec_price_dict",
                        "value", "not a map"));
        CompletableFuture<Exchange> refused = send("direct:partial", bad, Map.of());

        allSucceed(List.of(good));
        await().until(refused::isDone);
        assertThat(refused.join().getException()).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("element 1 of the 2").hasMessageContaining("ec_price_dict");
        List<String> ids = new ArrayList<>();
        coveo.filesSentTo(PushApiDouble.STREAM_UPDATE).forEach(file -> file.path("partialUpdate")
                .forEach(entry -> ids.add(entry.path("documentId").asText())));
        assertThat(ids).containsExactly("product://ok");
    }

    @Test
    void aPartialUpdateAfterAnAddOrUpdateOfTheSameItemGoesInALaterFile() throws Exception {
        // handed over in this order from this thread (two asyncSends could reach the endpoint in either order);
        // the partial update seals the open file, which goes at once: its answer is slow so both are in flight
        coveo.putAnswers(PushApiDouble.STREAM_UPDATE, 202, 1000);
        CompletableFuture<Exchange> added = handOver("direct:linger", product("seq", 5), Map.of());
        CompletableFuture<Exchange> changed = handOver("direct:linger", 6, Map.of(
                CoveoPushConstants.OPERATION, "partialUpdate", CoveoPushConstants.DOCUMENT_ID, "product://seq",
                CoveoPushConstants.PARTIAL_UPDATE_OPERATOR, "fieldValueReplace",
                CoveoPushConstants.PARTIAL_UPDATE_FIELD, "ec_price"));
        assertThat(added).as("still unanswered when the partial update came").isNotDone();

        allSucceed(List.of(added, changed));
        List<JsonNode> files = coveo.filesSentTo(PushApiDouble.STREAM_UPDATE);
        assertThat(files).hasSize(2);
        assertThat(files.get(0).path("addOrUpdate").get(0).path("documentId").asText()).isEqualTo("product://seq");
        assertThat(files.get(1).path("partialUpdate").get(0).path("value").asInt()).isEqualTo(6);
    }

    @Test
    void mergeGoesInMergeFilesOfItsOwn() {
        CompletableFuture<Exchange> merged = send("direct:merge", List.of(product("m1", 1), product("m2", 2)),
                Map.of());
        CompletableFuture<Exchange> updated = send("direct:linger", product("u1", 3), Map.of());

        allSucceed(List.of(merged, updated));
        List<JsonNode> merges = coveo.filesSentTo(PushApiDouble.STREAM_MERGE);
        assertThat(merges).hasSize(1);
        assertThat(fieldNames(merges.get(0))).containsExactly("addOrUpdate");
        assertThat(PushApiDouble.addedIds(merges)).containsExactlyInAnyOrder("product://m1", "product://m2");
        assertThat(merges.get(0).path("addOrUpdate").get(0).path("objecttype").asText()).isEqualTo("Product");
        assertThat(PushApiDouble.addedIds(coveo.filesSentTo(PushApiDouble.STREAM_UPDATE)))
                .containsExactly("product://u1");
    }

    @Test
    void deleteOlderThanPostsTheEpochAfterThePendingFilesWereAccepted() {
        coveo.putAnswers(PushApiDouble.STREAM_UPDATE, 202, 1500);
        long epoch = 1_764_633_600_000L;
        CompletableFuture<Exchange> added = send("direct:linger", product("fresh", 1), Map.of());
        await().until(() -> !coveo.findAll(anyRequestedFor(urlPathEqualTo(PushApiDouble.STREAM_UPDATE))).isEmpty());
        assertThat(added).isNotDone();
        CompletableFuture<Exchange> purge = send("direct:linger", null, Map.of(CoveoPushConstants.OPERATION,
                "deleteOlderThan", CoveoPushConstants.ORDERING_ID, epoch, CoveoPushConstants.QUEUE_DELAY, 5));

        allSucceed(List.of(added, purge));
        List<LoggedRequest> purges = coveo.findAll(anyRequestedFor(urlPathEqualTo(DELETE_OLDER_THAN + epoch)));
        assertThat(purges).hasSize(1);
        LoggedRequest purged = purges.get(0);
        assertThat(purged.getMethod().getName()).isEqualTo("POST");
        assertThat(purged.queryParameter("queueDelay").firstValue()).isEqualTo("5");
        // sent once the update file before it was answered (1.5 s after its PUT arrived)
        LoggedRequest update = coveo.findAll(anyRequestedFor(urlPathEqualTo(PushApiDouble.STREAM_UPDATE))).get(0);
        assertThat(purged.getLoggedDate().getTime() - update.getLoggedDate().getTime()).isGreaterThanOrEqualTo(1500);
        assertThat(coveo.findAll(anyRequestedFor(urlPathEqualTo(PushApiDouble.BASE
                                                                + "/sources/src/documents/olderthan")))).isEmpty();
    }

    @Test
    void updateSourceStatusIsRefusedOnACatalogSourceBeforeAnyRequest() {
        CompletableFuture<Exchange> sent = send("direct:linger", null, Map.of(CoveoPushConstants.OPERATION,
                "updateSourceStatus", CoveoPushConstants.SOURCE_STATUS, "REBUILD"));

        await().until(sent::isDone);
        assertThat(sent.join().getException()).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("Push sources only");
        assertThat(coveo.requests()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "partialUpdate", "merge" })
    void theStreamOperationsAreRefusedOnAPushSourceBeforeAnyRequest(String operation) {
        CompletableFuture<Exchange> sent = operation.equals("merge")
                ? send("direct:push", product("x", 1), Map.of(CoveoPushConstants.OPERATION, "merge"))
                : partialUpdate("direct:push", "product://x", "fieldValueReplace", "ec_price", 1);

        await().until(sent::isDone);
        InvalidDocumentException refused = (InvalidDocumentException) sent.join().getException();
        assertThat(refused.getField()).isEqualTo("sourceType");
        assertThat(refused.getRule()).contains(operation).contains("sourceType=catalog");
        await().during(300, TimeUnit.MILLISECONDS).until(() -> coveo.requests() == 0);
    }

    @Test
    void aCatalogEndpointWithoutBatchesIsRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getEndpoint(
                coveo.catalogEndpoint("&batch=false")).start())
                .hasStackTraceContaining("batch").hasStackTraceContaining("sourceType=catalog");
    }

    @Test
    void aCatalogEndpointWithRejectedItemsUriIsRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getEndpoint(
                coveo.catalogEndpoint("&rejectedItemsUri=mock:rejected")).start())
                .hasStackTraceContaining("rejectedItemsUri").hasStackTraceContaining("sourceType=catalog");
        assertThat(coveo.requests()).isZero();
    }
}
