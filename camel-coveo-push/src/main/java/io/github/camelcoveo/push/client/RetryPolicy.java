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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Which failures are retried, and how long to wait before the next attempt. */
public final class RetryPolicy {

    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(429, 502, 503, 504);

    private final int maxRetries;
    private final long initialDelayMillis;
    private final long maxDelayMillis;

    public RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis) {
        this.maxRetries = Math.max(0, maxRetries);
        this.initialDelayMillis = Math.max(0, initialDelayMillis);
        this.maxDelayMillis = Math.max(this.initialDelayMillis, maxDelayMillis);
    }

    public static boolean isTransient(int statusCode) {
        return TRANSIENT_STATUSES.contains(statusCode);
    }

    public int maxRetries() {
        return maxRetries;
    }

    /**
     * The delay before retry number {@code retry} (1 for the first retry), or empty when no retry is left or the
     * server asks to wait longer than the maximum delay.
     */
    public Optional<Duration> delayBeforeRetry(int retry, Duration retryAfter) {
        if (retry > maxRetries) {
            return Optional.empty();
        }
        if (retryAfter != null) {
            return retryAfter.toMillis() <= maxDelayMillis ? Optional.of(retryAfter) : Optional.empty();
        }
        long ceiling = initialDelayMillis << Math.min(retry - 1, 30);
        ceiling = Math.min(ceiling < 0 ? Long.MAX_VALUE : ceiling, maxDelayMillis);
        // "equal jitter": at least half the backoff, so that retries never bunch up at zero
        long half = ceiling / 2;
        long jitter = half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0;
        return Optional.of(Duration.ofMillis(half + jitter));
    }

    /** Reads a Retry-After value: whole seconds, or an HTTP date. Null when absent or unreadable. */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
