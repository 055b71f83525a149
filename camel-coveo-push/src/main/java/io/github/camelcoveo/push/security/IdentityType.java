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
package io.github.camelcoveo.push.security;

import java.util.Locale;

import io.github.camelcoveo.push.error.InvalidDocumentException;

/** The types of a security identity, as the Push API names them [docs.coveo.com/en/139, /en/107]. */
public enum IdentityType {
    USER,
    GROUP,
    VIRTUAL_GROUP,
    UNKNOWN;

    /**
     * Reads a type, case-insensitively ({@code group}, {@code Virtual_Group}, {@code virtual-group}).
     *
     * @throws InvalidDocumentException naming {@code field} when the value is no identity type
     */
    public static IdentityType parse(String field, Object value) throws InvalidDocumentException {
        if (value instanceof IdentityType type) {
            return type;
        }
        if (value == null || value.toString().isBlank()) {
            throw new InvalidDocumentException(field, "is required: USER, GROUP, VIRTUAL_GROUP or UNKNOWN");
        }
        String name = value.toString().strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (name.equals("VIRTUALGROUP")) {
            name = "VIRTUAL_GROUP";
        }
        try {
            return IdentityType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidDocumentException(field, "must be one of USER, GROUP, VIRTUAL_GROUP, UNKNOWN: '" + value
                                                      + "'");
        }
    }
}
