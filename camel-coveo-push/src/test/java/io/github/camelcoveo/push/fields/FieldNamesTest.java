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
package io.github.camelcoveo.push.fields;

import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Coveo's rule for field names, and the one way the component normalizes a name that breaks it. */
class FieldNamesTest {

    @Test
    void aNameThatFollowsTheRuleIsKept() throws Exception {
        assertThat(FieldNames.fieldName("price_2024", false)).isEqualTo("price_2024");
        assertThat(FieldNames.fieldName("a".repeat(255), false)).hasSize(255);
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertRefused("Price", "field names are lower case");
        assertRefused("list-price", "field names hold only the letters a-z, the digits 0-9 and _");
        assertRefused("2024sales", "field names start with a letter a-z");
        assertRefused("_private", "field names start with a letter a-z");
        assertRefused("a".repeat(256), "it has 256 characters, at most 255 are allowed");
    }

    @Test
    void normalizingLowerCasesReplacesAndPrefixes() throws Exception {
        assertThat(FieldNames.fieldName("List-Price", true)).isEqualTo("list_price");
        assertThat(FieldNames.fieldName("2024 Sales", true)).isEqualTo("f2024_sales");
        assertThat(FieldNames.fieldName("_id", true)).isEqualTo("f_id");
        assertThat(FieldNames.fieldName("Été", true)).isEqualTo("f_t_");
    }

    @Test
    void aNameTooLongEvenNormalizedIsRefusedWithItsOriginal() {
        String key = "A".repeat(300);
        assertThatThrownBy(() -> FieldNames.fieldName(key, true)).isInstanceOfSatisfying(
                InvalidDocumentException.class, e -> {
                    assertThat(e.getField()).isEqualTo(key);
                    assertThat(e.getRule()).contains("even normalized").contains("at most 255");
                });
    }

    @Test
    void theStandardKeysAreNoFieldNames() {
        assertThat(FieldNames.isStandard("clickableUri")).isTrue();
        assertThat(FieldNames.isStandard("modifiedDate")).isTrue();
        assertThat(FieldNames.isStandard("price")).isFalse();
    }

    private static void assertRefused(String key, String rule) {
        assertThatThrownBy(() -> FieldNames.fieldName(key, false)).isInstanceOfSatisfying(
                InvalidDocumentException.class, e -> {
                    assertThat(e.getField()).isEqualTo(key);
                    assertThat(e.getRule()).isEqualTo("is no valid Coveo field name: " + rule
                                                      + " (set normalizeFieldNames=true to have it normalized)");
                });
    }
}
