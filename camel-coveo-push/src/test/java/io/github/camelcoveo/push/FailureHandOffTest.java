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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.UnitOfWorkHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FailureHandOffTest {

    private final CamelContext context = new DefaultCamelContext();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong now = new AtomicLong(0);
    private final FailureHandOff handOff = new FailureHandOff(3, 300, threads, timer, now::get);
    private final List<Exchange> handedOver = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        threads.shutdownNow();
        timer.shutdownNow();
    }

    private List<Exchange> fail(int count) {
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchanges.add(exchange);
            handOff.fail(exchange, () -> handedOver.add(exchange));
        }
        return exchanges;
    }

    @Test
    void atMostTheLimitIsInCamelsHandsTheNextGoesWhenOneComesBack() {
        List<Exchange> exchanges = fail(5);
        await().until(() -> handedOver.size() == 3);
        assertThat(handOff.waiting()).isEqualTo(2);

        FailureHandOff.arrived(exchanges.get(1)); // a redelivery reaches the producer
        await().until(() -> handedOver.size() == 4);
        assertThat(handedOver).doesNotContain(exchanges.get(4));
        FailureHandOff.arrived(exchanges.get(1)); // counted once
        assertThat(handOff.inHands()).isEqualTo(3);
    }

    @Test
    void anExchangeWhoseUnitOfWorkIsDoneIsBackToo() {
        List<Exchange> exchanges = fail(4);
        await().until(() -> handedOver.size() == 3);
        // exhausted, or handled by a dead letter channel: its unit of work completes
        UnitOfWorkHelper.doneSynchronizations(exchanges.get(0),
                exchanges.get(0).getExchangeExtension().handoverCompletions());
        await().until(() -> handedOver.size() == 4);
    }

    @Test
    void anExchangeThatNeverComesBackStopsCountingAfterItsTime() {
        fail(4);
        await().until(() -> handedOver.size() == 3);
        now.set(301);
        await().until(() -> handedOver.size() == 4);
    }

    @Test
    void closingHandsEveryWaitingExchangeOverAtOnce() {
        fail(10);
        await().until(() -> handedOver.size() == 3);
        handOff.close();
        await().until(() -> handedOver.size() == 10);
        fail(2);
        await().until(() -> handedOver.size() == 12);
    }
}
