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

import io.github.camelcoveo.push.emulator.logs.IndexingLogEntry;
import io.github.camelcoveo.push.emulator.logs.LogResult;
import io.github.camelcoveo.push.emulator.logs.LogTask;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.PushMode;
import io.github.camelcoveo.push.emulator.store.RejectedItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code partialUpdate} entries of a Catalog source's update file, operator by operator. */
class PartialUpdateTest {

    private PushApiEmulator coveo;
    private PushClient client;
    private long orderingId = 100;

    @BeforeEach
    void start() {
        coveo = PushApiEmulator.builder().organization("org", "key").catalogSource("org", "cat").build().start();
        client = new PushClient(coveo.pushApiUrl(), "org", "key");
        assertThat(update("""
                {"addOrUpdate":[{"documentId":"product://1","objecttype":"Product","ec_name":"Shoe","ec_price":10,
                  "tags":["a","b","c",5],"ec_stock":{"s1":3,"s2":0},"data":"kept content"}]}
                """).statusCode()).isEqualTo(202);
    }

    @AfterEach
    void stop() {
        coveo.close();
    }

    private HttpResponse<String> update(String json) {
        String fileId = client.upload(json.getBytes(StandardCharsets.UTF_8));
        return client.stream("cat", "update", fileId, "&orderingId=" + (++orderingId));
    }

    private HttpResponse<String> partial(String operator, String field, String value) {
        return update("{\"partialUpdate\":[{\"documentId\":\"product://1\",\"operator\":\"" + operator
                + "\",\"field\":\"" + field + "\",\"value\":" + value + "}]}");
    }

    private Map<String, Object> metadata() {
        return coveo.item("org", "cat", "product://1").orElseThrow().metadata();
    }

    @Test
    void arrayAppendAddsToTheEndAndCreatesAnAbsentField() {
        assertThat(partial("arrayAppend", "tags", "[\"d\",\"a\"]").statusCode()).isEqualTo(202);
        assertThat(metadata().get("tags")).isEqualTo(List.of("a", "b", "c", 5, "d", "a"));
        partial("arrayAppend", "colors", "[\"red\"]");
        assertThat(metadata().get("colors")).isEqualTo(List.of("red"));
    }

    @Test
    void arrayRemoveRemovesEveryOccurrence() {
        partial("arrayAppend", "tags", "[\"a\"]");
        partial("arrayRemove", "tags", "[\"a\",5.0,\"zz\"]");
        assertThat(metadata().get("tags")).isEqualTo(List.of("b", "c"));
    }

    @Test
    void fieldValueReplaceSetsAnyValueAndKeepsTheRestOfTheItem() {
        partial("fieldValueReplace", "ec_price", "8.5");
        IndexedItem item = coveo.item("org", "cat", "product://1").orElseThrow();
        assertThat(item.metadata()).containsEntry("ec_price", 8.5).containsEntry("ec_name", "Shoe");
        assertThat(item.text()).contains("kept content");
        assertThat(item.pushMode()).isEqualTo(PushMode.PARTIAL_UPDATE);
        assertThat(item.orderingId()).isEqualTo(orderingId);
        partial("fieldValueReplace", "EC_NAME", "\"Boot\"");
        assertThat(metadata()).as("keys match without regard to case").containsEntry("ec_name", "Boot")
                .doesNotContainKey("EC_NAME");
    }

    @Test
    void dictionaryPutAddsOrReplacesEntries() {
        partial("dictionaryPut", "ec_stock", "{\"s2\":7,\"s3\":1}");
        assertThat(metadata().get("ec_stock")).isEqualTo(Map.of("s1", 3, "s2", 7, "s3", 1));
        partial("dictionaryPut", "ec_price_dict", "{\"s1\":9.5}");
        assertThat(metadata().get("ec_price_dict")).isEqualTo(Map.of("s1", 9.5));
    }

    @Test
    void dictionaryRemoveTakesOneKeyOrSeveral() {
        partial("dictionaryRemove", "ec_stock", "\"s1\"");
        assertThat(metadata().get("ec_stock")).isEqualTo(Map.of("s2", 0));
        partial("dictionaryPut", "ec_stock", "{\"s3\":1,\"s4\":2}");
        partial("dictionaryRemove", "ec_stock", "[\"s2\",\"s3\"]");
        assertThat(metadata().get("ec_stock")).isEqualTo(Map.of("s4", 2));
    }

    @Test
    void severalUpdatesOfOneFileApplyInOrder() {
        update("""
                {"partialUpdate":[
                  {"documentId":"product://1","operator":"fieldValueReplace","field":"ec_price","value":7},
                  {"documentId":"product://1","operator":"arrayRemove","field":"tags","value":["b"]}]}
                """);
        assertThat(metadata()).containsEntry("ec_price", 7).containsEntry("tags", List.of("a", "c", 5));
        update("""
                {"addOrUpdate":[{"documentId":"product://2","tags":["x"]}],
                 "partialUpdate":[{"documentId":"product://2","operator":"arrayAppend","field":"tags","value":["y"]}]}
                """);
        assertThat(coveo.item("org", "cat", "product://2").orElseThrow().metadata())
                .as("an item of the file, then updated by it").containsEntry("tags", List.of("x", "y"));
        assertThat(coveo.ignoredOperations("org", "cat")).isZero();
    }

    @Test
    void anUpdateOfAnItemThatDoesNotExistIsRefusedAtIndexing() {
        HttpResponse<String> response = update("""
                {"partialUpdate":[{"documentId":"product://nope","operator":"fieldValueReplace","field":"ec_price","value":1}]}
                """);
        assertThat(response.statusCode()).as("accepted, refused later").isEqualTo(202);
        assertThat(coveo.item("org", "cat", "product://nope")).isEmpty();
        assertThat(coveo.rejectedItems("org", "cat")).extracting(RejectedItem::documentId)
                .containsExactly("product://nope");
        assertThat(coveo.rejectedItems("org", "cat").get(0).reason()).contains("does not exist");
        assertThat(coveo.indexingLog("org", "product://nope"))
                .filteredOn(entry -> entry.task() == LogTask.INDEXING)
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.result()).isEqualTo(LogResult.ERROR);
                    assertThat(entry.error()).get().asString().contains("does not exist");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arrayAppend      | ec_name  | [\"x\"]       | holds a single value, not an array",
            "arrayRemove      | ec_price | [10]          | holds a single value, not an array",
            "arrayAppend      | ec_stock | [1]           | holds a dictionary, not an array",
            "dictionaryPut    | tags     | {\"s1\":1}    | holds an array, not a dictionary",
            "dictionaryRemove | ec_name  | \"s1\"        | holds a single value, not a dictionary"})
    void aFieldOfTheWrongKindMakesTheIndexRefuseTheUpdate(String operator, String field, String value, String reason) {
        Map<String, Object> before = metadata();
        assertThat(partial(operator, field, value).statusCode()).isEqualTo(202);
        assertThat(metadata()).as("not applied").isEqualTo(before);
        assertThat(coveo.rejectedItems("org", "cat")).singleElement()
                .satisfies(rejected -> assertThat(rejected.reason()).contains("'" + field + "'", reason));
        List<IndexingLogEntry> errors = coveo.indexingLog("org", "product://1").stream()
                .filter(entry -> entry.result() == LogResult.ERROR).toList();
        assertThat(errors).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arrayAppend       | \"x\"        | must be an array",
            "arrayRemove       | {\"a\":1}    | must be an array",
            "dictionaryPut     | [1]          | must be an object",
            "dictionaryRemove  | 5            | must be a string or an array of strings",
            "dictionaryRemove  | [1]          | must be a string or an array of strings",
            "arrayMerge        | [1]          | unknown operator"})
    void aValueOfTheWrongShapeOrAnUnknownOperatorIsRefusedWithTheFile(String operator, String value, String message) {
        HttpResponse<String> response = partial(operator, "tags", value);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("INVALID_JSON");
        assertThat(PushClient.json(response).get("message").asText()).contains(message);
    }

    @Test
    void anEntryWithoutFieldOrValueIsRefusedWithTheFile() {
        assertThat(update("{\"partialUpdate\":[{\"documentId\":\"product://1\",\"operator\":\"arrayAppend\",\"value\":[1]}]}")
                .statusCode()).isEqualTo(400);
        assertThat(update("{\"partialUpdate\":[{\"documentId\":\"product://1\",\"operator\":\"arrayAppend\",\"field\":\"t\"}]}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aStalePartialUpdateIsSkipped() {
        String fileId = client.upload(("{\"partialUpdate\":[{\"documentId\":\"product://1\",\"operator\":"
                + "\"fieldValueReplace\",\"field\":\"ec_price\",\"value\":1}]}").getBytes(StandardCharsets.UTF_8));
        assertThat(client.stream("cat", "update", fileId, "&orderingId=5").statusCode()).isEqualTo(202);
        assertThat(metadata()).containsEntry("ec_price", 10);
        assertThat(coveo.ignoredOperations("org", "cat")).isEqualTo(1);
        assertThat(coveo.rejectedItems("org", "cat")).isEmpty();
    }
}
