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
import io.github.camelcoveo.push.emulator.http.Limits;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.LoadStream;
import io.github.camelcoveo.push.emulator.store.PushMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A Catalog source's full load: {@code POST /stream/open}, {@code /{streamId}/chunk}, {@code /{streamId}/close}. */
class LoadStreamTest {

    private PushApiEmulator coveo;
    private PushClient client;

    @BeforeEach
    void start() {
        coveo = PushApiEmulator.builder().organization("org", "key").catalogSource("org", "cat").build().start();
        client = new PushClient(coveo.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        coveo.close();
    }

    private void seed(String... documentIds) {
        StringBuilder items = new StringBuilder();
        for (String id : documentIds) {
            items.append(items.length() == 0 ? "" : ",").append("{\"documentId\":\"").append(id).append("\"}");
        }
        String fileId = client.upload(("{\"addOrUpdate\":[" + items + "]}").getBytes(StandardCharsets.UTF_8));
        assertThat(client.stream("cat", "update", fileId, "&orderingId=1").statusCode()).isEqualTo(202);
    }

    private static void upload(JsonNode container, String json) {
        assertThat(PushClient.uploadTo(container, json.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    private JsonNode open() {
        HttpResponse<String> response = client.streamPost("cat", "open");
        assertThat(response.statusCode()).isEqualTo(201);
        return PushClient.json(response);
    }

    @Test
    void openAnswersAStreamIdWithItsFirstFileContainer() {
        JsonNode open = open();
        assertThat(open.fieldNames()).toIterable()
                .containsExactly("streamId", "uploadUri", "fileId", "requiredHeaders");
        assertThat(open.get("requiredHeaders").get("x-amz-server-side-encryption").asText()).isEqualTo("AES256");
        assertThat(open.get("uploadUri").asText()).contains("X-Amz-Signature=");
        assertThat(coveo.openStreams("org", "cat")).extracting(LoadStream::streamId)
                .containsExactly(open.get("streamId").asText());
        assertThat(coveo.requests().count(RequestKind.OPEN_STREAM)).isEqualTo(1);
    }

    @Test
    void closingALoadReplacesTheCatalogWithTheItemsOfItsChunks() {
        seed("product://old", "product://kept");
        JsonNode open = open();
        String streamId = open.get("streamId").asText();
        upload(open, """
                {"addOrUpdate":[{"documentId":"product://kept","objecttype":"Product","v":1},
                                {"documentId":"product://new","objecttype":"Product"}]}
                """);
        HttpResponse<String> chunkResponse = client.streamPost("cat", streamId + "/chunk");
        assertThat(chunkResponse.statusCode()).isEqualTo(201);
        JsonNode chunk = PushClient.json(chunkResponse);
        assertThat(chunk.get("fileId").asText()).isNotEqualTo(open.get("fileId").asText());
        assertThat(chunk.has("uploadUri")).isTrue();
        upload(chunk, """
                {"addOrUpdate":[{"documentId":"variant://new-1","objecttype":"Variant"},
                                {"documentId":"product://kept","objecttype":"Product","v":2}]}
                """);
        assertThat(coveo.items("org", "cat")).as("nothing applied before close").extracting(IndexedItem::documentId)
                .containsExactly("product://old", "product://kept");

        HttpResponse<String> close = client.streamPost("cat", streamId + "/close");
        assertThat(close.statusCode()).isEqualTo(202);
        assertThat(coveo.items("org", "cat")).extracting(IndexedItem::documentId)
                .containsExactlyInAnyOrder("product://kept", "product://new", "variant://new-1");
        IndexedItem kept = coveo.item("org", "cat", "product://kept").orElseThrow();
        assertThat(kept.metadata()).as("the last chunk wins").containsEntry("v", 2);
        assertThat(kept.pushMode()).isEqualTo(PushMode.STREAM_LOAD);
        assertThat(coveo.items("org", "cat", "Variant")).hasSize(1);
        assertThat(coveo.openStreams("org", "cat")).isEmpty();
        assertThat(coveo.loadStreams("org", "cat")).singleElement()
                .satisfies(stream -> assertThat(stream.closedAt()).isPresent());
        assertThat(coveo.stats().fileContainers()).as("the chunks' containers consumed").isZero();
        assertThat(coveo.requests().count(RequestKind.STREAM_CHUNK)).isEqualTo(1);
        assertThat(coveo.requests().count(RequestKind.CLOSE_STREAM)).isEqualTo(1);
    }

    @Test
    void anUnclosedStreamStaysVisibleAndAppliesNothing() {
        seed("product://old");
        JsonNode open = open();
        upload(open, "{\"addOrUpdate\":[{\"documentId\":\"product://new\"}]}");
        assertThat(coveo.items("org", "cat")).extracting(IndexedItem::documentId).containsExactly("product://old");
        assertThat(coveo.openStreams("org", "cat")).singleElement().satisfies(stream -> {
            assertThat(stream.isOpen()).isTrue();
            assertThat(stream.fileIds()).containsExactly(open.get("fileId").asText());
        });
    }

    @Test
    void anUpdateAppliedWhileTheStreamWasOpenIsNeitherOverwrittenNorRemoved() {
        seed("product://old");
        JsonNode open = open();
        upload(open, "{\"addOrUpdate\":[{\"documentId\":\"product://1\",\"v\":\"load\"}]}");
        long later = Long.MAX_VALUE / 2;
        String fileId = client.upload(("{\"addOrUpdate\":[{\"documentId\":\"product://1\",\"v\":\"update\"},"
                + "{\"documentId\":\"product://2\"}]}").getBytes(StandardCharsets.UTF_8));
        client.stream("cat", "update", fileId, "&orderingId=" + later);
        assertThat(client.streamPost("cat", open.get("streamId").asText() + "/close").statusCode()).isEqualTo(202);
        assertThat(coveo.item("org", "cat", "product://1").orElseThrow().metadata()).containsEntry("v", "update");
        assertThat(coveo.items("org", "cat")).extracting(IndexedItem::documentId)
                .containsExactlyInAnyOrder("product://1", "product://2");
    }

    @Test
    void aChunkAskedForAndNeverUploadedHoldsNothing() {
        seed("product://old");
        JsonNode open = open();
        String streamId = open.get("streamId").asText();
        upload(open, "{\"addOrUpdate\":[{\"documentId\":\"product://1\"}]}");
        client.streamPost("cat", streamId + "/chunk");
        assertThat(client.streamPost("cat", streamId + "/close").statusCode()).isEqualTo(202);
        assertThat(coveo.items("org", "cat")).extracting(IndexedItem::documentId).containsExactly("product://1");
    }

    @Test
    void unknownAndClosedStreamsAreRefused() {
        HttpResponse<String> unknown = client.streamPost("cat", "no-such-stream/chunk");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(PushClient.json(unknown).get("errorCode").asText()).isEqualTo("STREAM_NOT_FOUND");
        assertThat(client.streamPost("cat", "no-such-stream/close").statusCode()).isEqualTo(404);
        String streamId = open().get("streamId").asText();
        assertThat(client.streamPost("cat", streamId + "/close").statusCode()).isEqualTo(202);
        HttpResponse<String> again = client.streamPost("cat", streamId + "/close");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(again).get("errorCode").asText()).isEqualTo("STREAM_CLOSED");
        assertThat(client.streamPost("cat", streamId + "/chunk").statusCode()).isEqualTo(400);
    }

    @Test
    void aMalformedChunkFailsTheCloseAndLeavesTheStreamOpen() {
        seed("product://old");
        JsonNode open = open();
        upload(open, "{\"addOrUpdate\":[{\"documentId\":\"product://1\"}],\"partialUpdate\":[{}]}");
        HttpResponse<String> close = client.streamPost("cat", open.get("streamId").asText() + "/close");
        assertThat(close.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(close).get("errorCode").asText()).isEqualTo("INVALID_JSON");
        assertThat(coveo.openStreams("org", "cat")).hasSize(1);
        assertThat(coveo.items("org", "cat")).extracting(IndexedItem::documentId).containsExactly("product://old");
    }

    @Test
    void aChunkAboveTheContainerLimitIsRefusedAtUpload() {
        try (PushApiEmulator small = PushApiEmulator.builder().organization("org", "key").catalogSource("org", "cat")
                .limits(new Limits(Limits.coveo().maxRequestBytes(), Limits.coveo().maxDataBytes(), 64)).build().start()) {
            PushClient smallClient = new PushClient(small.pushApiUrl(), "org", "key");
            JsonNode open = PushClient.json(smallClient.streamPost("cat", "open"));
            HttpResponse<String> upload = PushClient.uploadTo(open, ("{\"addOrUpdate\":[{\"documentId\":\"product://1\","
                    + "\"ec_description\":\"" + "x".repeat(100) + "\"}]}").getBytes(StandardCharsets.UTF_8));
            assertThat(upload.statusCode()).isEqualTo(413);
        }
    }
}
