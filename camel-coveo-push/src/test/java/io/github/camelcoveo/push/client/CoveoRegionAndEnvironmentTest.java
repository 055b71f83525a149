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
package io.github.camelcoveo.push.client;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoveoRegionAndEnvironmentTest {

    @Test
    void namesAreReadInAnyCaseAndDefaultWhenMissing() {
        assertThat(CoveoRegion.of(" EU ")).isEqualTo(CoveoRegion.eu);
        assertThat(CoveoRegion.of(null)).isEqualTo(CoveoRegion.us);
        assertThat(CoveoEnvironment.of("Hipaa")).isEqualTo(CoveoEnvironment.hipaa);
        assertThat(CoveoEnvironment.of("")).isEqualTo(CoveoEnvironment.prod);
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThatThrownBy(() -> CoveoRegion.of("mars")).hasMessage("region must be one of us, eu, au, ca: 'mars'");
        assertThatThrownBy(() -> CoveoEnvironment.of("qa"))
                .hasMessage("environment must be one of prod, hipaa, dev, stg: 'qa'");
    }

    /** The options are Strings (their rules name them), so the catalog's enums are written out: they must match. */
    @ParameterizedTest
    @ValueSource(strings = {"region", "environment"})
    void theCatalogListsTheConstants(String option) throws Exception {
        Class<? extends Enum<?>> type = option.equals("region") ? CoveoRegion.class : CoveoEnvironment.class;
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelcoveo/push/coveo-push.json")) {
            JsonNode catalog = new ObjectMapper().readTree(in);
            for (String kind : List.of("componentProperties", "properties")) {
                assertThat(catalog.path(kind).path(option).path("enum")).as(kind)
                        .extracting(JsonNode::asText).containsExactlyElementsOf(constants);
            }
        }
    }
}
