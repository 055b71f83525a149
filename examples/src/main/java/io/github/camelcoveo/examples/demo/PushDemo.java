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
package io.github.camelcoveo.examples.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.main.Main;

/** Runs the demo routes once over a folder of samples, waits until every document was answered, and reports. */
public final class PushDemo {

    private PushDemo() {
    }

    public static DemoReport run(Path samples, DemoTarget target, Duration timeout) throws Exception {
        return run(samples, target, timeout, false);
    }

    /** @param createFields whether the component creates the index fields the documents' metadata needs */
    public static DemoReport run(Path samples, DemoTarget target, Duration timeout, boolean createFields)
            throws Exception {
        List<Path> files = listFiles(samples);
        int plainFiles = (int) files.stream().filter(f -> !isJson(f)).count();
        int records = countRecords(files);
        long inputBytes = 0;
        for (Path file : files) {
            inputBytes += Files.size(file);
        }

        DemoTally tally = new DemoTally();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Main main = new Main();
        main.bind("meters", meters);
        main.configure().addRoutesBuilder(new DemoRoutes(tally));
        main.addOverrideProperty("demo.samples", samples.toAbsolutePath().toString());
        target.properties().forEach(main::addOverrideProperty);
        main.addOverrideProperty("camel.component.coveo-push.create-missing-fields", String.valueOf(createFields));
        long start = System.nanoTime();
        main.start();
        try {
            boolean finished = tally.awaitAnswers(plainFiles + records, timeout);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new DemoReport(target.describe(), files.size(), inputBytes, plainFiles + records, tally.pushed(),
                    tally.failures(), elapsed, finished, target.isEmulated() ? target.emulator().stats() : null,
                    target.isEmulated() ? target.emulator().browserUrl() : null, target.fieldsSummary(),
                    meterSummary(meters));
        } finally {
            main.stop();
        }
    }

    /** What the component's meters counted: documents by outcome, requests, bytes sent, batches. */
    static String meterSummary(MeterRegistry meters) {
        return "admitted " + count(meters, "coveo.push.documents.admitted") + ", accepted "
               + count(meters, "coveo.push.documents.accepted") + ", failed "
               + count(meters, "coveo.push.documents.failed") + "; " + count(meters, "coveo.push.requests")
               + " requests, " + count(meters, "coveo.push.bytes.sent") + " bytes sent, "
               + meters.find("coveo.push.batch.documents").summaries().stream().mapToLong(s -> s.count()).sum()
               + " batches";
    }

    private static long count(MeterRegistry meters, String name) {
        return Math.round(meters.find(name).counters().stream().mapToDouble(Counter::count).sum());
    }

    private static List<Path> listFiles(Path samples) throws IOException {
        try (Stream<Path> listing = Files.list(samples)) {
            return listing.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().endsWith(".json");
    }

    private static int countRecords(List<Path> files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int records = 0;
        for (Path file : files) {
            if (isJson(file)) {
                records += json.readTree(file.toFile()).size();
            }
        }
        return records;
    }
}
