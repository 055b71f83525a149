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
package io.github.camelcoveo.push.error;

import org.apache.camel.CamelException;

/**
 * An exchange could not become a valid Push API call. Raised before any request is sent; names the field and the rule
 * it breaks.
 */
public class InvalidDocumentException extends CamelException {

    private final String field;
    private final String rule;

    public InvalidDocumentException(String field, String rule) {
        super("Invalid Coveo document field '" + field + "': " + rule);
        this.field = field;
        this.rule = rule;
    }

    public InvalidDocumentException(String field, String rule, Throwable cause) {
        super("Invalid Coveo document field '" + field + "': " + rule, cause);
        this.field = field;
        this.rule = rule;
    }

    public String getField() {
        return field;
    }

    public String getRule() {
        return rule;
    }
}
