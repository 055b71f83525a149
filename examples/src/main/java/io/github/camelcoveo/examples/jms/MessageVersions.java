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
package io.github.camelcoveo.examples.jms;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The orderingId of a message's document, taken from the message rather than from the clock of the moment it is
 * consumed, so that a message delivered again after a rollback never passes for newer than a version accepted in
 * between: the version its producer gives (an {@code orderingId} JMS property, or that key of a JSON document), else
 * the time the producer sent it ({@code JMSTimestamp}), which the broker keeps across redeliveries.
 */
public final class MessageVersions {

    static final String ORDERING_ID_PROPERTY = "orderingId";

    private MessageVersions() {
    }

    /**
     * @return the orderingId the exchange is pushed with, or null to leave it to the JSON document's own key, or to
     *         the component's clock when the producer disabled message timestamps ({@code JMSTimestamp} 0)
     */
    public static Object orderingId(Exchange exchange) {
        Message in = exchange.getMessage();
        Object own = in.getHeader(ORDERING_ID_PROPERTY);
        if (own != null) {
            return own;
        }
        if (in.getBody() instanceof Map<?, ?> document
            && document.keySet().stream().anyMatch(key -> ORDERING_ID_PROPERTY.equalsIgnoreCase(String.valueOf(key)))) {
            return null;
        }
        Long sent = in.getHeader("JMSTimestamp", Long.class);
        return sent == null || sent <= 0 ? null : sent;
    }
}
