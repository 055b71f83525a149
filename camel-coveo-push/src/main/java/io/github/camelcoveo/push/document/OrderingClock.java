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

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Gives operations their orderingId when the route gives none: the time in milliseconds, as Coveo itself would, but
 * never twice the same value for one key (a documentId), since Coveo keeps the first of two operations with equal
 * orderingIds. Two versions of one key in one millisecond get the next values. The clock never runs backwards.
 * <p>
 * Only keys whose last value is not yet in the past are remembered: any later value for them is at least the current
 * time, so older keys cannot collide and are forgotten.
 */
public final class OrderingClock {

    private final LongSupplier clock;
    private final Map<String, Long> latest = new HashMap<>();
    private final ArrayDeque<Issued> issued = new ArrayDeque<>();
    private long lastNow;

    public OrderingClock() {
        this(System::currentTimeMillis);
    }

    public OrderingClock(LongSupplier clock) {
        this.clock = clock;
    }

    private record Issued(String key, long orderingId) {
    }

    /** The orderingId of a new operation on {@code key}. */
    public long next(String key) {
        return next(key, Long.MIN_VALUE);
    }

    /** The orderingId of a new operation on {@code key}, at least {@code atLeast}. */
    public synchronized long next(String key, long atLeast) {
        long now = Math.max(clock.getAsLong(), lastNow);
        lastNow = now;
        forgetBefore(now);
        Long last = latest.get(key);
        long orderingId = Math.max(Math.max(now, atLeast), last == null ? Long.MIN_VALUE : last + 1);
        latest.put(key, orderingId);
        issued.add(new Issued(key, orderingId));
        return orderingId;
    }

    /** How many keys are remembered; for tests. */
    synchronized int remembered() {
        return latest.size();
    }

    private void forgetBefore(long now) {
        while (!issued.isEmpty() && issued.peekFirst().orderingId() < now) {
            Issued old = issued.pollFirst();
            latest.remove(old.key(), old.orderingId());
        }
    }
}
