package io.github.camelcoveo.push.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes written once and read as often as retries need, held on the heap up to a threshold and in a temporary file
 * beyond it, so that large content costs disk, not memory. Camel's CachedOutputStream spools only when the user
 * enables spooling on the context, which would let a 256 MB file sit on the heap.
 */
public final class SpooledContent implements AutoCloseable {

    private final int memoryThreshold;
    private ReadableBuffer memory = new ReadableBuffer();
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

    /** A heap buffer read in place, without the copy that toByteArray() makes. */
    private static final class ReadableBuffer extends ByteArrayOutputStream {
        InputStream openStream() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }
}
