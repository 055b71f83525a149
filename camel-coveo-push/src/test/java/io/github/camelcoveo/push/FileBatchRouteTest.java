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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A file consumer moves a file only after Coveo accepted the batch holding it: nothing is lost on failure or restart. */
@Timeout(90)
class FileBatchRouteTest {

    @RegisterExtension
    static final PushApiDouble coveo = new PushApiDouble();

    @TempDir
    Path inbox;

    private void write(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            // written beside the inbox and moved in whole: the consumer never sees a half-written file
            Path staging = Files.createDirectories(inbox.resolveSibling(inbox.getFileName() + "-staging"))
                    .resolve("doc" + i + ".txt");
            Files.writeString(staging, "content " + i);
            Files.move(staging, inbox.resolve("doc" + i + ".txt"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private long waitingFiles() throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private CamelContext route(String options) throws Exception {
        return route("maxMessagesPerPoll=0&delay=50", options);
    }

    private CamelContext route(String fileOptions, String options) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?" + fileOptions)
                        .to(coveo.batchedEndpoint(options));
            }
        });
        camel.start();
        return camel;
    }

    @Test
    void filesOfAFailedBatchAreNotMoved() throws Exception {
        coveo.batchAnswers(400, 0);
        write(6);
        CamelContext camel = route("&batchMaxDocuments=3&batchLingerTime=100");
        try {
            await().atMost(20, TimeUnit.SECONDS).until(() -> coveo.batchPushes().size() >= 2);
            await().during(300, TimeUnit.MILLISECONDS).until(() -> waitingFiles() == 6);
            assertThat(inbox.resolve(".camel")).doesNotExist();
        } finally {
            camel.stop();
        }
    }

    @Test
    void aRestartMidLoadLosesNothing() throws Exception {
        coveo.batchAnswers(202, 200);
        int total = 200;
        write(total);
        CamelContext first = route("maxMessagesPerPoll=25&delay=300",
                "&batchMaxDocuments=20&batchLingerTime=100&maxBatchesInFlight=1");
        await().atMost(30, TimeUnit.SECONDS).until(() -> coveo.batchPushes().size() >= 2);
        first.stop(); // mid-load: some batches accepted, some documents in the open batch, files still waiting
        assertThat(waitingFiles()).isPositive();

        CamelContext second = route("&batchMaxDocuments=20&batchLingerTime=100");
        try {
            await().atMost(60, TimeUnit.SECONDS).until(() -> waitingFiles() == 0);
        } finally {
            second.stop();
        }
        List<String> pushed = PushApiDouble.addedIds(coveo.batches());
        Set<String> names = new HashSet<>();
        pushed.forEach(id -> names.add(id.substring(id.lastIndexOf('/') + 1)));
        assertThat(names).hasSize(total); // every file reached Coveo at least once before it was moved
        try (Stream<Path> moved = Files.list(inbox.resolve(".camel"))) {
            assertThat(moved.count()).isEqualTo(total);
        }
    }
}
