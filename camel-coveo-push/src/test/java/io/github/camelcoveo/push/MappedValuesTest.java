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

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import io.github.camelcoveo.push.document.ParisJvmZone;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.security.PermissionDefaults;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelcoveo.push.document.MetadataValuesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value follows one rule whichever way it comes: in a Map body (a camel-sql row), a POJO body (through Jackson), the
 * metadata header or a PushDocument. The JVM's zone is pinned to Europe/Paris, and so is the mapper's.
 */
@ExtendWith(ParisJvmZone.class)
class MappedValuesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant INSTANT = Instant.parse("2024-03-05T07:08:09Z");
    private static final String COVEO = "2024-03-05 07:08:09";

    @RegisterExtension
    final MapperContext camel = new MapperContext();
    private final ExchangeDocumentMapper mapper = new ExchangeDocumentMapper(null, true, PermissionDefaults.NONE, PARIS);

    /** A row of every type a JDBC driver, Jackson or the JDK hands over. */
    public static class Row {
        public String documentId = "sql://db/rows/1";
        public Timestamp created = Timestamp.valueOf("2024-03-05 08:08:09");
        public java.sql.Date day = java.sql.Date.valueOf("2024-03-05");
        public Time opens = Time.valueOf("09:00:00");
        public LocalDateTime updated = LocalDateTime.of(2024, 3, 5, 8, 8, 9);
        public LocalDate published = LocalDate.of(2024, 3, 5);
        public LocalTime closes = LocalTime.of(18, 30);
        public OffsetTime call = OffsetTime.of(9, 0, 0, 0, ZoneOffset.ofHours(2));
        public OffsetDateTime seen = INSTANT.atOffset(ZoneOffset.ofHours(-5));
        public ZonedDateTime zoned = INSTANT.atZone(ZoneId.of("Asia/Tokyo"));
        public Instant instant = INSTANT;
        public Date legacy = Date.from(INSTANT);
        public Calendar calendar = GregorianCalendar.from(INSTANT.atZone(ZoneId.of("America/Montreal")));
        public XMLGregorianCalendar xml = xml("2024-03-05T07:08:09Z");
        public YearMonth month = YearMonth.of(2024, 3);
        public Year year = Year.of(2024);
        public long modifiedDate = INSTANT.toEpochMilli();
        public Duration took = Duration.ofMinutes(90);
        public Period term = Period.ofMonths(3);
        public BigDecimal price = new BigDecimal("19.90");
        public BigDecimal quantity = new BigDecimal("42");
        public BigInteger serial = BigInteger.valueOf(7);
        public AtomicLong views = new AtomicLong(5);
        public Optional<String> author = Optional.of("Ann");
        public Optional<String> editor = Optional.empty();
        public OptionalInt rank = OptionalInt.of(2);
        public Locale language = Locale.CANADA_FRENCH;
        public Currency currency = Currency.getInstance("CAD");
        public UUID uuid = UUID.fromString("0b9b7c4e-3c2e-4d7a-9c53-5f7e0c2a9d11");
        public URI link = URI.create("https://intranet/rows/1");
        public char[] code = "AB-1".toCharArray();
        public Character[] letters = { 'o', 'k' };
        public List<LocalDate> days = List.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6));
        public List<BigDecimal> prices = List.of(new BigDecimal("1.5"), new BigDecimal("2"));
        public String title = "Row one";
    }

    private static XMLGregorianCalendar xml(String text) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(text);
        } catch (javax.xml.datatype.DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> asMap(Object row) throws IllegalAccessException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Field field : row.getClass().getFields()) {
            map.put(field.getName(), field.get(row));
        }
        return map;
    }

    private Exchange exchange(Object body) {
        return camel.exchange(body);
    }

    private static final Map<String, Object> EXPECTED = expected();

    private static Map<String, Object> expected() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("created", COVEO);
        expected.put("day", "2024-03-04 23:00:00");
        expected.put("opens", "09:00:00");
        expected.put("updated", COVEO);
        expected.put("published", "2024-03-04 23:00:00");
        expected.put("closes", "18:30:00");
        expected.put("call", "07:00:00");
        for (String key : List.of("seen", "zoned", "instant", "legacy", "calendar", "xml")) {
            expected.put(key, COVEO);
        }
        expected.put("month", "2024-02-29 23:00:00");
        expected.put("year", "2023-12-31 23:00:00");
        expected.put("modifiedDate", COVEO);
        expected.put("took", "PT1H30M");
        expected.put("term", "P3M");
        expected.put("price", 19.9d);
        expected.put("quantity", 42L);
        expected.put("serial", 7L);
        expected.put("views", 5L);
        expected.put("author", "Ann");
        expected.put("rank", 2);
        expected.put("language", "fr-CA");
        expected.put("currency", "CAD");
        expected.put("uuid", "0b9b7c4e-3c2e-4d7a-9c53-5f7e0c2a9d11");
        expected.put("link", "https://intranet/rows/1");
        expected.put("code", "AB-1");
        expected.put("letters", "ok");
        expected.put("days", List.of("2024-03-04 23:00:00", "2024-03-05 23:00:00"));
        expected.put("prices", List.of(1.5d, 2L));
        expected.put("title", "Row one");
        return expected;
    }

    @Test
    void aMapBodyGivesEachValueItsRule() throws Exception {
        assertThat(mapper.toDocument(exchange(asMap(new Row()))).getMetadata()).isEqualTo(EXPECTED);
    }

    @Test
    void aPojoBodyGivesTheSameMetadataAsTheMapOfItsProperties() throws Exception {
        assertThat(mapper.toDocument(exchange(new Row())).getMetadata()).isEqualTo(EXPECTED);
    }

    @Test
    void theMetadataHeaderGivesTheSameMetadata() throws Exception {
        Map<String, Object> metadata = asMap(new Row());
        metadata.remove("documentId");
        Exchange exchange = exchange("text");
        exchange.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "sql://db/rows/1");
        exchange.getMessage().setHeader(CoveoPushConstants.METADATA, metadata);
        assertThat(mapper.toDocument(exchange).getMetadata()).isEqualTo(EXPECTED);
    }

    @Test
    void aPushDocumentBodyGivesTheSameMetadata() throws Exception {
        Map<String, Object> metadata = asMap(new Row());
        metadata.remove("documentId");
        PushDocument given = PushDocument.builder("sql://db/rows/1").metadata(metadata).build();

        assertThat(mapper.toDocument(exchange(given)).getMetadata()).isEqualTo(EXPECTED);
        // with headers to apply, the other path
        Exchange withHeader = exchange(given);
        withHeader.getMessage().setHeader(CoveoPushConstants.PARENT_ID, "sql://db/rows");
        assertThat(mapper.toDocument(withHeader).getMetadata()).isEqualTo(EXPECTED);
    }

    @Test
    void aPushDocumentWhoseMetadataNeedsNothingIsTakenAsIs() throws Exception {
        PushDocument plain = PushDocument.builder("https://x/1").title("T").metadata("n", 1).metadata("r", 0.5)
                .metadata("ok", true).data("d").build();
        assertThat(mapper.toDocument(exchange(plain))).isSameAs(plain);
    }

    public static class BadRow {
        public String documentId = "sql://db/rows/2";
        public double ratio = Double.NaN;
    }

    public static class HugeRow {
        public String documentId = "sql://db/rows/3";
        public BigInteger serial = BigInteger.ONE.shiftLeft(70);
    }

    @Test
    void aValueCoveoCannotTypeIsRefusedWhicheverWayItComes() {
        assertInvalid(() -> mapper.toDocument(exchange(new BadRow())), "ratio", "hold no NaN or Infinity");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "sql://db/rows/2", "ratio",
                Float.POSITIVE_INFINITY))), "ratio", "hold no NaN or Infinity");
        assertInvalid(() -> mapper.toDocument(exchange(new HugeRow())), "serial", "beyond the 64 bits");
        Exchange header = exchange("text");
        header.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://x/1");
        header.getMessage().setHeader(CoveoPushConstants.METADATA, Map.of("ratio", Double.NaN));
        assertInvalid(() -> mapper.toDocument(header), "ratio", "hold no NaN or Infinity");
        assertInvalid(() -> mapper.toDocument(exchange(PushDocument.builder("https://x/1").metadata("ratio", Double.NaN)
                .build())), "ratio", "hold no NaN or Infinity");
    }

    @Test
    void aPushDocumentBreakingAMetadataRuleIsRefused() {
        assertInvalid(() -> mapper.toDocument(exchange(PushDocument.builder("https://x/1").metadata("Owner", "a")
                .metadata("OWNER", "b").build())), "OWNER", "case-insensitive and must be unique");
        assertInvalid(() -> mapper.toDocument(exchange(PushDocument.builder("https://x/1").metadata("data", "x")
                .build())), "data", "reserved key");
        assertInvalid(() -> mapper.toDocument(exchange(PushDocument.builder("https://x/1")
                .metadata("owner", Map.of("name", "Ann")).build())), "owner", "nested object");
    }

    @Test
    void anOrderingIdMustBeAWholeNumberWithNothingCutOff() throws Exception {
        assertThat(mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "orderingId", new BigDecimal("12"))))
                .getOrderingId()).isEqualTo(12L);
        assertThat(mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "orderingId", 13.0)))
                .getOrderingId()).isEqualTo(13L);
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "orderingId", 1.5))),
                "orderingId", "must be a whole number");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "orderingId",
                BigInteger.ONE.shiftLeft(64)))), "orderingId", "must be a whole number");
        Exchange header = exchange("text");
        header.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://x/1");
        header.getMessage().setHeader(CoveoPushConstants.ORDERING_ID, Double.NaN);
        assertInvalid(() -> mapper.toDocument(header), "orderingId", "must be a whole number");
    }
}
