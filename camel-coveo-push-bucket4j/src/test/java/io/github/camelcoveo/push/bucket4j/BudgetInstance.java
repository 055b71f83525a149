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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelcoveo.push.budget.CoveoApi;
import io.github.camelcoveo.push.CoveoPushConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One instance of a route, in a JVM of its own: a CamelContext whose coveo-push endpoint shares a Bucket4j budget
 * with the other instances, pushing {@code documents} documents one request each, {@code parallel} at a time.
 * Exits 0 when Coveo accepted every one.
 */
public final class BudgetInstance {

    private BudgetInstance() {
    }

    public static void main(String[] args) throws Exception {
        String name = System.getProperty("instance");
        int documents = Integer.getInteger("documents");
        int parallel = Integer.getInteger("parallel", 4);
        Bucket4jRequestBudget.Builder builder = System.getProperty("jdbcUrl") != null
                ? Bucket4jRequestBudget.postgresql(dataSource(System.getProperty("jdbcUrl")))
                : Bucket4jRequestBudget.redis(System.getProperty("redisUri"));
        builder.keyPrefix(System.getProperty("prefix", "coveo-push"));
        builder.requestsPerWindow(CoveoApi.PUSH, Integer.getInteger("requests"),
                Duration.ofMillis(Long.getLong("windowMillis")));
        try (Bucket4jRequestBudget budget = builder.build(); DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("sharedBudget", budget);
            context.start();
            String uri = "coveo-push:src?organizationId=" + System.getProperty("org") + "&apiKey=RAW("
                         + System.getProperty("apiKey") + ")&pushApiUrl=" + System.getProperty("pushApiUrl")
                         + "&batch=false&requestBudget=#sharedBudget&maxRetries=5&retryMaxDelay=10000";
            ProducerTemplate template = context.createProducerTemplate();
            awaitStart(name);
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            int failed = 0;
            for (int i = 0; i < documents; i++) {
                String id = "https://intranet/" + name + "/" + i;
                sent.add(template.asyncSend(uri, e -> {
                    e.getMessage().setBody("document " + id);
                    e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, id);
                }));
                if (sent.size() >= parallel) {
                    failed += failures(sent.remove(0).join());
                }
            }
            for (CompletableFuture<Exchange> exchange : sent) {
                failed += failures(exchange.join());
            }
            System.out.println(name + ": " + documents + " documents, " + failed + " failed");
            System.exit(failed == 0 ? 0 : 1);
        }
    }

    /** With {@code startFile}: says it is ready beside that file, then waits for it, so all instances start at once. */
    private static void awaitStart(String name) throws Exception {
        String startFile = System.getProperty("startFile");
        if (startFile == null) {
            return;
        }
        Path start = Path.of(startFile);
        Files.createFile(readyFile(start, name));
        while (!Files.exists(start)) {
            Thread.sleep(10);
        }
    }

    /** Where instance {@code name} says it waits for {@code startFile}. */
    static Path readyFile(Path startFile, String name) {
        return startFile.resolveSibling(startFile.getFileName() + "." + name + ".ready");
    }

    private static int failures(Exchange exchange) {
        if (exchange.getException() != null) {
            exchange.getException().printStackTrace(System.out);
            return 1;
        }
        return 0;
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }
}
