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

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.github.camelcoveo.push.budget.BudgetedRequest;
import io.github.camelcoveo.push.budget.RequestBudget;

/**
 * A client-side request quota: at most {@code requestsPerWindow} requests in any sliding window of
 * {@code windowMillis}, and at most {@code requestsPerDay} in any 24 hours (0 means no limit). Requests over the
 * budget wait, in arrival order, without holding a thread: a timer admits them when the oldest request leaves the
 * window. It admits attempts, so retries are counted too, and every API's requests alike. A 429 with Retry-After
 * holds back every request of the endpoint until then. It is the budget of one endpoint in one JVM: instances that
 * share an organization's quota need a shared {@link RequestBudget} instead.
 */
public final class LocalRequestBudget implements RequestBudget {

    static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private final List<Window> windows = new ArrayList<>(2);
    private Window window;
    private Window day;
    private final ScheduledExecutorService timer;
    private final LongSupplier clock;
    private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private ScheduledFuture<?> wakeUp;
    private long admitted;
    private long notBefore;

    public LocalRequestBudget(int requestsPerWindow, long windowMillis, int requestsPerDay, ScheduledExecutorService timer) {
        this(requestsPerWindow, windowMillis, requestsPerDay, timer, System::currentTimeMillis);
    }

    LocalRequestBudget(int requestsPerWindow, long windowMillis, int requestsPerDay, ScheduledExecutorService timer,
                  LongSupplier clock) {
        if (requestsPerWindow > 0) {
            if (windowMillis <= 0) {
                throw new IllegalArgumentException("requestWindow must be positive: " + windowMillis);
            }
            window = new Window(requestsPerWindow, windowMillis);
            windows.add(window);
        }
        if (requestsPerDay > 0) {
            day = new Window(requestsPerDay, DAY_MILLIS);
            windows.add(day);
        }
        this.timer = timer;
        this.clock = clock;
    }

    /** Whether any limit is set; without one, a budget is not worth installing. */
    public static boolean isLimited(int requestsPerWindow, int requestsPerDay) {
        return requestsPerWindow > 0 || requestsPerDay > 0;
    }

    @Override
    public CompletableFuture<Void> acquire(BudgetedRequest request) {
        return acquire();
    }

    @Override
    public void pauseUntil(BudgetedRequest request, Instant until) {
        synchronized (this) {
            notBefore = Math.max(notBefore, until.toEpochMilli());
        }
        admit();
    }

    /** Completes when one more request fits in the budget; the request is counted from then. */
    public CompletableFuture<Void> acquire() {
        CompletableFuture<Void> permit = new CompletableFuture<>();
        synchronized (this) {
            waiting.add(permit);
        }
        admit();
        return permit;
    }

    /** Requests admitted so far. */
    public synchronized long admitted() {
        return admitted;
    }

    /** Requests waiting for the budget. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Requests that may still go in the current {@code requestWindow}, or -1 when it has no limit. */
    public synchronized int leftInWindow() {
        return left(window);
    }

    /** Requests that may still go in the last 24 hours, or -1 when they have no limit. */
    public synchronized int leftToday() {
        return left(day);
    }

    private int left(Window limit) {
        if (limit == null) {
            return -1;
        }
        readyAt(clock.getAsLong()); // forgets the requests that left the windows
        return Math.max(0, limit.permits - limit.granted.size());
    }

    /** Admits the waiting requests that fit now, and sets the timer for the next one. */
    void admit() {
        List<CompletableFuture<Void>> go = new ArrayList<>();
        synchronized (this) {
            long now = clock.getAsLong();
            while (!waiting.isEmpty()) {
                long readyAt = readyAt(now);
                if (readyAt > now) {
                    scheduleWakeUp(readyAt - now);
                    break;
                }
                windows.forEach(w -> w.granted.add(now));
                admitted++;
                go.add(waiting.poll());
            }
        }
        go.forEach(permit -> permit.complete(null));
    }

    private void wakeUp() {
        synchronized (this) {
            wakeUp = null;
        }
        admit();
    }

    private long readyAt(long now) {
        long readyAt = Math.max(now, notBefore);
        for (Window window : windows) {
            while (!window.granted.isEmpty() && window.granted.peekFirst() <= now - window.millis) {
                window.granted.pollFirst();
            }
            if (window.granted.size() >= window.permits) {
                readyAt = Math.max(readyAt, window.granted.peekFirst() + window.millis);
            }
        }
        return readyAt;
    }

    private void scheduleWakeUp(long delayMillis) {
        if (wakeUp != null && !wakeUp.isDone()) {
            return;
        }
        try {
            wakeUp = timer.schedule(this::wakeUp, Math.max(1, delayMillis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            RejectedExecutionException stopped = new RejectedExecutionException("the Coveo Push endpoint is stopped");
            waiting.forEach(permit -> permit.completeExceptionally(stopped));
            waiting.clear();
        }
    }

    private static final class Window {
        final int permits;
        final long millis;
        final ArrayDeque<Long> granted = new ArrayDeque<>();

        Window(int permits, long millis) {
            this.permits = permits;
            this.millis = millis;
        }
    }
}
