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
package io.github.camelcoveo.push.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of a Reader's text, encoded as they are read, so that a large text is never held whole. Unpaired
 * surrogates become {@code ?}, as {@code String.getBytes(UTF_8)} writes them.
 */
final class Utf8ReaderStream extends InputStream {

    private static final int CHARS = 8192;

    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(CHARS).flip();
    /** Room for a whole buffer of characters: the encoder never stops for lack of space. */
    private final ByteBuffer bytes = ByteBuffer.allocate(CHARS * 3 + 4).flip();
    private boolean endOfText;
    private boolean finished;

    Utf8ReaderStream(Reader reader) {
        this.reader = reader;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!bytes.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    /** Encodes the next characters; false at the end of the text. */
    private boolean fill() throws IOException {
        bytes.clear();
        while (bytes.position() == 0 && !finished) {
            if (!endOfText) {
                chars.compact();
                endOfText = reader.read(chars) < 0;
                chars.flip();
            }
            encoder.encode(chars, bytes, endOfText);
            if (endOfText) {
                encoder.flush(bytes);
                finished = true;
            }
        }
        bytes.flip();
        return bytes.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
