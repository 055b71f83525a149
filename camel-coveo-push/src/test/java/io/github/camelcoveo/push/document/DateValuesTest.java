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
import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelcoveo.push.document.MetadataValuesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for every date and time type, in UTC {@code yyyy-MM-dd HH:mm:ss}. The JVM's zone is pinned to
 * Europe/Paris (JDBC builds its values in it), and each test names the zone that wall times are read in.
 */
@ExtendWith(ParisJvmZone.class)
class DateValuesTest {

    private static final Instant INSTANT = Instant.parse("2024-03-05T07:08:09Z");
    private static final String COVEO = "2024-03-05 07:08:09";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Object in(ZoneId zone, String key, Object value) throws InvalidDocumentException {
        return new MetadataValues(zone).normalizeValue(key, value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "UTC", "Europe/Paris", "Asia/Tokyo" })
    void valuesWithAZoneOrOffsetAreTheirInstantWhateverTheZone(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("America/Montreal"));
        calendar.setTimeInMillis(INSTANT.toEpochMilli());
        for (Object value : List.of(INSTANT, INSTANT.atZone(ZoneId.of("Asia/Tokyo")),
                OffsetDateTime.of(2024, 3, 5, 2, 8, 9, 0, ZoneOffset.ofHours(-5)), Date.from(INSTANT), calendar,
                DatatypeFactory.newInstance().newXMLGregorianCalendar("2024-03-05T08:08:09+01:00"))) {
            assertThat(in(zone, "published", value)).as("%s", value.getClass()).isEqualTo(COVEO);
        }
    }

    @Test
    void wallTimesAndDaysAreReadInTheGivenZone() throws Exception {
        assertThat(in(PARIS, "published", LocalDateTime.of(2024, 3, 5, 8, 8, 9))).isEqualTo(COVEO);
        assertThat(in(ZoneOffset.UTC, "published", LocalDateTime.of(2024, 3, 5, 7, 8, 9))).isEqualTo(COVEO);
        assertThat(in(PARIS, "day", LocalDate.of(2024, 3, 5))).isEqualTo("2024-03-04 23:00:00");
        assertThat(in(ZoneOffset.UTC, "day", LocalDate.of(2024, 3, 5))).isEqualTo("2024-03-05 00:00:00");
        assertThat(in(PARIS, "day", JapaneseDate.from(LocalDate.of(2024, 3, 5)))).isEqualTo("2024-03-04 23:00:00");
        assertThat(in(PARIS, "month", YearMonth.of(2024, 3))).isEqualTo("2024-02-29 23:00:00");
        assertThat(in(PARIS, "year", Year.of(2024))).isEqualTo("2023-12-31 23:00:00");
        assertThat(in(PARIS, "published", DatatypeFactory.newInstance()
                .newXMLGregorianCalendar("2024-03-05T08:08:09.75"))).isEqualTo(COVEO);
        assertThat(in(PARIS, "day", DatatypeFactory.newInstance().newXMLGregorianCalendar("2024-03-05")))
                .isEqualTo("2024-03-04 23:00:00");
        assertThat(in(PARIS, "year", DatatypeFactory.newInstance().newXMLGregorianCalendar("2024")))
                .isEqualTo("2023-12-31 23:00:00");
    }

    @Test
    void aDaylightSavingGapMovesForwardAndAnOverlapTakesTheLaterOffset() throws Exception {
        // 02:30 does not exist on 31 March 2024 in Paris: it is read as 03:30 CEST
        assertThat(in(PARIS, "published", LocalDateTime.of(2024, 3, 31, 2, 30))).isEqualTo("2024-03-31 01:30:00");
        // 02:30 happens twice on 27 October 2024: the second time, in standard time (+01:00)
        assertThat(in(PARIS, "published", LocalDateTime.of(2024, 10, 27, 2, 30))).isEqualTo("2024-10-27 01:30:00");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-03-05T08:08:09", "2024-03-31T02:30:00", "2024-10-27T02:30:00", "2024-10-27T01:59:59" })
    void aJdbcTimestampAndTheLocalDateTimeOfTheSameColumnGiveTheSameInstant(String wall) throws Exception {
        LocalDateTime local = LocalDateTime.parse(wall);
        // what a driver hands over for a TIMESTAMP column: the wall time built in the JVM's zone
        Timestamp timestamp = Timestamp.valueOf(local);

        // read in the JVM's zone (the default): the Timestamp is the instant it holds, and agrees with LocalDateTime
        assertThat(in(PARIS, "published", timestamp)).isEqualTo(in(PARIS, "published", local))
                .isEqualTo(MetadataValues.COVEO_DATE.format(timestamp.toInstant()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-03-05T08:08:09", "2024-10-27T02:30:00" })
    void inAnotherZoneATimestampIsItsWallTimeReadThere(String wall) throws Exception {
        LocalDateTime local = LocalDateTime.parse(wall);
        ZoneId newYork = ZoneId.of("America/New_York");

        assertThat(in(ZoneOffset.UTC, "published", Timestamp.valueOf(local)))
                .isEqualTo(in(ZoneOffset.UTC, "published", local)).isEqualTo(wall.replace('T', ' '));
        assertThat(in(newYork, "published", Timestamp.valueOf(local))).isEqualTo(in(newYork, "published", local));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Europe/Paris", "UTC", "America/New_York" })
    void aJdbcDateIsTheStartOfItsDayAsALocalDateIs(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        LocalDate day = LocalDate.of(2024, 3, 31);
        // java.sql.Date.toInstant() throws UnsupportedOperationException: a camel-sql DATE column must not
        assertThat(in(zone, "day", java.sql.Date.valueOf(day))).isEqualTo(in(zone, "day", day))
                .isEqualTo(MetadataValues.COVEO_DATE.format(day.atStartOfDay(zone).toInstant()));
        assertThat(in(zone, "days", List.of(java.sql.Date.valueOf(day), day)))
                .isEqualTo(List.of(in(zone, "day", day), in(zone, "day", day)));
    }

    @Test
    void timesOfDayAreNoInstantsAndBecomeTheirText() throws Exception {
        assertThat(in(PARIS, "opens", LocalTime.of(9, 5, 7, 500_000_000))).isEqualTo("09:05:07");
        // a camel-sql TIME column: its wall time, whatever the zones
        assertThat(in(ZoneOffset.UTC, "opens", Time.valueOf("09:05:07"))).isEqualTo("09:05:07");
        assertThat(in(PARIS, "opens", OffsetTime.of(9, 0, 0, 0, ZoneOffset.ofHours(2)))).isEqualTo("07:00:00");
        assertThat(in(PARIS, "opens", DatatypeFactory.newInstance().newXMLGregorianCalendar("09:05:07")))
                .isEqualTo("09:05:07");

        assertInvalid(() -> in(PARIS, "date", LocalTime.NOON), "date", "which is no date");
        assertInvalid(() -> in(PARIS, "modifiedDate", Time.valueOf("12:00:00")), "modifiedDate", "which is no date");
    }

    @Test
    void wholeNumbersInTheStandardDateFieldsAreEpochMilliseconds() throws Exception {
        long millis = INSTANT.toEpochMilli();
        for (Object number : List.of(millis, new BigDecimal(millis), (double) millis)) {
            assertThat(in(PARIS, "date", number)).as("%s", number.getClass()).isEqualTo(COVEO);
            assertThat(in(PARIS, "MODIFIEDDATE", number)).isEqualTo(COVEO);
        }
        assertThat(in(PARIS, "date", 0)).isEqualTo("1970-01-01 00:00:00");
        assertThat(in(PARIS, "date", List.of(millis))).isEqualTo(List.of(COVEO));
        // other fields keep their numbers
        assertThat(in(PARIS, "size", millis)).isEqualTo(millis);
        assertThat(in(PARIS, "updated", millis)).isEqualTo(millis);

        assertInvalid(() -> in(PARIS, "date", 1.5), "date", "must be whole epoch milliseconds");
        assertInvalid(() -> in(PARIS, "date", Double.NaN), "date", "hold no NaN");
    }

    @Test
    void instantsOutsideTheYears1To9999AreRefused() throws Exception {
        long micros = INSTANT.toEpochMilli() * 1000;
        assertInvalid(() -> in(PARIS, "date", micros), "date", "outside the years 1 to 9999");
        assertInvalid(() -> in(PARIS, "day", LocalDate.of(10_000, 1, 2)), "day", "outside the years 1 to 9999");
        assertInvalid(() -> in(ZoneOffset.UTC, "day", LocalDate.of(0, 12, 31)), "day", "outside the years 1 to 9999");
        assertThat(in(ZoneOffset.UTC, "day", LocalDate.of(9999, 12, 31))).isEqualTo("9999-12-31 00:00:00");
        assertThat(in(ZoneOffset.UTC, "day", LocalDate.of(1, 1, 1))).isEqualTo("0001-01-01 00:00:00");
    }

    @Test
    void fractionsOfASecondAreDroppedNotRounded() throws Exception {
        assertThat(in(PARIS, "published", INSTANT.plusMillis(999))).isEqualTo(COVEO);
        assertThat(in(PARIS, "published", ZonedDateTime.ofInstant(INSTANT.plusNanos(999_999_999), PARIS)))
                .isEqualTo(COVEO);
    }
}
