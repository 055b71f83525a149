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

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Compresses raw content into a spool, or passes through content that is already compressed. */
public final class ContentEncoder {

    /** Content up to this size stays on the heap while it waits to be sent. */
    public static final int MEMORY_THRESHOLD = 512 * 1024;

    private final long maxEncodedSize;

    public ContentEncoder(long maxEncodedSize) {
        this.maxEncodedSize = maxEncodedSize;
    }

    /**
     * Reads {@code raw} to its end and returns it encoded. The caller owns the result and must close it.
     *
     * @param alreadyCompressed true when {@code raw} is already compressed with {@code type}
     * @throws ContentTooLargeException when the encoded content exceeds the limit; reading stops there
     */
    public EncodedContent encode(InputStream raw, CompressionType type, boolean alreadyCompressed) throws IOException {
        SpooledContent spool = new SpooledContent(MEMORY_THRESHOLD);
        try {
            OutputStream limited = new LimitedOutputStream(spool.outputStream(), maxEncodedSize);
            try (OutputStream out = alreadyCompressed ? limited : type.compressingStream(limited)) {
                raw.transferTo(out);
            }
            return new EncodedContent(spool, type);
        } catch (IOException | RuntimeException e) {
            spool.close();
            throw e;
        }
    }

    private static final class LimitedOutputStream extends FilterOutputStream {
        private final long limit;
        private long written;

        LimitedOutputStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > limit) {
                throw new ContentTooLargeException(limit);
            }
            out.write(b, off, len);
        }
    }
}
