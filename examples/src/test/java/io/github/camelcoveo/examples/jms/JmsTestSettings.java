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

import java.util.HashMap;
import java.util.Map;

/** What every JMS test gives the example: its emulated organization and source, and the broker. */
final class JmsTestSettings {

    static final String ORG = "jms-org";
    static final String KEY = "jms-key-5120";
    static final String SOURCE = "jms-source";
    static final String QUEUE = "coveo.documents";
    static final String DLQ = "coveo.documents.DLQ";
    static final String BROKER_DLQ = "ActiveMQ.DLQ";

    private JmsTestSettings() {
    }

    /**
     * The example's settings pointed at the emulator and the broker, with the component's retries off: a failure
     * rolls the JMS transaction back at once and the broker delivers the message again.
     */
    static Map<String, String> overrides(String pushApiUrl, String brokerUrl, Map<String, String> more) {
        Map<String, String> overrides = new HashMap<>(Map.of(
                "camel.component.coveo-push.organization-id", ORG,
                "camel.component.coveo-push.api-key", KEY,
                "camel.component.coveo-push.push-api-url", pushApiUrl,
                "camel.component.coveo-push.max-retries", "0",
                "coveo.source", SOURCE,
                "camel.beans.connectionFactory.brokerURL", brokerUrl));
        overrides.putAll(more);
        return overrides;
    }
}
