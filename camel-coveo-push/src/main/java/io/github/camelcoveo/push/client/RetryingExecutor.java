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

import io.github.camelcoveo.push.budget.BudgetedRequest;
import io.github.camelcoveo.push.budget.CoveoApi;
import io.github.camelcoveo.push.budget.RequestBudget;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.metrics.PushMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking attempts on a worker pool and schedules retries after their delay, so that neither a Camel thread
 * nor a worker thread sleeps while waiting to retry. A {@link RequestBudget} admits every attempt, and hears of every
 * 429 that came with a {@code Retry-After}.
 */
public final class RetryingExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingExecutor.class);

    /** One attempt of a call: returns the result, or throws a {@link TransientFailure} to be retried. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws TransientFailure, CoveoPushApiException;
    }

    private static final int TOO_MANY_REQUESTS = 429;

    private final ScheduledExecutorService workers;
    private final RetryPolicy policy;
    private final String organizationId;
    private final RequestBudget budget;
    private final PushMetrics metrics;
    private final boolean callerRuns;
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

    public RetryingExecutor(ScheduledExecutorService workers, RetryPolicy policy) {
        this(workers, policy, "", null);
    }

    /**
     * @param organizationId the organization the requests go to, as the budget is told
     * @param budget         admits every attempt before it is made, or null to admit all at once
     */
    public RetryingExecutor(ScheduledExecutorService workers, RetryPolicy policy, String organizationId,
                            RequestBudget budget) {
        this(workers, policy, organizationId, budget, PushMetrics.NONE);
    }

    /** @param metrics told of every retry, and (by the client) of every request */
    public RetryingExecutor(ScheduledExecutorService workers, RetryPolicy policy, String organizationId,
                            RequestBudget budget, PushMetrics metrics) {
        this(workers, policy, organizationId, budget, metrics, false);
    }

    /**
     * @param callerRuns the first attempt of each call runs on the thread that submits it, once the budget admits it
     *                   at once, so that the caller gets its answer with no thread hand-off; retries, and attempts the
     *                   budget holds back, run on the workers
     */
    public RetryingExecutor(ScheduledExecutorService workers, RetryPolicy policy, String organizationId,
                            RequestBudget budget, PushMetrics metrics, boolean callerRuns) {
        this.callerRuns = callerRuns;
        this.workers = workers;
        this.policy = policy;
        this.organizationId = organizationId == null ? "" : organizationId;
        this.budget = budget;
        this.metrics = metrics;
    }

    public PushMetrics metrics() {
        return metrics;
    }

    /** Runs a call to the Push API. */
    public <T> CompletableFuture<T> submit(String description, Attempt<T> attempt) {
        return submit(CoveoApi.PUSH, description, attempt);
    }

    /** Runs a call to {@code api}, admitted by the budget as one of that API's requests. */
    public <T> CompletableFuture<T> submit(CoveoApi api, String description, Attempt<T> attempt) {
        CompletableFuture<T> result = new CompletableFuture<>();
        pending.add(result);
        result.whenComplete((done, error) -> pending.remove(result));
        BudgetedRequest request = new BudgetedRequest(organizationId, api, description);
        if (callerRuns) {
            admit(request, attempt, result, 1);
        } else {
            schedule(request, attempt, result, 1, Duration.ZERO);
        }
        return result;
    }

    /**
     * Fails every call not yet answered, once the workers are stopped: a retry or a request still waiting for the
     * budget would otherwise never answer.
     */
    public void failPending(Throwable cause) {
        for (CompletableFuture<?> result : List.copyOf(pending)) {
            result.completeExceptionally(cause);
        }
    }

    private <T> void schedule(BudgetedRequest request, Attempt<T> attempt, CompletableFuture<T> result, int number,
                              Duration delay) {
        try {
            workers.schedule(() -> admit(request, attempt, result, number), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
    }

    private <T> void admit(BudgetedRequest request, Attempt<T> attempt, CompletableFuture<T> result, int number) {
        if (budget == null) {
            run(request, attempt, result, number);
            return;
        }
        CompletableFuture<Void> admission;
        try {
            admission = budget.acquire(request);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        if (admission.isDone() && !admission.isCompletedExceptionally()) {
            run(request, attempt, result, number); // admitted at once: no second hand-off
            return;
        }
        admission.whenComplete((admitted, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                workers.execute(() -> run(request, attempt, result, number));
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private <T> void run(BudgetedRequest request, Attempt<T> attempt, CompletableFuture<T> result, int number) {
        String description = request.operation();
        try {
            result.complete(attempt.run());
        } catch (TransientFailure failure) {
            int status = failure.whenExhausted().getStatusCode();
            if (status == TOO_MANY_REQUESTS && failure.retryAfter() != null) {
                pause(request, Instant.now().plus(failure.retryAfter()));
            }
            Optional<Duration> delay = policy.delayBeforeRetry(number, failure.retryAfter());
            if (delay.isPresent()) {
                LOG.warn("{} failed transiently with HTTP {} ({}); attempt {} in {} ms", description, status,
                        failure.getMessage(), number + 1, delay.get().toMillis());
                metrics.retry(description, status, delay.get().toMillis());
                schedule(request, attempt, result, number + 1, delay.get());
            } else {
                result.completeExceptionally(failure.whenExhausted().afterAttempts(number));
            }
        } catch (CoveoPushApiException refused) {
            // after retries, a refusal may follow an attempt whose answer was lost: say how many there were
            result.completeExceptionally(refused.afterAttempts(number));
        } catch (Exception | Error e) {
            result.completeExceptionally(e);
        }
    }

    /** Tells the budget of Coveo's Retry-After; a budget that fails to hear it must not fail the call. */
    private void pause(BudgetedRequest request, Instant notBefore) {
        if (budget == null) {
            return;
        }
        try {
            budget.pauseUntil(request, notBefore);
        } catch (RuntimeException e) {
            LOG.warn("The request budget could not record Coveo's Retry-After for {}: {}", request.operation(),
                    e.toString());
        }
    }
}
