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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelcoveo.examples.ForkedJvm;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelcoveo.examples.jms.JmsTestSettings.BROKER_DLQ;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.DLQ;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.KEY;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.ORG;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.QUEUE;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The JMS example's consumer ({@link JmsApplication}) in a JVM of its own, killed with SIGKILL three times while it
 * works through a load, and started again each time: at the end every document is indexed in its latest version,
 * none is lost, and nothing is left on the queue or on a dead-letter queue. The broker (persistent, KahaDB in a
 * temporary folder) and the emulator run in the test's JVM. Twice: with the example's batches, and with
 * {@code batch=false&synchronous=true}, where the transacted listener's thread waits for Coveo's answer itself.
 */
class JmsKillTest {

    private static final int KILLS = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE);

    @RegisterExtension
    final EmbeddedBroker broker = EmbeddedBroker.persistent();

    @RegisterExtension
    final ForkedJvm consumer = new ForkedJvm(JmsApplication.class);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "batched", "synchronous" })
    @Timeout(value = 110, unit = TimeUnit.SECONDS)
    void aConsumerKilledMidLoadLosesNothingAndLeavesNothingStale(String mode) throws Exception {
        DocumentLoad load = new DocumentLoad(5000, 10);
        load.sendTo(broker.url());
        // synchronous: one document at a time, the listener's thread making the call and waiting for Coveo's answer
        Map<String, String> settings = JmsTestSettings.overrides(coveo.pushApiUrl(), broker.url(),
                mode.equals("batched") ? Map.of() : Map.of("camel.component.coveo-push.batch", "false",
                        "camel.component.coveo-push.synchronous", "true"));
        long started = System.nanoTime();

        consumer.start(settings);
        for (int kill = 1; kill <= KILLS; kill++) {
            int indexed = load.documents() * kill / (KILLS + 1);
            await().atMost(PATIENCE).until(() -> coveo.items(SOURCE).size() >= indexed);
            consumer.kill();
            System.out.printf("kill %d at %d items, %.1f s%n", kill, coveo.items(SOURCE).size(), seconds(started));
            consumer.start(settings);
        }
        await().atMost(PATIENCE).until(() -> broker.queueSize(QUEUE) == 0);
        System.out.printf("queue empty after %.1f s, %s%n", seconds(started), broker.counts(QUEUE));

        load.assertIndexed(coveo);
        assertThat(broker.queueSize(DLQ)).isZero();
        assertThat(broker.queueSize(BROKER_DLQ)).isZero();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
