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
import io.github.camelcoveo.push.emulated.EmulatedRouteTestSupport;
import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.emulator.store.ContentOrigin;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a real route hands over (camel-sql rows with JDBC dates, numbers and large objects, POJOs, files, permissions
 * as JSON) against the project's Push API emulator: a correct item, or an {@link InvalidDocumentException} naming the
 * field and the rule before any request. The JVM's zone is Europe/Paris for the whole class, as is the endpoints'.
 */
@Timeout(120)
@ExtendWith(ParisJvmZone.class)
class DocumentValuesRouteTest extends EmulatedRouteTestSupport {

    private static final String SET_JSON = "[{\"allowedPermissions\":[{\"identity\":\"Everyone\",\"identityType\":"
                                           + "\"GROUP\"}],\"deniedPermissions\":[{\"identity\":\"x@example.com\","
                                           + "\"identityType\":\"USER\"}]}]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String coveoUri(String source, String options) {
        return uri(source, "&retryInitialDelay=10&batchLingerTime=50&timeZone=Europe/Paris" + options);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:single").to(coveoUri("single", "&batch=false"));
                from("direct:batched").to(coveoUri("batched", ""));
                from("direct:defaults").to(coveoUri("single", "&batch=false&defaultPermissions=RAW(" + SET_JSON + ")"));
                from("direct:utc").to(coveoUri("single", "&batch=false").replace("timeZone=Europe/Paris", "timeZone=UTC"));
            }
        };
    }

    private Exchange push(String route, Object body, Map<String, Object> headers) {
        return template.send(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new LinkedHashMap<>(headers));
        });
    }

    private static IndexedItem item(String source, String id) {
        return coveo.item(ORG, source, id).orElseThrow(() -> new AssertionError(id + " not in " + coveo.items(ORG, source)));
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    @ParameterizedTest
    @ValueSource(strings = { "single", "batched" })
    void camelSqlRowsWithJdbcValuesAndLargeObjectsArriveIntact(String mode) throws Exception {
        String longText = "lorem ipsum dolor ".repeat(300_000); // 5.4 million characters: too long for data
        List<Map<String, Object>> rows = List.of(
                row("documentId", "sql://db/articles/1", "title", "One", "created", Timestamp.valueOf("2024-03-05 08:08:09"),
                        "day", java.sql.Date.valueOf("2024-03-05"), "opens", Time.valueOf("09:00:00"),
                        "price", new BigDecimal("19.90"), "quantity", new BigDecimal("42"),
                        "data", new SerialClob("caf\u00e9 text".toCharArray())),
                row("documentId", "sql://db/articles/2", "title", "Two", "data", new SerialClob(longText.toCharArray())));

        Exchange result = push("direct:" + mode, rows, Map.of());
        Exchange blob = push("direct:" + mode, new SerialBlob(new byte[] { 1, 2, 3 }),
                Map.of(CoveoPushConstants.DOCUMENT_ID, "sql://db/scans/1", CoveoPushConstants.FILE_EXTENSION, ".bin"));

        assertThat(result.getException()).isNull();
        assertThat(blob.getException()).isNull();
        IndexedItem one = item(mode, "sql://db/articles/1");
        assertThat(one.metadata("created")).contains("2024-03-05 07:08:09");
        assertThat(one.metadata("day")).contains("2024-03-04 23:00:00");
        assertThat(one.metadata("opens")).contains("09:00:00");
        assertThat(one.metadata("price").map(Object::toString)).contains("19.9");
        assertThat(one.metadata("quantity").map(Object::toString)).contains("42");
        assertThat(one.contentOrigin()).isEqualTo(ContentOrigin.DATA);
        assertThat(one.text()).contains("caf\u00e9 text");
        IndexedItem two = item(mode, "sql://db/articles/2");
        assertThat(two.contentOrigin()).isNotEqualTo(ContentOrigin.DATA);
        assertThat(two.content()).isEqualTo(longText.getBytes(StandardCharsets.UTF_8));
        assertThat(item(mode, "sql://db/scans/1").content()).containsExactly(1, 2, 3);
    }

    public static class Reading {
        public String documentId = "https://sensors/1";
        public double value = Double.POSITIVE_INFINITY;
    }

    record Bad(String name, Object body, Map<String, Object> headers, String field, String rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String ID = CoveoPushConstants.DOCUMENT_ID;

    static Stream<Arguments> badInputs() throws Exception {
        SerialClob deadClob = new SerialClob("x".toCharArray());
        deadClob.free();
        SerialBlob deadBlob = new SerialBlob(new byte[] { 1 });
        deadBlob.free();
        Path missing = Path.of("target", "no-such-dir", "gone.pdf").toAbsolutePath();
        List<Object> rows = new ArrayList<>();
        rows.add(row("documentId", "sql://db/r/1", "ratio", 0.5));
        rows.add(row("documentId", "sql://db/r/2", "ratio", 1.5));
        rows.add(row("documentId", "sql://db/r/3", "ratio", Double.NaN));
        List<Bad> cases = List.of(
                new Bad("NaN in the metadata header", "text",
                        row(ID, "https://x/1", CoveoPushConstants.METADATA, Map.of("ratio", Double.NaN)), "ratio",
                        "hold no NaN or Infinity"),
                new Bad("Infinity in a Map body", row("documentId", "https://x/1", "ratio", Float.NEGATIVE_INFINITY),
                        Map.of(), "ratio", "hold no NaN or Infinity"),
                new Bad("Infinity in a POJO body", new Reading(), Map.of(), "value", "hold no NaN or Infinity"),
                new Bad("one NaN row among three", rows, Map.of(), "ratio", "(element 2 of the 3 in the body)"),
                new Bad("a whole number beyond 64 bits", row("documentId", "https://x/1", "serial",
                        BigInteger.TEN.pow(20)), Map.of(), "serial", "beyond the 64 bits"),
                new Bad("epoch microseconds in date", row("documentId", "https://x/1", "date", 1_709_622_489_000_000L),
                        Map.of(), "date", "outside the years 1 to 9999"),
                new Bad("a time of day in modifiedDate", "text",
                        row(ID, "https://x/1", CoveoPushConstants.METADATA, Map.of("modifiedDate", LocalTime.NOON)),
                        "modifiedDate", "which is no date"),
                new Bad("a fraction of a millisecond as orderingId", "text",
                        row(ID, "https://x/1", CoveoPushConstants.ORDERING_ID, 1.5), "orderingId", "must be a whole number"),
                new Bad("a Clob as metadata", row("documentId", "https://x/1", "summary",
                        new SerialClob("s".toCharArray())), Map.of(), "summary", "which is content, not metadata"),
                new Bad("a dead Clob as data", row("documentId", "https://x/1", "data", deadClob), Map.of(), "data",
                        "holds a Clob that cannot be read"),
                new Bad("a dead Blob body", deadBlob, row(ID, "https://x/1"), "body", "holds a Blob that cannot be read"),
                new Bad("a missing file", missing.toFile(), Map.of(), "body", "the file " + missing + " does not exist"),
                new Bad("a directory", new File("target").toPath().toAbsolutePath(), Map.of(), "body", "is a directory"),
                new Bad("permissions JSON with an unknown identity type", "text", row(ID, "https://x/1",
                        CoveoPushConstants.PERMISSIONS, SET_JSON.replace("\"USER\"", "\"ROBOT\"")),
                        "permissions[0].deniedPermissions[0].identityType", "must be one of USER, GROUP"),
                new Bad("permissions JSON that is no JSON in a Map body", row("documentId", "https://x/1",
                        "permissions", "[{\"allowedPermissions\": "), Map.of(), "permissions", "is not valid JSON"));
        return cases.stream().flatMap(bad -> Stream.of(Arguments.of(bad, "direct:single"), Arguments.of(bad, "direct:batched")));
    }

    @ParameterizedTest(name = "{0} through {1}")
    @MethodSource("badInputs")
    void badInputFailsItsExchangeBeforeAnyRequest(Bad bad, String route) {
        Exchange result = push(route, bad.body(), bad.headers());

        assertThat(result.getException()).isInstanceOf(InvalidDocumentException.class);
        InvalidDocumentException error = (InvalidDocumentException) result.getException();
        assertThat(error.getField()).isEqualTo(bad.field());
        assertThat(error.getMessage()).contains("'" + bad.field() + "'").contains(bad.rule());
        assertThat(coveo.requests().total()).isZero();
    }

    @Test
    void theTimeZoneOptionPicksTheZoneOfWallTimes() {
        Map<String, Object> row = row("documentId", "sql://db/utc/1", "created", Timestamp.valueOf("2024-03-05 08:08:09"),
                "updated", java.time.LocalDateTime.of(2024, 3, 5, 8, 8, 9), "day", java.sql.Date.valueOf("2024-03-05"));

        // in the JVM's zone, Paris, the column's wall time 08:08:09 is 07:08:09 UTC
        assertThat(push("direct:single", row, Map.of()).getException()).isNull();
        IndexedItem inParis = item("single", "sql://db/utc/1");
        assertThat(inParis.metadata("created")).contains("2024-03-05 07:08:09");
        assertThat(inParis.metadata("updated")).contains("2024-03-05 07:08:09");
        assertThat(inParis.metadata("day")).contains("2024-03-04 23:00:00");

        // with timeZone=UTC, a database that stores UTC wall times: read as they are
        coveo.reset();
        assertThat(push("direct:utc", row, Map.of()).getException()).isNull();
        IndexedItem inUtc = item("single", "sql://db/utc/1");
        assertThat(inUtc.metadata("created")).contains("2024-03-05 08:08:09");
        assertThat(inUtc.metadata("updated")).contains("2024-03-05 08:08:09");
        assertThat(inUtc.metadata("day")).contains("2024-03-05 00:00:00");
    }

    @Test
    void anUnknownTimeZoneIsRefusedWhenTheEndpointStarts() {
        String unknown = coveoUri("single", "").replace("timeZone=Europe/Paris", "timeZone=Mars/Olympus");
        assertThatThrownBy(() -> context.getEndpoint(unknown).start())
                .hasStackTraceContaining("timeZone: 'Mars/Olympus' is no time zone");
    }

    @Test
    void permissionsAsJsonTextInTheHeaderOrAMapBodyAreThoseOfTheDefaultPermissionsOption() throws Exception {
        push("direct:defaults", "from the option", row(ID, "https://x/option"));
        push("direct:single", "from the header", row(ID, "https://x/header", CoveoPushConstants.PERMISSIONS, SET_JSON));
        push("direct:single", row("documentId", "https://x/map", "data", "from the map", "permissions", SET_JSON),
                Map.of());
        push("direct:single", "simple form", row(ID, "https://x/simple", CoveoPushConstants.PERMISSIONS,
                "GROUP:Everyone,-USER:x@example.com"));

        Object expected = JSON.readTree(item("single", "https://x/option").permissionsJson());
        assertThat(expected).isEqualTo(JSON.readTree(SET_JSON));
        for (String id : List.of("https://x/header", "https://x/map", "https://x/simple")) {
            assertThat(JSON.readTree(item("single", id).permissionsJson())).as(id).isEqualTo(expected);
        }
    }
}
