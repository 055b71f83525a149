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
package io.github.camelcoveo.push.document;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PushDocumentTest {

    @Test
    void aBuiltDocumentKeepsItsMetadataWhenItsBuilderGoesOn() {
        PushDocument.Builder builder = PushDocument.builder("https://host/a").title("first").metadata("n", 1);
        PushDocument first = builder.build();

        builder.metadata("n", 2).metadata(Map.of("extra", "x"));
        builder.metadata().remove("title");
        PushDocument second = builder.build();
        builder.metadata("n", 3);

        assertThat(first.getMetadata()).containsExactly(Map.entry("title", "first"), Map.entry("n", 1));
        assertThat(second.getMetadata()).containsOnly(Map.entry("n", 2), Map.entry("extra", "x"));
        assertThatThrownBy(() -> first.getMetadata().put("n", 9)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDocumentRebuiltFromItselfDoesNotChangeTheOriginal() {
        PushDocument original = PushDocument.builder("https://host/a").metadata("k", "v").build();
        PushDocument changed = original.toBuilder().metadata("k", "w").build();

        assertThat(original.getMetadata()).containsExactly(Map.entry("k", "v"));
        assertThat(changed.getMetadata()).containsExactly(Map.entry("k", "w"));
    }
}
