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

import io.github.camelcoveo.push.emulator.store.ContentOrigin;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.PushMode;
import io.github.camelcoveo.push.emulator.store.StatusChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentEndpointsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0).clock(clock)
                .organization("org", "key").source("org", "src").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void pushApiUrlIsTheBaseClientsAppendOrganizationsTo() {
        assertThat(emulator.pushApiUrl()).isEqualTo("http://localhost:" + emulator.port() + "/push/v1");
        assertThat(emulator.browserUrl()).isEqualTo("http://localhost:" + emulator.port() + "/emulator/");
    }

    @Test
    void addsAnItemWithMetadataAndTextContent() {
        var response = client.pushDocument("src", "file://share/a.txt", """
                {"title":"A file","fileExtension":".txt","author":"Ann","tags":["x","y"],"size":12,
                 "data":"hello world!","parentId":"file://share","permissions":[{"allowAnonymous":true}]}""");

        assertThat(response.statusCode()).isEqualTo(202);
        IndexedItem item = emulator.item("org", "src", "file://share/a.txt").orElseThrow();
        assertThat(item.title()).isEqualTo("A file");
        assertThat(item.fileExtension()).isEqualTo(".txt");
        assertThat(item.parentId()).isEqualTo("file://share");
        assertThat(item.permissionsJson()).contains("allowAnonymous");
        assertThat(item.metadata()).containsEntry("author", "Ann").containsEntry("tags", List.of("x", "y"))
                .containsEntry("size", 12).doesNotContainKeys("data", "fileExtension", "parentId", "permissions");
        assertThat(item.text()).contains("hello world!");
        assertThat(item.contentOrigin()).isEqualTo(ContentOrigin.DATA);
        assertThat(item.pushMode()).isEqualTo(PushMode.SINGLE_DOCUMENT);
        assertThat(item.orderingId()).isEqualTo(clock.instant().toEpochMilli());
        assertThat(emulator.requests().count(RequestKind.ADD_OR_UPDATE_DOCUMENT)).isEqualTo(1);
    }

    @Test
    void updateReplacesTheItem() {
        client.pushDocument("src", "file://a", "{\"title\":\"first\",\"data\":\"1\"}");
        clock.advance(Duration.ofSeconds(1));
        client.pushDocument("src", "file://a", "{\"title\":\"second\"}");

        assertThat(emulator.items("org", "src")).singleElement()
                .satisfies(item -> {
                    assertThat(item.title()).isEqualTo("second");
                    assertThat(item.contentSize()).isZero();
                });
    }

    @Test
    void anOlderOrderingIdNeverOverwritesANewerOne() {
        client.pushDocument("src", "file://a", "{\"title\":\"new\"}", "&orderingId=200");
        var stale = client.pushDocument("src", "file://a", "{\"title\":\"old\"}", "&orderingId=100");

        assertThat(stale.statusCode()).isEqualTo(202);
        assertThat(emulator.item("org", "src", "file://a").orElseThrow().title()).isEqualTo("new");

        client.pushDocument("src", "file://a", "{\"title\":\"newer\"}", "&orderingId=300");
        assertThat(emulator.item("org", "src", "file://a").orElseThrow().title()).isEqualTo("newer");
    }

    @Test
    void aDeleteWithAnOlderOrderingIdIsIgnoredAndAStaleAddDoesNotResurrect() {
        client.pushDocument("src", "file://a", "{\"title\":\"v\"}", "&orderingId=200");
        client.delete("src", "file://a", "&orderingId=100");
        assertThat(emulator.item("org", "src", "file://a")).isPresent();

        client.delete("src", "file://a", "&orderingId=300");
        client.pushDocument("src", "file://a", "{\"title\":\"stale\"}", "&orderingId=250");
        assertThat(emulator.item("org", "src", "file://a")).isEmpty();
    }

    @Test
    void deletesOneItem() {
        client.pushDocument("src", "file://a", "{}");
        client.pushDocument("src", "file://b", "{}");
        clock.advance(Duration.ofMillis(5));

        var response = client.delete("src", "file://a", "");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId).containsExactly("file://b");
    }

    @Test
    void deleteChildrenRemovesEveryItemUnderTheId() {
        for (String id : List.of("file://share/dir", "file://share/dir/a", "file://share/dir/sub/b", "file://share/directory")) {
            client.pushDocument("src", id, "{}");
        }
        clock.advance(Duration.ofMillis(5));

        client.delete("src", "file://share/dir", "&deleteChildren=true");

        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId)
                .containsExactly("file://share/directory");
    }

    @Test
    void withoutDeleteChildrenTheChildrenStay() {
        client.pushDocument("src", "file://share/dir", "{}");
        client.pushDocument("src", "file://share/dir/a", "{}");
        clock.advance(Duration.ofMillis(5));

        client.delete("src", "file://share/dir", "");

        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId).containsExactly("file://share/dir/a");
    }

    @Test
    void deleteOlderThanRemovesItemsBelowTheOrderingId() {
        client.pushDocument("src", "file://old", "{}", "&orderingId=10");
        client.pushDocument("src", "file://edge", "{}", "&orderingId=20");
        client.pushDocument("src", "file://new", "{}", "&orderingId=30");

        var response = client.deleteOlderThan("src", 20);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(emulator.items("org", "src")).extracting(IndexedItem::documentId)
                .containsExactly("file://edge", "file://new");
        assertThat(emulator.requests().count(RequestKind.DELETE_OLDER_THAN)).isEqualTo(1);
    }

    @Test
    void recordsTheSourceStatusHistoryWithTimes() {
        assertThat(client.setStatus("src", "REBUILD").statusCode()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(1));
        assertThat(client.setStatus("src", "IDLE").statusCode()).isEqualTo(201);

        assertThat(emulator.statusHistory("org", "src")).containsExactly(
                new StatusChange("REBUILD", Instant.parse("2025-03-01T10:00:00Z")),
                new StatusChange("IDLE", Instant.parse("2025-03-01T10:01:00Z")));
    }

    @Test
    void rejectsAnUnknownStatusType() {
        var response = client.setStatus("src", "rebuild");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(emulator.statusHistory("org", "src")).isEmpty();
    }

    @Test
    void resetEmptiesSourcesAndRequestsButKeepsConfiguration() {
        client.pushDocument("src", "file://a", Map.of("title", "x"), "");
        emulator.reset();

        assertThat(emulator.items("org", "src")).isEmpty();
        assertThat(emulator.requests().total()).isZero();
        assertThat(client.pushDocument("src", "file://a", "{}").statusCode()).isEqualTo(202);
    }

    @Test
    void unknownOperationIs404() {
        var response = PushClient.send(client.authorized(client.sourceUrl("src") + "/nothing").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(emulator.requests().count(RequestKind.UNKNOWN)).isEqualTo(1);
    }
}
