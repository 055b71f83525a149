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
package io.github.camelcoveo.push.batch;

import io.github.camelcoveo.push.error.BatchRejectedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@Timeout(30)
class PendingDocumentsTest {

    @Test
    void bytesBoundTheRoomAsDocumentsDo() throws Exception {
        PendingDocuments room = new PendingDocuments(100, 1_000, 50);
        room.acquire("a", 600);
        room.acquire("b", 400);
        assertThatThrownBy(() -> room.acquire("c", 1)).isInstanceOf(BatchRejectedException.class)
                .hasMessageContaining("1000 bytes").hasMessageContaining("'c' was not sent");
        room.release(1, 600);
        room.acquire("c", 500);
        assertThat(room.bytes()).isEqualTo(900);
    }

    @Test
    void aDocumentLargerThanTheBoundWaitsUntilNothingElseIsHeld() throws Exception {
        PendingDocuments room = new PendingDocuments(100, 1_000, 10_000);
        room.acquire("small", 10);
        CompletableFuture<Void> large = CompletableFuture.runAsync(() -> acquire(room, "large", 5_000));
        await().during(200, TimeUnit.MILLISECONDS).atMost(1, TimeUnit.SECONDS).until(() -> !large.isDone());
        room.release(1, 10);
        large.get(5, TimeUnit.SECONDS);
        assertThat(room.bytes()).isEqualTo(5_000);
    }

    @Test
    void callersGetInInArrivalOrderSoThatALargeOneIsNotPassedOverByTinyOnes() throws Exception {
        PendingDocuments room = new PendingDocuments(100, 1_000, 10_000);
        room.acquire("first", 900);
        CompletableFuture<Void> large = CompletableFuture.runAsync(() -> acquire(room, "large", 800));
        await().until(() -> room.waiting() == 1);
        CompletableFuture<Void> tiny = CompletableFuture.runAsync(() -> acquire(room, "tiny", 10));
        await().during(200, TimeUnit.MILLISECONDS).atMost(1, TimeUnit.SECONDS)
                .until(() -> !tiny.isDone()); // 10 bytes would fit, but the large one is first in line
        room.release(1, 900);
        large.get(5, TimeUnit.SECONDS);
        tiny.get(5, TimeUnit.SECONDS);
        assertThat(room.bytes()).isEqualTo(810);
    }

    @Test
    void theDocumentCountStillBounds() throws Exception {
        PendingDocuments room = new PendingDocuments(2, 1_000_000, 20);
        room.acquire("a", 1);
        room.acquire("b", 1);
        assertThatThrownBy(() -> room.acquire("c", 1)).isInstanceOf(BatchRejectedException.class)
                .hasMessageContaining("2 documents");
    }

    private static void acquire(PendingDocuments room, String id, long bytes) {
        try {
            room.acquire(id, bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
