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

import java.util.HashMap;
import java.util.Map;

/**
 * The orderingIds one attempt of an operation gave its documents (or identities), by key, and those its previous
 * attempt gave them: a retried attempt sends each key with the orderingId of its first attempt, so that a late
 * attempt never wins over a newer version accepted in between.
 */
public final class OrderingIds {

    private final Map<String, Long> previous;
    /** The first key given an orderingId, and its orderingId: most operations have one document. */
    private String onlyKey;
    private long onlyOrderingId;
    private Map<String, Long> given;

    /** @param previous those of the previous attempt, empty for a first attempt */
    public OrderingIds(Map<String, Long> previous) {
        this.previous = previous;
    }

    /** The orderingId the previous attempt gave {@code key}, or null on a first attempt. */
    public Long previous(String key) {
        return previous.get(key);
    }

    /** The orderingId of the previous attempt for {@code key}, else a new one from the clock; remembered. */
    public long assign(String key, OrderingClock clock) {
        Long again = previous.get(key);
        return given(key, again != null ? again : clock.next(key));
    }

    /** Remembers that this attempt sent {@code key} with {@code orderingId}. */
    public synchronized long given(String key, long orderingId) {
        if (onlyKey == null || onlyKey.equals(key)) {
            onlyKey = key;
            onlyOrderingId = orderingId;
        } else {
            if (given == null) {
                given = new HashMap<>(4);
            }
            given.put(key, orderingId);
        }
        return orderingId;
    }

    /** What this attempt gave, for the next attempt; empty when it gave nothing. */
    public synchronized Map<String, Long> givenSoFar() {
        if (onlyKey == null) {
            return Map.of();
        }
        Map<String, Long> all = new HashMap<>(given == null ? Map.of() : given);
        all.put(onlyKey, onlyOrderingId);
        return Map.copyOf(all);
    }
}
