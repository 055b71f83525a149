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

import java.util.Locale;

/** What to do with a metadata value that does not fit the type of its index field. */
public enum FieldTypeConflict {
    /** The exchange fails with an InvalidDocumentException naming the field, the value and the field's type. */
    fail,
    /** The value is converted where nothing is lost ("42" to a LONG field); else the exchange fails. */
    coerce,
    /** The value is left out of the document. */
    ignore;

    /** The mode named {@code value}, in any case; {@code fail} when none is given. */
    public static FieldTypeConflict of(String value) {
        if (value == null || value.isBlank()) {
            return fail;
        }
        try {
            return valueOf(value.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fieldTypeConflict must be one of fail, coerce, ignore: '" + value + "'");
        }
    }
}
