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

import io.github.camelcoveo.push.emulator.store.IndexedItem;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A late failure: the Push API accepts the item (202), then the index refuses it: it is not indexed and the
 * organization's indexing log reports {@code ERROR} with the rule's reason. Hits every matching item until cleared,
 * or only the next {@link #times(int) N}.
 */
public final class IndexingRule {

    private static final int UNLIMITED = -1;

    private final String organizationId;
    private final String sourceId;
    private final Predicate<IndexedItem> which;
    private final String reason;
    private final AtomicInteger remaining = new AtomicInteger(UNLIMITED);

    IndexingRule(String organizationId, String sourceId, Predicate<IndexedItem> which, String reason) {
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.sourceId = sourceId;
        this.which = Objects.requireNonNull(which, "which");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Refuses only the next {@code count} matching items. */
    public IndexingRule times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        remaining.set(count);
        return this;
    }

    public String organizationId() {
        return organizationId;
    }

    /** The source the rule watches, or null for every source of its organization. */
    public String sourceId() {
        return sourceId;
    }

    public String reason() {
        return reason;
    }

    /** Items still to be refused by a {@link #times(int)} rule; -1 when unlimited. */
    public int remaining() {
        return remaining.get();
    }

    boolean isExhausted() {
        return remaining.get() == 0;
    }

    /** Whether the rule refuses this item, consuming one of a counted rule's items when it does. */
    boolean hits(String organization, String source, IndexedItem item) {
        if (!organizationId.equals(organization) || (sourceId != null && !sourceId.equals(source))
                || isExhausted() || !which.test(item)) {
            return false;
        }
        if (remaining.get() == UNLIMITED) {
            return true;
        }
        return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }
}
