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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A Reader's text as UTF-8 bytes: exactly what String.getBytes(UTF_8) gives, however the reads are cut. */
class Utf8ReaderStreamTest {

    /** Text of one- to four-byte characters, with surrogate pairs falling across every buffer boundary. */
    private static String mixedText(int length, long seed) {
        Random random = new Random(seed);
        String[] pieces = { "a", "é", "€", "\uD83D\uDE00", "\n", "z" };
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static byte[] readAll(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        int n;
        while ((n = in.read(buffer, 0, chunk)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Hands its characters over a few at a time, as a driver's LOB reader may. */
    private static Reader trickling(String text, int step) {
        return new StringReader(text) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return super.read(cbuf, off, Math.min(len, step));
            }
        };
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 7, 8192, 100_000 })
    void theBytesAreThoseOfTheText(int chunk) throws Exception {
        String text = mixedText(50_000, chunk);
        try (InputStream in = new Utf8ReaderStream(new StringReader(text))) {
            assertThat(readAll(in, chunk)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = new Utf8ReaderStream(trickling(text, 3))) {
            assertThat(readAll(in, chunk)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void unpairedSurrogatesAreWrittenAsStringWritesThem() throws Exception {
        String text = "a\uD83Db" + "x".repeat(8190) + "\uDE00" + "end\uD83D";
        try (InputStream in = new Utf8ReaderStream(new StringReader(text))) {
            assertThat(in.readAllBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void emptyTextAndSingleByteReads() throws Exception {
        try (InputStream in = new Utf8ReaderStream(new StringReader(""))) {
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
        }
        try (InputStream in = new Utf8ReaderStream(new StringReader("é"))) {
            assertThat(in.read(new byte[1], 0, 0)).isZero();
            assertThat(in.read()).isEqualTo(0xC3);
            assertThat(in.read()).isEqualTo(0xA9);
            assertThat(in.read()).isEqualTo(-1);
        }
    }
}
