package io.github.camelcoveo.push.emulator.junit;

import io.github.camelcoveo.push.emulator.content.CompressionType;
import io.github.camelcoveo.push.emulator.store.IndexedItem;

import java.util.Arrays;
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
        String actual = item.text().orElseThrow(() -> fail("content is not text (" + item.contentSize() + " bytes)"));
        if (!expected.equals(actual)) {
            throw fail("text expected <" + expected + "> but was <" + actual + ">");
        }
        return this;
    }

    public ItemAssert withContent(byte[] expected) {
        if (!Arrays.equals(expected, item.content())) {
            throw fail("content differs: expected " + expected.length + " bytes, was " + item.contentSize());
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

    private AssertionError fail(String message) {
        return new AssertionError("Item " + item.documentId() + ": " + message);
    }
}
