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
package io.github.camelcoveo.push.bucket4j;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.camelcoveo.push.budget.BudgetedRequest;
import io.github.camelcoveo.push.budget.CoveoApi;
import io.github.camelcoveo.push.budget.RequestBudget;
import io.lettuce.core.RedisClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request budget shared by every instance that reaches the same store (PostgreSQL or Redis), kept by Bucket4j: one
 * bucket per organization and Coveo API, so that all instances together stay under the organization's quota, and a
 * shared "not before" so that a 429 with {@code Retry-After} seen by one instance pauses them all.
 *
 * <p>A window quota of R requests per W is kept as a bucket of {@code burst} tokens refilled greedily with R - burst
 * tokens per W: however Coveo's windows fall, no interval of W sees more than R requests, and the rate approaches
 * R per W (less the burst share, 10% by default). Nothing blocks: a request over the budget waits on a timer, and
 * each instance keeps one store call in flight per bucket, its waiting requests in arrival order behind it.
 *
 * <pre>{@code
 * Bucket4jRequestBudget budget = Bucket4jRequestBudget.redis(RedisClient.create("redis://redis:6379"))
 *         .requestsPerWindow(CoveoApi.PUSH, 250, Duration.ofMinutes(5))
 *         .requestsPerDay(CoveoApi.PUSH, 15_000, DailySpending.SPREAD)
 *         .build();
 * context.getRegistry().bind("coveoBudget", budget); // autowired, or requestBudget=#coveoBudget
 * }</pre>
 */
public final class Bucket4jRequestBudget implements RequestBudget, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Bucket4jRequestBudget.class);
    private static final Duration DAY = Duration.ofDays(1);

    private final BudgetStore store;
    private final String keyPrefix;
    private final Map<CoveoApi, BucketConfiguration> configurations;
    private final ScheduledExecutorService timer;
    private final boolean ownsTimer;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private Bucket4jRequestBudget(Builder builder, BudgetStore store) {
        this.store = store;
        this.keyPrefix = builder.keyPrefix;
        this.configurations = builder.configurations();
        this.ownsTimer = builder.timer == null;
        this.timer = ownsTimer ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "CoveoPushBudget-timer");
            thread.setDaemon(true);
            return thread;
        }) : builder.timer;
    }

    /** A budget kept in PostgreSQL: its tables are created when missing. */
    public static Builder postgresql(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Builder(builder -> new PostgresBudgetStore(dataSource, builder.table, builder.jdbcThreads));
    }

    /** A budget kept in Redis through the given Lettuce client, which the budget never shuts down. */
    public static Builder redis(RedisClient client) {
        Objects.requireNonNull(client, "client");
        return new Builder(builder -> new RedisBudgetStore(client, false));
    }

    /** A budget kept in the Redis at {@code redisUri} ({@code redis://host:6379}); its client closes with it. */
    public static Builder redis(String redisUri) {
        Objects.requireNonNull(redisUri, "redisUri");
        return new Builder(builder -> new RedisBudgetStore(RedisClient.create(redisUri), true));
    }

    /** The bucket of an organization's API, as it is named in the store. */
    String bucketKey(String organizationId, CoveoApi api) {
        return keyPrefix + ":" + organizationId + ":" + api.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public CompletableFuture<Void> acquire(BudgetedRequest request) {
        if (closed) {
            return CompletableFuture.failedFuture(new RejectedExecutionException("the request budget is closed"));
        }
        String key = bucketKey(request.organizationId(), request.api());
        CompletableFuture<Void> permit = new CompletableFuture<>();
        lanes.computeIfAbsent(key, k -> new Lane(k, configurations.get(request.api()))).add(permit);
        return permit;
    }

    @Override
    public void pauseUntil(BudgetedRequest request, Instant notBefore) {
        String key = bucketKey(request.organizationId(), request.api());
        LOG.info("Coveo asked for no {} request before {}: every instance sharing the budget waits", key, notBefore);
        store.raiseNotBefore(key + ":not-before", notBefore.toEpochMilli()).whenComplete((done, error) -> {
            if (error != null) {
                LOG.warn("Could not share the pause of {} until {}: {}", key, notBefore, error.toString());
            }
        });
    }

    /** Fails the requests still waiting, stops the timer (unless it was given) and closes the store's connection. */
    @Override
    public void close() {
        closed = true;
        RejectedExecutionException stopped = new RejectedExecutionException("the request budget is closed");
        lanes.values().forEach(lane -> lane.failAll(stopped));
        if (ownsTimer) {
            timer.shutdownNow();
        }
        store.close();
    }

    /** The requests of one bucket in this instance: one at a time asks the store, the others wait in order. */
    private final class Lane {
        private final String key;
        private final String notBeforeKey;
        private final BucketConfiguration configuration;
        private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
        private boolean asking;

        Lane(String key, BucketConfiguration configuration) {
            this.key = key;
            this.notBeforeKey = key + ":not-before";
            this.configuration = configuration;
        }

        void add(CompletableFuture<Void> permit) {
            synchronized (this) {
                waiting.add(permit);
                if (asking) {
                    return;
                }
                asking = true;
            }
            ask();
        }

        /** Asks the store for the request at the head of the lane. */
        private void ask() {
            CompletableFuture<Void> head;
            synchronized (this) {
                head = waiting.peek();
                if (head == null || closed) {
                    asking = false;
                    return;
                }
            }
            if (head.isDone()) { // given up by its caller
                next(head);
                return;
            }
            store.notBefore(notBeforeKey).thenCompose(notBefore -> {
                long wait = notBefore - System.currentTimeMillis();
                if (wait > 0) {
                    return CompletableFuture.completedFuture(TimeUnit.MILLISECONDS.toNanos(wait));
                }
                if (configuration == null) {
                    return CompletableFuture.completedFuture(0L);
                }
                return store.tryConsume(key, configuration)
                        .thenApply(probe -> probe.isConsumed() ? 0L : Math.max(1, probe.getNanosToWaitForRefill()));
            }).whenComplete((waitNanos, error) -> {
                if (error != null) {
                    head.completeExceptionally(error);
                    next(head);
                } else if (waitNanos == 0) {
                    head.complete(null);
                    next(head);
                } else {
                    later(waitNanos);
                }
            });
        }

        private void next(CompletableFuture<Void> done) {
            synchronized (this) {
                if (waiting.peek() == done) {
                    waiting.poll();
                }
            }
            ask();
        }

        private void later(long nanos) {
            try {
                timer.schedule(this::ask, nanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                failAll(e);
            }
        }

        void failAll(Throwable cause) {
            synchronized (this) {
                waiting.forEach(permit -> permit.completeExceptionally(cause));
                waiting.clear();
                asking = false;
            }
        }
    }

    /** Sets the quotas of each API and where the budget is kept. */
    public static final class Builder {
        private final Function<Builder, BudgetStore> store;
        private final Map<CoveoApi, long[]> windows = new EnumMap<>(CoveoApi.class);
        private final Map<CoveoApi, Long> days = new EnumMap<>(CoveoApi.class);
        private final Map<CoveoApi, DailySpending> spending = new EnumMap<>(CoveoApi.class);
        private double burstShare = 0.1;
        private String keyPrefix = "coveo-push";
        private String table = "coveo_push_budget";
        private int jdbcThreads = 2;
        private ScheduledExecutorService timer;

        private Builder(Function<Builder, BudgetStore> store) {
            this.store = store;
        }

        /** At most {@code requests} requests to {@code api} in any {@code window}, by every instance together. */
        public Builder requestsPerWindow(CoveoApi api, long requests, Duration window) {
            if (requests < 2 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("requestsPerWindow needs at least 2 requests and a positive window");
            }
            windows.put(api, new long[] {requests, window.toNanos()});
            return this;
        }

        /** At most {@code requests} requests to {@code api} a day, spent {@code how}. */
        public Builder requestsPerDay(CoveoApi api, long requests, DailySpending how) {
            if (requests < 24) {
                throw new IllegalArgumentException("requestsPerDay must be at least 24: " + requests);
            }
            days.put(api, requests);
            spending.put(api, Objects.requireNonNull(how, "how"));
            return this;
        }

        /** Coveo's production quotas of the Push API [docs.coveo.com/en/63]: 250 requests per 5 minutes, 15,000 a day. */
        public Builder coveoProductionQuotas(DailySpending how) {
            return requestsPerWindow(CoveoApi.PUSH, 250, Duration.ofMinutes(5)).requestsPerDay(CoveoApi.PUSH, 15_000, how);
        }

        /**
         * The share of a window's quota that may go at once (0.1 by default); the rest is refilled evenly over the
         * window. A larger share sustains more of the quota but lets bursts come closer together.
         */
        public Builder burstShare(double share) {
            if (!(share > 0 && share < 1)) {
                throw new IllegalArgumentException("burstShare must be between 0 and 1 exclusive: " + share);
            }
            this.burstShare = share;
            return this;
        }

        /** What the buckets' names start with (default {@code coveo-push}): budgets with another prefix are apart. */
        public Builder keyPrefix(String prefix) {
            this.keyPrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /** PostgreSQL only: the buckets' table ({@code coveo_push_budget}; the pauses go in {@code <table>_not_before}). */
        public Builder table(String table) {
            this.table = Objects.requireNonNull(table, "table");
            return this;
        }

        /** PostgreSQL only: the threads that make the JDBC calls (2 by default). */
        public Builder jdbcThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("jdbcThreads must be at least 1: " + threads);
            }
            this.jdbcThreads = threads;
            return this;
        }

        /** The timer of the requests that wait (default: a thread of the budget's own). */
        public Builder timer(ScheduledExecutorService timer) {
            this.timer = timer;
            return this;
        }

        Map<CoveoApi, BucketConfiguration> configurations() {
            Map<CoveoApi, BucketConfiguration> result = new EnumMap<>(CoveoApi.class);
            for (CoveoApi api : CoveoApi.values()) {
                if (!windows.containsKey(api) && !days.containsKey(api)) {
                    continue;
                }
                ConfigurationBuilder configuration = BucketConfiguration.builder();
                long[] window = windows.get(api);
                if (window != null) {
                    long burst = Math.max(1, Math.min(window[0] - 1, (long) Math.floor(window[0] * burstShare)));
                    configuration.addLimit(Bandwidth.builder().capacity(burst)
                            .refillGreedy(window[0] - burst, Duration.ofNanos(window[1])).id("window").build());
                }
                Long day = days.get(api);
                if (day != null) {
                    configuration.addLimit(spending.get(api) == DailySpending.SPREAD ? spread(day) : wholeDays(day));
                }
                result.put(api, configuration.build());
            }
            return result;
        }

        /** At most an hour's share at once, the rest refilled evenly: never more than {@code day} in 24 hours. */
        private static Bandwidth spread(long day) {
            long hour = day / 24;
            return Bandwidth.builder().capacity(hour).refillGreedy(day - hour, DAY).id("day").build();
        }

        /** The whole quota at each midnight UTC. */
        private static Bandwidth wholeDays(long day) {
            Instant nextMidnight = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            return Bandwidth.builder().capacity(day).refillIntervallyAligned(day, DAY, nextMidnight).id("day").build();
        }

        /** Connects to the store (creating PostgreSQL's tables when missing). */
        public Bucket4jRequestBudget build() {
            return new Bucket4jRequestBudget(this, store.apply(this));
        }
    }
}
