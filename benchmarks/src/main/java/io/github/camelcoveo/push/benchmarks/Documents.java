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
package io.github.camelcoveo.push.benchmarks;

import java.io.InputStream;

import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.PushDocument;

/**
 * The generated documents: 1 KB of text, 100 KB of binary (half pseudo-random, half repetitive, so that compression
 * has work and some gain), or a mix (one binary in ten). Binary content is generated as it is read, like a file
 * that is opened only when sent, so that the documents themselves cost no heap.
 */
final class Documents {

    static final int TEXT_SIZE = 1024;
    static final int BINARY_SIZE = 100 * 1024;

    enum Kind { text, binary, mix }

    private static final String TEXT;

    static {
        StringBuilder text = new StringBuilder(TEXT_SIZE);
        String words = "coveo push camel batch document index search relevance query source item field ";
        while (text.length() < TEXT_SIZE) {
            text.append(words);
        }
        TEXT = text.substring(0, TEXT_SIZE);
    }

    private final Kind kind;

    Documents(Kind kind) {
        this.kind = kind;
    }

    boolean isBinary(int i) {
        return kind == Kind.binary || (kind == Kind.mix && i % 10 == 0);
    }

    long rawSize(int i) {
        return isBinary(i) ? BINARY_SIZE : TEXT_SIZE;
    }

    PushDocument document(int i) {
        PushDocument.Builder builder = PushDocument.builder("https://bench.example.com/doc/" + i)
                .title("Document " + i).metadata("number", i).fileExtension(isBinary(i) ? ".bin" : ".txt");
        if (isBinary(i)) {
            builder.content(new DocumentContent.Binary(() -> new Generated(i, BINARY_SIZE), null));
        } else {
            builder.data(TEXT);
        }
        return builder.build();
    }

    /** Deterministic bytes: the first half from a xorshift generator, the second a repeated pattern. */
    static final class Generated extends InputStream {
        private final int size;
        private int position;
        private long state;

        Generated(long seed, int size) {
            this.size = size;
            this.state = seed * 0x9E3779B97F4A7C15L + 1;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = Math.min(len, size - position);
            for (int k = 0; k < n; k++, position++) {
                if (position < size / 2) {
                    state ^= state << 13;
                    state ^= state >>> 7;
                    state ^= state << 17;
                    b[off + k] = (byte) state;
                } else {
                    b[off + k] = (byte) ('a' + position % 23);
                }
            }
            return n;
        }
    }
}
