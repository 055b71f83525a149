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
package io.github.camelcoveo.push;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.security.AliasMapping;
import io.github.camelcoveo.push.security.Identity;
import io.github.camelcoveo.push.security.IdentityAlias;
import io.github.camelcoveo.push.security.SecurityIdentity;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Security identities in file-container batches: the file, the push, and exchanges completing only on acceptance. */
@Timeout(60)
class IdentityBatchRouteTest extends CoveoPushTestSupport {

    private static final String BASE = "/push/v1/organizations/org";
    private static final String BATCH = BASE + "/providers/ldap/permissions/batch";

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void stubs() {
        coveo.acceptAll("f1");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String endpoint = "coveo-push:src?organizationId=org&apiKey=RAW(identity-secret)&pushApiUrl="
                                  + coveo.pushApiUrl() + "&securityProviderId=ldap&retryInitialDelay=10"
                                  + "&retryMaxDelay=50&maxRetries=1";
                // long enough for three asyncSends to reach one batch on a busy machine
                from("direct:identities").to(endpoint + "&batchLingerTime=1500");
                from("direct:slow").to(endpoint + "&batchLingerTime=10");
            }
        };
    }

    @Test
    void identitiesAliasesAndDeletionsShareOneBatchFile() throws Exception {
        CompletableFuture<Exchange> groups = template.asyncSend("direct:identities", e -> {
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, "addOrUpdateIdentity");
            e.getMessage().setBody("group,member\nEngineering,alice@example.com\nEngineering,bob@example.com\nOps,carol@example.com\n");
        });
        CompletableFuture<Exchange> alias = template.asyncSend("direct:identities", e -> {
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, "addOrUpdateAlias");
            e.getMessage().setBody(IdentityAlias.builder(Identity.user("alice@example.com"))
                    .mapping(AliasMapping.user("asmith", "Email Security Provider")).build());
        });
        CompletableFuture<Exchange> deletion = template.asyncSend("direct:identities", e -> {
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, "deleteIdentity");
            e.getMessage().setBody(Identity.user("dave@example.com"));
        });

        await().until(() -> groups.isDone() && alias.isDone() && deletion.isDone());
        assertThat(groups.join().getException()).isNull();
        assertThat(alias.join().getException()).isNull();
        assertThat(deletion.join().getException()).isNull();
        assertThat(coveo.findAll(anyRequestedFor(anyUrl()))).hasSize(3);
        LoggedRequest upload = coveo.uploads().get(0);
        assertThat(upload.containsHeader("Authorization")).isFalse();
        JsonNode file = json.readTree(upload.getBodyAsString());
        assertThat(file.fieldNames()).toIterable().containsExactly("members", "mappings", "deleted");
        assertThat(file.get("members").toString()).isEqualTo("[{\"identity\":{\"name\":\"Engineering\",\"type\":"
                + "\"GROUP\"},\"members\":[{\"name\":\"alice@example.com\",\"type\":\"USER\"},{\"name\":"
                + "\"bob@example.com\",\"type\":\"USER\"}]},{\"identity\":{\"name\":\"Ops\",\"type\":\"GROUP\"},"
                + "\"members\":[{\"name\":\"carol@example.com\",\"type\":\"USER\"}]}]");
        assertThat(file.at("/mappings/0/mappings/0/provider").asText()).isEqualTo("Email Security Provider");
        assertThat(file.get("deleted").toString())
                .isEqualTo("[{\"identity\":{\"name\":\"dave@example.com\",\"type\":\"USER\"}}]");
        LoggedRequest push = coveo.findAll(putRequestedFor(urlPathEqualTo(BATCH))).get(0);
        assertThat(push.queryParameter("fileId").firstValue()).isEqualTo("f1");
        assertThat(Long.parseLong(push.queryParameter("orderingId").firstValue())).isPositive();
        assertThat(push.getHeader("Authorization")).isEqualTo("Bearer identity-secret");
    }

    @Test
    void anExchangeCompletesOnlyOnceItsBatchIsAccepted() {
        coveo.stubFor(put(urlPathEqualTo(BATCH)).willReturn(aResponse().withStatus(202).withFixedDelay(1500)));

        CompletableFuture<Exchange> sent = template.asyncSend("direct:slow", e -> {
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, "addOrUpdateIdentity");
            e.getMessage().setBody(SecurityIdentity.group("Engineering", "alice@example.com"));
        });

        await().until(() -> coveo.uploads().size() == 1);
        assertThat(sent).as("uploaded but not yet accepted").isNotDone();
        await().until(sent::isDone);
        assertThat(sent.join().getException()).isNull();
        assertThat(sent.join().getMessage().getHeader(CoveoPushConstants.RESPONSE_STATUS)).isEqualTo(202);
    }

    @Test
    void aRefusedBatchFailsEveryExchangeInIt() {
        coveo.stubFor(put(urlPathEqualTo(BATCH)).willReturn(aResponse().withStatus(400)
                .withBody("{\"errorCode\":\"INVALID_JSON\",\"message\":\"no\"}")));

        Exchange result = template.request("direct:slow", e -> {
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, "addOrUpdateIdentity");
            e.getMessage().setBody(List.of(SecurityIdentity.group("A", "a@x.com"), SecurityIdentity.group("B")));
        });

        assertThat(result.getException()).isInstanceOf(CoveoPushApiException.class).hasMessageContaining("INVALID_JSON");
    }

    @Test
    void deleteIdentitiesOlderThanWaitsForTheIdentitiesBeforeIt() {
        coveo.stubFor(put(urlPathEqualTo(BATCH)).willReturn(aResponse().withStatus(202).withFixedDelay(1000)));
        CompletableFuture<Exchange> identity = template.asyncSend("direct:slow", e -> {
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, "addOrUpdateIdentity");
            e.getMessage().setBody(Map.of("user", "alice@example.com"));
        });
        await().until(() -> coveo.uploads().size() == 1); // admitted, its batch on its way

        Exchange older = template.request("direct:slow", e -> {
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, "deleteIdentitiesOlderThan");
            e.getMessage().setHeader(CoveoPushConstants.ORDERING_ID, 5L);
        });

        assertThat(older.getException()).isNull();
        await().until(identity::isDone);
        List<String> order = coveo.findAll(anyRequestedFor(anyUrl())).stream().map(LoggedRequest::getUrl).toList();
        assertThat(order.get(order.size() - 1)).isEqualTo(BASE + "/providers/ldap/permissions/olderthan?orderingId=5");
        assertThat(order).anyMatch(url -> url.startsWith(BATCH));
    }
}
