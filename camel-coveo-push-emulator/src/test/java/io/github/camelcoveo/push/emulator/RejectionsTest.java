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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionsTest {

    private static final String API_KEY = "xx-secret-api-key-123";
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0).log(logLines::add)
                .organization("org", API_KEY).source("org", "src").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", API_KEY);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static void assertRejected(HttpResponse<String> response, int status, String errorCode) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = PushClient.json(response);
        assertThat(body.get("statusCode").asInt()).isEqualTo(status);
        assertThat(body.get("errorCode").asText()).isEqualTo(errorCode);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    private HttpResponse<String> putWithAuthorization(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(
                        client.sourceUrl("src") + "/documents?documentId=file://a"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return PushClient.send(request);
    }

    @Test
    void missingAuthorizationIs401Unauthorized() {
        assertRejected(putWithAuthorization(null), 401, "UNAUTHORIZED");
        assertRejected(putWithAuthorization("Basic abc"), 401, "UNAUTHORIZED");
        assertThat(emulator.items("org", "src")).isEmpty();
    }

    @Test
    void wrongKeyIs401InvalidToken() {
        assertRejected(putWithAuthorization("Bearer not-the-key"), 401, "INVALID_TOKEN");
    }

    @Test
    void unknownOrganizationIs403() {
        var other = new PushClient(emulator.pushApiUrl(), "other-org", API_KEY);
        assertRejected(other.pushDocument("src", "file://a", "{}"), 403, "ACCESS_DENIED");
    }

    @Test
    void unknownSourceIs404() {
        assertRejected(client.pushDocument("nope", "file://a", "{}"), 404, "SOURCE_NOT_FOUND");
        assertThat(emulator.source("org", "nope")).isEmpty();
    }

    @Test
    void requestOverSixMegabytesIs413() {
        String big = "x".repeat(6 * 1024 * 1024);
        assertRejected(client.pushDocument("src", "file://a", "{\"data\":\"" + big + "\"}"), 413, "REQUEST_ENTITY_TOO_LARGE");
    }

    @Test
    void dataOverFiveMegabytesIs400() {
        String data = "x".repeat(5 * 1024 * 1024 + 1);
        assertRejected(client.pushDocument("src", "file://a", "{\"data\":\"" + data + "\"}"), 400, "DATA_TOO_LARGE");
        assertThat(client.pushDocument("src", "file://a", "{\"data\":\"" + data.substring(1) + "\"}").statusCode())
                .isEqualTo(202);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"title\": ",
            "not an object | [1,2]",
            "duplicate key | {\"title\":\"a\",\"title\":\"b\"}",
            "duplicate key in another case | {\"title\":\"a\",\"Title\":\"b\"}",
            "nested object | {\"meta\":{\"a\":1}}",
            "nested array | {\"meta\":[[1],[2]]}",
            "object in array | {\"meta\":[{\"a\":1}]}",
            "two content properties | {\"data\":\"a\",\"compressedBinaryData\":\"eJwDAAAAAAE=\"}"})
    void invalidDocumentIs400InvalidJson(String why, String body) {
        assertRejected(client.pushDocument("src", "file://a", body), 400, "INVALID_JSON");
        assertThat(emulator.items("org", "src")).as(why).isEmpty();
    }

    @Test
    void missingDocumentIdIs400() {
        var response = PushClient.send(client.authorized(client.sourceUrl("src") + "/documents")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertRejected(response, 400, "MISSING_DOCUMENT_ID");
    }

    @ParameterizedTest
    @CsvSource({"relative/path.txt", "just-a-name", "'has space://x'"})
    void documentIdThatIsNotAnAbsoluteUriIs400(String documentId) {
        assertRejected(client.pushDocument("src", documentId, "{}"), 400, "INVALID_DOCUMENT_ID");
    }

    @Test
    void missingJsonContentTypeIs415() {
        var response = PushClient.send(client.authorized(client.sourceUrl("src") + "/documents?documentId=file://a")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertRejected(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void compressionTypeIsCaseSensitive() {
        assertRejected(client.pushDocument("src", "file://a", "{\"compressedBinaryData\":\"eJwDAAAAAAE=\"}",
                "&compressionType=zlib"), 400, "INVALID_COMPRESSION_TYPE");
    }

    @Test
    void contentThatDoesNotDecodeIs400() {
        assertRejected(client.pushDocument("src", "file://a", "{\"compressedBinaryData\":\"aGVsbG8=\"}",
                "&compressionType=GZIP"), 400, "INVALID_COMPRESSED_DATA");
        assertRejected(client.pushDocument("src", "file://a", "{\"compressedBinaryData\":\"***\"}",
                "&compressionType=GZIP"), 400, "INVALID_BASE64");
    }

    @Test
    void rejectionsAreCountedAndTheKeyNeverReachesTheLog() {
        putWithAuthorization("Bearer " + API_KEY + "-wrong");
        client.pushDocument("src", "file://a", "{\"title\":");
        client.pushDocument("src", "file://a", "{}");

        assertThat(emulator.requests().rejections()).hasSize(2);
        assertThat(emulator.stats().rejections()).isEqualTo(2);
        assertThat(logLines).hasSizeGreaterThanOrEqualTo(4).noneMatch(line -> line.contains(API_KEY));
        assertThat(emulator.requests().all().toString()).doesNotContain(API_KEY);
        assertThat(emulator.organizations().toString()).doesNotContain(API_KEY);
    }
}
