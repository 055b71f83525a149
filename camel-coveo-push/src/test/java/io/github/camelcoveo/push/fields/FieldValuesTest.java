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

import java.util.List;

import io.github.camelcoveo.push.client.FieldsApiClient.IndexField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The type a value asks for, what fits a field's type, and the coercions that lose nothing. */
class FieldValuesTest {

    @Test
    void typesAreInferredFromValues() {
        assertThat(FieldValues.infer("n", 3)).isEqualTo(new IndexField("n", "LONG_64", false));
        assertThat(FieldValues.infer("n", 5_000_000_000L).type()).isEqualTo("LONG_64");
        assertThat(FieldValues.infer("n", 2.5).type()).isEqualTo("DOUBLE");
        assertThat(FieldValues.infer("d", "2024-03-01 10:00:00").type()).isEqualTo("DATE");
        assertThat(FieldValues.infer("d", "2024-03-01").type()).isEqualTo("STRING");
        assertThat(FieldValues.infer("b", true).type()).isEqualTo("STRING");
        assertThat(FieldValues.infer("t", List.of(1, 2))).isEqualTo(new IndexField("t", "STRING", true));
    }

    @Test
    void wholeNumbersAndDecimalsWidenToDoubleOtherwiseTheFirstStands() {
        IndexField whole = new IndexField("n", "LONG_64", false);
        IndexField decimal = new IndexField("n", "DOUBLE", false);
        IndexField text = new IndexField("n", "STRING", false);
        assertThat(FieldValues.widen(whole, decimal)).isEqualTo(decimal);
        assertThat(FieldValues.widen(decimal, whole)).isEqualTo(decimal);
        assertThat(FieldValues.widen(whole, text)).isEqualTo(whole);
    }

    @Test
    void whatFitsEachType() {
        assertThat(fits("STRING", List.of("a"))).isTrue();
        assertThat(fits("STRING", 3)).isTrue();
        assertThat(fits("LONG_64", 5_000_000_000L)).isTrue();
        assertThat(fits("LONG", 5_000_000_000L)).isFalse();
        assertThat(fits("LONG", 7)).isTrue();
        assertThat(fits("LONG", 7.5)).isFalse();
        assertThat(fits("DOUBLE", 3)).isTrue();
        assertThat(fits("DOUBLE", (1L << 53) + 1)).isFalse();
        assertThat(fits("DATE", "2024-03-01 10:00:00")).isTrue();
        assertThat(fits("DATE", 1_700_000_000_000L)).isFalse();
        assertThat(fits("LONG_64", List.of(1L))).isFalse();
        assertThat(fits("VECTOR", "anything")).isTrue();
    }

    @Test
    void coercionLosesNothing() {
        assertThat(coerced("LONG", "42")).isEqualTo(42L);
        assertThat(coerced("LONG_64", 3.0)).isEqualTo(3L);
        assertThat(coerced("DOUBLE", "2.5")).isEqualTo(2.5);
        assertThat(coerced("DATE", "2024-03-01T10:00:00+02:00")).isEqualTo("2024-03-01 08:00:00");
        assertThat(coerced("LONG", "42.5")).isNull();
        assertThat(coerced("LONG", "5000000000")).isNull();
        assertThat(coerced("LONG", "forty-two")).isNull();
        assertThat(coerced("DOUBLE", (1L << 53) + 1)).isNull();
        assertThat(coerced("DATE", "2024-03-01T10:00:00.5Z")).isNull();
        assertThat(coerced("LONG", true)).isNull();
    }

    @Test
    void withoutCoercionAMisfitStaysOne() {
        assertThat(FieldValues.fitted(new IndexField("n", "LONG", false), "42", false)).isNull();
    }

    private static boolean fits(String type, Object value) {
        return FieldValues.fitted(new IndexField("f", type, false), value, false) == value;
    }

    private static Object coerced(String type, Object value) {
        return FieldValues.fitted(new IndexField("f", type, false), value, true);
    }
}
