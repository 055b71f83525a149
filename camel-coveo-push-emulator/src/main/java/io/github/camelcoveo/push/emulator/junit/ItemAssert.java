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

import io.github.camelcoveo.push.emulator.content.CompressionType;
import io.github.camelcoveo.push.emulator.fields.FieldType;
import io.github.camelcoveo.push.emulator.fields.IndexedMetadata;
import io.github.camelcoveo.push.emulator.store.IndexedItem;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/** Assertions on one indexed item; {@link #and()} goes back to its source. */
public final class ItemAssert {

    private final SourceAssert source;
    private final IndexedItem item;

    ItemAssert(SourceAssert source, IndexedItem item) {
        this.source = source;
        this.item = item;
    }

    public ItemAssert withMetadata(String key, Object expected) {
        Optional<Object> actual = item.metadata(key);
        if (actual.isEmpty()) {
            throw fail("metadata '" + key + "' missing; metadata: " + item.metadata());
        }
        if (!sameValue(expected, actual.get())) {
            throw fail("metadata '" + key + "' expected <" + expected + "> but was <" + actual.get() + ">");
        }
        return this;
    }

    /** The metadata populates the field of its name, of this type. */
    public ItemAssert withSearchableMetadata(String key, FieldType expectedType) {
        IndexedMetadata indexed = indexing(key);
        if (!indexed.searchable() || indexed.fieldType() != expectedType) {
            throw fail("metadata '" + key + "' expected searchable in a " + expectedType + " field but is "
                    + indexed.describe());
        }
        return this;
    }

    /** The metadata is kept but not indexed: no field of the organization has its name. */
    public ItemAssert withMetadataWithoutField(String key) {
        return withStatus(key, IndexedMetadata.Status.NO_FIELD);
    }

    /** The metadata is kept but not indexed: its value does not fit the type of the field of its name. */
    public ItemAssert withMetadataNotFittingItsField(String key) {
        return withStatus(key, IndexedMetadata.Status.TYPE_MISMATCH);
    }

    private ItemAssert withStatus(String key, IndexedMetadata.Status expected) {
        IndexedMetadata indexed = indexing(key);
        if (indexed.status() != expected) {
            throw fail("metadata '" + key + "' expected " + expected + " but is " + indexed.describe());
        }
        return this;
    }

    private IndexedMetadata indexing(String key) {
        return item.indexing(key).orElseThrow(() -> fail("metadata '" + key + "' missing; metadata: " + item.metadata()));
    }

    public ItemAssert withTitle(String expected) {
        return withMetadata("title", expected);
    }

    public ItemAssert withFileExtension(String expected) {
        if (!Objects.equals(expected, item.fileExtension())) {
            throw fail("fileExtension expected <" + expected + "> but was <" + item.fileExtension() + ">");
        }
        return this;
    }

    public ItemAssert withText(String expected) {
        String actual = item.text().orElseThrow(() -> fail(item.isContentRetained()
                ? "content is not text (" + item.contentSize() + " bytes)"
                : "content not retained (" + item.contentSize() + " bytes): compare withContentSha256"));
        if (!expected.equals(actual)) {
            throw fail("text expected <" + expected + "> but was <" + actual + ">");
        }
        return this;
    }

    /** Compares the bytes, or their SHA-256 digest when the emulator did not retain the item's content. */
    public ItemAssert withContent(byte[] expected) {
        boolean same = item.isContentRetained() ? Arrays.equals(expected, item.content())
                : expected.length == item.contentSize() && sha256(expected).equals(item.contentSha256());
        if (!same) {
            throw fail("content differs: expected " + expected.length + " bytes, was " + item.contentSize());
        }
        return this;
    }

    /** The hex SHA-256 digest of the decoded content, which the emulator keeps even when it keeps no content. */
    public ItemAssert withContentSha256(String expected) {
        if (!expected.equalsIgnoreCase(item.contentSha256())) {
            throw fail("content SHA-256 expected <" + expected + "> but was <" + item.contentSha256() + ">");
        }
        return this;
    }

    public ItemAssert withOrderingId(long expected) {
        if (item.orderingId() != expected) {
            throw fail("orderingId expected <" + expected + "> but was <" + item.orderingId() + ">");
        }
        return this;
    }

    public ItemAssert withCompressionType(CompressionType expected) {
        if (item.compressionType() != expected) {
            throw fail("compressionType expected <" + expected + "> but was <" + item.compressionType() + ">");
        }
        return this;
    }

    public SourceAssert and() {
        return source;
    }

    public IndexedItem actual() {
        return item;
    }

    /** Numbers compare by value, so that 3 matches a stored 3L or 3.0. */
    private static boolean sameValue(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            return new java.math.BigDecimal(e.toString()).compareTo(new java.math.BigDecimal(a.toString())) == 0;
        }
        return Objects.equals(expected, actual);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private AssertionError fail(String message) {
        return new AssertionError("Item " + item.documentId() + ": " + message);
    }
}
