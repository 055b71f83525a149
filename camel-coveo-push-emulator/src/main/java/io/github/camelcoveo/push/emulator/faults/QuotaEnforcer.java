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
package io.github.camelcoveo.push.emulator.faults;

import io.github.camelcoveo.push.emulator.http.PushApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Coveo-like quotas per organization: N requests per time window (429 TOO_MANY_REQUESTS) and a daily
 * number of pushed items (429 TOO_MANY_DOCUMENTS_DAILY), both with {@code Retry-After}. Unlimited by default.
 */
public final class QuotaEnforcer {

    private final Clock clock;
    private int requestLimit = Integer.MAX_VALUE;
    private Duration window = Duration.ofMinutes(5);
    private long dailyItemLimit = Long.MAX_VALUE;
    private final Map<String, Instant> windowStarts = new HashMap<>();
    private final Map<String, Integer> windowCounts = new HashMap<>();
    private final Map<String, Long> itemsToday = new HashMap<>();
    private LocalDate today;

    public QuotaEnforcer(Clock clock) {
        this.clock = clock;
        this.today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** At most {@code limit} Push API requests per organization in each fixed window (Coveo: 250 per 5 minutes). */
    public synchronized QuotaEnforcer requestsPerWindow(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a request quota needs a positive limit and window");
        }
        this.requestLimit = limit;
        this.window = window;
        return this;
    }

    /** At most {@code limit} items added or updated per organization per UTC day. */
    public synchronized QuotaEnforcer dailyItems(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a daily item quota cannot be negative");
        }
        this.dailyItemLimit = limit;
        return this;
    }

    public synchronized QuotaEnforcer unlimited() {
        requestLimit = Integer.MAX_VALUE;
        dailyItemLimit = Long.MAX_VALUE;
        return this;
    }

    /** Forgets what was counted so far; the limits stay. */
    public synchronized void resetCounters() {
        windowStarts.clear();
        windowCounts.clear();
        itemsToday.clear();
    }

    public synchronized void chargeRequest(String organizationId) {
        Instant now = clock.instant();
        Instant start = windowStarts.get(organizationId);
        if (start == null || !now.isBefore(start.plus(window))) {
            windowStarts.put(organizationId, now);
            windowCounts.put(organizationId, 0);
            start = now;
        }
        int used = windowCounts.get(organizationId);
        if (used >= requestLimit) {
            long wait = Math.max(1, Duration.between(now, start.plus(window)).toSeconds());
            throw new PushApiException(429, "TOO_MANY_REQUESTS",
                    "Request quota of " + requestLimit + " per " + window + " exceeded.", (int) wait);
        }
        windowCounts.put(organizationId, used + 1);
    }

    public synchronized void chargeItems(String organizationId, int count) {
        LocalDate now = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!now.equals(today)) {
            today = now;
            itemsToday.clear();
        }
        long used = itemsToday.getOrDefault(organizationId, 0L);
        if (used + count > dailyItemLimit) {
            long wait = Duration.between(clock.instant(), now.plusDays(1).atStartOfDay(ZoneOffset.UTC)).toSeconds();
            throw new PushApiException(429, "TOO_MANY_DOCUMENTS_DAILY",
                    "Daily item quota of " + dailyItemLimit + " exceeded.", (int) Math.max(1, wait));
        }
        itemsToday.put(organizationId, used + count);
    }
}
