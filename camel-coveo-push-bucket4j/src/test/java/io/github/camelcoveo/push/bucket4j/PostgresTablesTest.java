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
package io.github.camelcoveo.push.bucket4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThatCode;

/** Instances (pods) that start together each create the budget's tables: none of them may fail for it. */
@Timeout(120)
class PostgresTablesTest {

    @Test
    void storesCreatedAtTheSameMomentAllStart() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            int instances = 8;
            ExecutorService pool = Executors.newFixedThreadPool(instances);
            CountDownLatch gate = new CountDownLatch(1);
            List<CompletableFuture<Void>> started = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                started.add(CompletableFuture.runAsync(() -> {
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    new PostgresBudgetStore(postgres.getPostgresDatabase(), "coveo_push_race", 1).close();
                }, pool));
            }
            gate.countDown();
            for (CompletableFuture<Void> instance : started) {
                assertThatCode(() -> instance.get(60, TimeUnit.SECONDS)).doesNotThrowAnyException();
            }
            pool.shutdown();
        }
    }
}
