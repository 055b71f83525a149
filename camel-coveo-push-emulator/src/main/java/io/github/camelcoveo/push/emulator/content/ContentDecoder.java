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
package io.github.camelcoveo.push.emulator.content;

import org.tukaani.xz.LZMAInputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Turns compressed item content back into the original bytes. */
public final class ContentDecoder {

    private final long maxDecodedBytes;

    public ContentDecoder(long maxDecodedBytes) {
        this.maxDecodedBytes = maxDecodedBytes;
    }

    /** @throws IOException when the bytes are not valid for the compression type */
    public byte[] decode(byte[] compressed, CompressionType type) throws IOException {
        return decode(new ByteArrayInputStream(compressed), type);
    }

    /** @throws IOException when the bytes are not valid for the compression type */
    public byte[] decode(InputStream compressed, CompressionType type) throws IOException {
        try (InputStream in = open(compressed, type)) {
            return readBounded(in);
        }
    }

    private static InputStream open(InputStream raw, CompressionType type) throws IOException {
        return switch (type) {
            case ZLIB -> new InflaterInputStream(raw, new Inflater(false));
            // Coveo's DEFLATE is the raw stream, with no zlib header
            case DEFLATE -> new InflaterInputStream(raw, new Inflater(true));
            case GZIP -> new GZIPInputStream(raw);
            // the .lzma ("LZMA alone") format that LZMA tools and SDKs produce
            case LZMA -> new LZMAInputStream(raw);
            case UNCOMPRESSED -> raw;
        };
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxDecodedBytes) {
                throw new IOException("decoded content exceeds " + maxDecodedBytes + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
