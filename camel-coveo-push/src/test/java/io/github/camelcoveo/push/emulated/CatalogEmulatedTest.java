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
package io.github.camelcoveo.push.emulated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.emulator.PushApiEmulator;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Catalog source end to end against the emulator's Stream API: update files, partial updates applied with each
 * operator's semantics, merges, loads in several chunks (and one left unclosed), deleteOlderThan by epoch, and
 * Camel's redelivery of a refused stream call.
 */
@Timeout(120)
class CatalogEmulatedTest extends CamelTestSupport {

    private static final String ORG = "org-catalog";
    private static final String KEY = "catalog-key-42";
    private static PushApiEmulator coveo;

    @BeforeAll
    static void startEmulator() {
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization(ORG, KEY)
                .catalogSource(ORG, "cat").build().start();
    }

    @AfterAll
    static void stopEmulator() {
        coveo.stop();
    }

    @BeforeEach
    void resetEmulator() {
        coveo.reset();
    }

    private static String uri(String options) {
        return "coveo-push:cat?sourceType=catalog&organizationId=" + ORG + "&apiKey=" + KEY + "&pushApiUrl="
               + coveo.pushApiUrl() + "&batchLingerTime=100&retryInitialDelay=10&retryMaxDelay=50" + options;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:catalog").to(uri(""));
                from("direct:load").to(uri("&operation=load&batchMaxBytes=2048"));
                from("direct:sync").onException(CoveoPushApiException.class).maximumRedeliveries(3)
                        .redeliveryDelay(300).end()
                        .to(uri("&maxRetries=0"));
                from("direct:async").onException(CoveoPushApiException.class).maximumRedeliveries(3)
                        .redeliveryDelay(300).asyncDelayedRedelivery().end()
                        .to(uri("&maxRetries=0"));
            }
        };
    }

    private static Map<String, Object> product(String id, double price) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("documentId", "product://" + id);
        item.put("objecttype", "Product");
        item.put("ec_product_id", id);
        item.put("ec_name", "Shoe " + id);
        item.put("ec_price", price);
        item.put("ec_store", List.of("s1"));
        item.put("data", "A shoe");
        return item;
    }

    private static Map<String, Object> variant(String product, String id) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("documentId", "variant://" + id);
        item.put("objecttype", "Variant");
        item.put("ec_product_id", product);
        item.put("ec_variant_id", id);
        item.put("ec_name", "Shoe " + product + " size " + id);
        return item;
    }

    private Exchange send(String route, Object body, Map<String, Object> headers) {
        return template.send(route, e -> {
            e.getMessage().setHeaders(new LinkedHashMap<>(headers));
            e.getMessage().setBody(body);
        });
    }

    private Exchange partial(String id, String operator, String field, Object value) {
        return send("direct:catalog", value, Map.of(CoveoPushConstants.OPERATION, "partialUpdate",
                CoveoPushConstants.DOCUMENT_ID, id, CoveoPushConstants.PARTIAL_UPDATE_OPERATOR, operator,
                CoveoPushConstants.PARTIAL_UPDATE_FIELD, field));
    }

    private static IndexedItem item(String id) {
        return coveo.item(ORG, "cat", id).orElseThrow(() -> new AssertionError(id + " is not in the catalog"));
    }

    @Test
    void productsAndVariantsAreIndexedWithTheirObjectTypesAndDeletesRemoveThem() {
        assertThat(send("direct:catalog", List.of(product("p1", 10), variant("p1", "v1"), variant("p1", "v2")),
                Map.of()).getException()).isNull();
        assertThat(send("direct:catalog", null, Map.of(CoveoPushConstants.OPERATION, "delete",
                CoveoPushConstants.DOCUMENT_ID, "variant://v2")).getException()).isNull();

        assertThat(item("product://p1").objectType()).isEqualTo("Product");
        assertThat(item("product://p1").metadata("ec_product_id")).contains("p1");
        assertThat(coveo.items(ORG, "cat", "Variant")).extracting(IndexedItem::documentId)
                .containsExactly("variant://v1");
        assertThat(coveo.requests().count(RequestKind.STREAM_UPDATE)).isPositive();
        assertThat(coveo.requests().count(RequestKind.PUSH_BATCH)).isZero();
    }

    @Test
    void partialUpdatesApplyEachOperatorToTheItem() {
        assertThat(send("direct:catalog", product("p1", 10), Map.of()).getException()).isNull();

        assertThat(partial("product://p1", "fieldValueReplace", "ec_price", 12.5).getException()).isNull();
        assertThat(partial("product://p1", "arrayAppend", "ec_store", List.of("s2", "s3")).getException()).isNull();
        assertThat(partial("product://p1", "arrayRemove", "ec_store", List.of("s1")).getException()).isNull();

        assertThat(partial("product://p1", "dictionaryPut", "ec_price_dict", Map.of("s1", 9.5, "s2", 8))
                .getException()).isNull();
        assertThat(partial("product://p1", "dictionaryRemove", "ec_price_dict", "s2").getException()).isNull();

        IndexedItem p1 = item("product://p1");
        assertThat(p1.metadata("ec_price_dict")).contains(Map.of("s1", 9.5));
        assertThat(p1.metadata("ec_price")).contains(12.5);
        assertThat(p1.metadata("ec_store")).contains(List.of("s2", "s3"));
        assertThat(p1.metadata("ec_name")).contains("Shoe p1");
    }

    @Test
    void mergeCreatesAnItemOrAddsTheFieldsItMisses() {
        assertThat(send("direct:catalog", product("p1", 10), Map.of()).getException()).isNull();
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("documentId", "product://p1");
        more.put("objecttype", "Product");
        more.put("ec_brand", "Acme");
        assertThat(send("direct:catalog", List.of(more, product("p2", 20)), Map.of(CoveoPushConstants.OPERATION,
                "merge")).getException()).isNull();

        assertThat(item("product://p1").metadata("ec_brand")).contains("Acme");
        assertThat(item("product://p1").metadata("ec_name")).contains("Shoe p1");
        assertThat(item("product://p2").metadata("ec_price")).contains(20.0);
        assertThat(coveo.requests().count(RequestKind.STREAM_MERGE)).isEqualTo(1);
    }

    @Test
    void aLoadInSeveralChunksReplacesTheCatalog() {
        assertThat(send("direct:catalog", List.of(product("old", 1), product("kept", 2)), Map.of())
                .getException()).isNull();
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(product("kept", 3));
        IntStream.range(0, 30).forEach(i -> items.add(variant("kept", "v" + i)));

        Exchange done = send("direct:load", items.iterator(), Map.of());

        assertThat(done.getException()).isNull();
        assertThat(coveo.requests().count(RequestKind.STREAM_CHUNK)).isGreaterThanOrEqualTo(2);
        assertThat(coveo.items(ORG, "cat")).extracting(IndexedItem::documentId).doesNotContain("product://old")
                .contains("product://kept", "variant://v0", "variant://v29").hasSize(31);
        assertThat(item("product://kept").metadata("ec_price")).contains(3.0);
        assertThat(coveo.openStreams(ORG, "cat")).isEmpty();
    }

    @Test
    void aLoadThatFailsBeforeCloseLeavesTheStreamOpenAndTheCatalogAsItWas() {
        assertThat(send("direct:catalog", product("old", 1), Map.of()).getException()).isNull();
        coveo.faults().failNext(5).withStatus(400).onlyFor(RequestKind.STREAM_CHUNK);
        List<Map<String, Object>> items = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> items.add(variant("new", "v" + i)));

        Exchange done = send("direct:load", items, Map.of());

        assertThat(done.getException()).isInstanceOf(CoveoPushApiException.class).hasMessageContaining("400");
        assertThat(coveo.openStreams(ORG, "cat")).hasSize(1);
        assertThat(coveo.items(ORG, "cat")).extracting(IndexedItem::documentId).containsExactly("product://old");
    }

    @Test
    void deleteOlderThanRemovesWhatWasSentBeforeTheEpoch() throws Exception {
        assertThat(send("direct:catalog", product("stale", 1), Map.of()).getException()).isNull();
        await().until(() -> System.currentTimeMillis() > item("product://stale").orderingId());
        long epoch = System.currentTimeMillis() + 1;
        await().until(() -> System.currentTimeMillis() > epoch);
        assertThat(send("direct:catalog", product("fresh", 2), Map.of()).getException()).isNull();

        assertThat(send("direct:catalog", null, Map.of(CoveoPushConstants.OPERATION, "deleteOlderThan",
                CoveoPushConstants.ORDERING_ID, epoch)).getException()).isNull();

        assertThat(coveo.items(ORG, "cat")).extracting(IndexedItem::documentId).containsExactly("product://fresh");
    }

    @ParameterizedTest
    @ValueSource(strings = { "direct:sync", "direct:async" })
    void aRefusedUpdateFileIsRedeliveredByCamelUntilAccepted(String route) {
        coveo.faults().failNext(2).withStatus(503).onlyFor(RequestKind.STREAM_UPDATE);
        CompletableFuture<Exchange> sent = template.asyncSend(route, e -> e.getMessage().setBody(product("r", 1)));

        await().until(sent::isDone);
        assertThat(sent.join().getException()).isNull();
        assertThat(item("product://r").metadata("ec_price")).contains(1.0);
        assertThat(coveo.requests().count(RequestKind.STREAM_UPDATE)).isEqualTo(3);
    }
}
