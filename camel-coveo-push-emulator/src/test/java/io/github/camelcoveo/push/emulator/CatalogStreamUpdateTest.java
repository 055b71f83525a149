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
import io.github.camelcoveo.push.emulator.logs.LogOperation;
import io.github.camelcoveo.push.emulator.logs.LogResult;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.PushMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A Catalog source's {@code PUT /stream/update}, {@code /stream/merge} and {@code /stream/deleteolderthan}. */
class CatalogStreamUpdateTest {

    private PushApiEmulator coveo;
    private PushClient client;

    @BeforeEach
    void start() {
        coveo = PushApiEmulator.builder().organization("org", "key").catalogSource("org", "cat").source("org", "push")
                .build().start();
        client = new PushClient(coveo.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        coveo.close();
    }

    private String file(String json) {
        return client.upload(json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> update(String json, long orderingId) {
        return client.stream("cat", "update", file(json), "&orderingId=" + orderingId);
    }

    @Test
    void updateAddsReplacesWholeAndDeletesItemsAndAnswersTheOrderingId() {
        HttpResponse<String> first = update("""
                {"addOrUpdate":[
                  {"documentId":"product://1","objecttype":"Product","ec_name":"Shoe","ec_category":["Men","Shoes"]},
                  {"documentId":"variant://1-red","objecttype":"Variant","ec_product_id":"1","color":"red"},
                  {"documentId":"availability://s1","objecttype":"Availability","ec_available_items":["1-red"]}]}
                """, 10);
        assertThat(first.statusCode()).isEqualTo(202);
        JsonNode answer = PushClient.json(first);
        assertThat(answer.get("orderingId").asLong()).isEqualTo(10);
        assertThat(answer.get("requestId").asText()).isNotBlank();
        assertThat(coveo.items("org", "cat")).hasSize(3);
        assertThat(coveo.items("org", "cat", "Product")).extracting(IndexedItem::documentId).containsExactly("product://1");
        assertThat(coveo.items("org", "cat", "variant")).extracting(IndexedItem::objectType).containsExactly("Variant");
        assertThat(coveo.item("org", "cat", "product://1").orElseThrow().metadata())
                .containsEntry("ec_category", List.of("Men", "Shoes"));

        assertThat(update("""
                {"addOrUpdate":[{"documentId":"product://1","objecttype":"Product","ec_price":12.5}],
                 "delete":[{"documentId":"variant://1-red"}]}
                """, 20).statusCode()).isEqualTo(202);
        IndexedItem replaced = coveo.item("org", "cat", "product://1").orElseThrow();
        assertThat(replaced.metadata()).containsOnlyKeys("objecttype", "ec_price");
        assertThat(replaced.pushMode()).isEqualTo(PushMode.STREAM_UPDATE);
        assertThat(replaced.orderingId()).isEqualTo(20);
        assertThat(coveo.item("org", "cat", "variant://1-red")).isEmpty();
        assertThat(coveo.item("org", "cat", "availability://s1")).as("not in the file: stays").isPresent();
        assertThat(coveo.requests().count(RequestKind.STREAM_UPDATE)).isEqualTo(2);
        assertThat(coveo.stats().fileContainers()).as("each file consumed").isZero();
    }

    @Test
    void catalogItemsMayHoldDictionaries() {
        update("""
                {"addOrUpdate":[{"documentId":"product://1","objecttype":"Product","ec_price_dict":{"s1":10,"s2":12}}]}
                """, 1);
        assertThat(coveo.item("org", "cat", "product://1").orElseThrow().metadata().get("ec_price_dict"))
                .isEqualTo(Map.of("s1", 10, "s2", 12));
    }

    @Test
    void aStaleUpdateNeverOverwritesANewerOne() {
        update("{\"addOrUpdate\":[{\"documentId\":\"product://1\",\"v\":\"new\"}]}", 50);
        assertThat(update("{\"addOrUpdate\":[{\"documentId\":\"product://1\",\"v\":\"old\"}]}", 40).statusCode())
                .isEqualTo(202);
        update("{\"delete\":[{\"documentId\":\"product://1\"}]}", 30);
        assertThat(coveo.item("org", "cat", "product://1").orElseThrow().metadata()).containsEntry("v", "new");
        assertThat(coveo.ignoredOperations("org", "cat")).isEqualTo(2);
        assertThat(coveo.indexingLog("org", "product://1")).extracting(entry -> entry.result())
                .contains(LogResult.SKIPPED);
    }

    @Test
    void malformedFilesAreRefusedWholeBeforeAnythingIsApplied() {
        HttpResponse<String> unknownKey = update("{\"addOrUpdate\":[{\"documentId\":\"product://1\"}],\"upsert\":[]}", 1);
        assertThat(unknownKey.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(unknownKey).get("errorCode").asText()).isEqualTo("INVALID_JSON");
        HttpResponse<String> noId = update("{\"addOrUpdate\":[{\"documentId\":\"product://1\"},{\"ec_name\":\"x\"}]}", 1);
        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(coveo.items("org", "cat")).isEmpty();
        assertThat(client.stream("cat", "update", "no-such-file", "").statusCode()).isEqualTo(404);
        assertThat(PushClient.json(client.stream("cat", "update", "no-such-file", "")).get("errorCode").asText())
                .isEqualTo("FILE_NOT_FOUND");
    }

    @Test
    void mergeCreatesTheItemOrReplacesTheFieldsItNamesAndKeepsTheOthers() {
        update("""
                {"addOrUpdate":[{"documentId":"product://1","objecttype":"Product","ec_name":"Shoe","ec_price":10,
                  "data":"the description"}]}
                """, 1);
        HttpResponse<String> merged = client.stream("cat", "merge", file("""
                {"addOrUpdate":[{"documentId":"product://1","ec_price":8,"ec_promo":true},
                                {"documentId":"product://2","objecttype":"Product","ec_name":"Boot"}]}
                """), "&orderingId=2");
        assertThat(merged.statusCode()).isEqualTo(202);
        IndexedItem one = coveo.item("org", "cat", "product://1").orElseThrow();
        assertThat(one.metadata()).containsEntry("objecttype", "Product").containsEntry("ec_name", "Shoe")
                .containsEntry("ec_price", 8).containsEntry("ec_promo", true);
        assertThat(one.text()).contains("the description");
        assertThat(one.pushMode()).isEqualTo(PushMode.STREAM_MERGE);
        assertThat(coveo.item("org", "cat", "product://2").orElseThrow().metadata()).containsEntry("ec_name", "Boot");
        assertThat(coveo.requests().count(RequestKind.STREAM_MERGE)).isEqualTo(1);
    }

    @Test
    void aMergeFileTakesAddOrUpdateEntriesOnly() {
        HttpResponse<String> response = client.stream("cat", "merge",
                file("{\"addOrUpdate\":[],\"delete\":[{\"documentId\":\"product://1\"}]}"), "");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("INVALID_JSON");
        assertThat(client.stream("cat", "merge", file("{\"addOrUpdate\":[],\"delete\":[],\"partialUpdate\":[]}"), "")
                .statusCode()).as("empty lists are fine").isEqualTo(202);
    }

    @Test
    void deleteOlderThanRemovesTheItemsLastChangedBeforeTheEpoch() {
        update("{\"addOrUpdate\":[{\"documentId\":\"product://old\"}]}", 1_000);
        update("{\"addOrUpdate\":[{\"documentId\":\"product://new\"}]}", 3_000);
        HttpResponse<String> response = client.streamPost("cat", "deleteolderthan/2000?queueDelay=0");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(coveo.items("org", "cat")).extracting(IndexedItem::documentId).containsExactly("product://new");
        assertThat(update("{\"addOrUpdate\":[{\"documentId\":\"product://old\"}]}", 1_500).statusCode()).isEqualTo(202);
        assertThat(coveo.item("org", "cat", "product://old")).as("older than the delete").isEmpty();
        assertThat(coveo.indexingLog("org").stream().filter(e -> e.operation() == LogOperation.DELETE_OLDER_THAN))
                .isNotEmpty();
        assertThat(client.streamPost("cat", "deleteolderthan/yesterday").statusCode()).isEqualTo(400);
        assertThat(coveo.requests().count(RequestKind.STREAM_DELETE_OLDER_THAN)).isEqualTo(2);
    }

    @Test
    void indexingRulesRefuseCatalogItemsAsTheyDoPushDocuments() {
        coveo.indexingRules().rejectAtIndexing("org", "cat", item -> "Variant".equals(item.objectType()),
                "missing ec_product_id");
        assertThat(update("""
                {"addOrUpdate":[{"documentId":"product://1","objecttype":"Product"},
                                {"documentId":"variant://1","objecttype":"Variant"}]}
                """, 1).statusCode()).isEqualTo(202);
        assertThat(coveo.items("org", "cat")).extracting(IndexedItem::documentId).containsExactly("product://1");
        assertThat(coveo.rejectedItems("org", "cat")).singleElement()
                .satisfies(rejected -> assertThat(rejected.reason()).isEqualTo("missing ec_product_id"));
    }

    @Test
    void theRequestLogRecordsStreamCallsWithTheirSourceAndOutcome() {
        update("{\"addOrUpdate\":[]}", 1);
        client.streamPost("cat", "no-such-stream/close");
        assertThat(coveo.requests().all()).filteredOn(request -> request.kind() == RequestKind.STREAM_UPDATE)
                .singleElement().satisfies(request -> {
                    assertThat(request.sourceId()).isEqualTo("cat");
                    assertThat(request.status()).isEqualTo(202);
                    assertThat(request.applied()).isTrue();
                });
        assertThat(coveo.requests().all()).filteredOn(request -> request.kind() == RequestKind.CLOSE_STREAM)
                .singleElement().satisfies(request -> {
                    assertThat(request.status()).isEqualTo(404);
                    assertThat(request.errorCode()).isEqualTo("STREAM_NOT_FOUND");
                });
    }

    @Test
    void pushDocumentCallsOnACatalogSourceAndStreamCallsOnAPushSourceAreRefused() {
        List<HttpResponse<String>> refused = List.of(
                client.pushDocument("cat", "product://1", "{\"title\":\"x\"}"),
                client.delete("cat", "product://1", ""),
                client.deleteOlderThan("cat", 5),
                client.pushBatch("cat", file("{\"addOrUpdate\":[]}"), ""),
                client.stream("push", "update", file("{\"addOrUpdate\":[]}"), ""),
                client.stream("push", "merge", file("{\"addOrUpdate\":[]}"), ""),
                client.streamPost("push", "open"),
                client.streamPost("push", "deleteolderthan/5"));
        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("SOURCE_TYPE_MISMATCH");
        });
        assertThat(PushClient.json(refused.get(0)).get("message").asText()).contains("Catalog source", "Stream API");
        assertThat(coveo.items("org", "cat")).isEmpty();
        assertThat(client.setStatus("cat", "REBUILD").statusCode()).as("source status works on both").isEqualTo(201);
    }

    @Test
    void permissiveModeCreatesACatalogSourceOnTheFirstStreamCall() {
        try (PushApiEmulator permissive = PushApiEmulator.builder().permissive().build().start()) {
            PushClient anyOrg = new PushClient(permissive.pushApiUrl(), "neworg", "k");
            String fileId = anyOrg.upload("{\"addOrUpdate\":[{\"documentId\":\"product://1\"}]}".getBytes(StandardCharsets.UTF_8));
            assertThat(anyOrg.stream("newcat", "update", fileId, "").statusCode()).isEqualTo(202);
            assertThat(permissive.source("neworg", "newcat").orElseThrow().isCatalog()).isTrue();
            assertThat(anyOrg.pushDocument("newcat", "doc://1", "{}").statusCode()).isEqualTo(400);
        }
    }
}
