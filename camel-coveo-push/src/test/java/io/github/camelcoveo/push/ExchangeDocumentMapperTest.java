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
package io.github.camelcoveo.push;

import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.PushDocument;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.security.PermissionDefaults;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelcoveo.push.document.MetadataValuesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ExchangeDocumentMapperTest {

    private static final Instant INSTANT = Instant.parse("2024-03-05T07:08:09Z");
    private static final String COVEO = "2024-03-05 07:08:09";

    @TempDir
    Path dir;

    @RegisterExtension
    final MapperContext camel = new MapperContext();
    // wall times read in UTC, whatever the machine's zone
    private final ExchangeDocumentMapper mapper = new ExchangeDocumentMapper(null, true, PermissionDefaults.NONE,
            ZoneOffset.UTC);

    private Exchange exchange(Object body) {
        return camel.exchange(body);
    }

    private Exchange withId(Object body) {
        return camel.exchange(body, "https://intranet/doc/1");
    }

    private static byte[] read(DocumentContent content) throws Exception {
        try (InputStream in = ((DocumentContent.Binary) content).source().open()) {
            return in.readAllBytes();
        }
    }

    // ---- documentId

    @Test
    void noDerivableDocumentIdIsRefused() {
        assertInvalid(() -> mapper.toDocument(exchange("just text")), "documentId", "is required");
        assertInvalid(() -> mapper.toDocument(exchange(new byte[] { 1 })), "documentId", "is required");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("title", "T"))), "documentId", "is required");
    }

    @Test
    void theHeaderGivesTheDocumentId() throws Exception {
        assertThat(mapper.toDocument(withId("text")).getDocumentId()).isEqualTo("https://intranet/doc/1");
    }

    @Test
    void aDocumentIdWithAHashIsRefused() {
        Exchange exchange = exchange("text");
        exchange.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/page#section");
        assertInvalid(() -> mapper.toDocument(exchange), "documentId", "must not contain '#'");
        assertInvalid(() -> mapper.documentIdFor(exchange), "documentId", "must not contain '#'");
    }

    @Test
    void aRelativeDocumentIdIsRefused() {
        Exchange exchange = exchange("text");
        exchange.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "share/a.pdf");
        assertInvalid(() -> mapper.toDocument(exchange), "documentId", "must be an absolute URI");
        assertInvalid(() -> mapper.documentIdFor(exchange), "documentId", "must be an absolute URI");
    }

    @Test
    void theHeaderWinsOverTheBody() throws Exception {
        Exchange exchange = withId(Map.of("documentId", "https://other/2", "data", "x"));
        assertThat(mapper.toDocument(exchange).getDocumentId()).isEqualTo("https://intranet/doc/1");
    }

    @Test
    void documentIdOfAFileIsTheFileUriOfItsAbsolutePath() throws Exception {
        Path file = Files.writeString(dir.resolve("a b#1é.txt"), "hello");
        String expected = file.toAbsolutePath().toUri().toString();
        assertThat(expected).startsWith("file:///").contains("a%20b%231").doesNotContain("#").doesNotContain(" ");

        PushDocument fromFile = mapper.toDocument(exchange(file.toFile()));
        assertThat(fromFile.getDocumentId()).isEqualTo(expected);
        assertThat(fromFile.getFileExtension()).isEqualTo(".txt");
        assertThat(read(fromFile.getContent())).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));

        PushDocument fromPath = mapper.toDocument(exchange(file));
        assertThat(fromPath.getDocumentId()).isEqualTo(expected);
        assertThat(read(fromPath.getContent())).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));

        assertThat(mapper.documentIdFor(exchange(file))).isEqualTo(expected);
    }

    @Test
    void aRelativeFileBecomesAnAbsoluteNormalizedUri() throws Exception {
        // a delete needs no file: the one it names may be gone
        assertThat(mapper.documentIdFor(exchange(new File("target/../some/x.pdf"))))
                .isEqualTo(Path.of("some/x.pdf").toAbsolutePath().normalize().toUri().toString())
                .doesNotContain("..");
        Files.createDirectories(Path.of("target/some"));
        Path file = Files.writeString(Path.of("target/some/x.pdf"), "%PDF");
        try {
            PushDocument document = mapper.toDocument(exchange(new File("target/some/../some/x.pdf")));
            assertThat(document.getDocumentId()).isEqualTo(file.toAbsolutePath().normalize().toUri().toString())
                    .doesNotContain("..");
            assertThat(document.getFileExtension()).isEqualTo(".pdf");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void documentIdOfALocalGenericFile() throws Exception {
        Path file = Files.writeString(dir.resolve("Report Q1.PDF"), "%PDF");
        GenericFile<File> generic = localFile(file);
        Exchange exchange = exchange(generic);
        exchange.getMessage().setHeader(Exchange.FILE_NAME_ONLY, "Report Q1.PDF");
        exchange.getMessage().setHeader(Exchange.FILE_LENGTH, 4L);
        exchange.getMessage().setHeader(Exchange.FILE_LAST_MODIFIED, INSTANT.toEpochMilli());

        PushDocument document = mapper.toDocument(exchange);
        assertThat(document.getDocumentId()).isEqualTo(file.toAbsolutePath().toUri().toString())
                .endsWith("/Report%20Q1.PDF");
        assertThat(document.getFileExtension()).isEqualTo(".pdf");
        assertThat(document.getMetadata()).containsEntry("title", "Report Q1.PDF").containsEntry("size", 4L)
                .containsEntry("modifiedDate", COVEO);
    }

    @Test
    void fileMetadataCanBeLeftOut() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        Exchange exchange = exchange(localFile(file));
        exchange.getMessage().setHeader(Exchange.FILE_NAME_ONLY, "a.txt");
        exchange.getMessage().setHeader(Exchange.FILE_LENGTH, 1L);
        assertThat(new ExchangeDocumentMapper(null, false).toDocument(exchange).getMetadata()).isEmpty();
    }

    @Test
    void documentIdOfARemoteFileIsBuiltFromTheHostAndTheRemoteAbsolutePath() throws Exception {
        GenericFile<Object> remote = new GenericFile<>();
        remote.setAbsoluteFilePath("upload/sub dir/a b.txt");
        remote.setFileNameOnly("a b.txt");
        remote.setFileName("sub dir/a b.txt");
        Exchange exchange = exchange(remote);
        exchange.getMessage().setHeader("CamelFileHost", "files.example.com");
        exchange.getExchangeExtension()
                .setFromEndpoint(camel.context().getEndpoint("sftp://files.example.com:2222/upload?username=u&password=p"));

        PushDocument document = mapper.toDocument(exchange);
        assertThat(document.getDocumentId()).isEqualTo("sftp://files.example.com/upload/sub%20dir/a%20b.txt");
        assertThat(document.getFileExtension()).isEqualTo(".txt");

        remote.setAbsoluteFilePath("/home/u/upload/a b.txt");
        exchange.getExchangeExtension().setFromEndpoint(camel.context().getEndpoint("ftp://files.example.com/upload"));
        assertThat(mapper.toDocument(exchange).getDocumentId()).isEqualTo("ftp://files.example.com/home/u/upload/a%20b.txt");
    }

    private static GenericFile<File> localFile(Path file) {
        GenericFile<File> generic = new GenericFile<>();
        generic.setFile(file.toFile());
        generic.setAbsolute(true);
        generic.setAbsoluteFilePath(file.toAbsolutePath().toString());
        generic.setFileNameOnly(file.getFileName().toString());
        generic.setFileName(file.getFileName().toString());
        generic.setEndpointPath(file.getParent().toString());
        return generic;
    }

    // ---- body kinds

    @Test
    void textBodyIsData() throws Exception {
        PushDocument document = mapper.toDocument(withId("Hello"));
        assertThat(document.getContent()).isEqualTo(new DocumentContent.Text("Hello"));
    }

    @Test
    void binaryBodiesAreReadOnlyWhenOpened() throws Exception {
        PushDocument document = mapper.toDocument(withId(new byte[] { 1, 2, 3 }));
        assertThat(document.getContent()).isInstanceOf(DocumentContent.Binary.class);
        assertThat(((DocumentContent.Binary) document.getContent()).compressedWith()).isNull();
        assertThat(read(document.getContent())).containsExactly(1, 2, 3);

        PushDocument stream = mapper.toDocument(withId(new ByteArrayInputStream(new byte[] { 4 })));
        assertThat(read(stream.getContent())).containsExactly(4);
    }

    @Test
    void theCompressionHeaderMarksBinaryContentAsAlreadyCompressed() throws Exception {
        Exchange exchange = withId(new byte[] { 1 });
        exchange.getMessage().setHeader(CoveoPushConstants.COMPRESSION_TYPE, "GZIP");
        assertThat(((DocumentContent.Binary) mapper.toDocument(exchange).getContent()).compressedWith())
                .isEqualTo(CompressionType.GZIP);
        exchange.getMessage().setHeader(CoveoPushConstants.COMPRESSION_TYPE, CompressionType.LZMA);
        assertThat(((DocumentContent.Binary) mapper.toDocument(exchange).getContent()).compressedWith())
                .isEqualTo(CompressionType.LZMA);
    }

    @ParameterizedTest
    @ValueSource(strings = { "zlib", "BROTLI", "" })
    void anInvalidCompressionHeaderIsRefused(String value) {
        Exchange binary = withId(new byte[] { 1 });
        binary.getMessage().setHeader(CoveoPushConstants.COMPRESSION_TYPE, value);
        assertInvalid(() -> mapper.toDocument(binary), "compressionType", "must be one of UNCOMPRESSED, DEFLATE");
        // whatever the body: a bad value is never silently ignored
        Exchange text = withId("text");
        text.getMessage().setHeader(CoveoPushConstants.COMPRESSION_TYPE, value);
        assertInvalid(() -> mapper.toDocument(text), "compressionType", "must be one of UNCOMPRESSED, DEFLATE");
    }

    @Test
    void mapBodyReservedKeysMatchCaseInsensitively() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("DocumentID", "https://intranet/doc/7");
        body.put("FILEEXTENSION", ".html");
        body.put("Data", "<p>hi</p>");
        body.put("ParentId", "https://intranet/doc");
        body.put("orderingid", "12");
        body.put("Title", "Seven");
        body.put("tags", List.of("a", "b"));
        body.put("date", INSTANT.toEpochMilli());
        PushDocument document = mapper.toDocument(exchange(body));
        assertThat(document.getDocumentId()).isEqualTo("https://intranet/doc/7");
        assertThat(document.getFileExtension()).isEqualTo(".html");
        assertThat(document.getContent()).isEqualTo(new DocumentContent.Text("<p>hi</p>"));
        assertThat(document.getParentId()).isEqualTo("https://intranet/doc");
        assertThat(document.getOrderingId()).isEqualTo(12L);
        assertThat(document.getMetadata()).containsExactly(Map.entry("Title", "Seven"), Map.entry("tags", List.of("a", "b")),
                Map.entry("date", COVEO));
        assertThat(mapper.documentIdFor(exchange(body))).isEqualTo("https://intranet/doc/7");
    }

    @Test
    void mapBodyWithCompressedBinaryData() throws Exception {
        Map<String, Object> body = Map.of("documentId", "https://x/1", "compressedBinaryData",
                java.util.Base64.getEncoder().encodeToString(new byte[] { 9, 8 }), "CompressionType", "DEFLATE");
        PushDocument document = mapper.toDocument(exchange(body));
        assertThat(((DocumentContent.Binary) document.getContent()).compressedWith()).isEqualTo(CompressionType.DEFLATE);
        assertThat(read(document.getContent())).containsExactly(9, 8);

        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "compressedBinaryData",
                "not base64!"))), "compressedBinaryData", "must be Base64");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "data", "a",
                "compressedBinaryData", "AA=="))), "data", "at most one of");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1",
                "compressedBinaryDataFileId", "f"))), "compressedBinaryDataFileId", "set by the component");
    }

    @Test
    void mapBodyWithCaseInsensitiveDuplicatesIsRefused() {
        Map<String, Object> reserved = new LinkedHashMap<>();
        reserved.put("documentId", "https://x/1");
        reserved.put("DOCUMENTID", "https://x/2");
        assertInvalid(() -> mapper.toDocument(exchange(reserved)), "DOCUMENTID", "case-insensitive and must be unique");

        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("documentId", "https://x/1");
        metadata.put("author", "a");
        metadata.put("Author", "b");
        assertInvalid(() -> mapper.toDocument(exchange(metadata)), "Author", "case-insensitive and must be unique");
    }

    @Test
    void mapBodyWithNestedValuesIsRefused() {
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "owner",
                Map.of("name", "Ann")))), "owner", "nested object");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "matrix",
                List.of(List.of(1))))), "matrix", "nested array");
    }

    @Test
    void mapBodyWithReservedKeysOfTheWrongTypeIsRefused() {
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", 12))), "documentId", "must be a string");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "orderingId", "soon"))),
                "orderingId", "must be a whole number");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "orderingId", -5))),
                "orderingId", "must not be negative");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("documentId", "https://x/1", "fileExtension", "pdf"))),
                "fileExtension", "must start with a dot");
    }

    public static class Article {
        public String documentId = "https://blog/1";
        public String title = "Hello";
        public List<String> tags = List.of("x", "y");
        public Instant date = INSTANT;
        public Date modifiedDate = Date.from(INSTANT);
        public LocalDate published = LocalDate.of(2024, 3, 5);
        public String data = "body text";
    }

    @Test
    void pojoBodyIsReadThroughJacksonWithDatesInCoveoForm() throws Exception {
        PushDocument document = mapper.toDocument(exchange(new Article()));
        assertThat(document.getDocumentId()).isEqualTo("https://blog/1");
        assertThat(document.getContent()).isEqualTo(new DocumentContent.Text("body text"));
        assertThat(document.getMetadata()).containsEntry("title", "Hello").containsEntry("tags", List.of("x", "y"))
                .containsEntry("date", COVEO).containsEntry("modifiedDate", COVEO)
                .containsEntry("published", "2024-03-05 00:00:00");
    }

    public static class Nested {
        public String documentId = "https://blog/2";
        public Map<String, String> owner = Map.of("name", "Ann");
    }

    @Test
    void pojoBodyWithANestedObjectIsRefused() {
        assertInvalid(() -> mapper.toDocument(exchange(new Nested())), "owner", "nested object");
    }

    // ---- headers

    @Test
    void metadataHeaderWinsOverTheBodyCaseInsensitively() throws Exception {
        Exchange exchange = exchange(Map.of("documentId", "https://x/1", "Title", "from body", "author", "a"));
        exchange.getMessage().setHeader(CoveoPushConstants.METADATA, Map.of("title", "from header",
                "modifiedDate", Date.from(INSTANT)));
        PushDocument document = mapper.toDocument(exchange);
        assertThat(document.getMetadata()).containsEntry("title", "from header").doesNotContainKey("Title")
                .containsEntry("author", "a").containsEntry("modifiedDate", COVEO);
    }

    @ParameterizedTest
    @ValueSource(strings = { "documentId", "DocumentId", "data", "permissions", "orderingId" })
    void aReservedKeyInTheMetadataHeaderIsRefused(String key) {
        Exchange exchange = withId("text");
        exchange.getMessage().setHeader(CoveoPushConstants.METADATA, Map.of(key, "x"));
        assertInvalid(() -> mapper.toDocument(exchange), key, "reserved key");
        assertInvalid(() -> mapper.toDocument(exchange), key, "header CamelCoveoPushMetadata");
    }

    @Test
    void duplicateKeysInTheMetadataHeaderAreRefused() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("Owner", "a");
        metadata.put("OWNER", "b");
        Exchange exchange = withId("text");
        exchange.getMessage().setHeader(CoveoPushConstants.METADATA, metadata);
        assertInvalid(() -> mapper.toDocument(exchange), "OWNER", "case-insensitive and must be unique");
    }

    @Test
    void aMetadataHeaderThatIsNoMapIsRefused() {
        Exchange exchange = withId("text");
        exchange.getMessage().setHeader(CoveoPushConstants.METADATA, "title=x");
        assertInvalid(() -> mapper.toDocument(exchange), CoveoPushConstants.METADATA, "must be a Map");
    }

    @Test
    void fileExtensionHeaderAndDefault() throws Exception {
        Exchange exchange = withId("text");
        assertThat(new ExchangeDocumentMapper(".txt", true).toDocument(exchange).getFileExtension()).isEqualTo(".txt");
        exchange.getMessage().setHeader(CoveoPushConstants.FILE_EXTENSION, ".md");
        assertThat(new ExchangeDocumentMapper(".txt", true).toDocument(exchange).getFileExtension()).isEqualTo(".md");
        exchange.getMessage().setHeader(CoveoPushConstants.FILE_EXTENSION, "md");
        assertInvalid(() -> mapper.toDocument(exchange), "fileExtension", "must start with a dot");
        assertInvalid(() -> new ExchangeDocumentMapper("txt", true).toDocument(withId("x")), "fileExtension",
                "must start with a dot");
    }

    @Test
    void orderingIdHeader() throws Exception {
        Exchange exchange = withId("text");
        exchange.getMessage().setHeader(CoveoPushConstants.ORDERING_ID, "1700000000000");
        assertThat(mapper.toDocument(exchange).getOrderingId()).isEqualTo(1_700_000_000_000L);
        exchange.getMessage().setHeader(CoveoPushConstants.ORDERING_ID, -1L);
        assertInvalid(() -> mapper.toDocument(exchange), "orderingId", "must not be negative");
        exchange.getMessage().setHeader(CoveoPushConstants.ORDERING_ID, "yesterday");
        assertInvalid(() -> mapper.toDocument(exchange), "orderingId", "must be a whole number");
    }

    @Test
    void parentIdAndPermissionsHeaders() throws Exception {
        Exchange exchange = withId("text");
        exchange.getMessage().setHeader(CoveoPushConstants.PARENT_ID, "https://intranet/doc");
        exchange.getMessage().setHeader(CoveoPushConstants.PERMISSIONS, Map.of("allowAnonymous", true));
        PushDocument document = mapper.toDocument(exchange);
        assertThat(document.getParentId()).isEqualTo("https://intranet/doc");
        assertThat(document.getPermissions()).containsExactly(Map.of("allowAnonymous", true));

        exchange.getMessage().setHeader(CoveoPushConstants.PARENT_ID, "doc");
        assertInvalid(() -> mapper.toDocument(exchange), "parentId", "must be an absolute URI");
        exchange.getMessage().setHeader(CoveoPushConstants.PARENT_ID, null);
        exchange.getMessage().setHeader(CoveoPushConstants.PERMISSIONS, Arrays.asList(Map.of(), null));
        assertInvalid(() -> mapper.toDocument(exchange), "permissions", "must not hold null entries");
    }

    @Test
    void pushDocumentBodyIsTakenAsIs() throws Exception {
        PushDocument given = PushDocument.builder("https://x/doc").title("T").data("d").build();
        PushDocument document = mapper.toDocument(exchange(given));
        assertThat(document.getDocumentId()).isEqualTo("https://x/doc");
        assertThat(document.getMetadata()).containsEntry("title", "T");
        assertInvalid(() -> mapper.toDocument(exchange(PushDocument.builder("x").build())), "documentId",
                "must be an absolute URI");
    }

    @Test
    void documentIdForADeleteComesFromTheTextBodyToo() throws Exception {
        assertThat(mapper.documentIdFor(exchange("  https://x/3 \n"))).isEqualTo("https://x/3");
        assertInvalid(() -> mapper.documentIdFor(exchange(12)), "documentId", "is required");
    }
}
