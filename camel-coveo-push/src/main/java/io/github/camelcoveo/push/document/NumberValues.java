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
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Numbers in the forms Coveo's numeric fields hold: whole numbers within 64 bits (LONG, LONG_64) and finite doubles
 * (DOUBLE). Integer, Long, Short, Byte, Float and Double pass as they are; NaN and Infinity are refused; a BigDecimal
 * becomes a Long when it is whole and fits, else the nearest double; a BigInteger (or a whole BigDecimal) beyond 64
 * bits is refused; atomics and adders become a snapshot of their value; any other Number is refused.
 */
final class NumberValues {

    private NumberValues() {
    }

    /** The number as Integer, Long, Short, Byte, Float or Double; refused when Coveo cannot type it. */
    static Number canonical(String key, Number number) throws InvalidDocumentException {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return number;
        }
        if (number instanceof Double || number instanceof Float) {
            return finite(key, number);
        }
        if (number instanceof BigDecimal decimal) {
            return decimal(key, decimal);
        }
        if (number instanceof BigInteger integer) {
            return whole(key, integer);
        }
        if (number instanceof AtomicInteger atomic) {
            return atomic.get();
        }
        if (number instanceof AtomicLong || number instanceof LongAdder || number instanceof LongAccumulator) {
            return number.longValue();
        }
        if (number instanceof DoubleAdder || number instanceof DoubleAccumulator) {
            return finite(key, number.doubleValue());
        }
        throw new InvalidDocumentException(key, "holds a " + number.getClass().getName() + ", a number the component"
                                                + " cannot type: give an int, long, double or BigDecimal");
    }

    /** Whether a canonical number holds a whole value (Float and Double only when they have no fraction). */
    static boolean isWhole(Number canonical) {
        if (canonical instanceof Double || canonical instanceof Float) {
            double value = canonical.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < 0x1p63;
        }
        return true;
    }

    private static Number finite(String key, Number number) throws InvalidDocumentException {
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InvalidDocumentException(key, "holds " + number + ": Coveo's numeric fields hold no NaN or"
                                                    + " Infinity; leave the field out instead");
        }
        return number;
    }

    private static Number decimal(String key, BigDecimal decimal) throws InvalidDocumentException {
        if (decimal.signum() == 0 || decimal.scale() <= 0 || decimal.stripTrailingZeros().scale() <= 0) {
            return whole(key, decimal.toBigInteger());
        }
        double value = decimal.doubleValue();
        if (Double.isInfinite(value) || value == 0) {
            throw new InvalidDocumentException(key, "holds " + decimal + ", beyond what a double (Coveo's DOUBLE"
                                                    + " fields) can hold; send it as a string to index it as text");
        }
        return value;
    }

    private static Long whole(String key, BigInteger integer) throws InvalidDocumentException {
        if (integer.bitLength() > 63) {
            throw new InvalidDocumentException(key, "holds " + integer + ", a whole number beyond the 64 bits of"
                                                    + " Coveo's LONG_64 fields; send it as a string to index it as text");
        }
        return integer.longValue();
    }
}
