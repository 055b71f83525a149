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

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelcoveo.push.CoveoPushConstants.COMPRESSION_TYPE;
import static io.github.camelcoveo.push.CoveoPushConstants.DELETE_CHILDREN;
import static io.github.camelcoveo.push.CoveoPushConstants.DOCUMENT_ID;
import static io.github.camelcoveo.push.CoveoPushConstants.FILE_EXTENSION;
import static io.github.camelcoveo.push.CoveoPushConstants.METADATA;
import static io.github.camelcoveo.push.CoveoPushConstants.OPERATION;
import static io.github.camelcoveo.push.CoveoPushConstants.ORDERING_ID;
import static io.github.camelcoveo.push.CoveoPushConstants.PARENT_ID;
import static io.github.camelcoveo.push.CoveoPushConstants.PERMISSIONS;
import static io.github.camelcoveo.push.CoveoPushConstants.QUEUE_DELAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same exchanges, every operation with every header that changes what it does, sent once with batching and once
 * without: the emulator must hold the same index at the end (and the index each scenario expects).
 */
@Timeout(120)
class BatchedVersusSingleTest extends EmulatedRouteTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String options = "&retryInitialDelay=10&batchLingerTime=20";
                from("direct:single").to(uri("single", options + "&batch=false"));
                from("direct:batched").to(uri("batched", options));
            }
        };
    }

    /** One exchange: its body and headers. */
    record Step(Object body, Map<String, Object> headers) {
    }

    private static Step step(Object body, Object... headers) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put((String) headers[i], headers[i + 1]);
        }
        return new Step(body, map);
    }

    private static Step add(String id, String text, Object... headers) {
        Object[] all = Stream.concat(Stream.of(DOCUMENT_ID, id), Stream.of(headers)).toArray();
        return step(text, all);
    }

    private static Step delete(String id, Object... headers) {
        Object[] all = Stream.concat(Stream.of(OPERATION, "delete", DOCUMENT_ID, id), Stream.of(headers)).toArray();
        return step(null, all);
    }

    static Stream<Arguments> scenarios() {
        byte[] binary = new byte[40_000];
        new Random(3).nextBytes(binary);
        String large = "large text ".repeat(600_000); // over the 5 MB of inline data: sent compressed
        return Stream.of(
                Arguments.of("add, then a stale delete leaves the item",
                        List.of(add("https://eq/a", "a", ORDERING_ID, 100L), delete("https://eq/a", ORDERING_ID, 50L)),
                        List.of("https://eq/a")),
                Arguments.of("add, then a newer delete removes it",
                        List.of(add("https://eq/a", "a", ORDERING_ID, 100L), delete("https://eq/a", ORDERING_ID, 150L)),
                        List.of()),
                Arguments.of("a delete, then a stale add does not bring the item back",
                        List.of(add("https://eq/a", "a", ORDERING_ID, 100L), delete("https://eq/a", ORDERING_ID, 200L),
                                add("https://eq/a", "late", ORDERING_ID, 150L)),
                        List.of()),
                Arguments.of("a stale version does not replace a newer one",
                        List.of(add("https://eq/a", "new", ORDERING_ID, 200L), add("https://eq/a", "old", ORDERING_ID, 100L)),
                        List.of("https://eq/a")),
                Arguments.of("the clock's orderingIds: each version wins over the one before, a delete over both",
                        List.of(add("https://eq/a", "one"), add("https://eq/a", "two"), add("https://eq/b", "b"),
                                delete("https://eq/b"), add("https://eq/c", "c")),
                        List.of("https://eq/a", "https://eq/c")),
                Arguments.of("deleteChildren removes the item and those under it, not its neighbours",
                        List.of(add("https://eq/p", "p"), add("https://eq/p/1", "c1"), add("https://eq/p/2", "c2"),
                                add("https://eq/pq", "neighbour"), delete("https://eq/p", DELETE_CHILDREN, true)),
                        List.of("https://eq/pq")),
                Arguments.of("without deleteChildren the children stay",
                        List.of(add("https://eq/p", "p"), add("https://eq/p/1", "c1"),
                                delete("https://eq/p", DELETE_CHILDREN, false)),
                        List.of("https://eq/p/1")),
                Arguments.of("metadata, extension, parent and permissions headers",
                        List.of(add("https://eq/m", "m", METADATA, Map.of("author", "Ada", "tags", List.of("x", "y")),
                                FILE_EXTENSION, ".html", PARENT_ID, "https://eq/parent",
                                PERMISSIONS, "GROUP:Everyone, -USER:bob@example.com")),
                        List.of("https://eq/m")),
                Arguments.of("binary content, compressed by the component or already compressed",
                        List.of(add("https://eq/bin", null), step(binary, DOCUMENT_ID, "https://eq/bin"),
                                step(binary, DOCUMENT_ID, "https://eq/raw", COMPRESSION_TYPE, "UNCOMPRESSED")),
                        List.of("https://eq/bin", "https://eq/raw")),
                Arguments.of("text too large to go inline",
                        List.of(add("https://eq/large", large)), List.of("https://eq/large")),
                Arguments.of("Map and PushDocument bodies with their own orderingIds",
                        List.of(step(Map.of("documentId", "https://eq/row", "data", "row v2", "orderingId", 20L, "title", "Row")),
                                step(Map.of("documentId", "https://eq/row", "data", "row v1", "orderingId", 10L)),
                                step(PushDocument.builder("https://eq/doc").data("doc").orderingId(5L).build())),
                        List.of("https://eq/row", "https://eq/doc")),
                Arguments.of("Collection bodies: adds, then deletes of some",
                        List.of(step(List.of(Map.of("documentId", "https://eq/l1", "data", "1"),
                                        Map.of("documentId", "https://eq/l2", "data", "2"),
                                        Map.of("documentId", "https://eq/l3", "data", "3"))),
                                step(List.of("https://eq/l1", "https://eq/l3"), OPERATION, "delete")),
                        List.of("https://eq/l2")),
                Arguments.of("deleteOlderThan after the items it must keep and those it must remove",
                        List.of(add("https://eq/old", "old", ORDERING_ID, 10L), add("https://eq/kept", "kept", ORDERING_ID, 30L),
                                step(null, OPERATION, "deleteOlderThan", ORDERING_ID, 20L, QUEUE_DELAY, 0)),
                        List.of("https://eq/kept")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void batchedAndSingleGiveTheSameIndex(String scenario, List<Step> steps, List<String> expectedIds) {
        for (String mode : List.of("single", "batched")) {
            for (Step step : steps) {
                Exchange exchange = template.request("direct:" + mode, e -> {
                    e.getMessage().setBody(step.body());
                    e.getMessage().setHeaders(new HashMap<>(step.headers()));
                });
                assertThat(exchange.getException()).as(mode + ": " + step).isNull();
            }
        }

        Map<String, Map<String, Object>> single = index("single");
        assertThat(index("batched")).as(scenario).isEqualTo(single);
        assertThat(single.keySet()).as(scenario).containsExactlyInAnyOrderElementsOf(expectedIds);
    }

    /** What a search user would see of each item: everything but the way and the time it arrived. */
    private static Map<String, Map<String, Object>> index(String source) {
        Map<String, Map<String, Object>> index = new TreeMap<>();
        for (IndexedItem item : coveo.items(ORG, source)) {
            Map<String, Object> seen = new TreeMap<>(item.metadata());
            seen.put("@fileExtension", String.valueOf(item.fileExtension()));
            seen.put("@parentId", String.valueOf(item.parentId()));
            seen.put("@permissions", String.valueOf(item.permissionsJson()));
            seen.put("@content", item.content() == null ? "none"
                    : new String(item.content(), StandardCharsets.ISO_8859_1).hashCode() + "/" + item.content().length);
            index.put(item.documentId(), seen);
        }
        return index;
    }
}
