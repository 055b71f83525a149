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

import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.StoredIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Coveo's ordering rule: an operation whose orderingId is not above the item's last one is out of sequence. */
class OrderingTest {

    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0)
                .organization("org", "key").source("org", "src").securityProvider("org", "ldap").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private HttpResponse<String> batch(String json, String query) {
        return client.pushBatch("src", client.upload(json.getBytes(StandardCharsets.UTF_8)), query);
    }

    private String title(String documentId) {
        return emulator.item("org", "src", documentId).map(IndexedItem::title).orElse(null);
    }

    @Test
    void ofTwoAdditionsWithTheSameOrderingIdTheFirstIsKeptAndTheSecondCounted() {
        client.pushDocument("src", "file://a", "{\"title\":\"first\"}", "&orderingId=10");
        assertThat(client.pushDocument("src", "file://a", "{\"title\":\"second\"}", "&orderingId=10").statusCode())
                .isEqualTo(202);

        assertThat(title("file://a")).isEqualTo("first");
        assertThat(emulator.ignoredOperations("org", "src")).isEqualTo(1);
        assertThat(emulator.stats().ignoredOperations()).isEqualTo(1);
        client.pushDocument("src", "file://a", "{\"title\":\"third\"}", "&orderingId=11");
        assertThat(title("file://a")).isEqualTo("third");
    }

    @Test
    void aDeleteWithTheItemsOwnOrderingIdIsIgnored() {
        client.pushDocument("src", "file://a", "{}", "&orderingId=10");
        client.delete("src", "file://a", "&orderingId=10");

        assertThat(emulator.item("org", "src", "file://a")).isPresent();
        client.delete("src", "file://a", "&orderingId=11");
        assertThat(emulator.item("org", "src", "file://a")).isEmpty();
        assertThat(emulator.ignoredOperations("org", "src")).isEqualTo(1);
    }

    @Test
    void aDeleteEntryOfABatchHonoursItsOwnOrderingIdAndOthersTakeTheBatchs() {
        client.pushDocument("src", "file://kept", "{}", "&orderingId=20");
        client.pushDocument("src", "file://gone", "{}", "&orderingId=20");

        var response = batch("{\"delete\":[{\"documentId\":\"file://kept\",\"orderingId\":10},"
                             + "{\"documentId\":\"file://gone\"}]}", "&orderingId=50");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId).containsExactly("file://kept");
        assertThat(emulator.ignoredOperations("org", "src")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "\"soon\"", "1.5"})
    void aDeleteEntryWithAnInvalidOrderingIdRejectsTheWholeBatch(String orderingId) {
        client.pushDocument("src", "file://a", "{}", "&orderingId=1");

        var response = batch("{\"addOrUpdate\":[{\"documentId\":\"file://new\"}],"
                             + "\"delete\":[{\"documentId\":\"file://a\",\"OrderingId\":" + orderingId + "}]}", "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("INVALID_JSON");
        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId).containsExactly("file://a");
    }

    @Test
    void inOneBatchASecondOperationOnAnItemNeedsItsOwnHigherOrderingId() {
        var response = batch("{\"addOrUpdate\":[{\"documentId\":\"file://a\"},{\"documentId\":\"file://b\"}],"
                             + "\"delete\":[{\"documentId\":\"file://a\"},{\"documentId\":\"file://b\",\"orderingId\":8}]}",
                "&orderingId=7");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId).containsExactly("file://a");
        assertThat(emulator.ignoredOperations("org", "src")).isEqualTo(1);
    }

    @Test
    void deleteChildrenLeavesAndCountsEachChildNewerThanTheDelete() {
        client.pushDocument("src", "file://dir", "{}", "&orderingId=10");
        client.pushDocument("src", "file://dir/old", "{}", "&orderingId=10");
        client.pushDocument("src", "file://dir/new", "{}", "&orderingId=30");
        client.pushDocument("src", "file://dir/same", "{}", "&orderingId=20");

        client.delete("src", "file://dir", "&deleteChildren=true&orderingId=20");

        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId)
                .containsExactlyInAnyOrder("file://dir/new", "file://dir/same");
        assertThat(emulator.ignoredOperations("org", "src")).isEqualTo(2);
    }

    @Test
    void afterADeleteOlderThanAnAdditionOlderThanItIsIgnored() {
        client.pushDocument("src", "file://a", "{}", "&orderingId=10");
        client.deleteOlderThan("src", 100);

        client.pushDocument("src", "file://a", "{}", "&orderingId=50");
        client.pushDocument("src", "file://b", "{}", "&orderingId=99");
        client.pushDocument("src", "file://c", "{}", "&orderingId=100");

        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId).containsExactly("file://c");
        assertThat(emulator.ignoredOperations("org", "src")).isEqualTo(2);
    }

    @Test
    void resetForgetsTheCount() {
        client.pushDocument("src", "file://a", "{}", "&orderingId=10");
        client.pushDocument("src", "file://a", "{}", "&orderingId=10");
        emulator.reset();

        assertThat(emulator.ignoredOperations("org", "src")).isZero();
    }

    private HttpResponse<String> identity(String method, String path, String json) {
        return PushClient.send(client.authorized(emulator.pushApiUrl() + "/organizations/org/providers/ldap/" + path)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void identitiesFollowTheSameRuleAndOneBatchCanSetAnIdentitysMembersAndItsAliases() {
        identity("PUT", "permissions?orderingId=10", "{\"identity\":{\"name\":\"G\",\"type\":\"GROUP\"},"
                + "\"members\":[{\"name\":\"a\",\"type\":\"USER\"}]}");
        identity("PUT", "permissions?orderingId=10", "{\"identity\":{\"name\":\"G\",\"type\":\"GROUP\"},\"members\":[]}");
        identity("DELETE", "permissions?orderingId=10", "{\"identity\":{\"name\":\"G\",\"type\":\"GROUP\"}}");
        String fileId = client.upload(("{\"members\":[{\"identity\":{\"name\":\"u\",\"type\":\"USER\"},\"members\":[]}],"
                + "\"mappings\":[{\"identity\":{\"name\":\"u\",\"type\":\"USER\"},\"mappings\":[{\"name\":\"u@x\","
                + "\"type\":\"USER\",\"provider\":\"email\"}]}]}").getBytes(StandardCharsets.UTF_8));
        assertThat(identity("PUT", "permissions/batch?orderingId=20&fileId=" + fileId, null).statusCode()).isEqualTo(202);

        StoredIdentity group = emulator.identity("org", "ldap", "G", "GROUP").orElseThrow();
        assertThat(group.members()).extracting(StoredIdentity.IdentityRef::name).containsExactly("a");
        StoredIdentity user = emulator.identity("org", "ldap", "u", "USER").orElseThrow();
        assertThat(user.mappings()).extracting(StoredIdentity.IdentityRef::name).containsExactly("u@x");
        assertThat(emulator.securityProvider("org", "ldap").orElseThrow().ignoredOperations()).isEqualTo(2);
        assertThat(emulator.stats().ignoredOperations()).isEqualTo(2);
    }

    @Test
    void afterDeletingIdentitiesOlderThanAnOlderChangeIsIgnored() {
        identity("DELETE", "permissions/olderthan?orderingId=100", null);

        identity("PUT", "permissions?orderingId=50", "{\"identity\":{\"name\":\"late\",\"type\":\"USER\"}}");

        assertThat(emulator.identities("org", "ldap")).isEmpty();
        assertThat(emulator.securityProvider("org", "ldap").orElseThrow().ignoredOperations()).isEqualTo(1);
    }
}
