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
package io.github.camelcoveo.push.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcoveo.push.budget.BudgetedRequest;
import io.github.camelcoveo.push.budget.RequestBudget;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.metrics.PushMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where attempts run: on the workers, or the first one on the caller's thread (the synchronous option). */
class RetryingExecutorTest {

    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(1, r -> new Thread(r, "worker"));
    private final List<String> threads = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private RetryingExecutor.Attempt<String> failingOnce() {
        AtomicInteger attempts = new AtomicInteger();
        return () -> {
            threads.add(Thread.currentThread().getName());
            if (attempts.incrementAndGet() == 1) {
                throw new TransientFailure(null, new CoveoPushApiException(503, null, "busy", "test", null, 1, null));
            }
            return "done";
        };
    }

    @Test
    void withoutCallerRunsEveryAttemptRunsOnTheWorkers() throws Exception {
        RetryingExecutor executor = new RetryingExecutor(workers, new RetryPolicy(1, 1, 1), "org", null,
                PushMetrics.NONE, false);

        assertThat(executor.submit("test", failingOnce()).get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(threads).containsExactly("worker", "worker");
    }

    @Test
    void withCallerRunsTheFirstAttemptRunsOnTheCallerAndTheRetryOnTheWorkers() throws Exception {
        RetryingExecutor executor = new RetryingExecutor(workers, new RetryPolicy(1, 1, 1), "org", null,
                PushMetrics.NONE, true);

        CompletableFuture<String> call = executor.submit("test", failingOnce());
        // the retry, 1 ms later, may already have run on the worker: only the first attempt is the caller's by now
        assertThat(threads).first().isEqualTo(Thread.currentThread().getName());
        assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(threads).containsExactly(Thread.currentThread().getName(), "worker");
    }

    @Test
    void anAttemptTheBudgetHoldsBackRunsOnTheWorkersEvenWithCallerRuns() throws Exception {
        CompletableFuture<Void> admission = new CompletableFuture<>();
        RequestBudget later = new RequestBudget() {
            @Override
            public CompletableFuture<Void> acquire(BudgetedRequest request) {
                return admission;
            }

            @Override
            public void pauseUntil(BudgetedRequest request, java.time.Instant notBefore) {
            }
        };
        RetryingExecutor executor = new RetryingExecutor(workers, new RetryPolicy(0, 1, 1), "org", later,
                PushMetrics.NONE, true);

        CompletableFuture<String> call = executor.submit("test", () -> {
            threads.add(Thread.currentThread().getName());
            return "done";
        });
        assertThat(threads).isEmpty();
        workers.schedule(() -> admission.complete(null), Duration.ofMillis(10).toMillis(), TimeUnit.MILLISECONDS);
        assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(threads).containsExactly("worker");
    }
}
