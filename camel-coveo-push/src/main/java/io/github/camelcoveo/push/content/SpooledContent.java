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
package io.github.camelcoveo.push.content;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bytes written once and read as often as retries need, held on the heap up to a threshold and in a temporary file
 * beyond it, so that large content costs disk, not memory. Camel's CachedOutputStream spools only when the user
 * enables spooling on the context, which would let a 256 MB file sit on the heap.
 */
public final class SpooledContent implements AutoCloseable {

    private final int memoryThreshold;
    private Blocks memory = new Blocks();
    private Path file;
    private OutputStream fileOut;
    private long size;
    private boolean sealed;

    public SpooledContent(int memoryThreshold) {
        this.memoryThreshold = memoryThreshold;
    }

    public static SpooledContent of(byte[] bytes) {
        SpooledContent content = new SpooledContent(Integer.MAX_VALUE);
        try (OutputStream out = content.outputStream()) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }

    /** The stream to write the content to; closing it seals the content for reading. */
    public OutputStream outputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                append(b, off, len);
            }

            @Override
            public void close() throws IOException {
                seal();
            }
        };
    }

    private void append(byte[] b, int off, int len) throws IOException {
        if (sealed) {
            throw new IOException("content is sealed");
        }
        if (file == null && memory.size() + (long) len > memoryThreshold) {
            file = Files.createTempFile("camel-coveo-push-", ".bin");
            fileOut = Files.newOutputStream(file);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (file != null) {
            fileOut.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
        size += len;
    }

    private void seal() throws IOException {
        if (!sealed) {
            sealed = true;
            if (fileOut != null) {
                fileOut.close();
            }
        }
    }

    public long size() {
        return size;
    }

    public boolean isOnDisk() {
        return file != null;
    }

    /** A fresh stream over the whole content. */
    public InputStream openStream() throws IOException {
        if (!sealed) {
            throw new IOException("content is still being written");
        }
        return file != null ? Files.newInputStream(file) : memory.openStream();
    }

    @Override
    public void close() {
        try {
            seal();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bytes on the heap in blocks that are never copied to grow, unlike a ByteArrayOutputStream's array (which, grown
     * to a 1 MB threshold by doubling, leaves about as much again behind as garbage); read in place.
     */
    private static final class Blocks {
        private static final int SMALLEST = 1024;
        private static final int LARGEST = 256 * 1024;

        private final List<byte[]> blocks = new ArrayList<>();
        private byte[] last;
        private int lastCount;
        private long size;

        long size() {
            return size;
        }

        void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (last == null || lastCount == last.length) {
                    // each block about as large as all before it, as doubling would make the array: few blocks
                    int next = (int) Math.max(SMALLEST, Math.min(LARGEST, size));
                    last = new byte[blocks.isEmpty() ? Math.max(SMALLEST, len) : next];
                    blocks.add(last);
                    lastCount = 0;
                }
                int n = Math.min(len, last.length - lastCount);
                System.arraycopy(b, off, last, lastCount, n);
                lastCount += n;
                off += n;
                len -= n;
                size += n;
            }
        }

        void writeTo(OutputStream out) throws IOException {
            for (byte[] block : blocks) {
                out.write(block, 0, block == last ? lastCount : block.length);
            }
        }

        InputStream openStream() {
            List<InputStream> streams = new ArrayList<>(blocks.size());
            for (byte[] block : blocks) {
                streams.add(new ByteArrayInputStream(block, 0, block == last ? lastCount : block.length));
            }
            return new SequenceInputStream(Collections.enumeration(streams));
        }
    }
}
