package io.github.camelcoveo.push.document;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataValuesTest {

    private static final Instant INSTANT = Instant.parse("2024-03-05T07:08:09Z");
    private static final String COVEO = "2024-03-05 07:08:09";

    @Test
    void scalarsPassThrough() throws Exception {
        assertThat(MetadataValues.normalizeValue("author", "Ann")).isEqualTo("Ann");
        assertThat(MetadataValues.normalizeValue("count", 42)).isEqualTo(42);
        assertThat(MetadataValues.normalizeValue("ratio", 1.5d)).isEqualTo(1.5d);
        assertThat(MetadataValues.normalizeValue("flag", true)).isEqualTo(true);
        assertThat(MetadataValues.normalizeValue("nothing", null)).isNull();
    }

    @Test
    void textLikeValuesBecomeStrings() throws Exception {
        UUID uuid = UUID.randomUUID();
        assertThat(MetadataValues.normalizeValue("id", uuid)).isEqualTo(uuid.toString());
        assertThat(MetadataValues.normalizeValue("link", URI.create("https://a/b"))).isEqualTo("https://a/b");
        assertThat(MetadataValues.normalizeValue("letter", 'x')).isEqualTo("x");
        assertThat(MetadataValues.normalizeValue("text", new StringBuilder("sb"))).isEqualTo("sb");
        assertThat(MetadataValues.normalizeValue("unit", java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("SECONDS");
    }

    @Test
    void javaTimeTypesBecomeUtcCoveoDates() throws Exception {
        assertThat(MetadataValues.normalizeValue("date", INSTANT)).isEqualTo(COVEO);
        assertThat(MetadataValues.normalizeValue("date", INSTANT.atZone(ZoneId.of("Europe/Paris")))).isEqualTo(COVEO);
        assertThat(MetadataValues.normalizeValue("date", INSTANT.atOffset(ZoneOffset.ofHours(-5)))).isEqualTo(COVEO);
        assertThat(MetadataValues.normalizeValue("date", OffsetDateTime.of(2024, 3, 5, 2, 8, 9, 0, ZoneOffset.ofHours(-5))))
                .isEqualTo(COVEO);
        assertThat(MetadataValues.normalizeValue("date", ZonedDateTime.of(2024, 3, 5, 16, 8, 9, 0, ZoneId.of("Asia/Tokyo"))))
                .isEqualTo(COVEO);
        // a local date-time has no zone: it is read as UTC
        assertThat(MetadataValues.normalizeValue("date", LocalDateTime.of(2024, 3, 5, 7, 8, 9))).isEqualTo(COVEO);
        assertThat(MetadataValues.normalizeValue("date", LocalDate.of(2024, 3, 5))).isEqualTo("2024-03-05 00:00:00");
    }

    @Test
    void legacyDatesBecomeUtcCoveoDates() throws Exception {
        assertThat(MetadataValues.normalizeValue("modifiedDate", Date.from(INSTANT))).isEqualTo(COVEO);
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("America/Montreal"));
        calendar.setTimeInMillis(INSTANT.toEpochMilli());
        assertThat(MetadataValues.normalizeValue("modifiedDate", calendar)).isEqualTo(COVEO);
        assertThat(MetadataValues.normalizeValue("published", new java.sql.Timestamp(INSTANT.toEpochMilli())))
                .isEqualTo(COVEO);
    }

    @Test
    void epochMillisOfTheStandardDateFieldsBecomeDates() throws Exception {
        long millis = INSTANT.toEpochMilli();
        assertThat(MetadataValues.normalizeValue("date", millis)).isEqualTo(COVEO);
        assertThat(MetadataValues.normalizeValue("modifiedDate", millis)).isEqualTo(COVEO);
        assertThat(MetadataValues.normalizeValue("MODIFIEDDATE", millis)).isEqualTo(COVEO);
        assertThat(MetadataValues.normalizeValue("date", 0)).isEqualTo("1970-01-01 00:00:00");
        // other numeric fields stay numbers
        assertThat(MetadataValues.normalizeValue("size", millis)).isEqualTo(millis);
        assertThat(MetadataValues.normalizeValue("updated", millis)).isEqualTo(millis);
    }

    @Test
    void aTimeOfDayIsNoDateAndIsRefused() {
        assertThatThrownBy(() -> MetadataValues.normalizeValue("opens", LocalTime.NOON))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).getField()).isEqualTo("opens"))
                .hasMessageContaining("opens").hasMessageContaining("strings, numbers, booleans, dates");
    }

    @Test
    void collectionsAndArraysOfScalarsBecomeFlatLists() throws Exception {
        assertThat(MetadataValues.normalizeValue("tags", List.of("a", "b"))).isEqualTo(List.of("a", "b"));
        assertThat(MetadataValues.normalizeValue("tags", new TreeSet<>(Set.of("b", "a")))).isEqualTo(List.of("a", "b"));
        assertThat(MetadataValues.normalizeValue("tags", new String[] { "x", "y" })).isEqualTo(List.of("x", "y"));
        assertThat(MetadataValues.normalizeValue("nums", new int[] { 1, 2 })).isEqualTo(List.of(1, 2));
        assertThat(MetadataValues.normalizeValue("flags", new boolean[] { true })).isEqualTo(List.of(true));
        assertThat(MetadataValues.normalizeValue("dates", List.of(INSTANT, Date.from(INSTANT))))
                .isEqualTo(List.of(COVEO, COVEO));
        assertThat(MetadataValues.normalizeValue("empty", List.of())).isEqualTo(List.of());
        assertThat(MetadataValues.normalizeValue("sparse", java.util.Arrays.asList("a", null, "b")))
                .isEqualTo(List.of("a", "b"));
    }

    @Test
    void aNestedObjectIsRefused() {
        assertInvalid(() -> MetadataValues.normalizeValue("owner", Map.of("name", "Ann")), "owner", "nested object");
        assertInvalid(() -> MetadataValues.normalizeValue("owners", List.of(Map.of("name", "Ann"))), "owners",
                "nested object");
    }

    @Test
    void aNestedArrayIsRefused() {
        assertInvalid(() -> MetadataValues.normalizeValue("matrix", List.of(List.of(1), List.of(2))), "matrix",
                "nested array");
        assertInvalid(() -> MetadataValues.normalizeValue("matrix", new int[][] { { 1 }, { 2 } }), "matrix",
                "nested array");
        assertInvalid(() -> MetadataValues.normalizeValue("matrix", List.of((Object) new String[] { "a" })), "matrix",
                "nested array");
    }

    @Test
    void anArbitraryObjectIsRefused() {
        assertInvalid(() -> MetadataValues.normalizeValue("thing", new Object()), "thing", "metadata values must be");
        assertInvalid(() -> MetadataValues.normalizeValue("bytes", new byte[] { 1 }), "bytes",
                "metadata values must be");
    }

    @Test
    void normalizeKeepsOrderAndDropsNulls() throws Exception {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("title", "T");
        in.put("gone", null);
        in.put("date", INSTANT);
        in.put("tags", List.of("a"));
        assertThat(MetadataValues.normalize(in, "test")).containsExactly(Map.entry("title", "T"),
                Map.entry("date", COVEO), Map.entry("tags", List.of("a")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Title", "TITLE", "tItLe" })
    void keysThatDifferOnlyByCaseAreRefused(String duplicate) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("title", "a");
        in.put(duplicate, "b");
        assertInvalid(() -> MetadataValues.normalize(in, "header X"), duplicate, "case-insensitive and must be unique");
        assertThatThrownBy(() -> MetadataValues.normalize(in, "header X")).hasMessageContaining("header X")
                .hasMessageContaining("'title'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "documentId", "DOCUMENTID", "data", "Data", "compressedBinaryData",
                             "compressedbinarydatafileid", "compressionType", "FileExtension", "parentId", "permissions",
                             "ORDERINGID" })
    void reservedKeysCannotBeMetadata(String reserved) {
        Map<String, Object> in = Map.of(reserved, "x");
        assertInvalid(() -> MetadataValues.normalize(in, "header CamelCoveoPushMetadata"), reserved, "reserved key");
    }

    @Test
    void blankOrNonStringKeysAreRefused() {
        assertInvalid(() -> MetadataValues.normalize(Map.of(" ", "x"), "o"), " ", "non-blank strings");
        assertInvalid(() -> MetadataValues.normalize(Map.of(7, "x"), "o"), "7", "non-blank strings");
    }

    @Test
    void formatDateReturnsNullForNonDates() {
        assertThat(MetadataValues.formatDate("2024")).isNull();
        assertThat(MetadataValues.formatDate(LocalTime.NOON)).isNull();
        assertThat(MetadataValues.formatDate(INSTANT)).isEqualTo(COVEO);
    }

    static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).getField()).isEqualTo(field))
                .hasMessageContaining("'" + field + "'")
                .hasMessageContaining(rule);
    }
}
