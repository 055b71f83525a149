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

import java.util.Optional;

/** The compression types the Push API accepts; names are case-sensitive as in Coveo. */
public enum CompressionType {
    UNCOMPRESSED,
    DEFLATE,
    GZIP,
    LZMA,
    ZLIB;

    /** Coveo's default when a document gives no compression type. */
    public static final CompressionType DEFAULT = ZLIB;

    public static Optional<CompressionType> parse(String name) {
        for (CompressionType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
