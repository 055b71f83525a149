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

/**
 * An option of the component or of an endpoint breaks a rule: raised when the endpoint is created or initialized,
 * before any route runs. {@link #getOption()} names the option, the message the rule and the value (never the API
 * key's).
 */
public class InvalidOptionException extends IllegalArgumentException {

    private final String option;

    public InvalidOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    public InvalidOptionException(String option, String message, Throwable cause) {
        super(message, cause);
        this.option = option;
    }

    /** The option's name as an endpoint URI spells it, for example {@code maxRetries}. */
    public String getOption() {
        return option;
    }
}
