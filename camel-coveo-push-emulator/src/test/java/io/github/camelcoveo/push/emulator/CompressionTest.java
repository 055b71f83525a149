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
package io.github.camelcoveo.push.emulator;

import io.github.camelcoveo.push.emulator.content.CompressionType;
import io.github.camelcoveo.push.emulator.store.ContentOrigin;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.PushMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CompressionTest {

    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0).organization("org", "key").source("org", "src").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    static byte[] compress(byte[] raw, CompressionType type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream stream = switch (type) {
            case UNCOMPRESSED -> out;
            case ZLIB -> new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, false));
            case DEFLATE -> new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true));
            case GZIP -> new GZIPOutputStream(out);
            case LZMA -> new LZMAOutputStream(out, new LZMA2Options(), raw.length);
        }) {
            stream.write(raw);
        }
        return out.toByteArray();
    }

    private static byte[] binarySample() {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    @ParameterizedTest
    @EnumSource(CompressionType.class)
    void decodesCompressedBinaryDataOfEveryType(CompressionType type) throws IOException {
        byte[] raw = "<html><body>Héllo ".repeat(100).getBytes(StandardCharsets.UTF_8);
        String base64 = Base64.getEncoder().encodeToString(compress(raw, type));

        var response = client.pushDocument("src", "file://page.html",
                Map.of("compressedBinaryData", base64, "fileExtension", ".html"), "&compressionType=" + type);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        IndexedItem item = emulator.item("org", "src", "file://page.html").orElseThrow();
        assertThat(item.content()).isEqualTo(raw);
        assertThat(item.text()).contains(new String(raw, StandardCharsets.UTF_8));
        assertThat(item.compressionType()).isEqualTo(type);
        assertThat(item.contentOrigin()).isEqualTo(ContentOrigin.COMPRESSED_BINARY_DATA);
    }

    @Test
    void zlibIsTheDefaultCompressionType() throws IOException {
        byte[] raw = binarySample();
        var response = client.pushDocument("src", "file://bin", Map.of("compressedBinaryData",
                Base64.getEncoder().encodeToString(compress(raw, CompressionType.ZLIB))), "");

        assertThat(response.statusCode()).isEqualTo(202);
        IndexedItem item = emulator.item("org", "src", "file://bin").orElseThrow();
        assertThat(item.content()).isEqualTo(raw);
        assertThat(item.compressionType()).isEqualTo(CompressionType.ZLIB);
        assertThat(item.isText()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CompressionType.class)
    void decodesFileContainerContentWithTheDocumentsCompressionType(CompressionType type) throws IOException {
        byte[] raw = binarySample();
        String contentFileId = client.upload(compress(raw, type));
        String batch = PushClient.toJson(Map.of("addOrUpdate", List.of(Map.of(
                "documentId", "file://big.bin", "compressedBinaryDataFileId", contentFileId,
                "compressionType", type.name(), "title", "Big"))));

        var response = client.pushBatch("src", client.upload(batch.getBytes(StandardCharsets.UTF_8)), "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        IndexedItem item = emulator.item("org", "src", "file://big.bin").orElseThrow();
        assertThat(item.content()).isEqualTo(raw);
        assertThat(item.cameFromFileContainer()).isTrue();
        assertThat(item.compressionType()).isEqualTo(type);
        assertThat(item.pushMode()).isEqualTo(PushMode.BATCH);
    }

    @Test
    void singlePushCanReferToAFileContainer() throws IOException {
        byte[] raw = "large text".getBytes(StandardCharsets.UTF_8);
        String fileId = client.upload(compress(raw, CompressionType.GZIP));

        var response = client.pushDocument("src", "file://large.txt",
                Map.of("compressedBinaryDataFileId", fileId), "&compressionType=GZIP");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(emulator.item("org", "src", "file://large.txt").orElseThrow().text()).contains("large text");
    }

    @Test
    void unknownContentFileIdIs400() {
        var response = client.pushDocument("src", "file://x", Map.of("compressedBinaryDataFileId", "nope"), "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("FILE_NOT_FOUND");
    }
}
