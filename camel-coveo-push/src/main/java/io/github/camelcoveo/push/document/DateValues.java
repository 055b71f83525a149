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
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.ChronoLocalDateTime;
import java.time.chrono.ChronoZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;

import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Dates and times in the form Coveo documents, UTC {@code yyyy-MM-dd HH:mm:ss} (fractions of a second dropped).
 * <ul>
 * <li>Values with a zone or an offset are the instant they are: Instant, ZonedDateTime, OffsetDateTime,
 * java.util.Date, Calendar.</li>
 * <li>Wall-clock values without a zone are read in one zone, {@code wallTimeZone}: LocalDateTime, and JDBC's
 * java.sql.Timestamp, which drivers build from the column's wall time in the JVM's default zone (so a Timestamp is
 * the instant it holds when {@code wallTimeZone} is the JVM's zone, else its wall time read in that zone). A wall
 * time in a daylight-saving gap moves forward by the gap; in an overlap it takes the later offset (standard time), as
 * java.util.Calendar and so JDBC drivers resolve it: a Timestamp and the LocalDateTime of one column agree.</li>
 * <li>Days, months and years without a zone (LocalDate, java.sql.Date, YearMonth, Year) are the start of their first
 * day in that zone.</li>
 * <li>Times of day are no instants: LocalTime and java.sql.Time become their {@code HH:mm:ss} text, OffsetTime the
 * {@code HH:mm:ss} of its UTC time; they are refused in the date fields {@code date} and {@code modifiedDate}.</li>
 * </ul>
 * Instants outside the years 1 to 9999 are refused: they are out of Coveo's form, and usually a unit mistake (epoch
 * seconds or microseconds given as milliseconds).
 */
final class DateValues {

    static final DateTimeFormatter COVEO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    private final ZoneId wallTimeZone;

    DateValues(ZoneId wallTimeZone) {
        this.wallTimeZone = wallTimeZone;
    }

    /** The Coveo form of a date or time value of field {@code key}, or null when the value is neither. */
    String format(String key, Object value) throws InvalidDocumentException {
        if (value instanceof TemporalAccessor temporal) {
            return formatJavaTime(key, temporal);
        }
        if (value instanceof Date date) {
            return formatUtilDate(key, date);
        }
        if (value instanceof Calendar calendar) {
            return instant(key, calendar.toInstant());
        }
        if (value instanceof XMLGregorianCalendar xml) {
            TemporalAccessor temporal = XmlDates.toJavaTime(key, xml);
            return temporal == null ? null : formatJavaTime(key, temporal);
        }
        return null;
    }

    /** Epoch milliseconds, as the standard fields {@code date} and {@code modifiedDate} take whole numbers. */
    String epochMillis(String key, Number canonical) throws InvalidDocumentException {
        if (!NumberValues.isWhole(canonical)) {
            throw new InvalidDocumentException(key, "holds " + canonical + ": a number in a date field must be whole"
                                                    + " epoch milliseconds");
        }
        return instant(key, Instant.ofEpochMilli(canonical.longValue()));
    }

    private String formatJavaTime(String key, TemporalAccessor temporal) throws InvalidDocumentException {
        if (temporal instanceof Instant instant) {
            return instant(key, instant);
        }
        if (temporal instanceof ChronoZonedDateTime<?> zoned) {
            return instant(key, zoned.toInstant());
        }
        if (temporal instanceof OffsetDateTime offset) {
            return instant(key, offset.toInstant());
        }
        if (temporal instanceof ChronoLocalDateTime<?> local) {
            return wallTime(key, LocalDateTime.from(local));
        }
        if (temporal instanceof ChronoLocalDate day) {
            return startOfDay(key, LocalDate.from(day));
        }
        if (temporal instanceof YearMonth month) {
            return startOfDay(key, month.atDay(1));
        }
        if (temporal instanceof Year year) {
            return startOfDay(key, year.atDay(1));
        }
        if (temporal instanceof LocalTime time) {
            return timeOfDay(key, time);
        }
        if (temporal instanceof OffsetTime time) {
            return timeOfDay(key, time.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime());
        }
        return null;
    }

    /** java.sql.Date and Timestamp are wall-clock values (their toInstant is the JVM zone's reading, or throws). */
    private String formatUtilDate(String key, Date date) throws InvalidDocumentException {
        if (date instanceof java.sql.Timestamp timestamp) {
            return wallTimeZone.equals(ZoneId.systemDefault()) ? instant(key, timestamp.toInstant())
                    : wallTime(key, timestamp.toLocalDateTime());
        }
        if (date instanceof java.sql.Date day) {
            return startOfDay(key, day.toLocalDate());
        }
        if (date instanceof java.sql.Time time) {
            return timeOfDay(key, time.toLocalTime());
        }
        return instant(key, Instant.ofEpochMilli(date.getTime()));
    }

    private String wallTime(String key, LocalDateTime local) throws InvalidDocumentException {
        return instant(key, local.atZone(wallTimeZone).withLaterOffsetAtOverlap().toInstant());
    }

    private String startOfDay(String key, LocalDate day) throws InvalidDocumentException {
        return instant(key, day.atStartOfDay(wallTimeZone).toInstant());
    }

    private static String timeOfDay(String key, LocalTime time) throws InvalidDocumentException {
        if (MetadataValues.isDateField(key)) {
            throw new InvalidDocumentException(key, "holds the time of day " + time + ", which is no date: give a"
                                                    + " date and time");
        }
        return TIME_OF_DAY.format(time);
    }

    private static String instant(String key, Instant instant) throws InvalidDocumentException {
        if (instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST)) {
            throw new InvalidDocumentException(key, "holds the instant " + instant + ", outside the years 1 to 9999"
                                                    + " of Coveo's dates (epoch values are milliseconds)");
        }
        return COVEO_DATE.format(instant);
    }
}
