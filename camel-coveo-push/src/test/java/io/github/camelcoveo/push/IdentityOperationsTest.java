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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.security.Identity;
import io.github.camelcoveo.push.security.SecurityIdentity;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.github.camelcoveo.push.PushApiDouble.API_KEY;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** Each identity operation, one request each (batch=false): its exact method, path, query, body and headers. */
@Timeout(60)
class IdentityOperationsTest extends CoveoPushTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:identity").to(coveo.endpoint("src",
                        "operation=addOrUpdateIdentity&securityProviderId=My Provider"));
                from("direct:alias").to(coveo.endpoint("src",
                        "operation=addOrUpdateAlias&securityProviderId=My Provider"));
                from("direct:delete").to(coveo.endpoint("src",
                        "operation=deleteIdentity&securityProviderId=My Provider"));
                from("direct:older").to(coveo.endpoint("src",
                        "operation=deleteIdentitiesOlderThan&securityProviderId=My Provider&queueDelay=3"));
                from("direct:noProvider").to(coveo.endpoint("src", "operation=addOrUpdateIdentity"));
            }
        };
    }

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            headers.forEach(e.getMessage()::setHeader);
        });
    }

    private List<LoggedRequest> requests() {
        return coveo.findAll(anyRequestedFor(anyUrl()));
    }

    private void assertOnlyRequest(String method, String url, String body) throws Exception {
        assertThat(requests()).hasSize(1);
        LoggedRequest request = requests().get(0);
        assertThat(request.getMethod().getName()).isEqualTo(method);
        if (url.contains("?")) {
            assertThat(request.getUrl()).isEqualTo(url);
        } else {
            // without the route's orderingId, the component gives one from the clock, kept through redeliveries
            assertThat(request.getUrl()).startsWith(url + "?orderingId=");
            long orderingId = Long.parseLong(request.queryParameter("orderingId").firstValue());
            assertThat(orderingId).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
        }
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        if (body == null) {
            assertThat(request.getBodyAsString()).isEmpty();
        } else {
            assertThat(json.readTree(request.getBodyAsString())).isEqualTo(json.readTree(body));
        }
    }

    @Test
    void addOrUpdateIdentityPutsOneIdentityWithItsMembers() throws Exception {
        SecurityIdentity group = SecurityIdentity.builder(Identity.group("Engineering"))
                .member(Identity.user("alice@example.com")).member(Identity.group("Interns"))
                .wellKnown(Identity.group("Everyone")).build();

        Exchange result = send("direct:identity", group, Map.of(CoveoPushConstants.ORDERING_ID, 42L));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CoveoPushConstants.RESPONSE_STATUS)).isEqualTo(202);
        assertOnlyRequest("PUT", BASE + "/providers/My%20Provider/permissions?orderingId=42",
                "{\"identity\":{\"name\":\"Engineering\",\"type\":\"GROUP\"},\"members\":["
                + "{\"name\":\"alice@example.com\",\"type\":\"USER\"},{\"name\":\"Interns\",\"type\":\"GROUP\"}],"
                + "\"wellKnowns\":[{\"name\":\"Everyone\",\"type\":\"GROUP\"}]}");
    }

    @Test
    void theSimpleFormWithHeadersNamesTheIdentityAndTheBodyItsMembers() throws Exception {
        send("direct:identity", "alice@example.com; GROUP:Interns | bob@example.com",
                Map.of(CoveoPushConstants.IDENTITY, "Engineering", CoveoPushConstants.IDENTITY_TYPE, "group"));

        assertOnlyRequest("PUT", BASE + "/providers/My%20Provider/permissions",
                "{\"identity\":{\"name\":\"Engineering\",\"type\":\"GROUP\"},\"members\":["
                + "{\"name\":\"alice@example.com\",\"type\":\"USER\"},{\"name\":\"Interns\",\"type\":\"GROUP\"},"
                + "{\"name\":\"bob@example.com\",\"type\":\"USER\"}]}");
    }

    @Test
    void addOrUpdateAliasPutsTheMappings() throws Exception {
        send("direct:alias", Map.of("identity", "asmith", "mapping", "alice@example.com",
                "provider", "Email Security Provider"), Map.of());

        assertOnlyRequest("PUT", BASE + "/providers/My%20Provider/mappings",
                "{\"identity\":{\"name\":\"asmith\",\"type\":\"USER\"},\"mappings\":[{\"name\":\"alice@example.com\","
                + "\"type\":\"USER\",\"provider\":\"Email Security Provider\"}]}");
    }

    @Test
    void deleteIdentitySendsTheIdentityInTheBody() throws Exception {
        send("direct:delete", null, Map.of(CoveoPushConstants.IDENTITY, "bjones@example.com",
                CoveoPushConstants.IDENTITY_TYPE, "USER", CoveoPushConstants.ORDERING_ID, 7));

        assertOnlyRequest("DELETE", BASE + "/providers/My%20Provider/permissions?orderingId=7",
                "{\"identity\":{\"name\":\"bjones@example.com\",\"type\":\"USER\"}}");
    }

    @Test
    void deleteIdentitiesOlderThanCarriesOrderingIdAndQueueDelay() throws Exception {
        Exchange result = send("direct:older", null, Map.of(CoveoPushConstants.ORDERING_ID, 1700000000000L));

        assertThat(result.getException()).isNull();
        assertOnlyRequest("DELETE", BASE + "/providers/My%20Provider/permissions/olderthan?orderingId=1700000000000"
                                    + "&queueDelay=3", null);
    }

    @Test
    void aCollectionBodyIsOneRequestPerIdentityWithRowsMerged() throws Exception {
        send("direct:identity", List.of(Map.of("group", "Sales", "member", "a@x.com"),
                Map.of("group", "Sales", "member", "b@x.com"), Map.of("group", "Ops", "member", "a@x.com")), Map.of());

        assertThat(requests()).hasSize(2);
        assertThat(requests()).extracting(r -> json.readTree(r.getBodyAsString()).at("/members").size())
                .containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void eachRuleFailsBeforeAnyRequest() {
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("direct:noProvider", new Object[] {SecurityIdentity.group("g", "u"), Map.of(),
                                                     "securityProviderId", "is required by addOrUpdateIdentity"});
        cases.put("direct:identity", new Object[] {Map.of("identity", "g", "identityType", "ROBOT"), Map.of(),
                                                   "identityType", "must be one of USER, GROUP, VIRTUAL_GROUP, UNKNOWN"});
        cases.put("direct:alias", new Object[] {Map.of("identity", "asmith", "mapping", "a@x.com"), Map.of(),
                                                "mappings[0].provider", "must name the security identity provider"});
        cases.put("direct:delete", new Object[] {Map.of("identity", "bob"), Map.of(), "identity.type",
                                                 "is required to delete 'bob'"});
        cases.put("direct:older", new Object[] {null, Map.of(), CoveoPushConstants.ORDERING_ID,
                                                "is required by deleteIdentitiesOlderThan"});
        cases.forEach((uri, c) -> {
            @SuppressWarnings("unchecked")
            Exchange result = send(uri, c[0], (Map<String, Object>) c[1]);
            assertThat(result.getException()).as(uri).isInstanceOf(InvalidDocumentException.class)
                    .hasMessageContaining((String) c[3]);
            assertThat(((InvalidDocumentException) result.getException()).getField()).isEqualTo(c[2]);
        });
        Exchange empty = send("direct:identity", Map.of("identity", " ", "members", "a"), Map.of());
        assertThat(empty.getException()).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("must not be empty");
        Exchange emptyMember = send("direct:identity", SecurityIdentity.builder(Identity.group("g"))
                .member(Identity.user("")).build(), Map.of());
        assertThat(((InvalidDocumentException) emptyMember.getException()).getField()).isEqualTo("members[0].name");
        assertThat(requests()).isEmpty();
    }
}
