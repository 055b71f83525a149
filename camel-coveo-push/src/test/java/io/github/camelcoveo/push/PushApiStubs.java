package io.github.camelcoveo.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/** WireMock stubs that answer like the Push API, and decoders for what the component sent. */
public final class PushApiStubs {

    public static final String ORG = "org-1";
    public static final String API_KEY = "xx-test-key-7f3a9c";
    public static final String BASE = "/push/v1/organizations/" + ORG;

    private PushApiStubs() {
    }

    public static String pushApiUrl(WireMockExtension wireMock) {
        return "http://localhost:" + wireMock.getPort() + "/push/v1";
    }

    /** Options every test endpoint needs, for one document per request. */
    public static String endpoint(WireMockExtension wireMock, String source, String extra) {
        return "coveo-push:" + source + "?organizationId=" + ORG + "&apiKey=RAW(" + API_KEY + ")&pushApiUrl="
               + pushApiUrl(wireMock) + "&batch=false&retryInitialDelay=10"
               + (extra.contains("retryMaxDelay=") ? "" : "&retryMaxDelay=2000")
               + (extra.isEmpty() ? "" : "&" + extra);
    }

    /** Accepts everything as Coveo does (202), and serves file containers with an upload URL on the same server. */
    public static void acceptAll(WireMockExtension wireMock) {
        wireMock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(202)));
        wireMock.stubFor(post(urlPathEqualTo(BASE + "/files")).atPriority(5).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"uploadUri\":\"http://localhost:" + wireMock.getPort()
                          + "/s3/bucket/file-1?X-Amz-Signature=abc\",\"fileId\":\"file-1\",\"requiredHeaders\":"
                          + "{\"x-amz-server-side-encryption\":\"AES256\",\"Content-Type\":\"application/octet-stream\"}}")));
        wireMock.stubFor(put(urlPathMatching("/s3/.*")).atPriority(5).willReturn(aResponse().withStatus(200)));
    }

    public static byte[] inflate(byte[] compressed, String compressionType) {
        try (InputStream in = switch (compressionType) {
            case "ZLIB" -> new InflaterInputStream(new java.io.ByteArrayInputStream(compressed));
            case "DEFLATE" -> new InflaterInputStream(new java.io.ByteArrayInputStream(compressed), new Inflater(true));
            case "GZIP" -> new GZIPInputStream(new java.io.ByteArrayInputStream(compressed));
            case "UNCOMPRESSED" -> new java.io.ByteArrayInputStream(compressed);
            default -> throw new IllegalArgumentException(compressionType);
        }) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] decodeBinary(String base64, String compressionType) {
        return inflate(Base64.getDecoder().decode(base64), compressionType);
    }
}
