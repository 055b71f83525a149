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

import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The items an exchange counts as (meters, JMX): what its operation read from the body, not the body's shape; an
 * identity CSV is as many identities as it holds, a partial update whose value is an array is one, an operation on
 * the whole source is one whatever the body.
 */
class ItemCountTest extends CoveoPushTestSupport {

    private static final String PROVIDER = "&securityProviderId=My Provider";

    private String identities() {
        return coveo.endpoint("identities", "operation=addOrUpdateIdentity" + PROVIDER);
    }

    private String aliases() {
        return coveo.endpoint("aliases", "operation=addOrUpdateAlias" + PROVIDER);
    }

    private String older() {
        return coveo.endpoint("older", "operation=deleteIdentitiesOlderThan" + PROVIDER);
    }

    private String partial() {
        return coveo.catalogEndpoint("&operation=partialUpdate&batchLingerTime=100");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:identities").to(identities());
                from("direct:aliases").to(aliases());
                from("direct:older").to(older());
                from("direct:partial").to(partial());
            }
        };
    }

    private CoveoPushEndpoint endpoint(String uri) {
        return context.getEndpoint(uri, CoveoPushEndpoint.class);
    }

    @Test
    void anIdentityCsvCountsTheIdentitiesItHoldsNotItsHeaderNorOneForTheBody() {
        String csv = """
                group,members
                Sales,"alice@example.com
                bob@example.com"
                Interns,carol@example.com
                Support,dave@example.com
                """;
        Exchange done = template.request("direct:identities", e -> e.getMessage().setBody(csv));

        assertThat(done.getException()).isNull();
        assertThat(endpoint(identities()).getDocumentsAdmitted()).isEqualTo(3);
        assertThat(endpoint(identities()).getDocumentsAccepted()).isEqualTo(3);
    }

    @Test
    void aTableOfRowsCountsTheIdentitiesTheRowsMake() {
        // camel-csv's rows with their header row: two identities, not three items
        List<List<String>> rows = List.of(List.of("user", "mappings", "provider"),
                List.of("u1", "u1@x.com", "Email"), List.of("u2", "u2@x.com", "Email"));
        Exchange done = template.request("direct:aliases", e -> e.getMessage().setBody(rows));

        assertThat(done.getException()).isNull();
        assertThat(endpoint(aliases()).getDocumentsAdmitted()).isEqualTo(2);
        assertThat(endpoint(aliases()).getDocumentsAccepted()).isEqualTo(2);
    }

    @Test
    void anInputRefusedBeforeItWasReadCountsAsOneInvalidItem() {
        Exchange done = template.request("direct:aliases", e -> e.getMessage().setBody(Map.of("no", "alias")));

        assertThat(done.getException()).isInstanceOf(InvalidDocumentException.class);
        assertThat(endpoint(aliases()).getDocumentsAdmitted()).isEqualTo(1);
        assertThat(endpoint(aliases()).getDocumentsInvalid()).isEqualTo(1);
    }

    @Test
    void anOperationOnTheWholeSourceIsOneItemWhateverTheBody() {
        Exchange done = template.request("direct:older", e -> {
            e.getMessage().setHeader(CoveoPushConstants.ORDERING_ID, 42L);
            e.getMessage().setBody(List.of("a", "b", "c"));
        });

        assertThat(done.getException()).isNull();
        assertThat(endpoint(older()).getDocumentsAdmitted()).isEqualTo(1);
        assertThat(endpoint(older()).getDocumentsAccepted()).isEqualTo(1);
    }

    @Test
    void aPartialUpdateWhoseValueIsAnArrayIsOneItem() {
        Exchange done = template.request("direct:partial", e -> {
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "product://p1");
            e.getMessage().setHeader(CoveoPushConstants.PARTIAL_UPDATE_OPERATOR, "arrayAppend");
            e.getMessage().setHeader(CoveoPushConstants.PARTIAL_UPDATE_FIELD, "ec_colors");
            e.getMessage().setBody(List.of("red", "blue", "green"));
        });

        assertThat(done.getException()).isNull();
        await().until(() -> endpoint(partial()).getDocumentsAccepted() == 1);
        assertThat(endpoint(partial()).getDocumentsAdmitted()).isEqualTo(1);
    }
}
