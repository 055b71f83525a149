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

/** What Coveo answered, how the content travelled, and the file container of the batch that carried it, if any. */
public record SendResult(int statusCode, Transport transport, String fileId) {

    public SendResult(int statusCode, Transport transport) {
        this(statusCode, transport, null);
    }

    /** What a call without content got: a delete, an identity, a source status. */
    public static SendResult of(int statusCode) {
        return new SendResult(statusCode, Transport.NONE, null);
    }

    /** The result of many calls made for one exchange: the last status, the heaviest transport. */
    public SendResult and(SendResult next) {
        return new SendResult(next.statusCode, transport.heavier(next.transport), null);
    }
}
