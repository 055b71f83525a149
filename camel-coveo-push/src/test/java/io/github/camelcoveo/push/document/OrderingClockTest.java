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

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderingClockTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final OrderingClock clock = new OrderingClock(now::get);

    @Test
    void givesTheTimeAndNeverTwiceTheSameValueToOneKey() {
        assertThat(clock.next("a")).isEqualTo(1_000);
        assertThat(clock.next("b")).isEqualTo(1_000);
        assertThat(clock.next("a")).isEqualTo(1_001);
        assertThat(clock.next("a")).isEqualTo(1_002);
        now.set(1_001);
        assertThat(clock.next("a")).isEqualTo(1_003); // still ahead of the clock
        assertThat(clock.next("b")).isEqualTo(1_001);
    }

    @Test
    void twoVersionsInOneMillisecondAfterTheFirstWasSettledStillDiffer() {
        long first = clock.next("a");
        // nothing pending any more; the clock has not moved
        assertThat(clock.next("a")).isGreaterThan(first);
    }

    @Test
    void neverRunsBackwardsWhenTheSystemClockDoes() {
        now.set(5_000);
        assertThat(clock.next("a")).isEqualTo(5_000);
        now.set(4_000); // an NTP step back
        assertThat(clock.next("b")).isEqualTo(5_000);
        assertThat(clock.next("a")).isEqualTo(5_001);
    }

    @Test
    void honoursAFloor() {
        assertThat(clock.next("a", 9_000)).isEqualTo(9_000);
        assertThat(clock.next("a")).isEqualTo(9_001);
    }

    @Test
    void forgetsKeysOnceTheClockPassedThem() {
        for (int i = 0; i < 1_000; i++) {
            clock.next("key" + i);
        }
        assertThat(clock.remembered()).isEqualTo(1_000);
        now.set(1_001);
        clock.next("other");
        assertThat(clock.remembered()).isEqualTo(1);
    }

    @Test
    void manyThreadsNeverGetTheSameValueForOneKey() throws Exception {
        OrderingClock real = new OrderingClock();
        Set<Long> values = java.util.Collections.synchronizedSet(new HashSet<>());
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    values.add(real.next("hot"));
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(values).hasSize(40_000);
    }
}
