package io.github.camelcoveo.push.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcoveo.push.client.RequestBody;
import io.github.camelcoveo.push.content.SpooledContent;

/**
 * The JSON of one batch, {@code {"addOrUpdate":[...],"delete":[...]}}, written entry by entry as documents arrive
 * into a spool that moves to a temporary file past a small threshold, so that a large batch costs disk, not heap.
 * Delete entries are small and kept aside until the file is sealed. Not thread-safe: its owner serializes access.
 */
final class BatchFile implements AutoCloseable {

    /** A batch file stays on the heap up to this size. */
    static final int MEMORY_THRESHOLD = 1024 * 1024;

    private static final byte[] HEAD = "{\"addOrUpdate\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MIDDLE = "],\"delete\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAIL = "]}".getBytes(StandardCharsets.US_ASCII);

    private final SpooledContent spool = new SpooledContent(MEMORY_THRESHOLD);
    private final OutputStream out = new BufferedOutputStream(spool.outputStream(), 64 * 1024);
    private final List<RequestBody> deletes = new ArrayList<>();
    private long addOrUpdateBytes;
    private long deleteBytes;
    private int addOrUpdates;
    private boolean sealed;

    BatchFile() throws IOException {
        out.write(HEAD);
        addOrUpdateBytes = HEAD.length;
    }

    /** The size of the sealed file if {@code entry} were added now. */
    long sizeWith(BatchEntry entry) {
        return size() + entry.json().length() + 1;
    }

    /** The size of the sealed file as it stands. */
    long size() {
        int separators = Math.max(0, deletes.size() - 1);
        return addOrUpdateBytes + MIDDLE.length + deleteBytes + separators + TAIL.length;
    }

    int entries() {
        return addOrUpdates + deletes.size();
    }

    boolean hasDeletes() {
        return !deletes.isEmpty();
    }

    void add(BatchEntry entry) throws IOException {
        if (sealed) {
            throw new IllegalStateException("the batch file is sealed");
        }
        RequestBody json = entry.json();
        if (entry instanceof BatchEntry.Delete) {
            deletes.add(json);
            deleteBytes += json.length();
            return;
        }
        if (addOrUpdates > 0) {
            out.write(',');
            addOrUpdateBytes++;
        }
        json.writeTo(out);
        addOrUpdateBytes += json.length();
        addOrUpdates++;
    }

    /** Writes the end of the file; returns it as a request body that can be written again for each retry. */
    RequestBody seal() throws IOException {
        if (!sealed) {
            sealed = true;
            out.write(MIDDLE);
            for (int i = 0; i < deletes.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                deletes.get(i).writeTo(out);
            }
            deletes.clear();
            out.write(TAIL);
            out.close();
        }
        return new RequestBody() {
            @Override
            public long length() {
                return spool.size();
            }

            @Override
            public void writeTo(OutputStream target) throws IOException {
                try (InputStream in = spool.openStream()) {
                    in.transferTo(target);
                }
            }
        };
    }

    boolean isOnDisk() {
        return spool.isOnDisk();
    }

    @Override
    public void close() {
        spool.close();
    }
}
