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

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.github.camelcoveo.examples.RunningMain;
import io.github.camelcoveo.examples.jms.EmbeddedBroker.QueueCounts;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelcoveo.examples.jms.JmsTestSettings.BROKER_DLQ;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.DLQ;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.KEY;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.ORG;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.QUEUE;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The JMS example's configuration under redelivery churn: a load of {@code jms.load.messages} messages (2,000 unless
 * told otherwise; a tenth of them second versions of a document) while the emulator answers 10% of the calls with
 * 503 and the component does not retry, so that every failure is a rollback and a redelivery through JMS. The broker
 * dispatches each message about once, the consumers share one connection, and every document ends in its latest
 * version. Settings named {@code jms.load.set.NAME} override the example's {@code NAME}, to measure another one.
 */
class JmsRedeliveryLoadTest {

    private static final int MESSAGES = Integer.getInteger("jms.load.messages", 2000);
    private static final String SETTING_PREFIX = "jms.load.set.";

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE);

    @RegisterExtension
    final EmbeddedBroker broker = EmbeddedBroker.inMemory();

    @Test
    void eachMessageIsDispatchedAboutOnceAndEveryDocumentEndsInItsLatestVersion() throws Exception {
        DocumentLoad load = new DocumentLoad(MESSAGES * 9 / 10, 9);
        load.sendTo(broker.url());
        coveo.emulator().faults().rate(0.1).withStatus(503);

        long started = System.nanoTime();
        try (RunningMain app = RunningMain.start(JmsApplication.PROPERTIES,
                JmsTestSettings.overrides(coveo.pushApiUrl(), broker.url(), settings()))) {
            await().atMost(Duration.ofSeconds(60 + MESSAGES / 20)).pollInterval(Duration.ofMillis(500))
                    .until(() -> broker.queueSize(QUEUE) == 0);
        }
        QueueCounts counts = broker.counts(QUEUE);
        System.out.printf("%d messages: %d dispatches, %d acknowledged, %d connections, %d calls refused with 503,"
                          + " %.1f s%n", load.messages(), counts.dispatched(), counts.dequeued(),
                broker.connectionsOpened(), coveo.emulator().requests().rejections().size(),
                (System.nanoTime() - started) / 1e9);

        assertThat(coveo.emulator().requests().rejections()).isNotEmpty();
        assertThat(broker.queueSize(DLQ)).isZero();
        assertThat(broker.queueSize(BROKER_DLQ)).isZero();
        load.assertIndexed(coveo);
        assertThat(counts.dequeued()).isEqualTo(load.messages());
        assertThat(counts.dispatched()).isLessThan(load.messages() * 3L / 2);
        // the test's producer and the consumers' one (a transaction manager would open one a transaction)
        assertThat(broker.connectionsOpened()).isLessThanOrEqualTo(3);
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        // a batch fails 27% of the time (a 10% chance at each of its three calls): 20 redeliveries instead of the
        // broker's 6 before ActiveMQ.DLQ keep the chance that any of 20,000 messages fails every time below 1e-7
        settings.put("camel.beans.connectionFactory.redeliveryPolicy.maximumRedeliveries", "20");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(SETTING_PREFIX))
                .forEach(name -> settings.put(name.substring(SETTING_PREFIX.length()), System.getProperty(name)));
        return settings;
    }
}
