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

import java.util.List;

import org.apache.camel.NoSuchEndpointException;

/**
 * An endpoint URI holds options the endpoint does not have. When the URI also sets {@code apiKey} outside
 * {@code RAW(...)}, the options are not named: a {@code &} inside the key cuts it there and makes the rest an option
 * of its own, whose name is part of the key.
 * <p>
 * It is a {@link NoSuchEndpointException} because that is the one failure Camel passes on from a component as it
 * is: any other it wraps in a {@code ResolveEndpointFailedException} whose message repeats the URI, and the URI,
 * sanitized or not, still holds the key's fragment.
 */
public final class UnknownOptionsException extends NoSuchEndpointException {

    private final int count;
    private final String message;

    /**
     * @param unknown     the names of the unknown options
     * @param keyMayBeCut whether the URI sets apiKey outside RAW(...): the names are then not shown
     */
    UnknownOptionsException(String endpoint, List<String> unknown, boolean keyMayBeCut) {
        super(endpoint);
        this.count = unknown.size();
        String options = count == 1 ? "1 unknown option" : count + " unknown options";
        this.message = keyMayBeCut
                ? endpoint + " has " + options + ", not named here: "
                  + (count == 1 ? "it may be part" : "they may be parts") + " of the API key, since a '&' in apiKey"
                  + " ends the key and starts an option of its own. Write the key as apiKey=RAW(...) (also around a"
                  + " placeholder: apiKey=RAW({{coveo.apiKey}})), or set it once on the component"
                  + " (camel.component.coveo-push.api-key); else check the option names against the component's"
                  + " page."
                : endpoint + " has " + options + ": " + String.join(", ", unknown)
                  + ". Check the option names against the component's page.";
    }

    /** How many options of the URI are unknown. */
    public int getCount() {
        return count;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
