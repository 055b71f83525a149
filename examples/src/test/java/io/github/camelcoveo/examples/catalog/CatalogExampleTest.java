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
package io.github.camelcoveo.examples.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelcoveo.examples.RunningMain;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/**
 * The catalog example end to end against the emulator's Catalog source, started by Camel Main from
 * catalog/application.properties: the sample export loaded, a second export without a product removing it, a price
 * and stock file applied, bad lines sent to .error with the reason while the rest goes on.
 */
@Timeout(180)
class CatalogExampleTest {

    private static final String ORG = "catalog-org";
    private static final String KEY = "catalog-key-5150";
    private static final String SOURCE = "catalog-source";
    private static final Path SAMPLES = Path.of("samples", "catalog");
    private static final Duration PATIENCE = Duration.ofSeconds(45);

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY)
            .catalogSource(SOURCE);

    @TempDir
    Path folder;

    private Path loads;
    private Path feed;

    private RunningMain start() throws Exception {
        loads = folder.resolve("loads");
        feed = folder.resolve("feed");
        Files.createDirectories(loads);
        Files.createDirectories(feed);
        return RunningMain.start(CatalogApplication.PROPERTIES, Map.of(
                "camel.component.coveo-push.organization-id", ORG,
                "camel.component.coveo-push.api-key", KEY,
                "camel.component.coveo-push.push-api-url", coveo.pushApiUrl(),
                "camel.component.coveo-push.batch-linger-time", "100",
                "coveo.source", SOURCE,
                "catalog.loads", loads.toString(),
                "catalog.feed", feed.toString(),
                // several groups per file: the file's order holds across them
                "catalog.feed.changesPerExchange", "2"));
    }

    @Test
    void loadsReplaceTheCatalogAndTheFeedChangesPricesAndStock() throws Exception {
        try (RunningMain app = start()) {
            // 1. the nightly export: exactly its items, with their object types and fields
            String export = Files.readString(SAMPLES.resolve("catalog.csv"));
            drop(loads, "catalog-1.csv", export);
            awaitMoved(loads, ".done", "catalog-1.csv");
            assertThat(types()).containsOnly(
                    entry("product://TRAIL-100", "Product"), entry("product://ROAD-200", "Product"),
                    entry("product://SOCK-300", "Product"), entry("variant://TRAIL-100-42", "Variant"),
                    entry("variant://TRAIL-100-44", "Variant"), entry("variant://ROAD-200-41", "Variant"),
                    entry("store://STORE-MTL", "Availability"), entry("store://STORE-WEB", "Availability"));
            IndexedItem trail = item("product://TRAIL-100");
            assertThat(trail.metadata("ec_product_id")).contains("TRAIL-100");
            assertThat(trail.metadata("ec_name")).contains("Ridge Trail Runner");
            assertThat(trail.metadata("ec_category")).contains("Shoes|Running|Trail");
            assertThat(trail.metadata("ec_description")).contains("Trail running shoe with a rock plate, 8 mm drop");
            assertThat(trail.metadata("ec_price")).contains(129.9);
            assertThat(trail.metadata("ec_in_stock")).contains(true);
            assertThat(trail.metadata("ec_variant_id")).isEmpty();
            IndexedItem size44 = item("variant://TRAIL-100-44");
            assertThat(size44.metadata("ec_product_id")).contains("TRAIL-100");
            assertThat(size44.metadata("ec_in_stock")).contains(false);
            assertThat(item("store://STORE-MTL").metadata("ec_available_items"))
                    .contains(List.of("TRAIL-100-42", "ROAD-200-41", "SOCK-300"));
            assertThat(coveo.emulator().openStreams(ORG, SOURCE)).isEmpty();

            // 2. the next night's export no longer has the road racer (product and variant): they leave the catalog
            String withoutRoad = export.lines().filter(line -> !line.contains("ROAD-200,"))
                    .collect(Collectors.joining("\n", "", "\n"));
            drop(loads, "catalog-2.csv", withoutRoad);
            awaitMoved(loads, ".done", "catalog-2.csv");
            assertThat(types()).doesNotContainKeys("product://ROAD-200", "variant://ROAD-200-41")
                    .containsKeys("product://TRAIL-100", "variant://TRAIL-100-42", "product://SOCK-300",
                            "store://STORE-MTL", "store://STORE-WEB")
                    .hasSize(6);

            // 3. price and stock changes: each applied to its item, the other fields kept
            drop(feed, "prices-1.csv", Files.readString(SAMPLES.resolve("prices-and-stock.csv")));
            awaitMoved(feed, ".done", "prices-1.csv");
            assertThat(item("product://TRAIL-100").metadata("ec_price")).contains(119.9);
            assertThat(item("product://TRAIL-100").metadata("ec_name")).contains("Ridge Trail Runner");
            assertThat(item("variant://TRAIL-100-44").metadata("ec_in_stock")).contains(true);
            assertThat(item("product://SOCK-300").metadata("ec_in_stock")).contains(false);
            assertThat(item("product://SOCK-300").metadata("ec_price")).contains(24.5);

            // 4. a file with a price that is not a number and an unknown operator: its valid lines are applied,
            // the file goes to .error with the reason of each bad line, and the next file is applied too
            drop(feed, "prices-2.csv", """
                    documentId,field,value,operator
                    product://SOCK-300,ec_price,21.00,
                    product://TRAIL-100,ec_price,twelve,
                    variant://TRAIL-100-42,ec_in_stock,false,increment
                    variant://TRAIL-100-42,ec_price,99.5,fieldValueReplace
                    """);
            drop(feed, "prices-3.csv", """
                    documentId,field,value
                    product://TRAIL-100,ec_price,99.00
                    product://SOCK-300,ec_in_stock,true
                    product://TRAIL-100,ec_price,109.90
                    """);
            awaitMoved(feed, ".error", "prices-2.csv");
            awaitMoved(feed, ".done", "prices-3.csv");
            assertThat(item("product://SOCK-300").metadata("ec_price")).contains(21.0);
            assertThat(item("variant://TRAIL-100-42").metadata("ec_price")).contains(99.5);
            assertThat(item("variant://TRAIL-100-42").metadata("ec_in_stock")).contains(true);
            assertThat(item("product://TRAIL-100").metadata("ec_price")).contains(109.9);
            assertThat(item("product://SOCK-300").metadata("ec_in_stock")).contains(true);
            assertThat(feed.resolve(".error/prices-2.csv.error.txt")).content(StandardCharsets.UTF_8)
                    .startsWith(CatalogFeedException.class.getName() + ": 2 line(s) refused")
                    .contains("prices-2.csv line 3: Invalid Coveo document field 'ec_price': must be a number,"
                              + " not 'twelve'")
                    .contains("prices-2.csv line 4: Invalid Coveo document field 'operator': must be one of"
                              + " arrayAppend, arrayRemove, fieldValueReplace, dictionaryPut, dictionaryRemove,"
                              + " not 'increment'");

            // 5. an export with an invalid line: the load fails before its close, the catalog stays as it was
            String bad = withoutRoad.replace("Merino Crew Socks (3 pairs),Woolfold,Apparel|Socks,24.50",
                    "Merino Crew Socks (3 pairs),Woolfold,Apparel|Socks,cheap");
            drop(loads, "catalog-3.csv", bad);
            awaitMoved(loads, ".error", "catalog-3.csv");
            assertThat(loads.resolve(".error/catalog-3.csv.error.txt")).content(StandardCharsets.UTF_8)
                    .contains(CatalogCsvException.class.getName())
                    .contains("catalog-3.csv line 5: Invalid Coveo document field 'ec_price': must be a number,"
                              + " not 'cheap'");
            assertThat(coveo.emulator().openStreams(ORG, SOURCE)).hasSize(1);
            assertThat(types()).hasSize(6);
            assertThat(item("product://SOCK-300").metadata("ec_price")).contains(21.0);

            // 6. Coveo refuses the update file of a price file: the file goes to .error, no price changed
            coveo.emulator().faults().failNext(1).withStatus(400).onlyFor(RequestKind.STREAM_UPDATE);
            drop(feed, "prices-4.csv", "documentId,field,value\nproduct://SOCK-300,ec_price,19.99\n");
            awaitMoved(feed, ".error", "prices-4.csv");
            assertThat(feed.resolve(".error/prices-4.csv.error.txt")).content(StandardCharsets.UTF_8)
                    .startsWith("io.github.camelcoveo.push.error.CoveoPushApiException").contains("400")
                    .doesNotContain(KEY);
            assertThat(item("product://SOCK-300").metadata("ec_price")).contains(21.0);
        }
    }

    private static Map<String, String> types() {
        return coveo.items(SOURCE).stream().collect(Collectors.toMap(IndexedItem::documentId,
                IndexedItem::objectType));
    }

    private static IndexedItem item(String documentId) {
        return coveo.emulator().item(ORG, SOURCE, documentId)
                .orElseThrow(() -> new AssertionError(documentId + " is not in the catalog"));
    }

    /** Written beside the folder, then moved in: the consumer never sees half a file. */
    private void drop(Path into, String name, String content) throws IOException {
        Path written = folder.resolve(name + ".part");
        Files.writeString(written, content, StandardCharsets.UTF_8);
        Files.move(written, into.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitMoved(Path inbox, String to, String name) {
        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve(to).resolve(name)));
        assertThat(inbox.resolve(name)).doesNotExist();
    }
}
