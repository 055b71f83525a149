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

import io.github.camelcoveo.push.error.InvalidDocumentException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The value rules of metadata; dates have their own test, {@link DateValuesTest}. */
public class MetadataValuesTest {

    private static final Instant INSTANT = Instant.parse("2024-03-05T07:08:09Z");
    private static final String COVEO = "2024-03-05 07:08:09";

    private final MetadataValues values = new MetadataValues(ZoneOffset.UTC);

    private Object normalize(String key, Object value) throws InvalidDocumentException {
        return values.normalizeValue(key, value);
    }

    @Test
    void scalarsPassThrough() throws Exception {
        assertThat(normalize("author", "Ann")).isEqualTo("Ann");
        assertThat(normalize("count", 42)).isEqualTo(42);
        assertThat(normalize("big", 1L << 40)).isEqualTo(1L << 40);
        assertThat(normalize("ratio", 1.5d)).isEqualTo(1.5d);
        assertThat(normalize("ratio", 1.25f)).isEqualTo(1.25f);
        assertThat(normalize("small", (short) 3)).isEqualTo((short) 3);
        assertThat(normalize("flag", true)).isEqualTo(true);
        assertThat(normalize("nothing", null)).isNull();
    }

    @Test
    void textLikeValuesBecomeStrings() throws Exception {
        UUID uuid = UUID.randomUUID();
        assertThat(normalize("id", uuid)).isEqualTo(uuid.toString());
        assertThat(normalize("link", URI.create("https://a/b"))).isEqualTo("https://a/b");
        assertThat(normalize("link", URI.create("https://a/b?c=d").toURL())).isEqualTo("https://a/b?c=d");
        assertThat(normalize("letter", 'x')).isEqualTo("x");
        assertThat(normalize("text", new StringBuilder("sb"))).isEqualTo("sb");
        assertThat(normalize("unit", java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("SECONDS");
        assertThat(normalize("currency", Currency.getInstance("EUR"))).isEqualTo("EUR");
        assertThat(normalize("language", Locale.CANADA_FRENCH)).isEqualTo("fr-CA");
        assertThat(normalize("zone", ZoneId.of("Europe/Paris"))).isEqualTo("Europe/Paris");
        assertThat(normalize("zone", ZoneOffset.ofHours(2))).isEqualTo("+02:00");
        assertThat(normalize("took", Duration.ofMinutes(90))).isEqualTo("PT1H30M");
        assertThat(normalize("term", Period.of(1, 2, 3))).isEqualTo("P1Y2M3D");
        assertThat(normalize("active", new AtomicBoolean(true))).isEqualTo(true);
    }

    @Test
    void charArraysAreOneStringNotAListOfLetters() throws Exception {
        assertThat(normalize("code", "AB-12".toCharArray())).isEqualTo("AB-12");
        assertThat(normalize("code", new Character[] { 'o', 'k' })).isEqualTo("ok");
        assertThat(normalize("codes", List.of("ab".toCharArray(), "cd".toCharArray()))).isEqualTo(List.of("ab", "cd"));
        MetadataValuesTest.assertInvalid(() -> normalize("code", new Character[] { 'o', null }), "code",
                "null character");
    }

    @Test
    void optionalsAreUnwrappedAndEmptyOnesAreAbsent() throws Exception {
        assertThat(normalize("author", Optional.of("Ann"))).isEqualTo("Ann");
        assertThat(normalize("author", Optional.empty())).isNull();
        assertThat(normalize("count", OptionalInt.of(3))).isEqualTo(3);
        assertThat(normalize("count", OptionalLong.empty())).isNull();
        assertThat(normalize("ratio", OptionalDouble.of(0.5))).isEqualTo(0.5);
        assertThat(normalize("tags", Optional.of(List.of("a")))).isEqualTo(List.of("a"));
        assertThat(normalize("date", Optional.of(INSTANT))).isEqualTo(COVEO);
        assertThat(normalize("tags", List.of(Optional.of("a"), Optional.empty(), Optional.of("b"))))
                .isEqualTo(List.of("a", "b"));

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("author", Optional.empty());
        fields.put("title", Optional.of("T"));
        assertThat(values.normalize(fields, "test")).containsExactly(Map.entry("title", "T"));
    }

    @ParameterizedTest
    @ValueSource(doubles = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY })
    void nanAndInfinityAreRefused(double bad) {
        assertInvalid(() -> normalize("ratio", bad), "ratio", "hold no NaN or Infinity");
        assertInvalid(() -> normalize("ratio", (float) bad), "ratio", "hold no NaN or Infinity");
        assertInvalid(() -> normalize("ratios", List.of(1.0, bad)), "ratios", "hold no NaN or Infinity");
        assertInvalid(() -> normalize("ratios", new double[] { bad }), "ratios", "hold no NaN or Infinity");
        DoubleAdder adder = new DoubleAdder();
        adder.add(bad);
        assertInvalid(() -> normalize("sum", adder), "sum", "hold no NaN or Infinity");
    }

    @Test
    void bigDecimalsAreWholeNumbersWhenTheyCanBeElseDoubles() throws Exception {
        // Oracle NUMBER and DECIMAL(p,0) columns arrive as BigDecimal
        assertThat(normalize("id", new BigDecimal("12345"))).isEqualTo(12345L);
        assertThat(normalize("id", new BigDecimal("1.2E+3"))).isEqualTo(1200L);
        assertThat(normalize("price", new BigDecimal("19.900"))).isEqualTo(19.9d);
        assertThat(normalize("price", new BigDecimal("0.1"))).isEqualTo(0.1d);
        assertThat(normalize("id", new BigDecimal("9223372036854775807"))).isEqualTo(Long.MAX_VALUE);
        assertThat(normalize("id", BigDecimal.ZERO.setScale(4))).isEqualTo(0L);
        assertThat(normalize("prices", List.of(new BigDecimal("1.5"), new BigDecimal("2")))).isEqualTo(List.of(1.5d, 2L));

        assertInvalid(() -> normalize("id", new BigDecimal("9223372036854775808")), "id",
                "beyond the 64 bits of Coveo's LONG_64 fields");
        assertInvalid(() -> normalize("huge", new BigDecimal("1.5E+400")), "huge", "beyond the 64 bits");
        assertInvalid(() -> normalize("huge", new BigDecimal("1E+400").add(new BigDecimal("0.5"))), "huge",
                "beyond what a double");
        assertInvalid(() -> normalize("tiny", new BigDecimal("1E-400")), "tiny", "beyond what a double");
    }

    @Test
    void bigIntegersMustFitIn64Bits() throws Exception {
        assertThat(normalize("id", BigInteger.valueOf(-42))).isEqualTo(-42L);
        assertThat(normalize("id", BigInteger.valueOf(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
        assertInvalid(() -> normalize("id", BigInteger.ONE.shiftLeft(63)), "id", "send it as a string");
        assertInvalid(() -> normalize("ids", List.of(BigInteger.ONE.shiftLeft(64))), "ids", "beyond the 64 bits");
    }

    @Test
    void atomicsAndAddersAreASnapshotOfTheirValue() throws Exception {
        AtomicInteger counter = new AtomicInteger(7);
        Object normalized = normalize("count", counter);
        counter.incrementAndGet();
        assertThat(normalized).isEqualTo(7);
        assertThat(normalize("count", new AtomicLong(8))).isEqualTo(8L);
        LongAdder adder = new LongAdder();
        adder.add(9);
        assertThat(normalize("count", adder)).isEqualTo(9L);
    }

    @Test
    void anUnknownNumberTypeIsRefused() {
        Number odd = new Number() {
            @Override
            public int intValue() {
                return 1;
            }

            @Override
            public long longValue() {
                return 1;
            }

            @Override
            public float floatValue() {
                return 1;
            }

            @Override
            public double doubleValue() {
                return 1;
            }
        };
        assertInvalid(() -> normalize("n", odd), "n", "a number the component cannot type");
    }

    @Test
    void collectionsAndArraysOfScalarsBecomeFlatLists() throws Exception {
        assertThat(normalize("tags", List.of("a", "b"))).isEqualTo(List.of("a", "b"));
        assertThat(normalize("tags", new TreeSet<>(Set.of("b", "a")))).isEqualTo(List.of("a", "b"));
        assertThat(normalize("tags", new String[] { "x", "y" })).isEqualTo(List.of("x", "y"));
        assertThat(normalize("nums", new int[] { 1, 2 })).isEqualTo(List.of(1, 2));
        assertThat(normalize("nums", new long[] { 3 })).isEqualTo(List.of(3L));
        assertThat(normalize("nums", new float[] { 0.5f })).isEqualTo(List.of(0.5f));
        assertThat(normalize("flags", new boolean[] { true })).isEqualTo(List.of(true));
        assertThat(normalize("dates", List.of(INSTANT, Date.from(INSTANT)))).isEqualTo(List.of(COVEO, COVEO));
        assertThat(normalize("empty", List.of())).isEqualTo(List.of());
        assertThat(normalize("sparse", Arrays.asList("a", null, "b"))).isEqualTo(List.of("a", "b"));
    }

    @Test
    void aJdbcArrayIsItsElements() throws Exception {
        // a PostgreSQL text[] or integer[] column arrives as a java.sql.Array
        assertThat(normalize("tags", sqlArray(new String[] { "a", "b" }))).isEqualTo(List.of("a", "b"));
        assertThat(normalize("nums", sqlArray(new int[] { 1, 2 }))).isEqualTo(List.of(1, 2));
        assertInvalid(() -> normalize("matrix", sqlArray(new Object[] { new String[] { "a" } })), "matrix",
                "nested array");
        assertInvalid(() -> normalize("tags", sqlArray(null)), "tags", "JDBC array that cannot be read");
    }

    /** A java.sql.Array whose getArray gives {@code elements}, or fails when they are null. */
    private static java.sql.Array sqlArray(Object elements) {
        return (java.sql.Array) Proxy.newProxyInstance(MetadataValuesTest.class.getClassLoader(),
                new Class<?>[] { java.sql.Array.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getArray") && elements != null) {
                        return elements;
                    }
                    throw new java.sql.SQLException("the connection is closed");
                });
    }

    @Test
    void aNestedObjectIsRefused() {
        assertInvalid(() -> normalize("owner", Map.of("name", "Ann")), "owner", "nested object");
        assertInvalid(() -> normalize("owners", List.of(Map.of("name", "Ann"))), "owners", "nested object");
    }

    @Test
    void aNestedArrayIsRefused() {
        assertInvalid(() -> normalize("matrix", List.of(List.of(1), List.of(2))), "matrix", "nested array");
        assertInvalid(() -> normalize("matrix", new int[][] { { 1 }, { 2 } }), "matrix", "nested array");
        assertInvalid(() -> normalize("matrix", List.of((Object) new String[] { "a" })), "matrix", "nested array");
        assertInvalid(() -> normalize("matrix", List.of(Optional.of(List.of(1)))), "matrix", "nested array");
    }

    @Test
    void bytesAndLargeObjectsAreContentNotMetadata() throws Exception {
        assertInvalid(() -> normalize("bytes", new byte[] { 1 }), "bytes", "holds bytes");
        assertInvalid(() -> normalize("bytes", new Byte[] { 1 }), "bytes", "holds bytes");
        assertInvalid(() -> normalize("bytes", ByteBuffer.wrap(new byte[] { 1 })), "bytes", "holds bytes");
        assertInvalid(() -> normalize("blobs", List.of(new byte[] { 1 })), "blobs", "holds bytes");
        assertInvalid(() -> normalize("summary", new SerialClob("text".toCharArray())), "summary",
                "holds a Clob (a large object), which is content, not metadata");
        assertInvalid(() -> normalize("scan", new SerialBlob("x".getBytes(StandardCharsets.UTF_8))), "scan",
                "holds a Blob (a large object)");
    }

    @Test
    void anArbitraryObjectIsRefused() {
        assertInvalid(() -> normalize("thing", new Object()), "thing", "metadata values must be");
        assertInvalid(() -> normalize("day", java.time.MonthDay.of(3, 5)), "day", "metadata values must be");
    }

    @Test
    void normalizeKeepsOrderAndDropsNulls() throws Exception {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("title", "T");
        in.put("gone", null);
        in.put("date", INSTANT);
        in.put("tags", List.of("a"));
        assertThat(values.normalize(in, "test")).containsExactly(Map.entry("title", "T"),
                Map.entry("date", COVEO), Map.entry("tags", List.of("a")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Title", "TITLE", "tItLe" })
    void keysThatDifferOnlyByCaseAreRefused(String duplicate) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("title", "a");
        in.put(duplicate, "b");
        assertInvalid(() -> values.normalize(in, "header X"), duplicate, "case-insensitive and must be unique");
        assertThatThrownBy(() -> values.normalize(in, "header X")).hasMessageContaining("header X")
                .hasMessageContaining("'title'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "documentId", "DOCUMENTID", "data", "Data", "compressedBinaryData",
                             "compressedbinarydatafileid", "compressionType", "FileExtension", "parentId", "permissions",
                             "ORDERINGID" })
    void reservedKeysCannotBeMetadata(String reserved) {
        Map<String, Object> in = Map.of(reserved, "x");
        assertInvalid(() -> values.normalize(in, "header CamelCoveoPushMetadata"), reserved, "reserved key");
    }

    @Test
    void blankOrNonStringKeysAreRefused() {
        assertInvalid(() -> values.normalize(Map.of(" ", "x"), "o"), " ", "non-blank strings");
        assertInvalid(() -> values.normalize(Map.of(7, "x"), "o"), "7", "non-blank strings");
    }

    public static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).getField()).isEqualTo(field))
                .hasMessageContaining("'" + field + "'")
                .hasMessageContaining(rule);
    }
}
