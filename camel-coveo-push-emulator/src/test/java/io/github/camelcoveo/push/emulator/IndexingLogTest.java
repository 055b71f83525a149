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
import io.github.camelcoveo.push.emulator.logs.IndexingLogEntry;
import io.github.camelcoveo.push.emulator.logs.LogOperation;
import io.github.camelcoveo.push.emulator.logs.LogResult;
import io.github.camelcoveo.push.emulator.logs.LogTask;
import io.github.camelcoveo.push.emulator.store.RejectedItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The indexing log, the late failures that only it reports, and the Logs API that reads it. */
class IndexingLogTest {

    private static final Instant START = Instant.parse("2025-10-01T12:00:00Z");
    private static final String FROM = "2025-10-01T00:00:00Z";
    private static final String TO = "2025-10-02T00:00:00Z";

    private final MutableClock clock = new MutableClock(START);
    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0).clock(clock)
                .organization("org", "key").source("org", "src").source("org", "other")
                .securityProvider("org", "Email Security Provider")
                .rejectAtIndexing("org", "src", item -> item.documentId().endsWith(".pdf"), "conversion failed")
                .organization("blind", "blind-key").source("blind", "src").withoutLogsPrivilege("blind")
                .build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private HttpResponse<String> logs(String organizationId, String apiKey, String query, String body) {
        return PushClient.send(HttpRequest.newBuilder(URI.create(emulator.logsApiUrl() + "/organizations/"
                        + organizationId + "?" + query))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode logs(String query, String body) {
        HttpResponse<String> response = logs("org", "key", query, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PushClient.json(response);
    }

    private static String range() {
        return "from=" + FROM + "&to=" + TO;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("documentLogEntries").forEach(entry -> ids.add(entry.get("id").asText()));
        return ids;
    }

    private String batch(String json) {
        String fileId = client.upload(json.getBytes(StandardCharsets.UTF_8));
        assertThat(client.pushBatch("src", fileId, "&orderingId=100").statusCode()).isEqualTo(202);
        return fileId;
    }

    @Test
    void aSinglePushIsLoggedWhenReceivedAndWhenIndexed() {
        client.pushDocument("src", "file://a.txt", "{\"data\":\"A\"}", "&orderingId=7");

        List<IndexingLogEntry> entries = emulator.indexingLog("org", "file://a.txt");
        assertThat(entries).extracting(IndexingLogEntry::task, IndexingLogEntry::operation, IndexingLogEntry::result)
                .containsExactly(tuple(LogTask.STREAMING, LogOperation.ADD, LogResult.COMPLETED),
                        tuple(LogTask.INDEXING, LogOperation.ADD, LogResult.COMPLETED));
        IndexingLogEntry indexed = entries.get(1);
        assertThat(indexed.sourceId()).isEqualTo("src");
        assertThat(indexed.organizationId()).isEqualTo("org");
        assertThat(indexed.datetime()).isEqualTo(START);
        assertThat(indexed.orderingId()).contains(7L);
        assertThat(indexed.fileId()).isEmpty();
        assertThat(indexed.meta().get("pushRequestId")).isEqualTo(entries.get(0).meta().get("pushRequestId"));

        JsonNode entry = logs(range() + "&documentId=" + PushClient.encode("file://a.txt"),
                "{\"tasks\":[\"INDEXING\"]}").get("documentLogEntries").get(0);
        assertThat(entry.get("guid").asText()).isEqualTo(indexed.guid());
        assertThat(entry.get("id").asText()).isEqualTo("file://a.txt");
        assertThat(entry.get("datetime").asText()).isEqualTo("2025-10-01T12:00:00Z");
        assertThat(entry.get("organizationId").asText()).isEqualTo("org");
        assertThat(entry.get("sourceId").asText()).isEqualTo("src");
        assertThat(entry.get("task").asText()).isEqualTo("INDEXING");
        assertThat(entry.get("operation").asText()).isEqualTo("ADD");
        assertThat(entry.get("result").asText()).isEqualTo("COMPLETED");
        assertThat(entry.get("resourceId").isNull()).isTrue();
        assertThat(entry.get("requestId").asText()).isNotBlank();
        assertThat(entry.get("meta").get("orderingId").asLong()).isEqualTo(7);
    }

    @Test
    void theEntriesOfABatchNameItsFileIdAndEachEntrysOrderingId() {
        String fileId = batch("{\"addOrUpdate\":[{\"documentId\":\"file://b1\",\"data\":\"1\"},"
                + "{\"documentId\":\"file://b2\",\"data\":\"2\",\"orderingId\":150}],"
                + "\"delete\":[{\"documentId\":\"file://gone\"}]}");

        List<IndexingLogEntry> all = emulator.indexingLog("org");
        assertThat(all.get(0)).satisfies(file -> {
            assertThat(file.task()).isEqualTo(LogTask.STREAMING_BATCH);
            assertThat(file.operation()).isEqualTo(LogOperation.BATCH_FILE);
            assertThat(file.id()).isEqualTo(fileId);
            assertThat(file.meta()).containsEntry("addOrUpdate", 2).containsEntry("delete", 1);
        });
        assertThat(all).filteredOn(entry -> entry.task() == LogTask.INDEXING)
                .extracting(IndexingLogEntry::id, IndexingLogEntry::operation, IndexingLogEntry::result,
                        entry -> entry.orderingId().orElseThrow(), entry -> entry.fileId().orElseThrow())
                .containsExactly(tuple("file://b1", LogOperation.ADD, LogResult.COMPLETED, 100L, fileId),
                        tuple("file://b2", LogOperation.ADD, LogResult.COMPLETED, 150L, fileId),
                        tuple("file://gone", LogOperation.DELETE, LogResult.COMPLETED, 100L, fileId));
        assertThat(all).filteredOn(entry -> entry.operation() != LogOperation.BATCH_FILE)
                .allSatisfy(entry -> assertThat(entry.meta().get("pushRequestId"))
                        .isEqualTo(all.get(0).meta().get("pushRequestId")));

        JsonNode fileEntries = logs(range(), "{\"operations\":[\"BATCH_FILE\"],\"sourcesIds\":[\"src\"]}");
        assertThat(ids(fileEntries)).containsExactly(fileId);
    }

    @Test
    void anItemTheIndexRefusesIsAcceptedThenLoggedAsAnErrorAndLeftOutOfTheSource() {
        var response = client.pushDocument("src", "file://report.pdf", "{\"data\":\"%PDF\"}", "&orderingId=3");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(emulator.item("org", "src", "file://report.pdf")).isEmpty();
        assertThat(emulator.rejectedItems("org", "src")).extracting(RejectedItem::documentId, RejectedItem::reason,
                RejectedItem::orderingId).containsExactly(tuple("file://report.pdf", "conversion failed", 3L));
        assertThat(emulator.indexingLog("org", "file://report.pdf")).last().satisfies(entry -> {
            assertThat(entry.result()).isEqualTo(LogResult.ERROR);
            assertThat(entry.error()).contains("conversion failed");
        });
        JsonNode errors = logs(range(), "{\"results\":[\"ERROR\"]}").get("documentLogEntries");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("meta").get("error").asText()).isEqualTo("conversion failed");

        // the rule watches "src" only
        client.pushDocument("other", "file://report.pdf", "{\"data\":\"%PDF\"}", "&orderingId=4");
        assertThat(emulator.item("org", "other", "file://report.pdf")).isPresent();
    }

    @Test
    void aRuleAddedAtRunTimeCanRefuseOnlyTheNextItems() {
        emulator.indexingRules().rejectAtIndexing("org", null,
                item -> "draft".equals(item.metadata("status").orElse(null)), "invalid permissions").times(1);

        client.pushDocument("other", "file://d1", "{\"status\":\"draft\"}", "&orderingId=1");
        client.pushDocument("other", "file://d2", "{\"status\":\"draft\"}", "&orderingId=2");

        assertThat(emulator.item("org", "other", "file://d1")).isEmpty();
        assertThat(emulator.item("org", "other", "file://d2")).isPresent();
        assertThat(emulator.indexingRules().rules()).hasSize(1); // the builder's rule stays

        // pushed again once fixed, the item is indexed and no longer listed as rejected
        client.pushDocument("other", "file://d1", "{\"status\":\"final\"}", "&orderingId=3");
        assertThat(emulator.item("org", "other", "file://d1")).isPresent();
        assertThat(emulator.rejectedItems("org", "other")).isEmpty();
    }

    @Test
    void anOutOfSequenceItemIsSkippedWithoutUsingUpACountedRule() {
        client.pushDocument("other", "file://s", "{}", "&orderingId=10");
        emulator.indexingRules().rejectDocument("org", "other", "file://s", "invalid permissions").times(1);

        client.pushDocument("other", "file://s", "{}", "&orderingId=5");
        client.pushDocument("other", "file://s", "{}", "&orderingId=20");

        assertThat(emulator.indexingLog("org", "file://s")).filteredOn(entry -> entry.task() == LogTask.INDEXING)
                .extracting(IndexingLogEntry::result)
                .containsExactly(LogResult.COMPLETED, LogResult.SKIPPED, LogResult.ERROR);
        assertThat(emulator.item("org", "other", "file://s")).hasValueSatisfying(item ->
                assertThat(item.orderingId()).as("a refused update leaves the version indexed before").isEqualTo(10));
    }

    @Test
    void theBuiltInCheckRefusesPermissionsNamingAnUnknownProvider() {
        emulator.indexingRules().rejectUnknownSecurityProviders("org");
        String permissions = "{\"data\":\"x\",\"permissions\":[{\"allowedPermissions\":[{\"identity\":\"a@x.com\","
                + "\"identityType\":\"User\",\"securityProvider\":\"%s\"}]}]}";

        client.pushDocument("other", "file://known", permissions.formatted("Email Security Provider"), "&orderingId=1");
        client.pushDocument("other", "file://unknown", permissions.formatted("Nobody"), "&orderingId=2");

        assertThat(emulator.item("org", "other", "file://known")).isPresent();
        assertThat(emulator.item("org", "other", "file://unknown")).isEmpty();
        assertThat(emulator.indexingLog("org", "file://unknown")).last()
                .satisfies(entry -> assertThat(entry.error()).hasValueSatisfying(error ->
                        assertThat(error).contains("Invalid permissions", "'Nobody'")));
    }

    @Test
    void outOfSequenceOperationsAreSkippedAndDeletesReachChildren() {
        client.pushDocument("other", "file://p", "{}", "&orderingId=10");
        client.pushDocument("other", "file://p/c", "{}", "&orderingId=10");
        client.pushDocument("other", "file://p", "{}", "&orderingId=5");
        client.delete("other", "file://p", "&deleteChildren=true&orderingId=20");

        assertThat(emulator.indexingLog("org")).filteredOn(entry -> entry.task() == LogTask.INDEXING)
                .extracting(IndexingLogEntry::id, IndexingLogEntry::operation, IndexingLogEntry::result)
                .containsExactly(tuple("file://p", LogOperation.ADD, LogResult.COMPLETED),
                        tuple("file://p/c", LogOperation.ADD, LogResult.COMPLETED),
                        tuple("file://p", LogOperation.ADD, LogResult.SKIPPED),
                        tuple("file://p", LogOperation.DELETE, LogResult.COMPLETED),
                        tuple("file://p/c", LogOperation.DELETE, LogResult.COMPLETED));
        assertThat(emulator.indexingLog("org", "file://p")).filteredOn(entry -> entry.task() == LogTask.STREAMING)
                .extracting(IndexingLogEntry::operation).endsWith(LogOperation.DELETE_AND_CHILDREN);
        assertThat(emulator.indexingLog("org", "file://p").get(3).meta().get("reason").toString())
                .contains("Out of sequence");

        client.pushDocument("other", "file://old", "{}", "&orderingId=30");
        client.deleteOlderThan("other", 40);
        assertThat(emulator.indexingLog("org", "file://old")).last().extracting(IndexingLogEntry::operation,
                IndexingLogEntry::result).containsExactly(LogOperation.DELETE_OLDER_THAN, LogResult.COMPLETED);
    }

    @Test
    void filtersByTimeDocumentResultAndSourceAndExcludes() {
        client.pushDocument("src", "file://docs/one", "{}", "&orderingId=1");
        clock.advance(Duration.ofHours(2));
        client.pushDocument("other", "file://docs/two", "{}", "&orderingId=2");
        client.pushDocument("src", "file://docs/three.pdf", "{}", "&orderingId=3");

        String indexing = "{\"tasks\":[\"INDEXING\"]}";
        assertThat(ids(logs(range(), indexing))).containsExactly("file://docs/one", "file://docs/two",
                "file://docs/three.pdf");
        assertThat(ids(logs("from=2025-10-01T13:00:00Z&to=2025-10-01T14:00:00Z", indexing)))
                .containsExactly("file://docs/two", "file://docs/three.pdf");
        assertThat(ids(logs("from=2025-10-01T13:00:00.000%2B01:00&to=2025-10-01T12:00:00Z", indexing)))
                .containsExactly("file://docs/one");
        assertThat(ids(logs(range(), "{\"tasks\":[\"INDEXING\"],\"sourceIds\":[\"other\"]}")))
                .containsExactly("file://docs/two");
        assertThat(ids(logs(range(), "{\"tasks\":[\"INDEXING\"],\"excludeSourceIds\":[\"other\"],"
                + "\"excludeResults\":[\"ERROR\"]}"))).containsExactly("file://docs/one");
        assertThat(ids(logs(range(), "{\"results\":[\"ERROR\"],\"excludeResults\":[\"ERROR\"]}")))
                .as("the values to allow win over those to leave out").containsExactly("file://docs/three.pdf");
        assertThat(ids(logs(range() + "&documentId=docs/t&documentIdMatching=PARTIAL", indexing)))
                .containsExactly("file://docs/two", "file://docs/three.pdf");
        assertThat(ids(logs(range() + "&documentId=" + PushClient.encode("file://docs/t?o") + "&documentIdMatching=wildcard",
                indexing))).containsExactly("file://docs/two");
        assertThat(ids(logs(range() + "&documentId=" + PushClient.encode("file://*.pdf") + "&documentIdMatching=WILDCARD",
                indexing))).containsExactly("file://docs/three.pdf");
        assertThat(ids(logs(range() + "&documentId=docs/two", indexing))).as("EXACT by default").isEmpty();
    }

    @Test
    void pagesThroughTheEntries() {
        for (int i = 0; i < 5; i++) {
            client.pushDocument("src", "file://" + i, "{}", "&orderingId=" + (i + 1));
        }
        String body = "{\"tasks\":[\"INDEXING\"]}";

        JsonNode first = logs(range() + "&page=0&perPage=2", body);
        JsonNode last = logs(range() + "&page=2&perPage=2", body);

        assertThat(ids(first)).containsExactly("file://0", "file://1");
        assertThat(first.get("hasNextPage").asBoolean()).isTrue();
        assertThat(ids(logs(range() + "&page=1&perPage=2", body))).containsExactly("file://2", "file://3");
        assertThat(ids(last)).containsExactly("file://4");
        assertThat(last.get("hasNextPage").asBoolean()).isFalse();
        assertThat(ids(logs(range() + "&page=3&perPage=2", body))).isEmpty();
        assertThat(first.get("documentLogEntries").get(0).get("requestId").asText())
                .isEqualTo(first.get("documentLogEntries").get(1).get("requestId").asText())
                .isNotEqualTo(last.get("documentLogEntries").get(0).get("requestId").asText());
    }

    @Test
    void refusesWithoutThePrivilegeOrTheRightKeyOrARange() {
        HttpResponse<String> denied = logs("blind", "blind-key", range(), "{}");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(PushClient.json(denied).get("errorCode").asText()).isEqualTo("ACCESS_DENIED");
        assertThat(logs("org", "wrong", range(), "{}").statusCode()).isEqualTo(401);
        assertThat(logs("org", "key", "to=" + TO, "{}").statusCode()).isEqualTo(400);
        assertThat(logs("org", "key", "from=yesterday&to=" + TO, "{}").statusCode()).isEqualTo(400);
        assertThat(logs("org", "key", "from=2025-10-01T00:00:00Z&to=2025-10-09T00:00:00Z", "{}").statusCode())
                .as("more than 7 days apart").isEqualTo(400);
        assertThat(logs("org", "key", "from=" + TO + "&to=" + FROM, "{}").statusCode()).isEqualTo(400);
        assertThat(logs("org", "key", range(), "{\"results\":[\"DONE\"]}").statusCode()).isEqualTo(400);
        assertThat(logs("org", "key", range() + "&perPage=-1", "{}").statusCode()).isEqualTo(400);
        assertThat(emulator.requests().all()).extracting(ReceivedRequest::kind).contains(RequestKind.GET_INDEXING_LOGS);
    }

    @Test
    void resetForgetsTheLogAndTheRunTimeRulesButKeepsTheBuildersRules() {
        emulator.indexingRules().rejectDocument("org", "src", "file://x", "nope");
        client.pushDocument("src", "file://x", "{}", "&orderingId=1");
        assertThat(emulator.indexingLog("org")).isNotEmpty();

        emulator.reset();

        assertThat(emulator.indexingLog("org")).isEmpty();
        assertThat(emulator.rejectedItems("org", "src")).isEmpty();
        assertThat(emulator.indexingRules().rules()).singleElement()
                .satisfies(rule -> assertThat(rule.reason()).isEqualTo("conversion failed"));
        client.pushDocument("src", "file://x", "{}", "&orderingId=2");
        assertThat(emulator.item("org", "src", "file://x")).isPresent();
    }

    @Test
    void theContentBrowserShowsTheLogAndTheRejectedItems() {
        client.pushDocument("src", "file://ok.txt", "{\"data\":\"x\"}", "&orderingId=1");
        client.pushDocument("src", "file://broken.pdf", "{\"data\":\"x\"}", "&orderingId=2");

        String index = PushClient.get(emulator.browserUrl()).body();
        String log = PushClient.get(emulator.baseUrl() + "/emulator/logs?org=org").body();
        JsonNode entries = PushClient.json(PushClient.get(emulator.baseUrl() + "/emulator/api/logs?org=org"));
        JsonNode rejected = PushClient.json(PushClient.get(emulator.baseUrl() + "/emulator/api/rejected?org=org&source=src"));

        assertThat(index).contains("/emulator/logs?org=org", "Rejected at indexing", "file://broken.pdf",
                "conversion failed");
        assertThat(log).contains("4 entries", "<strong>ERROR</strong>", "conversion failed", "file://ok.txt");
        assertThat(log.indexOf("file://broken.pdf")).as("newest first").isLessThan(log.indexOf("file://ok.txt"));
        assertThat(entries).hasSize(4);
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).get("reason").asText()).isEqualTo("conversion failed");
    }
}
