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
package io.github.camelcoveo.push.confirm;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcoveo.push.LogCapture;
import io.github.camelcoveo.push.client.LogsApiClient.Entry;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** When a check reads the logs again, when it gives up, and what it does when too many wait. */
class IndexingConfirmationTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<RejectedItem> rejected = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private IndexingConfirmation confirmation(IndexingConfirmation.LogReader logs, int attempts, int maxPending) {
        return new IndexingConfirmation("src", (from, to) -> {
            reads.incrementAndGet();
            return logs.entries(from, to);
        }, scheduler, new IndexingConfirmation.Settings(Duration.ofMillis(20), attempts, maxPending), rejected::add,
                Clock.systemUTC());
    }

    private static Entry entry(String id, String task, String operation, String result, String fileId,
                               String message) {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        if (operation.equals("BATCH_FILE")) {
            meta.put("addOrUpdate", 2);
        }
        return new Entry(id, "src", task, operation, result, 7L, fileId, message, meta);
    }

    /** A batch of two items whose second is refused: what the log shows once Coveo is done with it. */
    private static List<Entry> finalBatch() {
        return List.of(entry("f1", "STREAMING_BATCH", "BATCH_FILE", "COMPLETED", "f1", null),
                entry("a", "STREAMING_BATCH", "ADD", "COMPLETED", "f1", null),
                entry("b", "STREAMING_BATCH", "ADD", "COMPLETED", "f1", null),
                entry("a", "INDEXING", "ADD", "COMPLETED", "f1", null),
                entry("b", "INDEXING", "ADD", "ERROR", "f1", "conversion failed"));
    }

    @Test
    void readsAgainWhileTheBatchIsNotFinalThenReportsItsRefusedItem() {
        List<List<Entry>> answers = List.of(List.of(), finalBatch().subList(0, 4), finalBatch());
        IndexingConfirmation checks = confirmation((from, to) -> CompletableFuture.completedFuture(
                answers.get(Math.min(reads.get() - 1, answers.size() - 1))), 5, 100);

        checks.batchAccepted("f1");

        // a refused item is reported after its check leaves the pending ones, on the sweep's thread
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(checks.pendingChecks()).isZero();
            assertThat(rejected).containsExactly(new RejectedItem("b", "conversion failed", "f1", 7L, "src"));
            assertThat(checks.itemsRejected()).isEqualTo(1);
        });
        assertThat(reads).hasValue(3);
    }

    @Test
    void anAnswerItCannotReadCountsAsAnAttemptAndTheChecksGoOn() {
        // an item's entry without an id or a result: reading it threw inside the read's callback, which then never
        // scheduled the next sweep, so the check stayed pending and unread for good, with no WARN
        Entry unreadable = new Entry(null, "src", "INDEXING", "ADD", null, 7L, "f1", null,
                JsonNodeFactory.instance.objectNode());
        List<List<Entry>> answers = List.of(List.of(unreadable), finalBatch());
        try (LogCapture logs = LogCapture.at(Level.WARN)) {
            IndexingConfirmation checks = confirmation((from, to) -> CompletableFuture.completedFuture(
                    answers.get(Math.min(reads.get() - 1, answers.size() - 1))), 5, 100);

            checks.batchAccepted("f1");

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(checks.pendingChecks()).isZero();
                assertThat(rejected).containsExactly(new RejectedItem("b", "conversion failed", "f1", 7L, "src"));
            });
            assertThat(reads).hasValue(2);
            assertThat(logs.lines()).anyMatch(line -> line.contains("could not read") && line.contains("batch f1"));
        }
    }

    @Test
    void givesUpWithAWarnAfterItsAttempts() {
        try (LogCapture logs = LogCapture.at(Level.WARN)) {
            IndexingConfirmation checks = confirmation((from, to) -> CompletableFuture.completedFuture(
                    finalBatch().subList(0, 3)), 3, 100);

            checks.documentAccepted("b", 7L);

            await().atMost(Duration.ofSeconds(5)).until(() -> checks.pendingChecks() == 0);
            assertThat(reads).hasValue(3);
            assertThat(rejected).isEmpty();
            assertThat(logs.lines()).anyMatch(line -> line.contains("gave up") && line.contains("document b"));
        }
    }

    @Test
    void whenFullTheOldestCheckIsDroppedWithOneWarn() {
        try (LogCapture logs = LogCapture.at(Level.WARN)) {
            IndexingConfirmation checks = confirmation((from, to) -> new CompletableFuture<>(), 3, 2);

            checks.documentAccepted("a", 1L);
            checks.documentAccepted("b", 2L);
            checks.documentAccepted("c", 3L);
            checks.documentAccepted("d", 4L);

            assertThat(checks.pendingChecks()).isEqualTo(2);
            assertThat(logs.lines().stream().filter(line -> line.contains("dropped unchecked")))
                    .singleElement().asString().contains("document a ");
        }
    }

    @Test
    void aRefusedSingleDocumentIsMatchedByItsOrderingId() {
        List<Entry> log = List.of(entry("b", "INDEXING", "ADD", "ERROR", null, "invalid permissions"));
        IndexingConfirmation checks = confirmation((from, to) -> CompletableFuture.completedFuture(log), 2, 100);

        checks.documentAccepted("b", 8L);
        checks.documentAccepted("b", 7L);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(checks.pendingChecks()).isZero();
            assertThat(rejected).containsExactly(new RejectedItem("b", "invalid permissions", null, 7L, "src"));
        });
    }
}
