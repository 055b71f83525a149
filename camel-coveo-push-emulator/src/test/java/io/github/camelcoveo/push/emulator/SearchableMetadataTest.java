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

import io.github.camelcoveo.push.emulator.fields.FieldType;
import io.github.camelcoveo.push.emulator.fields.IndexedMetadata;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Indexing follows the organization's fields: metadata without a field, or not fitting its type, is not searchable. */
class SearchableMetadataTest {

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization("org", "key").source("src")
            .field("pages", FieldType.LONG).field("views", FieldType.LONG_64).field("rating", FieldType.DOUBLE)
            .field("published", FieldType.DATE).field("tags", FieldType.STRING).field("embedding", FieldType.VECTOR);

    private PushClient client() {
        return new PushClient(coveo.pushApiUrl(), "org", "key");
    }

    private IndexedItem push(Map<String, ?> document) {
        assertThat(client().pushDocument("src", "file://doc", document, "").statusCode()).isEqualTo(202);
        return coveo.emulator().item("org", "src", "file://doc").orElseThrow();
    }

    @Test
    void metadataMatchingAFieldOfAFittingTypeIsSearchable() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", "T");
        document.put("Pages", 42);
        document.put("views", 3_000_000_000L);
        document.put("rating", "4.5");
        document.put("published", "2024-01-31 10:00:00");
        document.put("date", "2024-01-31T10:00:00Z");
        document.put("tags", List.of("a", "b"));
        document.put("embedding", List.of(0.1, 0.2));
        document.put("data", "text");

        IndexedItem item = push(document);

        assertThat(item.searchableFields()).containsExactly(Map.entry("title", FieldType.STRING),
                Map.entry("pages", FieldType.LONG), Map.entry("views", FieldType.LONG_64),
                Map.entry("rating", FieldType.DOUBLE), Map.entry("published", FieldType.DATE),
                Map.entry("date", FieldType.DATE), Map.entry("tags", FieldType.STRING),
                Map.entry("embedding", FieldType.VECTOR));
        assertThat(item.unsearchableMetadata()).isEmpty();
        coveo.assertThat("src").hasItem("file://doc").withSearchableMetadata("pages", FieldType.LONG)
                .withSearchableMetadata("PAGES", FieldType.LONG).withSearchableMetadata("title", FieldType.STRING);
    }

    @Test
    void metadataWithoutAFieldIsKeptButNotSearchable() {
        IndexedItem item = push(Map.of("brand", "Acme", "title", "T"));

        assertThat(item.metadata()).containsEntry("brand", "Acme");
        assertThat(item.unsearchableMetadata()).containsOnlyKeys("brand");
        IndexedMetadata brand = item.unsearchableMetadata().get("brand");
        assertThat(brand.status()).isEqualTo(IndexedMetadata.Status.NO_FIELD);
        assertThat(brand.describe()).isEqualTo("not searchable (no field)");
        coveo.assertThat("src").hasItem("file://doc").withMetadataWithoutField("brand");
        assertThatThrownBy(() -> coveo.assertThat("src").hasItem("file://doc").withMetadataWithoutField("title"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("title");
    }

    @Test
    void valuesThatDoNotFitTheirFieldsTypeAreNotSearchable() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("pages", "many");
        document.put("views", 1.5);
        document.put("rating", true);
        document.put("published", "yesterday");
        document.put("embedding", "0.1,0.2");
        document.put("size", 3_000_000_000L);

        IndexedItem item = push(document);

        assertThat(item.unsearchableMetadata()).containsOnlyKeys("pages", "views", "rating", "published", "embedding");
        assertThat(item.unsearchableMetadata().values()).extracting(IndexedMetadata::status)
                .containsOnly(IndexedMetadata.Status.TYPE_MISMATCH);
        assertThat(item.indexing("pages").map(IndexedMetadata::describe)).contains("not searchable (type LONG)");
        assertThat(item.searchableFields()).containsOnlyKeys("size");
        coveo.assertThat("src").hasItem("file://doc").withMetadataNotFittingItsField("published")
                .withSearchableMetadata("size", FieldType.LONG_64);
        assertThatThrownBy(() -> coveo.assertThat("src").hasItem("file://doc").withSearchableMetadata("pages", FieldType.LONG))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not searchable (type LONG)");
    }

    @Test
    void aLongFieldTakesOnly32BitWholeNumbers() {
        assertThat(push(Map.of("pages", 3_000_000_000L)).indexing("pages").orElseThrow().searchable()).isFalse();
        assertThat(push(Map.of("pages", 2.0)).indexing("pages").orElseThrow().searchable()).isTrue();
        assertThat(push(Map.of("pages", 2.5)).indexing("pages").orElseThrow().searchable()).isFalse();
        assertThat(push(Map.of("pages", List.of(1, "x"))).indexing("pages").orElseThrow().searchable()).isFalse();
    }

    @Test
    void aFieldCreatedAfterThePushIndexesTheItemOnlyWhenPushedAgain() {
        push(Map.of("brand", "Acme"));
        HttpRequest.Builder create = HttpRequest.newBuilder(URI.create(coveo.platformApiUrl()
                        + "/organizations/org/indexes/fields/batch/create"))
                .header("Authorization", "Bearer key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"name\":\"brand\",\"type\":\"STRING\"}]",
                        StandardCharsets.UTF_8));
        assertThat(PushClient.send(create).statusCode()).isEqualTo(204);

        coveo.assertThat("src").hasItem("file://doc").withMetadataWithoutField("brand");
        push(Map.of("brand", "Acme"));
        coveo.assertThat("src").hasItem("file://doc").withSearchableMetadata("brand", FieldType.STRING);
        assertThat(coveo.fields()).anySatisfy(field -> assertThat(field.name()).isEqualTo("brand"));
    }

    @Test
    void batchedItemsAreMarkedToo() {
        PushClient client = client();
        String fileId = client.upload(("{\"addOrUpdate\":[{\"documentId\":\"file://b\",\"pages\":\"x\",\"brand\":\"A\","
                + "\"rating\":2}]}").getBytes(StandardCharsets.UTF_8));

        assertThat(client.pushBatch("src", fileId, "").statusCode()).isEqualTo(202);

        coveo.assertThat("src").hasItem("file://b").withMetadataNotFittingItsField("pages")
                .withMetadataWithoutField("brand").withSearchableMetadata("rating", FieldType.DOUBLE);
    }
}
