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
package io.github.camelcoveo.push.emulated;

import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.emulator.PushApiEmulator;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.fields.FieldType;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fields scenarios against the emulator's Platform API: it keeps Coveo's name and type rules, marks metadata
 * without a field as not searchable, and refuses field creation to a key without the privilege.
 */
class FieldsEmulatedTest extends CamelTestSupport {

    private static final String ORG = "org-fields";
    private static final String KEY = "fields-key-7";
    private static final String READ_ONLY = "org-read-only";
    private static final String READ_ONLY_KEY = "read-only-key-8";
    private static PushApiEmulator coveo;

    @BeforeAll
    static void startEmulator() {
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization(ORG, KEY)
                .source(ORG, "src").field(ORG, "quantity", FieldType.LONG)
                .organization(READ_ONLY, READ_ONLY_KEY).source(READ_ONLY, "src").fieldsReadOnly(READ_ONLY)
                .build().start();
    }

    @AfterAll
    static void stopEmulator() {
        coveo.stop();
    }

    @BeforeEach
    void resetEmulator() {
        coveo.reset();
    }

    private static String uri(String org, String key, String options) {
        return "coveo-push:src?organizationId=" + org + "&apiKey=" + key + "&pushApiUrl=" + coveo.pushApiUrl()
               + "&platformApiUrl=" + coveo.platformApiUrl() + "&batch=false&retryInitialDelay=10&maxRetries=1"
               + options;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to(uri(ORG, KEY, "&createMissingFields=true"));
                from("direct:plain").to(uri(ORG, KEY, ""));
                from("direct:normalize").to(uri(ORG, KEY, "&createMissingFields=true&normalizeFieldNames=true"));
                from("direct:readOnly").to(uri(READ_ONLY, READ_ONLY_KEY, "&createMissingFields=true"));
            }
        };
    }

    private Exchange push(String route, String documentId, Map<String, Object> metadata) {
        return template.request(route, e -> {
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, documentId);
            e.getMessage().setHeader(CoveoPushConstants.METADATA, metadata);
            e.getMessage().setBody("text of " + documentId);
        });
    }

    @Test
    void missingFieldsAreCreatedWithTheirTypeOnceAndTheMetadataIsSearchable() {
        assertThat(push("direct:create", "https://shop/1", Map.of("price", 12.5, "stock", 3,
                "published", java.time.Instant.parse("2024-03-05T07:08:09Z"), "tags", List.of("a", "b"))).getException()).isNull();
        assertThat(push("direct:create", "https://shop/2", Map.of("price", 7.25, "stock", 9)).getException())
                .isNull();

        assertThat(coveo.field(ORG, "price")).get().extracting(f -> f.type()).isEqualTo(FieldType.DOUBLE);
        assertThat(coveo.field(ORG, "stock")).get().extracting(f -> f.type()).isEqualTo(FieldType.LONG_64);
        assertThat(coveo.field(ORG, "published")).get().extracting(f -> f.type()).isEqualTo(FieldType.DATE);
        assertThat(coveo.field(ORG, "tags")).get().extracting(f -> f.type()).isEqualTo(FieldType.STRING);
        IndexedItem first = coveo.item(ORG, "src", "https://shop/1").orElseThrow();
        assertThat(first.searchableFields()).containsKeys("price", "stock", "published", "tags");
        assertThat(first.unsearchableMetadata()).isEmpty();
        // the organization's fields were read once, and each field created once
        assertThat(coveo.requests().count(RequestKind.LIST_FIELDS) + coveo.requests().count(RequestKind.SEARCH_FIELDS))
                .isEqualTo(1);
        assertThat(coveo.requests().count(RequestKind.CREATE_FIELDS)).isEqualTo(1);
    }

    @Test
    void withoutCreateMissingFieldsTheMetadataIsKeptButNotSearchable() {
        assertThat(push("direct:plain", "https://shop/3", Map.of("colour", "red")).getException()).isNull();

        IndexedItem item = coveo.item(ORG, "src", "https://shop/3").orElseThrow();
        assertThat(item.unsearchableMetadata()).containsKey("colour");
        assertThat(coveo.field(ORG, "colour")).isEmpty();
    }

    @Test
    void aValueThatDoesNotFitItsFieldFailsTheExchangeNamingTheFieldAndNothingIsSent() {
        Exchange result = push("direct:create", "https://shop/4", Map.of("quantity", "many"));

        assertThat(result.getException()).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("quantity").hasMessageContaining("many").hasMessageContaining("LONG");
        assertThat(coveo.item(ORG, "src", "https://shop/4")).isEmpty();
    }

    @Test
    void aNameCoveoRefusesFailsBeforeAnyRequestOrIsNormalizedWhenAsked() {
        Exchange refused = push("direct:create", "https://shop/5", Map.of("Unit Price", 3.5));
        assertThat(refused.getException()).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("Unit Price");
        assertThat(coveo.item(ORG, "src", "https://shop/5")).isEmpty();

        assertThat(push("direct:normalize", "https://shop/6", Map.of("Unit Price", 3.5)).getException()).isNull();
        assertThat(coveo.field(ORG, "unit_price")).get().extracting(f -> f.type()).isEqualTo(FieldType.DOUBLE);
        assertThat(coveo.item(ORG, "src", "https://shop/6").orElseThrow().searchableFields())
                .containsKey("unit_price");
    }

    @Test
    void aKeyWithoutTheFieldPrivilegeGetsAnErrorThatSaysWhichPrivilege() {
        Exchange result = push("direct:readOnly", "https://shop/7", Map.of("weight", 2.5));

        assertThat(result.getException()).isInstanceOf(CoveoPushApiException.class)
                .hasMessageContaining("Fields - ").hasMessageNotContaining(READ_ONLY_KEY);
        assertThat(coveo.item(READ_ONLY, "src", "https://shop/7")).isEmpty();
    }
}
