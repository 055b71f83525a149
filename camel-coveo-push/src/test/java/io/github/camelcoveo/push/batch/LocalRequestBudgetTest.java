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
package io.github.camelcoveo.push.batch;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget admits requests only while they fit in every window; the clock is the test's. */
class RequestBudgetTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong now = new AtomicLong(1_000_000);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private static List<CompletableFuture<Void>> acquire(LocalRequestBudget budget, int count) {
        return IntStream.range(0, count).mapToObj(i -> budget.acquire()).toList();
    }

    @Test
    void requestsOverTheWindowWaitUntilTheOldestLeavesIt() {
        LocalRequestBudget budget = new LocalRequestBudget(3, 60_000, 0, timer, now::get);

        List<CompletableFuture<Void>> permits = acquire(budget, 5);
        assertThat(permits.subList(0, 3)).allMatch(CompletableFuture::isDone);
        assertThat(permits.subList(3, 5)).noneMatch(CompletableFuture::isDone);

        now.addAndGet(59_999);
        budget.admit();
        assertThat(permits.subList(3, 5)).noneMatch(CompletableFuture::isDone);

        now.addAndGet(1);
        budget.admit();
        assertThat(permits.subList(3, 5)).allMatch(CompletableFuture::isDone);
        assertThat(budget.admitted()).isEqualTo(5);
    }

    @Test
    void theDailyBudgetHoldsAcrossWindows() {
        LocalRequestBudget budget = new LocalRequestBudget(2, 1_000, 3, timer, now::get);

        List<CompletableFuture<Void>> first = acquire(budget, 2);
        now.addAndGet(1_000);
        List<CompletableFuture<Void>> second = acquire(budget, 2);

        assertThat(first).allMatch(CompletableFuture::isDone);
        assertThat(second.get(0)).isDone();
        assertThat(second.get(1)).isNotDone(); // the window has room, the day has not
        assertThat(budget.waiting()).isEqualTo(1);

        now.addAndGet(LocalRequestBudget.DAY_MILLIS - 1_000);
        budget.admit();
        assertThat(second.get(1)).isDone();
    }

    @Test
    void noLimitMeansNoBudget() {
        assertThat(LocalRequestBudget.isLimited(0, 0)).isFalse();
        assertThat(LocalRequestBudget.isLimited(250, 0)).isTrue();
    }
}
