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

import io.github.camelcoveo.push.error.InvalidDocumentException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Coveo's rule for field names, from the Field API reference ({@code FieldModel.name} must match
 * {@code ^([a-z][a-z0-9_]{0,254})$}): lower-case letters, digits and underscores, starting with a letter, at most 255
 * characters. The Push API's standard keys are the item's own properties, not field names, and pass as they are.
 */
final class FieldNames {

    static final int MAX_LENGTH = 255;
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]{0," + (MAX_LENGTH - 1) + "}");
    private static final Pattern INVALID_CHARACTER = Pattern.compile("[^a-z0-9_]");
    /** The Push API's standard keys (in lower case), which Coveo maps to its standard fields. */
    private static final Set<String> STANDARD = Set.of("title", "clickableuri", "author", "date", "modifieddate",
            "permanentid", "size");

    private FieldNames() {
    }

    static boolean isStandard(String key) {
        return STANDARD.contains(key.toLowerCase(Locale.ROOT));
    }

    /**
     * The field name of metadata {@code key}: the key itself when it follows the rule; with {@code normalize}, the key
     * in lower case, every other character than a-z, 0-9 and _ replaced by _, and prefixed with {@code f} when it does
     * not start with a letter ({@code 2024 Sales} becomes {@code f2024_sales}); else refused, naming the rule.
     */
    static String fieldName(String key, boolean normalize) throws InvalidDocumentException {
        if (VALID.matcher(key).matches()) {
            return key;
        }
        if (!normalize) {
            throw new InvalidDocumentException(key, "is no valid Coveo field name: " + brokenRule(key)
                                                    + " (set normalizeFieldNames=true to have it normalized)");
        }
        String name = INVALID_CHARACTER.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("_");
        name = name.charAt(0) >= 'a' && name.charAt(0) <= 'z' ? name : "f" + name;
        if (name.length() > MAX_LENGTH) {
            throw new InvalidDocumentException(key, "is no valid Coveo field name even normalized (as '" + name
                                                    + "'): " + brokenRule(name));
        }
        return name;
    }

    private static String brokenRule(String name) {
        if (name.length() > MAX_LENGTH) {
            return "it has " + name.length() + " characters, at most " + MAX_LENGTH + " are allowed";
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            return "field names are lower case";
        }
        if (INVALID_CHARACTER.matcher(name).find()) {
            return "field names hold only the letters a-z, the digits 0-9 and _";
        }
        return "field names start with a letter a-z";
    }
}
