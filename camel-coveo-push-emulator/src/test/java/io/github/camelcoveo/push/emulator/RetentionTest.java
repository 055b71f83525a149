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
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bounded memory for long soaks: counts stay exact while request records and item content are kept only so far. */
class RetentionTest {

    @RegisterExtension
    PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization("org", "key").source("src")
            .configure(builder -> builder.retainRequests(2).retainContentUpTo(4));

    private PushClient client() {
        return new PushClient(coveo.pushApiUrl(), "org", "key");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theRequestLogKeepsTheLatestRecordsAndExactCounts() {
        PushClient client = client();
        for (int i = 0; i < 5; i++) {
            client.pushDocument("src", "file://" + i, "{}");
        }
        client.delete("src", "file://0", "");

        RequestLog log = coveo.emulator().requests();
        assertThat(log.all()).extracting(ReceivedRequest::kind)
                .containsExactly(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestKind.DELETE_DOCUMENT);
        assertThat(log.all().get(0).url()).contains("file%3A%2F%2F4");
        assertThat(log.total()).isEqualTo(6);
        assertThat(log.count(RequestKind.ADD_OR_UPDATE_DOCUMENT)).isEqualTo(5);
        assertThat(log.accepted(RequestKind.ADD_OR_UPDATE_DOCUMENT)).isEqualTo(5);
        assertThat(coveo.emulator().stats().requests()).isEqualTo(6);
        assertThat(coveo.emulator().stats().retainedRequests()).isEqualTo(2);
    }

    @Test
    void contentOverTheRetainedSizeKeepsOnlyItsSizeAndDigest() throws Exception {
        client().pushDocument("src", "file://small", "{\"data\":\"abc\"}");
        client().pushDocument("src", "file://large", "{\"data\":\"abcdefghij\"}");

        IndexedItem small = coveo.emulator().item("org", "src", "file://small").orElseThrow();
        IndexedItem large = coveo.emulator().item("org", "src", "file://large").orElseThrow();
        assertThat(small.isContentRetained()).isTrue();
        assertThat(small.text()).contains("abc");
        assertThat(small.contentSha256()).isEqualTo(sha256("abc"));
        assertThat(large.isContentRetained()).isFalse();
        assertThat(large.contentSize()).isEqualTo(10);
        assertThat(large.contentSha256()).isEqualTo(sha256("abcdefghij"));
        assertThat(large.text()).isEmpty();
        assertThatThrownBy(large::content).isInstanceOf(IllegalStateException.class).hasMessageContaining("contentSha256");
        EmulatorStats stats = coveo.emulator().stats();
        assertThat(stats.contentBytes()).isEqualTo(13);
        assertThat(stats.retainedContentBytes()).isEqualTo(3);

        coveo.assertThat("src").hasItem("file://large").withContent("abcdefghij".getBytes(StandardCharsets.UTF_8))
                .withContentSha256(sha256("abcdefghij"));
        assertThatThrownBy(() -> coveo.assertThat("src").hasItem("file://large")
                .withContent("abcdefghiX".getBytes(StandardCharsets.UTF_8))).isInstanceOf(AssertionError.class);
    }

    @Test
    void theContentBrowserShowsTheDigestOfContentItDidNotRetain() throws Exception {
        client().pushDocument("src", "file://large", "{\"data\":\"abcdefghij\"}");
        String query = "?org=org&source=src&documentId=" + PushClient.encode("file://large");

        JsonNode item = PushClient.json(PushClient.get(coveo.emulator().baseUrl() + "/emulator/api/item" + query));
        assertThat(item.get("contentKind").asText()).isEqualTo("not retained");
        assertThat(item.get("sha256").asText()).isEqualTo(sha256("abcdefghij"));
        assertThat(PushClient.get(coveo.emulator().baseUrl() + "/emulator/content" + query).statusCode()).isEqualTo(404);
        assertThat(PushClient.get(coveo.emulator().baseUrl() + "/emulator/items" + query).body())
                .contains("Content not retained", sha256("abcdefghij"));
    }

    @Test
    void byDefaultEveryRecordAndAllContentIsKept() {
        try (PushApiEmulator defaults = PushApiEmulator.builder().port(0).organization("org", "key")
                .source("org", "src").build().start()) {
            PushClient client = new PushClient(defaults.pushApiUrl(), "org", "key");
            client.pushDocument("src", "file://large", "{\"data\":\"abcdefghij\"}");
            client.pushDocument("src", "file://large2", "{\"data\":\"abcdefghij\"}");
            client.pushDocument("src", "file://large3", "{\"data\":\"abcdefghij\"}");

            assertThat(defaults.requests().all()).hasSize(3);
            assertThat(defaults.requests().capacity()).isEqualTo(RequestLog.DEFAULT_CAPACITY);
            assertThat(defaults.item("org", "src", "file://large").orElseThrow().text()).contains("abcdefghij");
        }
    }
}
