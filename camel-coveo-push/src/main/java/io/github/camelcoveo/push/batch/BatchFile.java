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
package io.github.camelcoveo.push.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.content.SpooledContent;

/**
 * The JSON of one batch, {@code {"addOrUpdate":[...],"delete":[...]}} (or the arrays of another {@link BatchLayout}),
 * written entry by entry as they arrive into a spool that moves to a temporary file past a small threshold, so that a
 * large batch costs disk, not heap. Entries of the other arrays (deletes, for documents) are small and kept aside until
 * the file is sealed. Not thread-safe: its owner serializes access.
 */
final class BatchFile implements AutoCloseable {

    /** A batch file stays on the heap up to this size. */
    static final int MEMORY_THRESHOLD = 1024 * 1024;

    private final BatchLayout layout;
    private final SpooledContent spool = new SpooledContent(MEMORY_THRESHOLD);
    private final OutputStream out = new BufferedOutputStream(spool.outputStream(), 64 * 1024);
    /** The entries of every array but the first, by array. */
    private final List<List<RequestBody>> aside = new ArrayList<>();
    private final long[] asideBytes;
    /** The length of {@link #opening} of each array kept aside. */
    private final int[] openingLengths;
    private long streamedBytes;
    private int streamed;
    private int entries;
    private boolean sealed;

    BatchFile() throws IOException {
        this(BatchLayout.DOCUMENTS);
    }

    BatchFile(BatchLayout layout) throws IOException {
        this.layout = layout;
        for (int i = 1; i < layout.sections().size(); i++) {
            aside.add(new ArrayList<>());
        }
        this.asideBytes = new long[aside.size()];
        this.openingLengths = new int[aside.size()];
        for (int i = 0; i < aside.size(); i++) {
            openingLengths[i] = opening(i).length;
        }
        byte[] head = ascii("{\"" + layout.sections().get(0) + "\":[");
        out.write(head);
        streamedBytes = head.length;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code ],"name":[} before the array {@code i} kept aside. */
    private byte[] opening(int i) {
        return ascii("],\"" + layout.sections().get(i + 1) + "\":[");
    }

    /** The size of the sealed file if {@code entry} were added now. */
    long sizeWith(BatchEntry entry) {
        return size() + entry.json().length() + 1;
    }

    /** The size of the sealed file as it stands. */
    long size() {
        long size = streamedBytes + 2; // "]}"
        for (int i = 0; i < aside.size(); i++) {
            size += openingLengths[i] + asideBytes[i] + Math.max(0, aside.get(i).size() - 1);
        }
        return size;
    }

    int entries() {
        return entries;
    }

    void add(BatchEntry entry) throws IOException {
        if (sealed) {
            throw new IllegalStateException("the batch file is sealed");
        }
        RequestBody json = entry.json();
        int section = layout.sections().indexOf(entry.section());
        if (section < 0) {
            throw new IllegalArgumentException("a " + layout.sections() + " batch has no '" + entry.section()
                                               + "' array");
        }
        entries++;
        if (section > 0) {
            aside.get(section - 1).add(json);
            asideBytes[section - 1] += json.length();
            return;
        }
        if (streamed > 0) {
            out.write(',');
            streamedBytes++;
        }
        json.writeTo(out);
        streamedBytes += json.length();
        streamed++;
    }

    /** Writes the end of the file; returns it as a request body that can be written again for each retry. */
    RequestBody seal() throws IOException {
        if (!sealed) {
            sealed = true;
            for (int a = 0; a < aside.size(); a++) {
                out.write(opening(a));
                List<RequestBody> entries = aside.get(a);
                for (int i = 0; i < entries.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    entries.get(i).writeTo(out);
                }
                entries.clear();
            }
            out.write(ascii("]}"));
            out.close();
        }
        return RequestBody.of(spool);
    }

    boolean isOnDisk() {
        return spool.isOnDisk();
    }

    @Override
    public void close() {
        spool.close();
    }
}
