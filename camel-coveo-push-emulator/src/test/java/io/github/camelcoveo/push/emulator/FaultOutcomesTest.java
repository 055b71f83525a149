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

import io.github.camelcoveo.push.emulator.faults.InjectedFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every number the emulator reports stays exact under each kind of fault, before and after the call is applied. */
class FaultOutcomesTest {

    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0)
                .organization("org", "key").source("org", "src").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String uploadedBatch(String documentId) {
        String batch = PushClient.toJson(Map.of("addOrUpdate", List.of(Map.of("documentId", documentId, "data", "x"))));
        return client.upload(batch.getBytes(StandardCharsets.UTF_8));
    }

    private ReceivedRequest last(RequestKind kind) {
        return emulator.requests().all().stream().filter(r -> r.kind() == kind).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aBatchWhoseConnectionDropsBeforeProcessingIsNeitherAppliedNorCountedAsABatch() {
        String fileId = uploadedBatch("file://dropped");
        emulator.faults().failNext(1).dropConnection().onlyFor(RequestKind.PUSH_BATCH);

        assertThatThrownBy(() -> client.pushBatch("src", fileId, "")).isInstanceOf(UncheckedIOException.class);

        assertThat(emulator.items("org", "src")).isEmpty();
        EmulatorStats stats = emulator.stats();
        assertThat(stats.batches()).isZero();
        assertThat(stats.requestsByKind()).containsEntry(RequestKind.PUSH_BATCH, 1L);
        assertThat(stats.count(RequestOutcome.DROPPED)).isEqualTo(1);
        assertThat(stats.lostAnswers()).isZero();
        assertThat(stats.rejections()).isZero();
        assertThat(emulator.requests().accepted(RequestKind.PUSH_BATCH)).isZero();
        ReceivedRequest dropped = last(RequestKind.PUSH_BATCH);
        assertThat(dropped.outcome()).isEqualTo(RequestOutcome.DROPPED);
        assertThat(dropped.applied()).isFalse();
        assertThat(dropped.status()).isZero();
        assertThat(dropped.fault()).extracting(InjectedFault::dropConnection, InjectedFault::afterApplying)
                .containsExactly(true, false);
    }

    @Test
    void aBatchDroppedAfterApplyingIsIndexedAndCountedAsAnAppliedBatchWhoseAnswerWasLost() {
        String fileId = uploadedBatch("file://applied");
        emulator.faults().failNext(1).dropConnectionAfterApplying().onlyFor(RequestKind.PUSH_BATCH);

        assertThatThrownBy(() -> client.pushBatch("src", fileId, "")).isInstanceOf(UncheckedIOException.class);

        assertThat(emulator.item("org", "src", "file://applied")).isPresent();
        EmulatorStats stats = emulator.stats();
        assertThat(stats.batches()).isEqualTo(1);
        assertThat(stats.count(RequestOutcome.APPLIED_THEN_DROPPED)).isEqualTo(1);
        assertThat(stats.lostAnswers()).isEqualTo(1);
        assertThat(stats.outcomesByKind().get(RequestKind.PUSH_BATCH))
                .containsExactly(Map.entry(RequestOutcome.APPLIED_THEN_DROPPED, 1L));
        assertThat(last(RequestKind.PUSH_BATCH).applied()).isTrue();
    }

    @Test
    void anInjectedStatusReplacesTheCallUnlessItComesAfterApplying() {
        emulator.faults().failNext(1).withStatus(503);
        emulator.faults().failNext(1).withStatus(504).afterApplying();

        assertThat(client.pushDocument("src", "file://never", "{}").statusCode()).isEqualTo(503);
        assertThat(client.pushDocument("src", "file://anyway", "{}").statusCode()).isEqualTo(504);

        assertThat(emulator.items("org", "src")).extracting(i -> i.documentId()).containsExactly("file://anyway");
        RequestLog log = emulator.requests();
        assertThat(log.count(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestOutcome.FAULT)).isEqualTo(1);
        assertThat(log.count(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestOutcome.APPLIED_THEN_FAULT)).isEqualTo(1);
        assertThat(log.accepted(RequestKind.ADD_OR_UPDATE_DOCUMENT)).isEqualTo(1);
        assertThat(log.rejectionCount()).isEqualTo(2);
        assertThat(emulator.stats().rejections()).isEqualTo(2);
    }

    @Test
    void aFaultAfterApplyingACallTheEmulatorRefusesAppliesNothing() {
        emulator.faults().failNext(1).dropConnectionAfterApplying();

        assertThatThrownBy(() -> client.pushDocument("src", "file://bad", "{\"title\":"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(emulator.items("org", "src")).isEmpty();
        assertThat(last(RequestKind.ADD_OR_UPDATE_DOCUMENT).outcome()).isEqualTo(RequestOutcome.DROPPED);
    }

    @Test
    void aDelayedCallIsAcceptedAndItsDelayRecorded() {
        emulator.faults().failNext(1).delay(Duration.ofMillis(300));

        assertThat(client.pushDocument("src", "file://slow", "{}").statusCode()).isEqualTo(202);

        ReceivedRequest slow = last(RequestKind.ADD_OR_UPDATE_DOCUMENT);
        assertThat(slow.outcome()).isEqualTo(RequestOutcome.ACCEPTED);
        assertThat(slow.fault().delay()).isEqualTo(Duration.ofMillis(300));
        assertThat(emulator.requests().accepted(RequestKind.ADD_OR_UPDATE_DOCUMENT)).isEqualTo(1);
    }

    @Test
    void everyCallDroppedByARateRuleIsCountedAsDroppedAndNoneAsAccepted() {
        emulator.faults().rate(1.0).dropConnection().onlyFor(RequestKind.ADD_OR_UPDATE_DOCUMENT);

        for (int i = 0; i < 3; i++) {
            String id = "file://" + i;
            assertThatThrownBy(() -> client.pushDocument("src", id, "{}")).isInstanceOf(UncheckedIOException.class);
        }

        assertThat(emulator.requests().count(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestOutcome.DROPPED)).isEqualTo(3);
        assertThat(emulator.requests().accepted(RequestKind.ADD_OR_UPDATE_DOCUMENT)).isZero();
        assertThat(emulator.items("org", "src")).isEmpty();
    }

    @Test
    void anUploadDroppedBeforeStoringLeavesTheContainerEmptyAndOneDroppedAfterStoringFillsIt() {
        var first = PushClient.json(client.createFileContainer());
        var second = PushClient.json(client.createFileContainer());
        byte[] batch = "{\"addOrUpdate\":[{\"documentId\":\"file://u\"}]}".getBytes(StandardCharsets.UTF_8);
        emulator.faults().failNext(1).dropConnection().onlyFor(RequestKind.UPLOAD_TO_FILE_CONTAINER);
        assertThatThrownBy(() -> client.uploadTo(first, batch)).isInstanceOf(UncheckedIOException.class);
        emulator.faults().failNext(1).dropConnectionAfterApplying().onlyFor(RequestKind.UPLOAD_TO_FILE_CONTAINER);
        assertThatThrownBy(() -> client.uploadTo(second, batch)).isInstanceOf(UncheckedIOException.class);

        assertThat(client.pushBatch("src", first.get("fileId").asText(), "").statusCode()).isEqualTo(400);
        assertThat(client.pushBatch("src", second.get("fileId").asText(), "").statusCode()).isEqualTo(202);
        assertThat(emulator.requests().outcomesByKind().get(RequestKind.UPLOAD_TO_FILE_CONTAINER)).containsOnly(
                Map.entry(RequestOutcome.DROPPED, 1L), Map.entry(RequestOutcome.APPLIED_THEN_DROPPED, 1L));
    }

    @Test
    void onlyCallsThatReachProcessingUseTheRequestQuota() {
        emulator.quotas().requestsPerWindow(1, Duration.ofHours(1));
        emulator.faults().failNext(1).dropConnection();
        assertThatThrownBy(() -> client.pushDocument("src", "file://a", "{}")).isInstanceOf(UncheckedIOException.class);
        assertThat(client.pushDocument("src", "file://a", "{}").statusCode()).isEqualTo(202);

        emulator.quotas().resetCounters();
        emulator.faults().failNext(1).dropConnectionAfterApplying();
        assertThatThrownBy(() -> client.pushDocument("src", "file://b", "{}")).isInstanceOf(UncheckedIOException.class);
        assertThat(client.pushDocument("src", "file://c", "{}").statusCode()).isEqualTo(429);
        assertThat(emulator.requests().count(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestOutcome.REJECTED)).isEqualTo(1);
    }
}
