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

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the exchanges of a failed batch to Camel's error handler a bounded number at a time, each on a thread of its
 * own, so that one exchange's error handling never holds the others: Camel's synchronous redelivery sleeps in the
 * thread that completes the exchange, and its asynchronous redelivery queues each one in a scheduler that refuses
 * more than its queue holds (1000 by default, for the whole CamelContext).
 * <p>
 * An exchange is in Camel's hands from its failure until it comes back to the producer (a redelivery) or its unit of
 * work is done (exhausted, handled, or sent to a dead letter channel); the next failed exchange waits for room. An
 * exchange that neither comes back nor finishes within {@code holdMillis} is no longer counted, so that a lost
 * completion never stops the others.
 */
final class FailureHandOff {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandOff.class);
    static final String PROPERTY = "CamelCoveoPushFailureHandOff";

    private final int limit;
    private final long holdMillis;
    private final ExecutorService threads;
    private final ScheduledExecutorService timer;
    private final LongSupplier clock;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private final ArrayDeque<Token> inHands = new ArrayDeque<>();
    private ScheduledFuture<?> expiry;
    private boolean closed;

    FailureHandOff(int limit, long holdMillis, ExecutorService threads, ScheduledExecutorService timer,
                   LongSupplier clock) {
        this.limit = limit;
        this.holdMillis = holdMillis;
        this.threads = threads;
        this.timer = timer;
        this.clock = clock;
    }

    private record Waiting(Exchange exchange, Runnable complete) {
    }

    /** Completes the failed exchange (its exception set, its callback called) by {@code complete}, when room allows. */
    void fail(Exchange exchange, Runnable complete) {
        Token token;
        synchronized (this) {
            forgetExpired();
            if (!closed && inHands.size() >= limit) {
                waiting.add(new Waiting(exchange, complete));
                scheduleExpiry();
                return;
            }
            token = take();
        }
        start(exchange, complete, token);
    }

    /** An exchange arrives at the producer: if it is one this hand-off failed, it is back from Camel's hands. */
    static void arrived(Exchange exchange) {
        if (exchange.hasProperties() && exchange.getProperty(PROPERTY) instanceof Token token) {
            exchange.removeProperty(PROPERTY);
            token.back();
        }
    }

    /** How many failed exchanges are in Camel's hands. */
    synchronized int inHands() {
        return inHands.size();
    }

    /** How many failed exchanges wait for room. */
    synchronized int waiting() {
        return waiting.size();
    }

    /** Hands every waiting exchange over at once, and every later one: the endpoint stops. */
    void close() {
        ArrayDeque<Waiting> all;
        synchronized (this) {
            closed = true;
            all = new ArrayDeque<>(waiting);
            waiting.clear();
            if (expiry != null) {
                expiry.cancel(false);
                expiry = null;
            }
        }
        all.forEach(w -> start(w.exchange(), w.complete(), null));
    }

    /** Under the lock. */
    private Token take() {
        if (closed) {
            return null;
        }
        Token token = new Token(clock.getAsLong() + holdMillis);
        inHands.add(token);
        return token;
    }

    private void start(Exchange exchange, Runnable complete, Token token) {
        if (token != null) {
            exchange.setProperty(PROPERTY, token);
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    token.back();
                }
            });
        }
        try {
            threads.execute(() -> run(exchange, complete));
        } catch (RejectedExecutionException stopping) {
            run(exchange, complete);
        }
    }

    private static void run(Exchange exchange, Runnable complete) {
        try {
            complete.run();
        } catch (RuntimeException e) {
            // Camel's error handler threw from its callback (its redelivery scheduler full, say): say so, loudly
            LOG.error("Camel's error handler could not take failed exchange {} from coveo-push: {}",
                    exchange.getExchangeId(), e.toString());
        }
    }

    /** Under the lock: stops counting the exchanges held past their time. */
    private void forgetExpired() {
        long now = clock.getAsLong();
        while (!inHands.isEmpty() && (inHands.peekFirst().returned.get() || inHands.peekFirst().deadline <= now)) {
            Token token = inHands.pollFirst();
            if (!token.returned.get()) {
                LOG.debug("A failed exchange is still in Camel's hands after {} ms; no longer counted", holdMillis);
            }
        }
    }

    /** Room may have been freed: hands over the waiting exchanges that fit now. */
    private void released() {
        while (true) {
            Waiting next;
            Token token;
            synchronized (this) {
                inHands.removeIf(t -> t.returned.get());
                forgetExpired();
                if (waiting.isEmpty()) {
                    return;
                }
                if (inHands.size() >= limit) {
                    scheduleExpiry();
                    return;
                }
                next = waiting.poll();
                token = take();
            }
            start(next.exchange(), next.complete(), token);
        }
    }

    private void expired() {
        synchronized (this) {
            expiry = null;
        }
        released();
    }

    /** Under the lock: wakes up when the oldest exchange in Camel's hands stops being counted. */
    private void scheduleExpiry() {
        if (expiry != null || inHands.isEmpty()) {
            return;
        }
        long delay = Math.max(1, inHands.peekFirst().deadline - clock.getAsLong());
        try {
            expiry = timer.schedule(this::expired, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the endpoint stops: close() hands the waiting ones over
        }
    }

    /** One failed exchange in Camel's hands. */
    private final class Token {
        final long deadline;
        final AtomicBoolean returned = new AtomicBoolean();

        Token(long deadline) {
            this.deadline = deadline;
        }

        void back() {
            if (returned.compareAndSet(false, true)) {
                released();
            }
        }
    }
}
