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
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.zip.InflaterInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpooledContentTest {

    @Test
    void smallContentStaysOnTheHeapAndReadsAgain() throws Exception {
        try (SpooledContent content = new SpooledContent(1024)) {
            try (OutputStream out = content.outputStream()) {
                out.write("hello".getBytes());
            }
            assertThat(content.isOnDisk()).isFalse();
            assertThat(content.size()).isEqualTo(5);
            assertThat(read(content)).isEqualTo("hello".getBytes());
            assertThat(read(content)).as("a retry reads the same bytes").isEqualTo("hello".getBytes());
        }
    }

    @Test
    void heapContentWrittenInPiecesOfEverySizeReadsBackWhole() throws Exception {
        Random random = new Random(7);
        byte[] bytes = new byte[3_000_000];
        random.nextBytes(bytes);
        try (SpooledContent content = new SpooledContent(4_000_000)) {
            try (OutputStream out = content.outputStream()) {
                int written = 0;
                while (written < bytes.length) {
                    int piece = Math.min(bytes.length - written, random.nextInt(5) == 0 ? random.nextInt(400_000)
                            : random.nextInt(3_000));
                    out.write(bytes, written, piece);
                    written += piece;
                }
            }
            assertThat(content.isOnDisk()).isFalse();
            assertThat(content.size()).isEqualTo(bytes.length);
            assertThat(read(content)).isEqualTo(bytes);
            assertThat(read(content)).isEqualTo(bytes);
        }
        // and when the heap part moves to a file past the threshold, nothing of it is lost
        try (SpooledContent content = new SpooledContent(1_000_000)) {
            try (OutputStream out = content.outputStream()) {
                for (int i = 0; i < bytes.length; i += 10_000) {
                    out.write(bytes, i, 10_000);
                }
            }
            assertThat(content.isOnDisk()).isTrue();
            assertThat(read(content)).isEqualTo(bytes);
        }
    }

    @Test
    void contentOverTheThresholdGoesToATemporaryFileThatCloseDeletes() throws Exception {
        byte[] bytes = new byte[10_000];
        new Random(1).nextBytes(bytes);
        SpooledContent content = new SpooledContent(4_096);
        try (OutputStream out = content.outputStream()) {
            out.write(bytes, 0, 3_000);
            out.write(bytes, 3_000, 7_000);
        }
        assertThat(content.isOnDisk()).isTrue();
        assertThat(content.size()).isEqualTo(10_000);
        assertThat(read(content)).isEqualTo(bytes);
        content.close();
        assertThatThrownBy(() -> read(content)).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void readingBeforeTheWriterClosedIsRefused() {
        SpooledContent content = new SpooledContent(1024);
        assertThatThrownBy(content::openStream).hasMessageContaining("still being written");
        content.close();
    }

    @Test
    void theEncoderCompressesAndStopsAtTheLimit() throws Exception {
        byte[] text = "abcdefgh".repeat(10_000).getBytes();
        ContentEncoder encoder = new ContentEncoder(1_000_000);
        try (EncodedContent encoded = encoder.encode(new ByteArrayInputStream(text), CompressionType.ZLIB, false)) {
            assertThat(encoded.bytes().size()).isLessThan(text.length / 10);
            try (InputStream in = new InflaterInputStream(encoded.bytes().openStream())) {
                assertThat(in.readAllBytes()).isEqualTo(text);
            }
            assertThat(encoded.base64Length()).isEqualTo(4 * ((encoded.bytes().size() + 2) / 3));
        }

        byte[] noise = new byte[5_000];
        new Random(2).nextBytes(noise);
        assertThatThrownBy(() -> new ContentEncoder(4_000)
                .encode(new ByteArrayInputStream(noise), CompressionType.UNCOMPRESSED, false))
                .isInstanceOf(ContentTooLargeException.class);
    }

    @Test
    void alreadyCompressedBytesPassThroughUnchanged() throws Exception {
        byte[] lzma = { 0x5d, 0, 0, (byte) 0x80, 0, 9, 8, 7 };
        try (EncodedContent encoded = new ContentEncoder(1_000)
                .encode(new ByteArrayInputStream(lzma), CompressionType.LZMA, true)) {
            assertThat(read(encoded.bytes())).isEqualTo(lzma);
            assertThat(encoded.compressionType()).isEqualTo(CompressionType.LZMA);
        }
    }

    private static byte[] read(SpooledContent content) throws Exception {
        try (InputStream in = content.openStream()) {
            return in.readAllBytes();
        }
    }
}
