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
package io.github.camelcoveo.push.emulated;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.StatusChange;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component against the project's Push API emulator rather than WireMock: the emulator decodes what it receives
 * and refuses what Coveo refuses, so these tests check the component's requests end to end, single and batched.
 */
class EmulatorRoundTripTest extends EmulatedRouteTestSupport {

    private static String coveoUri(String source, String options) {
        return uri(source, "&retryInitialDelay=10&batchLingerTime=50" + options);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:single").to(coveoUri("single", "&batch=false"));
                from("direct:batched").to(coveoUri("batched", ""));
                from("direct:synchronous").to(coveoUri("src", "&batch=false&synchronous=true"));
                from("direct:wrongKey").to("coveo-push:single?organizationId=" + ORG + "&apiKey=not-the-key&pushApiUrl="
                                           + coveo.pushApiUrl() + "&batch=false");
                from("direct:unknownSource").to(coveoUri("nowhere", "&batch=false"));
                from("direct:gzip").to(coveoUri("single", "&batch=false&compressionType=GZIP"));
            }
        };
    }

    private Exchange push(String route, Object body, Map<String, Object> headers) {
        return template.request(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    /** The source each mode's route feeds: synchronous=true (batch=false) feeds src. */
    private static String source(String mode) {
        return mode.equals("synchronous") ? "src" : mode;
    }

    private static IndexedItem item(String source, String id) {
        return coveo.item(ORG, source, id).orElseThrow(() -> new AssertionError(id + " not in " + coveo.items(ORG, source)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "single", "batched", "synchronous" })
    void textBinaryMapAndTypedDocumentsArriveIntact(String mode) {
        String route = "direct:" + mode;
        byte[] pdf = "%PDF-1.4 not really a pdf \u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
        Exchange text = push(route, "plain text", Map.of(CoveoPushConstants.DOCUMENT_ID, "https://e/text",
                CoveoPushConstants.METADATA, Map.of("author", "Ada", "tags", List.of("a", "b"))));
        Exchange binary = push(route, pdf, Map.of(CoveoPushConstants.DOCUMENT_ID, "file:///share/doc.pdf",
                CoveoPushConstants.FILE_EXTENSION, ".pdf"));
        Exchange map = push(route, Map.of("documentId", "sql://db/1", "title", "Row", "data", "row"), Map.of());
        Exchange typed = push(route, PushDocument.builder("https://e/typed").title("Typed").data("typed").build(), Map.of());

        for (Exchange exchange : List.of(text, binary, map, typed)) {
            assertThat(exchange.getException()).isNull();
        }
        assertThat(item(source(mode), "https://e/text").text()).contains("plain text");
        assertThat(item(source(mode), "https://e/text").metadata("author")).contains("Ada");
        assertThat(item(source(mode), "file:///share/doc.pdf").content()).isEqualTo(pdf);
        assertThat(item(source(mode), "file:///share/doc.pdf").fileExtension()).isEqualTo(".pdf");
        assertThat(item(source(mode), "sql://db/1").title()).isEqualTo("Row");
        assertThat(item(source(mode), "https://e/typed").text()).contains("typed");
        assertThat(coveo.items(ORG, source(mode))).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = { "single", "batched", "synchronous" })
    void contentOverTheSingleRequestLimitTravelsThroughAFileContainer(String mode) {
        byte[] noise = new byte[6_000_000];
        new Random(7).nextBytes(noise);

        Exchange result = push("direct:" + mode, noise, Map.of(CoveoPushConstants.DOCUMENT_ID, "file:///share/big.bin"));

        assertThat(result.getException()).isNull();
        IndexedItem big = item(source(mode), "file:///share/big.bin");
        assertThat(big.cameFromFileContainer()).isTrue();
        assertThat(big.content()).isEqualTo(noise);
    }

    @Test
    void gzipContentIsDecodedByTheEmulator() {
        byte[] bytes = "gzip me ".repeat(500).getBytes(StandardCharsets.UTF_8);
        push("direct:gzip", bytes, Map.of(CoveoPushConstants.DOCUMENT_ID, "file:///share/g.txt"));

        assertThat(item("single", "file:///share/g.txt").content()).isEqualTo(bytes);
    }

    @Test
    void deleteDeleteOlderThanAndStatusChangeWhatTheSourceHolds() {
        push("direct:single", "a", Map.of(CoveoPushConstants.DOCUMENT_ID, "file:///s/a", CoveoPushConstants.ORDERING_ID, 10L));
        push("direct:single", "b", Map.of(CoveoPushConstants.DOCUMENT_ID, "file:///s/a/b", CoveoPushConstants.ORDERING_ID, 10L));
        push("direct:single", "c", Map.of(CoveoPushConstants.DOCUMENT_ID, "file:///s/c", CoveoPushConstants.ORDERING_ID, 20L));
        push("direct:single", "d", Map.of(CoveoPushConstants.DOCUMENT_ID, "file:///s/d", CoveoPushConstants.ORDERING_ID, 40L));

        push("direct:single", null, Map.of(CoveoPushConstants.OPERATION, "delete", CoveoPushConstants.DOCUMENT_ID,
                "file:///s/a", CoveoPushConstants.DELETE_CHILDREN, true, CoveoPushConstants.ORDERING_ID, 11L));
        assertThat(coveo.items(ORG, "single")).extracting(IndexedItem::documentId)
                .containsExactlyInAnyOrder("file:///s/c", "file:///s/d");

        push("direct:single", null, Map.of(CoveoPushConstants.OPERATION, "deleteOlderThan",
                CoveoPushConstants.ORDERING_ID, 30L, CoveoPushConstants.QUEUE_DELAY, 0));
        assertThat(coveo.items(ORG, "single")).extracting(IndexedItem::documentId).containsExactly("file:///s/d");

        push("direct:single", null, Map.of(CoveoPushConstants.OPERATION, "updateSourceStatus",
                CoveoPushConstants.SOURCE_STATUS, "REBUILD"));
        push("direct:single", null, Map.of(CoveoPushConstants.OPERATION, "updateSourceStatus",
                CoveoPushConstants.SOURCE_STATUS, "IDLE"));
        assertThat(coveo.statusHistory(ORG, "single")).extracting(StatusChange::statusType)
                .containsExactly("REBUILD", "IDLE");
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        push("direct:batched", "new", Map.of(CoveoPushConstants.DOCUMENT_ID, "https://e/v", CoveoPushConstants.ORDERING_ID, 200L));
        push("direct:batched", "old", Map.of(CoveoPushConstants.DOCUMENT_ID, "https://e/v", CoveoPushConstants.ORDERING_ID, 100L));

        assertThat(item("batched", "https://e/v").text()).contains("new");
    }

    @Test
    void refusalsOfTheEmulatorSurfaceAsTypedExceptions() {
        CoveoPushApiException wrongKey = push("direct:wrongKey", "x", Map.of(CoveoPushConstants.DOCUMENT_ID, "https://e/1"))
                .getException(CoveoPushApiException.class);
        assertThat(wrongKey.getStatusCode()).isEqualTo(401);
        assertThat(wrongKey.getMessage()).doesNotContain("not-the-key");

        CoveoPushApiException unknown = push("direct:unknownSource", "x", Map.of(CoveoPushConstants.DOCUMENT_ID, "https://e/2"))
                .getException(CoveoPushApiException.class);
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(coveo.items(ORG, "single")).isEmpty();
    }

    @Test
    void throttlingWithRetryAfterAndDroppedConnectionsAreRetriedUntilIndexed() {
        coveo.faults().failNext(1).withStatus(429).retryAfterSeconds(1);
        coveo.faults().failNext(1).dropConnection();

        Exchange result = push("direct:batched", "patient", Map.of(CoveoPushConstants.DOCUMENT_ID, "https://e/retry"));

        assertThat(result.getException()).isNull();
        assertThat(item("batched", "https://e/retry").text()).contains("patient");
        assertThat(coveo.requests().count(RequestKind.PUSH_BATCH)).isGreaterThanOrEqualTo(1);
    }
}
