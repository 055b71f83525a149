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

import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcoveo.push.client.PushApiLimits;
import io.github.camelcoveo.push.client.Json;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.error.InvalidDocumentException;

/** The request bodies of the security identity calls, each at most the 6 MB of one request [docs.coveo.com/en/63]. */
public final class IdentityJson {


    private IdentityJson() {
    }

    /** IdentityBody: an element of {@code members}, or the body of PUT permissions. */
    public static RequestBody of(SecurityIdentity identity) throws InvalidDocumentException {
        return bytes(identity.getIdentity(), identity);
    }

    /** MappedIdentityBody: an element of {@code mappings}, or the body of PUT mappings. */
    public static RequestBody of(IdentityAlias alias) throws InvalidDocumentException {
        return bytes(alias.getIdentity(), alias);
    }

    /** BaseIdentityBody, {@code {"identity": {...}}}: an element of {@code deleted}, or the body of DELETE permissions. */
    public static RequestBody deletion(Identity identity) throws InvalidDocumentException {
        return bytes(identity, Map.of("identity", identity));
    }

    /** The key that keeps two changes of one identity out of one batch. */
    public static String key(Identity identity) {
        return identity.key();
    }

    private static RequestBody bytes(Identity identity, Object body) throws InvalidDocumentException {
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (json.length > PushApiLimits.MAX_REQUEST) {
            throw new InvalidDocumentException("identity", "'" + identity.name() + "' is " + json.length
                                                           + " bytes as JSON, over the " + PushApiLimits.MAX_REQUEST
                                                           + " a security identity may have");
        }
        return RequestBody.of(json);
    }
}
