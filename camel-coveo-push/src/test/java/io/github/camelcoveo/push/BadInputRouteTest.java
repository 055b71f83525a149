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

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input fails its own exchange with an {@link InvalidDocumentException} that names the field and the rule,
 * before any request reaches the Push API; the other exchanges still go through.
 */
class BadInputRouteTest extends CoveoPushTestSupport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BadInputRouteTest.class);
    private static final String API_KEY = "bad-input-secret-key-0192";
    private static final String DOCUMENTS = "/push/v1/organizations/org/sources/src/documents";

    private static String coveo(String extra) {
        return "coveo-push:src?organizationId=org&apiKey=RAW(" + API_KEY + ")&pushApiUrl="
               + coveo.pushApiUrl() + "&batch=false&retryInitialDelay=10" + extra;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:push").to(coveo(""));
                from("direct:lzma").to(coveo("&compressionType=LZMA"));
                // no stream caching: it would read the whole body into memory before the component sees it
                from("direct:big").noStreamCaching().to(coveo("&compressionType=UNCOMPRESSED"));
            }
        };
    }

    record Bad(String name, String route, Object body, Map<String, Object> headers, String field, String rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<String, Object> headers(Object... pairs) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put((String) pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    private static final String ID = CoveoPushConstants.DOCUMENT_ID;

    static Stream<Arguments> badInputs() {
        Map<String, Object> duplicates = new LinkedHashMap<>();
        duplicates.put("documentId", "https://intranet/dup");
        duplicates.put("author", "Ann");
        duplicates.put("AUTHOR", "Bob");
        Map<String, Object> reservedDuplicates = new LinkedHashMap<>();
        reservedDuplicates.put("documentId", "https://intranet/a");
        reservedDuplicates.put("DocumentId", "https://intranet/b");
        List<Bad> cases = List.of(
                new Bad("no derivable documentId", "direct:push", "some text", headers(), "documentId", "is required"),
                new Bad("documentId with '#'", "direct:push", "text", headers(ID, "https://intranet/page#top"),
                        "documentId", "must not contain '#'"),
                new Bad("relative documentId", "direct:push", "text", headers(ID, "share/a.pdf"), "documentId",
                        "must be an absolute URI"),
                new Bad("documentId that is no URI", "direct:push", "text", headers(ID, "file:///a b.txt"),
                        "documentId", "must be a valid URI"),
                new Bad("nested object in metadata", "direct:push", "text",
                        headers(ID, "https://intranet/1", CoveoPushConstants.METADATA,
                                Map.of("owner", Map.of("name", "Ann"))), "owner", "nested object"),
                new Bad("nested array in metadata", "direct:push", "text",
                        headers(ID, "https://intranet/1", CoveoPushConstants.METADATA,
                                Map.of("matrix", List.of(List.of(1, 2)))), "matrix", "nested array"),
                new Bad("nested object in a Map body", "direct:push",
                        Map.of("documentId", "https://intranet/1", "owner", Map.of("name", "Ann")), headers(), "owner",
                        "nested object"),
                new Bad("case-insensitive duplicate metadata keys", "direct:push", duplicates, headers(), "AUTHOR",
                        "case-insensitive and must be unique"),
                new Bad("case-insensitive duplicate reserved keys", "direct:push", reservedDuplicates, headers(),
                        "DocumentId", "case-insensitive and must be unique"),
                new Bad("reserved key in the metadata header", "direct:push", "text",
                        headers(ID, "https://intranet/1", CoveoPushConstants.METADATA, Map.of("DocumentID", "x")),
                        "DocumentID", "reserved key"),
                new Bad("invalid compression type header", "direct:push", new byte[] { 1, 2 },
                        headers(ID, "https://intranet/1", CoveoPushConstants.COMPRESSION_TYPE, "gzip"),
                        "compressionType", "must be one of UNCOMPRESSED, DEFLATE, GZIP, LZMA, ZLIB (case-sensitive)"),
                new Bad("LZMA option without pre-compressed content", "direct:lzma", new byte[] { 1, 2 },
                        headers(ID, "https://intranet/1"), "compressionType", "LZMA content must arrive compressed"),
                new Bad("invalid fileExtension header", "direct:push", "text",
                        headers(ID, "https://intranet/1", CoveoPushConstants.FILE_EXTENSION, "pdf"), "fileExtension",
                        "must start with a dot"),
                new Bad("negative orderingId", "direct:push", "text",
                        headers(ID, "https://intranet/1", CoveoPushConstants.ORDERING_ID, -3L), "orderingId",
                        "must not be negative"),
                new Bad("deleteOlderThan without orderingId", "direct:push", null,
                        headers(CoveoPushConstants.OPERATION, "deleteOlderThan"), CoveoPushConstants.ORDERING_ID,
                        "is required by deleteOlderThan"),
                new Bad("negative queueDelay", "direct:push", null,
                        headers(CoveoPushConstants.OPERATION, "deleteOlderThan", CoveoPushConstants.ORDERING_ID, 5L,
                                CoveoPushConstants.QUEUE_DELAY, -1),
                        CoveoPushConstants.QUEUE_DELAY, "must not be negative"),
                new Bad("updateSourceStatus without status", "direct:push", null,
                        headers(CoveoPushConstants.OPERATION, CoveoPushOperation.updateSourceStatus),
                        CoveoPushConstants.SOURCE_STATUS, "is required by updateSourceStatus"),
                new Bad("invalid operation header", "direct:push", "text",
                        headers(ID, "https://intranet/1", CoveoPushConstants.OPERATION, "purge"),
                        CoveoPushConstants.OPERATION, "must be one of addOrUpdate, delete, deleteOlderThan, updateSourceStatus"),
                new Bad("delete with a relative documentId", "direct:push", null,
                        headers(CoveoPushConstants.OPERATION, "delete", ID, "a.pdf"), "documentId",
                        "must be an absolute URI"));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputFailsItsExchangeBeforeAnyRequest(Bad bad) {
        Exchange result = template.send(bad.route(), exchange -> {
            exchange.getMessage().setBody(bad.body());
            exchange.getMessage().setHeaders(new LinkedHashMap<>(bad.headers()));
        });

        assertInvalid(result, bad.field(), bad.rule());
        coveo.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void goodExchangesAroundBadOnesStillSucceed() {
        // concurrently: bad and good exchanges in flight together
        List<CompletableFuture<Exchange>> inFlight = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = i % 2 == 0 ? "https://intranet/good/" + i : "https://intranet/bad#" + i;
            inFlight.add(template.asyncSend("direct:push", exchange -> {
                exchange.getMessage().setBody("content");
                exchange.getMessage().setHeader(ID, id);
            }));
        }
        for (int i = 0; i < inFlight.size(); i++) {
            Exchange done = inFlight.get(i).join();
            if (i % 2 == 0) {
                assertThat(done.getException()).isNull();
                assertThat(done.getMessage().getHeader(CoveoPushConstants.RESPONSE_STATUS)).isEqualTo(202);
            } else {
                assertInvalid(done, "documentId", "must not contain '#'");
            }
        }
        // and one after the other: a bad exchange leaves the endpoint working
        assertInvalid(template.send("direct:lzma", e -> {
            e.getMessage().setBody(new byte[] { 1 });
            e.getMessage().setHeader(ID, "https://intranet/lzma-raw");
        }), "compressionType", "LZMA content must arrive compressed");
        Exchange good = template.send("direct:lzma", e -> {
            e.getMessage().setBody(new byte[] { 0x5d, 0, 0 });
            e.getMessage().setHeader(ID, "https://intranet/lzma-compressed");
            e.getMessage().setHeader(CoveoPushConstants.COMPRESSION_TYPE, "LZMA");
        });
        assertThat(good.getException()).isNull();

        List<LoggedRequest> requests = coveo.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(6);
        assertThat(requests).extracting(r -> r.queryParameter("documentId").firstValue())
                .containsExactlyInAnyOrder("https://intranet/good/0", "https://intranet/good/2",
                        "https://intranet/good/4", "https://intranet/good/6", "https://intranet/good/8",
                        "https://intranet/lzma-compressed");
        coveo.verify(1, putRequestedFor(urlPathEqualTo(DOCUMENTS))
                .withQueryParam("documentId", equalTo("https://intranet/lzma-compressed"))
                .withQueryParam("compressionType", equalTo("LZMA")));
    }

    /** Endless pseudo-random (incompressible) bytes up to {@code size}, counting how many were read. */
    static final class RandomStream extends InputStream {
        private final long size;
        private final AtomicLong read = new AtomicLong();
        private long state = 0x9E3779B97F4A7C15L;

        RandomStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long left = size - read.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i += 8) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                long value = state;
                for (int j = i; j < Math.min(n, i + 8); j++) {
                    b[off + j] = (byte) value;
                    value >>>= 8;
                }
            }
            read.addAndGet(n);
            return n;
        }

        long bytesRead() {
            return read.get();
        }

        @Override
        public void close() throws IOException {
        }
    }

    @Test
    @Timeout(60)
    void contentOverTheFileContainerLimitFailsBeforeAnyRequest() {
        long size = 300L * 1024 * 1024;
        RandomStream body = new RandomStream(size);
        long started = System.nanoTime();
        Exchange result = template.send("direct:big", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(ID, "https://intranet/huge.bin");
        });
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertInvalid(result, "content", "exceeds 256000000 bytes, the most a file container holds");
        coveo.verify(0, anyRequestedFor(anyUrl()));
        // reading stopped at the limit: the rest of the body was never read
        assertThat(body.bytesRead()).isLessThan(size).isGreaterThanOrEqualTo(256_000_000L);
        LOG.info("300 MB body refused after reading {} bytes in {} ms", body.bytesRead(), millis);

        // and the endpoint still pushes the next document
        Exchange good = template.send("direct:big", e -> {
            e.getMessage().setBody(new RandomStream(1000));
            e.getMessage().setHeader(ID, "https://intranet/small.bin");
        });
        assertThat(good.getException()).isNull();
        coveo.verify(1, putRequestedFor(urlPathEqualTo(DOCUMENTS))
                .withQueryParam("compressionType", equalTo("UNCOMPRESSED")));
    }

    private static void assertInvalid(Exchange exchange, String field, String rule) {
        assertThat(exchange.getException()).isInstanceOf(InvalidDocumentException.class);
        InvalidDocumentException error = (InvalidDocumentException) exchange.getException();
        assertThat(error.getField()).isEqualTo(field);
        assertThat(error.getMessage()).contains("'" + field + "'").contains(rule).doesNotContain(API_KEY);
    }
}
