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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.security.Permission;
import io.github.camelcoveo.push.security.PermissionModel;
import io.github.camelcoveo.push.security.PermissionSet;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Item permissions through routes: every path (single push, batch) normalizes, applies defaults and checks them. */
@Timeout(60)
class SecuredDocumentsRouteTest extends CoveoPushTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:single").to(coveo.endpoint("src", "defaultSecurityProvider=ldap"));
                from("direct:defaults").to(coveo.endpoint("src",
                        "defaultPermissions=GROUP:Everyone,-USER:guest@example.com&allowAnonymous=false"));
                from("direct:batch").to("coveo-push:src?organizationId=" + PushApiDouble.ORG + "&apiKey=RAW("
                                        + PushApiDouble.API_KEY + ")&pushApiUrl=" + coveo.pushApiUrl()
                                        + "&batchLingerTime=20&defaultSecurityProvider=ldap");
            }
        };
    }

    private JsonNode onlyDocumentBody() throws Exception {
        List<LoggedRequest> requests = coveo.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return json.readTree(requests.get(0).getBodyAsString());
    }

    @Test
    void theHeaderSimpleFormReachesCoveoInThePushApiShapeWithTheDefaultProvider() throws Exception {
        Exchange result = template.request("direct:single", e -> {
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/secured");
            e.getMessage().setHeader(CoveoPushConstants.PERMISSIONS, "GROUP:Engineering, -USER:bob@example.com");
            e.getMessage().setBody("secret");
        });

        assertThat(result.getException()).isNull();
        assertThat(onlyDocumentBody().get("permissions").toString()).isEqualTo(
                "[{\"allowedPermissions\":[{\"identity\":\"Engineering\",\"identityType\":\"GROUP\","
                + "\"securityProvider\":\"ldap\"}],\"deniedPermissions\":[{\"identity\":\"bob@example.com\","
                + "\"identityType\":\"USER\",\"securityProvider\":\"ldap\"}]}]");
    }

    @Test
    void aTypedModelInAPushDocumentKeepsItsOwnProvider() throws Exception {
        PushDocument document = PushDocument.builder("https://intranet/typed").data("x")
                .permissions(List.of(PermissionSet.builder().allow(Permission.user("a@example.com").in("Email Security"
                                                                                                       + " Provider")).build()))
                .build();

        assertThat(template.request("direct:single", e -> e.getMessage().setBody(document)).getException()).isNull();

        assertThat(onlyDocumentBody().at("/permissions/0/allowedPermissions/0/securityProvider").asText())
                .isEqualTo("Email Security Provider");
    }

    @Test
    void itemsWithoutPermissionsGetTheEndpointDefaults() throws Exception {
        template.request("direct:defaults", e -> {
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/public");
            e.getMessage().setBody("x");
        });

        assertThat(onlyDocumentBody().get("permissions").toString()).isEqualTo(
                "[{\"allowAnonymous\":false,\"allowedPermissions\":[{\"identity\":\"Everyone\",\"identityType\":"
                + "\"GROUP\"}],\"deniedPermissions\":[{\"identity\":\"guest@example.com\",\"identityType\":\"USER\"}]}]");
    }

    @Test
    void aBatchedMapBodyGetsTheSameNormalization() throws Exception {
        Exchange result = template.request("direct:batch", e -> e.getMessage().setBody(Map.of(
                "documentId", "https://intranet/batched", "data", "x",
                "permissions", List.of(Map.of("allowedPermissions", List.of(Map.of("identity", "Sales",
                        "identityType", "group")))))));

        assertThat(result.getException()).isNull();
        List<LoggedRequest> uploads = coveo.findAll(putRequestedFor(urlPathMatching("/s3/.*")));
        assertThat(uploads).hasSize(1);
        JsonNode batch = json.readTree(uploads.get(0).getBodyAsString());
        assertThat(batch.at("/addOrUpdate/0/permissions").toString()).isEqualTo(
                "[{\"allowedPermissions\":[{\"identity\":\"Sales\",\"identityType\":\"GROUP\",\"securityProvider\":"
                + "\"ldap\"}]}]");
    }

    @Test
    void eachRuleFailsTheExchangeBeforeAnyRequestOnEveryPath() {
        PermissionSet.Builder tooMany = PermissionSet.builder();
        for (int i = 0; i <= PermissionModel.MAX_PERMISSIONS; i++) {
            tooMany.allowUser("u" + i);
        }
        Map<Object, String[]> cases = Map.of(
                "ROBOT:x", new String[] {"permissions entry 'ROBOT:x'", "must be one of USER, GROUP"},
                List.of(Map.of("allowedPermissions", List.of(Map.of("identity", "", "identityType", "USER")))),
                new String[] {"permissions[0].allowedPermissions[0].identity", "must not be empty"},
                List.of(tooMany.build()), new String[] {"permissions", "holds 5001 permissions"});
        for (String route : List.of("direct:single", "direct:batch")) {
            cases.forEach((permissions, expected) -> {
                Exchange result = template.request(route, e -> {
                    e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/bad");
                    e.getMessage().setHeader(CoveoPushConstants.PERMISSIONS, permissions);
                    e.getMessage().setBody("x");
                });
                assertThat(result.getException()).as(route + " " + expected[0])
                        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining(expected[1]);
                assertThat(((InvalidDocumentException) result.getException()).getField()).isEqualTo(expected[0]);
            });
        }
        assertThat(coveo.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
