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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;

/**
 * An XMLGregorianCalendar (JAXB, SOAP) as the java.time value of its XML Schema type, so that it follows the rule of
 * that type: with its timezone it is an offset date-time (or time), without one a local one.
 */
final class XmlDates {

    private XmlDates() {
    }

    /** The java.time value, or null for the types that are no date (gMonth, gDay, gMonthDay). */
    static TemporalAccessor toJavaTime(String key, XMLGregorianCalendar xml) throws InvalidDocumentException {
        try {
            QName type = xml.getXMLSchemaType();
            ZoneOffset offset = xml.getTimezone() == DatatypeConstants.FIELD_UNDEFINED ? null
                    : ZoneOffset.ofTotalSeconds(xml.getTimezone() * 60);
            if (type.equals(DatatypeConstants.DATETIME)) {
                LocalDate day = LocalDate.of(xml.getYear(), xml.getMonth(), xml.getDay());
                return offset == null ? day.atTime(time(xml)) : day.atTime(time(xml)).atOffset(offset);
            }
            if (type.equals(DatatypeConstants.DATE)) {
                LocalDate day = LocalDate.of(xml.getYear(), xml.getMonth(), xml.getDay());
                return offset == null ? day : day.atStartOfDay().atOffset(offset);
            }
            if (type.equals(DatatypeConstants.TIME)) {
                return offset == null ? time(xml) : time(xml).atOffset(offset);
            }
            if (type.equals(DatatypeConstants.GYEARMONTH)) {
                return YearMonth.of(xml.getYear(), xml.getMonth());
            }
            return type.equals(DatatypeConstants.GYEAR) ? Year.of(xml.getYear()) : null;
        } catch (DateTimeException | IllegalStateException e) {
            throw new InvalidDocumentException(key, "holds the XML date " + xml + ", which no date or time of the"
                                                    + " years 1 to 9999 can hold: " + e.getMessage(), e);
        }
    }

    private static LocalTime time(XMLGregorianCalendar xml) {
        BigDecimal fraction = xml.getFractionalSecond();
        int nanos = fraction == null ? 0 : fraction.movePointRight(9).intValue();
        return LocalTime.of(xml.getHour(), xml.getMinute(), xml.getSecond(), nanos);
    }
}
