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
package io.github.camelcoveo.push.emulator.junit;

import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.LoadStream;
import io.github.camelcoveo.push.emulator.store.RejectedItem;
import io.github.camelcoveo.push.emulator.store.StatusChange;

import java.util.List;

/** Assertions on a source of the emulator: {@code hasItemCount(3).hasItem("file:///x").withTitle("X")}. */
public final class SourceAssert {

    private final String description;
    private final EmulatedSource source;

    SourceAssert(String description, EmulatedSource source) {
        this.description = description;
        this.source = source;
    }

    public SourceAssert hasItemCount(int expected) {
        int actual = source.itemCount();
        if (actual != expected) {
            throw new AssertionError(description + ": expected " + expected + " items but found " + actual + ": "
                    + source.items().stream().map(IndexedItem::documentId).toList());
        }
        return this;
    }

    public SourceAssert isEmpty() {
        return hasItemCount(0);
    }

    public ItemAssert hasItem(String documentId) {
        IndexedItem item = source.item(documentId).orElseThrow(() -> new AssertionError(description
                + ": no item " + documentId + " among " + source.items().stream().map(IndexedItem::documentId).toList()));
        return new ItemAssert(this, item);
    }

    public SourceAssert doesNotHaveItem(String documentId) {
        if (source.item(documentId).isPresent()) {
            throw new AssertionError(description + ": unexpected item " + documentId);
        }
        return this;
    }

    /**
     * The Push API accepted the item and the index refused it: it is not in the source, and the reason contains
     * {@code reasonPart} (any reason when null).
     */
    public SourceAssert hasRejectedItem(String documentId, String reasonPart) {
        RejectedItem rejected = source.rejectedItem(documentId).orElseThrow(() -> new AssertionError(description
                + ": no item " + documentId + " rejected at indexing among "
                + source.rejectedItems().stream().map(RejectedItem::documentId).toList()));
        if (reasonPart != null && !rejected.reason().contains(reasonPart)) {
            throw new AssertionError(description + ": " + documentId + " was rejected at indexing for <"
                    + rejected.reason() + ">, not for a reason containing <" + reasonPart + ">");
        }
        return doesNotHaveItem(documentId);
    }

    public SourceAssert hasRejectedItem(String documentId) {
        return hasRejectedItem(documentId, null);
    }

    /** Operations on the source's items ignored as out of sequence: an orderingId not above the item's last one. */
    public SourceAssert hasIgnoredOperations(long expected) {
        long actual = source.ignoredOperations();
        if (actual != expected) {
            throw new AssertionError(description + ": expected " + expected + " operations ignored as out of sequence"
                    + " but found " + actual);
        }
        return this;
    }

    /** The status types received, in order, e.g. {@code hasStatusHistory("REBUILD", "IDLE")}. */
    public SourceAssert hasStatusHistory(String... statusTypes) {
        List<String> actual = source.statusHistory().stream().map(StatusChange::statusType).toList();
        if (!actual.equals(List.of(statusTypes))) {
            throw new AssertionError(description + ": status history expected " + List.of(statusTypes) + " but was " + actual);
        }
        return this;
    }

    /** A Catalog source (Stream API only). */
    public SourceAssert isCatalog() {
        if (!source.isCatalog()) {
            throw new AssertionError(description + ": expected a Catalog source but it is a " + source.type() + " source");
        }
        return this;
    }

    /** The items whose {@code objecttype} is the given one (without regard to case): {@code hasItemCount("Product", 3)}. */
    public SourceAssert hasItemCount(String objectType, int expected) {
        List<String> actual = source.items().stream().filter(item -> objectType.equalsIgnoreCase(item.objectType()))
                .map(IndexedItem::documentId).toList();
        if (actual.size() != expected) {
            throw new AssertionError(description + ": expected " + expected + " items of objecttype " + objectType
                    + " but found " + actual.size() + ": " + actual);
        }
        return this;
    }

    /** Load streams opened and not closed (they applied nothing). */
    public SourceAssert hasOpenStreams(int expected) {
        List<LoadStream> open = source.openStreams();
        if (open.size() != expected) {
            throw new AssertionError(description + ": expected " + expected + " open load streams but found "
                    + open.size() + ": " + open);
        }
        return this;
    }

    /**
     * The index refused a partial update of the item (it does not exist, or the field's value does not fit the
     * operator), for a reason containing {@code reasonPart}; an existing item stays as it was, so, unlike
     * {@link #hasRejectedItem(String, String)}, this does not ask for the item to be absent.
     */
    public SourceAssert hasRefusedUpdate(String documentId, String reasonPart) {
        RejectedItem rejected = source.rejectedItem(documentId).orElseThrow(() -> new AssertionError(description
                + ": no update of " + documentId + " refused at indexing among "
                + source.rejectedItems().stream().map(RejectedItem::documentId).toList()));
        if (reasonPart != null && !rejected.reason().contains(reasonPart)) {
            throw new AssertionError(description + ": the update of " + documentId + " was refused for <"
                    + rejected.reason() + ">, not for a reason containing <" + reasonPart + ">");
        }
        return this;
    }
}
