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
import io.github.camelcoveo.push.emulator.store.FileContainer;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** File containers hold their bytes only until a push consumes them or they expire, as Coveo's do. */
class FileContainerLifecycleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0).clock(clock)
                .organization("org", "key").source("org", "src").securityProvider("org", "ldap").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static byte[] batch(String... documentIds) {
        List<Map<String, String>> documents = java.util.Arrays.stream(documentIds)
                .map(id -> Map.of("documentId", id, "data", "content of " + id)).toList();
        return PushClient.toJson(Map.of("addOrUpdate", documents)).getBytes(StandardCharsets.UTF_8);
    }

    private static String errorCode(java.net.http.HttpResponse<String> response) {
        return PushClient.json(response).get("errorCode").asText();
    }

    @Test
    void aPushedBatchReleasesItsContainerAndItsFileIdCannotBePushedAgain() {
        String fileId = client.upload(batch("file://a"));
        assertThat(emulator.stats().fileContainers()).isEqualTo(1);
        assertThat(emulator.stats().fileContainerBytes()).isEqualTo(batch("file://a").length);

        assertThat(client.pushBatch("src", fileId, "").statusCode()).isEqualTo(202);

        assertThat(emulator.stats().fileContainers()).isZero();
        assertThat(emulator.stats().fileContainerBytes()).isZero();
        var again = client.pushBatch("src", fileId, "");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(errorCode(again)).isEqualTo("FILE_NOT_FOUND");
        assertThat(emulator.item("org", "src", "file://a").orElseThrow().text()).contains("content of file://a");
    }

    @Test
    void aDocumentsOwnContainerIsConsumedByItsPushSingleOrBatched() {
        String single = client.upload("raw bytes".getBytes(StandardCharsets.UTF_8));
        String batched = client.upload("more bytes".getBytes(StandardCharsets.UTF_8));
        String document = "{\"compressedBinaryDataFileId\":\"" + single + "\",\"compressionType\":\"UNCOMPRESSED\"}";

        assertThat(client.pushDocument("src", "file://single", document).statusCode()).isEqualTo(202);
        String batch = PushClient.toJson(Map.of("addOrUpdate", List.of(Map.of("documentId", "file://batched",
                "compressedBinaryDataFileId", batched, "compressionType", "UNCOMPRESSED"))));
        assertThat(client.pushBatch("src", client.upload(batch.getBytes(StandardCharsets.UTF_8)), "").statusCode())
                .isEqualTo(202);

        assertThat(emulator.stats().fileContainers()).isZero();
        assertThat(emulator.stats().fileContainerBytes()).isZero();
        assertThat(emulator.item("org", "src", "file://batched").orElseThrow().text()).contains("more bytes");
        var reused = client.pushDocument("src", "file://again", document);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(errorCode(reused)).isEqualTo("FILE_NOT_FOUND");
    }

    @Test
    void aPushThatIsNotAppliedLeavesItsContainerForARetry() {
        emulator.quotas().dailyItems(0);
        String fileId = client.upload(batch("file://later"));

        assertThat(client.pushBatch("src", fileId, "").statusCode()).isEqualTo(429);
        assertThat(emulator.stats().fileContainers()).isEqualTo(1);

        emulator.quotas().unlimited();
        assertThat(client.pushBatch("src", fileId, "").statusCode()).isEqualTo(202);
        assertThat(emulator.item("org", "src", "file://later")).isPresent();
    }

    @Test
    void anIdentityBatchConsumesItsContainer() {
        String fileId = client.upload("{\"members\":[{\"identity\":{\"name\":\"G\",\"type\":\"GROUP\"}}]}"
                .getBytes(StandardCharsets.UTF_8));
        String url = emulator.pushApiUrl() + "/organizations/org/providers/ldap/permissions/batch?fileId=" + fileId;

        assertThat(PushClient.send(client.authorized(url).PUT(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(202);

        assertThat(emulator.stats().fileContainers()).isZero();
        assertThat(PushClient.send(client.authorized(url).PUT(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(404);
    }

    @Test
    void containersExpireSixtyMinutesAfterTheirCreationByTheEmulatorsClock() {
        String uploaded = client.upload(batch("file://late"));
        JsonNode empty = PushClient.json(client.createFileContainer());
        clock.advance(Duration.ofMinutes(59).plusSeconds(59));
        assertThat(emulator.stats().fileContainers()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));

        assertThat(emulator.stats().fileContainers()).isZero();
        assertThat(emulator.stats().fileContainerBytes()).isZero();
        assertThat(errorCode(client.pushBatch("src", uploaded, ""))).isEqualTo("FILE_NOT_FOUND");
        var expiredUpload = PushClient.uploadTo(empty, batch("file://x"));
        assertThat(expiredUpload.statusCode()).isEqualTo(403);
        assertThat(expiredUpload.body()).contains("<Code>AccessDenied</Code>", "Request has expired");
    }

    @Test
    void theLifetimeCanBeSetOnTheBuilder() {
        try (PushApiEmulator shortLived = PushApiEmulator.builder().port(0).clock(clock)
                .fileContainerLifetime(Duration.ofMinutes(1)).organization("org", "key").source("org", "src")
                .build().start()) {
            PushClient shortClient = new PushClient(shortLived.pushApiUrl(), "org", "key");
            JsonNode container = PushClient.json(shortClient.createFileContainer());
            assertThat(container.get("uploadUri").asText()).contains("X-Amz-Expires=60&");

            clock.advance(Duration.ofMinutes(1));

            assertThat(shortLived.stats().fileContainers()).isZero();
        }
    }

    @Test
    void aContainerClaimedByOnePushIsNotOfferedToAnotherUntilTheFirstGivesItBack() {
        FileContainerStore store = new FileContainerStore(clock, Duration.ofMinutes(60));
        FileContainer container = store.create("org", clock.instant());
        store.upload(container, new byte[] {1, 2, 3});

        try (FileContainerStore.Claim first = store.claim(List.of(container.fileId()), "org").orElseThrow()) {
            assertThat(store.claim(List.of(container.fileId()), "org")).isEmpty();
        }
        try (FileContainerStore.Claim second = store.claim(List.of(container.fileId()), "org").orElseThrow()) {
            second.consume();
        }

        assertThat(store.find(container.fileId())).isEmpty();
        assertThat(store.heldBytes()).isZero();
        assertThat(store.claim(List.of(container.fileId()), "org")).isEmpty();
    }

    @Test
    void manyPushedBatchesHoldNoContainerBytes() {
        byte[] payload = ("{\"addOrUpdate\":[{\"documentId\":\"file://big\",\"compressedBinaryData\":\""
                + Base64.getEncoder().encodeToString(new byte[200_000]) + "\",\"compressionType\":\"UNCOMPRESSED\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMillis(1));
            assertThat(client.pushBatch("src", client.upload(payload), "").statusCode()).isEqualTo(202);
        }

        assertThat(emulator.stats().fileContainers()).isZero();
        assertThat(emulator.stats().fileContainerBytes()).isZero();
        assertThat(emulator.requests().accepted(RequestKind.PUSH_BATCH)).isEqualTo(50);
    }
}
