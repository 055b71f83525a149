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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A catalog source's full load through the Stream API: open, chunks under the limit, close. */
@Timeout(60)
class LoadRouteTest extends CoveoPushTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK_LIMIT = 2048;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:load").to(coveo.catalogEndpoint("&operation=load&batchMaxBytes=" + CHUNK_LIMIT));
                from("direct:push").to(coveo.batchedEndpoint("&operation=load"));
            }
        };
    }

    private static Map<String, Object> product(int i) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("documentId", "product://" + i);
        item.put("objecttype", "Product");
        item.put("ec_product_id", "P" + i);
        item.put("ec_name", "Product number " + i);
        item.put("data", "Some description of the product " + i + " long enough to fill chunks quickly.");
        return item;
    }

    /** Documents made one at a time as the load reads them, never held as a whole. */
    private static Iterator<Map<String, Object>> products(int count, AtomicInteger made) {
        return IntStream.range(0, count).mapToObj(i -> {
            made.incrementAndGet();
            return product(i);
        }).iterator();
    }

    private List<LoggedRequest> calls() {
        return coveo.findAll(anyRequestedFor(anyUrl()));
    }

    @Test
    void aLoadOpensAStreamUploadsChunksUnderTheLimitAndClosesIt() throws Exception {
        coveo.stubFor(post(urlPathEqualTo(PushApiDouble.STREAM_CLOSE))
                .willReturn(aResponse().withStatus(200).withFixedDelay(800)));
        AtomicInteger made = new AtomicInteger();
        CompletableFuture<Exchange> sent = template.asyncSend("direct:load",
                e -> e.getMessage().setBody(products(40, made)));

        await().until(() -> !coveo.findAll(postRequestedFor(urlPathEqualTo(PushApiDouble.STREAM_CLOSE))).isEmpty());
        assertThat(sent).isNotDone(); // the close is not answered yet
        await().until(sent::isDone);
        assertThat(sent.join().getException()).isNull();
        assertThat(sent.join().getMessage().getHeader(CoveoPushConstants.RESPONSE_STATUS)).isEqualTo(200);
        assertThat(made).hasValue(40);

        // open, upload to its container, then for each further chunk: chunk, upload; then close
        List<String> steps = new ArrayList<>();
        for (LoggedRequest call : calls()) {
            String path = call.getUrl().split("\\?")[0];
            steps.add(path.startsWith("/s3/") ? "upload" : path.substring(path.lastIndexOf('/') + 1));
        }
        assertThat(steps.get(0)).isEqualTo("open");
        assertThat(steps.get(1)).isEqualTo("upload");
        assertThat(steps.get(steps.size() - 1)).isEqualTo("close");
        List<String> middle = steps.subList(2, steps.size() - 1);
        assertThat(middle.size() % 2).isZero();
        for (int i = 0; i < middle.size(); i += 2) {
            assertThat(middle.subList(i, i + 2)).containsExactly("chunk", "upload");
        }

        List<String> ids = new ArrayList<>();
        List<LoggedRequest> uploads = coveo.uploads();
        assertThat(uploads.size()).isGreaterThanOrEqualTo(3);
        for (LoggedRequest upload : uploads) {
            assertThat(upload.getBody().length).isLessThanOrEqualTo(CHUNK_LIMIT);
            assertThat(upload.containsHeader("Authorization")).isFalse();
            JsonNode chunk = JSON.readTree(upload.getBody());
            assertThat(chunk.size()).isEqualTo(1);
            assertThat(chunk.path("addOrUpdate").size()).isPositive();
            chunk.path("addOrUpdate").forEach(item -> {
                ids.add(item.path("documentId").asText());
                assertThat(item.path("objecttype").asText()).isEqualTo("Product");
            });
        }
        assertThat(ids).containsExactlyElementsOf(IntStream.range(0, 40).mapToObj(i -> "product://" + i).toList());
        assertThat(coveo.findAll(postRequestedFor(urlPathEqualTo(PushApiDouble.STREAM_OPEN))).get(0)
                .getHeader("Authorization")).isEqualTo("Bearer " + PushApiDouble.API_KEY);
    }

    @Test
    void aCollectionBodyIsLoadedToo() {
        List<Map<String, Object>> items = List.of(product(1), product(2));
        Exchange done = template.send("direct:load", e -> e.getMessage().setBody(items));

        assertThat(done.getException()).isNull();
        assertThat(coveo.uploads()).hasSize(1);
        assertThat(coveo.findAll(postRequestedFor(urlPathEqualTo(PushApiDouble.STREAM_CLOSE)))).hasSize(1);
    }

    @Test
    void aStreamedLoadCountsEachDocumentItReadsNotTheIteratorAsOne() {
        CoveoPushEndpoint endpoint = context.getEndpoint(
                coveo.catalogEndpoint("&operation=load&batchMaxBytes=" + CHUNK_LIMIT), CoveoPushEndpoint.class);

        Exchange loaded = template.send("direct:load", e -> e.getMessage().setBody(products(40, new AtomicInteger())));
        assertThat(loaded.getException()).isNull();
        assertThat(endpoint.getDocumentsAdmitted()).isEqualTo(40);
        assertThat(endpoint.getDocumentsAccepted()).isEqualTo(40);

        List<Map<String, Object>> invalidThird = new ArrayList<>(List.of(product(0), product(1)));
        invalidThird.add(Map.of("objecttype", "Product", "ec_name", "no id"));
        invalidThird.add(product(3));
        Exchange failed = template.send("direct:load", e -> e.getMessage().setBody(invalidThird.iterator()));
        assertThat(failed.getException()).isInstanceOf(InvalidDocumentException.class);
        assertThat(endpoint.getDocumentsAdmitted()).as("the two read before the invalid one").isEqualTo(42);
        assertThat(endpoint.getDocumentsAccepted()).isEqualTo(40);
        assertThat(endpoint.getDocumentsFailed()).isEqualTo(2);
        assertThat(endpoint.getDocumentsInvalid()).isEqualTo(2);
    }

    @Test
    void aRefusedChunkLeavesTheStreamUnclosedAndFailsTheExchangeWithTheCause() {
        coveo.stubFor(post(urlPathEqualTo(PushApiDouble.STREAM_CHUNK)).willReturn(aResponse().withStatus(400)
                .withBody("{\"errorCode\":\"TEST\",\"message\":\"refused by the test\"}")));

        Exchange done = template.send("direct:load", e -> e.getMessage().setBody(products(40, new AtomicInteger())));

        assertThat(done.getException()).isInstanceOf(CoveoPushApiException.class).hasMessageContaining("400")
                .hasMessageContaining("refused by the test");
        assertThat(coveo.findAll(postRequestedFor(urlPathEqualTo(PushApiDouble.STREAM_OPEN)))).hasSize(1);
        assertThat(coveo.findAll(postRequestedFor(urlPathEqualTo(PushApiDouble.STREAM_CLOSE)))).isEmpty();
    }

    @Test
    void anInvalidDocumentInTheLoadLeavesTheStreamUnclosedNamingTheElement() {
        List<Map<String, Object>> items = new ArrayList<>(List.of(product(0), product(1)));
        items.add(Map.of("objecttype", "Product", "ec_name", "no id"));

        Exchange done = template.send("direct:load", e -> e.getMessage().setBody(items));

        assertThat(done.getException()).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("element 2 of the load");
        assertThat(coveo.findAll(postRequestedFor(urlPathEqualTo(PushApiDouble.STREAM_CLOSE)))).isEmpty();
    }

    @Test
    void anEmptyLoadIsRefusedBeforeAnyRequest() {
        Exchange done = template.send("direct:load", e -> e.getMessage().setBody(List.of()));

        assertThat(done.getException()).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("remove every item");
        await().during(200, TimeUnit.MILLISECONDS).until(() -> coveo.requests() == 0);
    }

    @Test
    void aLoadOnAPushSourceIsRefusedBeforeAnyRequest() {
        Exchange done = template.send("direct:push", e -> e.getMessage().setBody(List.of(product(1))));

        assertThat(done.getException()).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("sourceType=catalog");
        await().during(200, TimeUnit.MILLISECONDS).until(() -> coveo.requests() == 0);
    }

    @Test
    void aSingleDocumentBodyIsNotALoad() {
        Exchange done = template.send("direct:load", e -> e.getMessage().setBody(product(1)));

        assertThat(done.getException()).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("Collection, an Iterator or an Iterable");
        assertThat(coveo.requests()).isZero();
    }
}
