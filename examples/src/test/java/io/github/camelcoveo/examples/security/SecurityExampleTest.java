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
package io.github.camelcoveo.examples.security;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.StoredIdentity;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The secured source example end to end: groups from a CSV, then documents that reference them, in the emulator. */
class SecurityExampleTest {

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization("org", "secret-key")
            .source("intranet").securityProvider("intranet-ldap");

    @TempDir
    Path inbox;

    private void copySample(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/security/inbox/" + name)) {
            Files.copy(in, inbox.resolve(name));
        }
    }

    private static List<String> members(StoredIdentity identity) {
        return identity.members().stream().map(StoredIdentity.IdentityRef::key).toList();
    }

    @Test
    void groupsThenSecuredDocumentsReachTheEmulator() throws Exception {
        Properties properties = new Properties();
        properties.putAll(Map.of("coveo.org", "org", "coveo.apiKey", "secret-key", "coveo.source", "intranet",
                "coveo.securityProvider", "intranet-ldap", "coveo.pushApiUrl", coveo.pushApiUrl(),
                "security.inbox", inbox.toString()));
        copySample("documents.json");
        copySample("groups.csv");

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getPropertiesComponent().setInitialProperties(properties);
            camel.addRoutes(new SecurityRoutes());
            camel.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> coveo.items("intranet").size() == 3);
            await().until(() -> Files.exists(inbox.resolve(".done/groups.csv")));
        }

        List<StoredIdentity> identities = coveo.identities("intranet-ldap");
        assertThat(identities).extracting(StoredIdentity::name).containsExactly("Engineering", "Interns", "Managers");
        assertThat(identities).allMatch(identity -> identity.type().equals("GROUP"));
        assertThat(members(identities.get(0))).containsExactly("USER:alice@example.com", "USER:bob@example.com",
                "GROUP:Interns");
        assertThat(members(identities.get(1))).containsExactly("USER:carol@example.com");
        assertThat(members(identities.get(2))).containsExactly("USER:alice@example.com", "USER:dave@example.com");

        IndexedItem salaries = coveo.emulator().item("org", "intranet", "https://intranet.example.com/salaries")
                .orElseThrow();
        assertThat(salaries.permissionsJson()).isEqualTo("[{\"allowedPermissions\":[{\"identity\":\"Managers\","
                + "\"identityType\":\"GROUP\",\"securityProvider\":\"intranet-ldap\"}],\"deniedPermissions\":[{"
                + "\"identity\":\"bob@example.com\",\"identityType\":\"USER\",\"securityProvider\":\"intranet-ldap\"}]}]");
        assertThat(salaries.metadata()).containsEntry("title", "Salaries");

        // the board group was never pushed: Coveo (and the emulator) accept the item, its permission stays unresolved
        String board = browse("https://intranet.example.com/board");
        assertThat(board).contains("\"identity\":\"Board\"").contains("\"resolved\":false");
        assertThat(browse("https://intranet.example.com/handbook")).contains("\"resolved\":true")
                .doesNotContain("\"resolved\":false");
    }

    private String browse(String documentId) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(coveo.emulator().baseUrl()
                        + "/emulator/api/item?org=org&source=intranet&documentId="
                        + java.net.URLEncoder.encode(documentId, java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
