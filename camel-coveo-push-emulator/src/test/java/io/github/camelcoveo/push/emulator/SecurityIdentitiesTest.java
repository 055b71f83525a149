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
import io.github.camelcoveo.push.emulator.http.IdentityLimits;
import io.github.camelcoveo.push.emulator.store.StoredIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The /providers/{id} calls: identities, aliases, deletions, batches, limits, and item permissions resolved. */
class SecurityIdentitiesTest {

    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0).identityLimits(new IdentityLimits(100, 3))
                .organization("org", "key").source("org", "src").securityProvider("org", "ldap").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String providerUrl(String provider) {
        return emulator.pushApiUrl() + "/organizations/org/providers/" + provider;
    }

    private HttpResponse<String> call(String method, String url, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return PushClient.send(client.authorized(url).header("Content-Type", "application/json").method(method, body));
    }

    private static List<String> members(StoredIdentity identity) {
        return identity.members().stream().map(StoredIdentity.IdentityRef::key).toList();
    }

    @Test
    void anIdentityWithMembersReplacesThePreviousVersionAndOlderOrderingIdsAreIgnored() {
        assertThat(call("PUT", providerUrl("ldap") + "/permissions?orderingId=10", "{\"identity\":{\"name\":\"Eng\","
                + "\"type\":\"GROUP\"},\"members\":[{\"name\":\"a@x.com\",\"type\":\"USER\"},{\"name\":\"b@x.com\","
                + "\"type\":\"USER\"}],\"wellKnowns\":[{\"name\":\"Everyone\",\"type\":\"GROUP\"}]}").statusCode())
                .isEqualTo(202);
        call("PUT", providerUrl("ldap") + "/permissions?orderingId=20",
                "{\"Identity\":{\"Name\":\"Eng\",\"Type\":\"GROUP\"},\"Members\":[{\"Name\":\"c@x.com\",\"Type\":\"USER\"}]}");
        call("PUT", providerUrl("ldap") + "/permissions?orderingId=15",
                "{\"identity\":{\"name\":\"Eng\",\"type\":\"GROUP\"},\"members\":[]}");

        StoredIdentity eng = emulator.identity("org", "ldap", "Eng", "GROUP").orElseThrow();
        assertThat(members(eng)).containsExactly("USER:c@x.com");
        assertThat(eng.orderingId()).isEqualTo(20);
    }

    @Test
    void aliasesDeletionsAndDeleteOlderThan() {
        call("PUT", providerUrl("ldap") + "/mappings?orderingId=5", "{\"identity\":{\"name\":\"asmith\",\"type\":"
                + "\"USER\"},\"mappings\":[{\"name\":\"alice@x.com\",\"type\":\"USER\",\"provider\":\"Email Security"
                + " Provider\"}]}");
        call("PUT", providerUrl("ldap") + "/permissions?orderingId=50", "{\"identity\":{\"name\":\"bob\",\"type\":"
                + "\"USER\"},\"members\":[]}");
        call("PUT", providerUrl("ldap") + "/permissions?orderingId=60", "{\"identity\":{\"name\":\"G\",\"type\":"
                + "\"GROUP\"},\"members\":[]}");
        assertThat(emulator.identity("org", "ldap", "asmith", "USER").orElseThrow().mappings())
                .extracting(StoredIdentity.IdentityRef::provider).containsExactly("Email Security Provider");

        assertThat(call("DELETE", providerUrl("ldap") + "/permissions", "{\"identity\":{\"name\":\"bob\",\"type\":"
                + "\"USER\"}}").statusCode()).isEqualTo(202);
        assertThat(call("DELETE", providerUrl("ldap") + "/permissions/olderthan?orderingId=55&queueDelay=0", null)
                .statusCode()).isEqualTo(202);

        assertThat(emulator.identities("org", "ldap")).extracting(StoredIdentity::name).containsExactly("G");
    }

    @Test
    void aBatchAppliesMembersMappingsAndDeletionsOrNothing() {
        call("PUT", providerUrl("ldap") + "/permissions", "{\"identity\":{\"name\":\"old\",\"type\":\"USER\"}}");
        String fileId = client.upload(("{\"members\":[{\"identity\":{\"name\":\"Eng\",\"type\":\"GROUP\"},"
                + "\"members\":[{\"name\":\"a@x.com\",\"type\":\"USER\"}]}],\"mappings\":[{\"identity\":{\"name\":"
                + "\"a@x.com\",\"type\":\"USER\"},\"mappings\":[{\"name\":\"a\",\"type\":\"USER\",\"provider\":"
                + "\"email\"}]}],\"deleted\":[{\"identity\":{\"name\":\"old\",\"type\":\"USER\"}}]}")
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = call("PUT", providerUrl("ldap") + "/permissions/batch?fileId=" + fileId, null);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(emulator.identities("org", "ldap")).extracting(StoredIdentity::name)
                .containsExactly("Eng", "a@x.com");
        assertThat(emulator.requests().count(RequestKind.PUSH_IDENTITY_BATCH)).isEqualTo(1);

        String bad = client.upload(("{\"members\":[{\"identity\":{\"name\":\"New\",\"type\":\"GROUP\"}}],\"deleted\":"
                + "[{\"identity\":{\"name\":\"Eng\",\"type\":\"TEAM\"}}]}").getBytes(StandardCharsets.UTF_8));
        assertThat(call("PUT", providerUrl("ldap") + "/permissions/batch?fileId=" + bad, null).statusCode())
                .isEqualTo(400);
        assertThat(emulator.identity("org", "ldap", "New", "GROUP")).isEmpty();
    }

    @Test
    void invalidIdentitiesTheLimitsAndUnknownProvidersAreRefused() {
        assertThat(PushClient.json(call("PUT", providerUrl("ldap") + "/permissions",
                "{\"identity\":{\"name\":\"x\",\"type\":\"ROBOT\"}}")).get("errorCode").asText()).isEqualTo("INVALID_JSON");
        assertThat(call("PUT", providerUrl("ldap") + "/permissions", "{\"identity\":{\"name\":\"\",\"type\":\"USER\"}}")
                .statusCode()).isEqualTo(400);
        assertThat(call("PUT", providerUrl("ldap") + "/mappings", "{\"identity\":{\"name\":\"a\",\"type\":\"USER\"},"
                + "\"mappings\":[{\"name\":\"b\",\"type\":\"USER\"}]}").statusCode()).isEqualTo(400);
        assertThat(PushClient.json(call("PUT", providerUrl("ldap") + "/permissions", "{\"identity\":{\"name\":\""
                + "x".repeat(101) + "\",\"type\":\"USER\"}}")).get("errorCode").asText()).isEqualTo("IDENTITY_TOO_LARGE");
        assertThat(PushClient.json(call("PUT", providerUrl("ldap") + "/permissions", "{\"identity\":{\"name\":\"G\","
                + "\"type\":\"GROUP\"},\"members\":[{\"name\":\"a\",\"type\":\"USER\"},{\"name\":\"b\",\"type\":\"USER\"},"
                + "{\"name\":\"c\",\"type\":\"USER\"},{\"name\":\"d\",\"type\":\"USER\"}]}")).get("errorCode").asText())
                .isEqualTo("TOO_MANY_RELATIONSHIPS");
        assertThat(call("PUT", providerUrl("other") + "/permissions", "{\"identity\":{\"name\":\"a\",\"type\":\"USER\"}}")
                .statusCode()).isEqualTo(404);
        assertThat(emulator.identities("org", "ldap")).isEmpty();
    }

    @Test
    void itemsReferencingUnknownIdentitiesAreAcceptedAndShownUnresolved() {
        call("PUT", providerUrl("ldap") + "/permissions", "{\"identity\":{\"name\":\"Eng\",\"type\":\"GROUP\"},"
                + "\"members\":[{\"name\":\"a@x.com\",\"type\":\"USER\"}]}");
        HttpResponse<String> pushed = client.pushDocument("src", "https://x/secured", PushClient.toJson(Map.of(
                "data", "s", "permissions", List.of(Map.of("allowAnonymous", false,
                        "allowedPermissions", List.of(Map.of("identity", "Eng", "identityType", "GROUP", "securityProvider", "ldap"),
                                Map.of("identity", "a@x.com", "identityType", "USER")),
                        "deniedPermissions", List.of(Map.of("identity", "ghost", "identityType", "GROUP")))))));
        assertThat(pushed.statusCode()).isEqualTo(202);

        JsonNode item = PushClient.json(PushClient.get(emulator.baseUrl()
                + "/emulator/api/item?org=org&source=src&documentId=" + PushClient.encode("https://x/secured")));
        assertThat(item.get("permissionEntries").toString()).isEqualTo("[{\"set\":\"set 0\",\"access\":\"allowed\","
                + "\"identity\":\"Eng\",\"identityType\":\"GROUP\",\"securityProvider\":\"ldap\",\"resolved\":true},"
                + "{\"set\":\"set 0\",\"access\":\"allowed\",\"identity\":\"a@x.com\",\"identityType\":\"USER\","
                + "\"securityProvider\":null,\"resolved\":true},{\"set\":\"set 0\",\"access\":\"denied\",\"identity\":"
                + "\"ghost\",\"identityType\":\"GROUP\",\"securityProvider\":null,\"resolved\":false}]");
        String page = PushClient.get(emulator.baseUrl() + "/emulator/items?org=org&source=src&documentId="
                                     + PushClient.encode("https://x/secured")).body();
        assertThat(page).contains("<h2>Permissions</h2>").contains("<tr class=\"unresolved\">")
                .contains("<strong>unresolved</strong>");
        String providerPage = PushClient.get(emulator.baseUrl() + "/emulator/providers?org=org&provider=ldap").body();
        assertThat(providerPage).contains("Security identity provider ldap").contains("USER:a@x.com");
        JsonNode identities = PushClient.json(PushClient.get(emulator.baseUrl()
                + "/emulator/api/identities?org=org&provider=ldap"));
        assertThat(identities.get(0).get("members").get(0).get("name").asText()).isEqualTo("a@x.com");
        assertThat(PushClient.get(emulator.baseUrl() + "/emulator/").body()).contains("Security identity providers");
    }
}
