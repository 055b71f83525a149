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

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** The compression types of the Push API, spelled as Coveo expects them (case-sensitive). */
public enum CompressionType {
    UNCOMPRESSED,
    DEFLATE,
    GZIP,
    LZMA,
    ZLIB;

    /** Whether this component can compress raw bytes with this type (LZMA content must arrive already compressed). */
    public boolean canCompress() {
        return this != LZMA;
    }

    /** Wraps {@code target} so that bytes written to the result reach it compressed with this type. */
    public OutputStream compressingStream(OutputStream target) throws IOException {
        return switch (this) {
            case UNCOMPRESSED -> target;
            case ZLIB -> new DeflaterOutputStream(target, new Deflater(Deflater.DEFAULT_COMPRESSION, false), 64 * 1024, false);
            case DEFLATE -> new DeflaterOutputStream(target, new Deflater(Deflater.DEFAULT_COMPRESSION, true), 64 * 1024, false);
            case GZIP -> new GZIPOutputStream(target, 64 * 1024);
            case LZMA -> throw new IllegalStateException("LZMA content must be compressed before it reaches the component");
        };
    }
}
