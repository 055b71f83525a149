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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FileContainerAndBatchTest {

    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0)
                .limits(new Limits(6L * 1024 * 1024, 5L * 1024 * 1024, 1000))
                .organization("org", "key").source("org", "src").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode createContainer() {
        HttpResponse<String> response = client.createFileContainer();
        assertThat(response.statusCode()).isEqualTo(201);
        return PushClient.json(response);
    }

    private static HttpResponse<String> upload(String uploadUri, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uploadUri)).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return PushClient.send(request);
    }

    private static final Map<String, String> REQUIRED = Map.of(
            "x-amz-server-side-encryption", "AES256", "Content-Type", "application/octet-stream");

    @Test
    void createsAContainerWhoseUploadUriTheEmulatorServes() {
        JsonNode container = createContainer();

        assertThat(container.get("fileId").asText()).isNotBlank();
        assertThat(container.get("uploadUri").asText())
                .startsWith(emulator.baseUrl() + "/emulator-s3/upload/" + container.get("fileId").asText())
                .contains("X-Amz-Signature=");
        assertThat(container.get("requiredHeaders").get("x-amz-server-side-encryption").asText()).isEqualTo("AES256");
        assertThat(container.get("requiredHeaders").get("Content-Type").asText()).isEqualTo("application/octet-stream");

        var uploaded = upload(container.get("uploadUri").asText(), "raw".getBytes(), REQUIRED);
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.headers().firstValue("ETag")).isPresent();
        assertThat(emulator.requests().count(RequestKind.UPLOAD_TO_FILE_CONTAINER)).isEqualTo(1);
    }

    @Test
    void uploadWithoutTheEncryptionHeaderIs403() {
        var response = upload(createContainer().get("uploadUri").asText(), "x".getBytes(),
                Map.of("Content-Type", "application/octet-stream"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>");
    }

    @Test
    void uploadWithoutTheSignedContentTypeIs403() {
        var response = upload(createContainer().get("uploadUri").asText(), "x".getBytes(),
                Map.of("x-amz-server-side-encryption", "AES256", "Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("SignatureDoesNotMatch");
    }

    @Test
    void uploadCarryingAnAuthorizationHeaderIsRefused() {
        Map<String, String> headers = new java.util.HashMap<>(REQUIRED);
        headers.put("Authorization", "Bearer key");

        var response = upload(createContainer().get("uploadUri").asText(), "x".getBytes(), headers);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("InvalidArgument").doesNotContain("Bearer key");
    }

    @Test
    void uploadWithAForgedSignatureIs403() {
        String uri = createContainer().get("uploadUri").asText().replaceAll("X-Amz-Signature=[0-9a-f]+", "X-Amz-Signature=00");

        assertThat(upload(uri, "x".getBytes(), REQUIRED).statusCode()).isEqualTo(403);
    }

    @Test
    void uploadOverTheContainerLimitIs413() {
        var response = upload(createContainer().get("uploadUri").asText(), new byte[1001], REQUIRED);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("EntityTooLarge");
    }

    @Test
    void batchAppliesAddOrUpdateAndDeleteWithChildren() {
        client.pushDocument("src", "file://share/old", "{}", "&orderingId=1");
        client.pushDocument("src", "file://share/old/child", "{}", "&orderingId=1");
        client.pushDocument("src", "file://share/keep", "{}", "&orderingId=1");
        String batch = PushClient.toJson(Map.of(
                "addOrUpdate", List.of(
                        Map.of("documentId", "file://share/a.txt", "title", "A", "data", "alpha", "fileExtension", ".txt"),
                        Map.of("documentId", "file://share/b.txt", "title", "B", "data", "beta")),
                "delete", List.of(Map.of("documentId", "file://share/old", "deleteChildren", true))));

        var response = client.pushBatch("src", client.upload(batch.getBytes(StandardCharsets.UTF_8)), "&orderingId=5");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId)
                .containsExactlyInAnyOrder("file://share/keep", "file://share/a.txt", "file://share/b.txt");
        IndexedItem a = emulator.item("org", "src", "file://share/a.txt").orElseThrow();
        assertThat(a.text()).contains("alpha");
        assertThat(a.orderingId()).isEqualTo(5);
        assertThat(a.metadata()).containsEntry("title", "A").doesNotContainKey("documentId");
        assertThat(emulator.stats().batches()).isEqualTo(1);
    }

    @Test
    void anEntrysOwnOrderingIdWinsOverTheBatchsAndKeepsAnOlderVersionOut() {
        client.pushDocument("src", "file://share/v", "{\"data\":\"v2\"}", "&orderingId=20");
        String batch = PushClient.toJson(Map.of("addOrUpdate", List.of(
                Map.of("documentId", "file://share/v", "data", "v1", "orderingId", 10),
                Map.of("documentId", "file://share/w", "data", "w", "orderingId", 30))));

        var response = client.pushBatch("src", client.upload(batch.getBytes(StandardCharsets.UTF_8)), "&orderingId=50");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(emulator.item("org", "src", "file://share/v").orElseThrow().text()).contains("v2");
        assertThat(emulator.item("org", "src", "file://share/w").orElseThrow().orderingId()).isEqualTo(30);
    }

    @Test
    void batchWithUnknownFileIdIs404() {
        var response = client.pushBatch("src", "no-such-file", "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("FILE_NOT_FOUND");
    }

    @Test
    void batchOfAContainerNeverUploadedIs400() {
        var response = client.pushBatch("src", createContainer().get("fileId").asText(), "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("FILE_NOT_UPLOADED");
    }

    @Test
    void anInvalidDocumentRejectsTheWholeBatch() {
        String batch = "{\"addOrUpdate\":[{\"documentId\":\"file://ok\"},{\"documentId\":\"file://bad\",\"m\":{\"x\":1}}]}";

        var response = client.pushBatch("src", client.upload(batch.getBytes(StandardCharsets.UTF_8)), "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(emulator.items("org", "src")).isEmpty();
    }

    @Test
    void batchDocumentWithoutDocumentIdIs400() {
        String batch = "{\"addOrUpdate\":[{\"title\":\"no id\"}]}";

        var response = client.pushBatch("src", client.upload(batch.getBytes(StandardCharsets.UTF_8)), "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("MISSING_DOCUMENT_ID");
    }

    @Test
    void anotherOrganizationCannotUseTheContainer() {
        emulator.addOrganization("org2", "key2").addSource("org2", "src");
        String fileId = client.upload("{\"addOrUpdate\":[]}".getBytes(StandardCharsets.UTF_8));

        var response = new PushClient(emulator.pushApiUrl(), "org2", "key2").pushBatch("src", fileId, "");

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
