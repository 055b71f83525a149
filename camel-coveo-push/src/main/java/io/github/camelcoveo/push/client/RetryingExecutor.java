package io.github.camelcoveo.push.client;

import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.metrics.PushMetrics;
import java.time.Duration;
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
 * nor a worker thread sleeps while waiting to retry.
 */
public final class RetryingExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingExecutor.class);

    /** One attempt of a call: returns the result, or throws a {@link TransientFailure} to be retried. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws TransientFailure, CoveoPushApiException;
    }

    /**
     * Admits each attempt, retries included, before it is made: a client-side request budget. The returned stage
     * completes when the attempt may go; it must not block.
     */
    @FunctionalInterface
    public interface Gate {
        CompletableFuture<Void> beforeAttempt(String description);
    }

    private final ScheduledExecutorService workers;
    private final RetryPolicy policy;
    private final Gate gate;
    private final PushMetrics metrics;
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

    public RetryingExecutor(ScheduledExecutorService workers, RetryPolicy policy) {
        this(workers, policy, null);
    }

    /** @param gate admits every attempt before it is made, or null to admit all at once */
    public RetryingExecutor(ScheduledExecutorService workers, RetryPolicy policy, Gate gate) {
        this(workers, policy, gate, PushMetrics.NONE);
    }

    /** @param metrics told of every retry, and (by the client) of every request */
    public RetryingExecutor(ScheduledExecutorService workers, RetryPolicy policy, Gate gate, PushMetrics metrics) {
        this.workers = workers;
        this.policy = policy;
        this.gate = gate;
        this.metrics = metrics;
    }

    public PushMetrics metrics() {
        return metrics;
    }

    public <T> CompletableFuture<T> submit(String description, Attempt<T> attempt) {
        CompletableFuture<T> result = new CompletableFuture<>();
        pending.add(result);
        result.whenComplete((done, error) -> pending.remove(result));
        schedule(description, attempt, result, 1, Duration.ZERO);
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

    private <T> void schedule(String description, Attempt<T> attempt, CompletableFuture<T> result, int number,
                              Duration delay) {
        try {
            workers.schedule(() -> admit(description, attempt, result, number), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
    }

    private <T> void admit(String description, Attempt<T> attempt, CompletableFuture<T> result, int number) {
        if (gate == null) {
            run(description, attempt, result, number);
            return;
        }
        gate.beforeAttempt(description).whenComplete((admitted, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                workers.execute(() -> run(description, attempt, result, number));
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private <T> void run(String description, Attempt<T> attempt, CompletableFuture<T> result, int number) {
        try {
            result.complete(attempt.run());
        } catch (TransientFailure failure) {
            Optional<Duration> delay = policy.delayBeforeRetry(number, failure.retryAfter());
            if (delay.isPresent()) {
                int status = failure.whenExhausted().getStatusCode();
                LOG.warn("{} failed transiently with HTTP {} ({}); attempt {} in {} ms", description, status,
                        failure.getMessage(), number + 1, delay.get().toMillis());
                metrics.retry(description, status, delay.get().toMillis());
                schedule(description, attempt, result, number + 1, delay.get());
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
}
