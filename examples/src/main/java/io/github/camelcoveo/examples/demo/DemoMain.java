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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The README's first command. Pushes the sample files to the embedded emulator, or to a real Coveo source when
 * COVEO_ORGANIZATION_ID, COVEO_SOURCE_ID and COVEO_API_KEY are set, then prints a summary.
 * <p>
 * Options: {@code --samples DIR} (default examples/samples), {@code --keep-running} (keep the emulator and its
 * content browser up until Ctrl-C), {@code --create-fields} (create the index fields that the documents' metadata
 * needs, with the component's {@code createMissingFields}).
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        boolean keepRunning = options.contains("--keep-running");
        boolean createFields = options.contains("--create-fields");
        Path samples = samplesFolder(options);
        DemoTarget target = DemoTarget.fromEnvironment(System.getenv());
        System.out.println("Pushing " + samples + " to " + target.describe() + " ...");
        DemoReport report;
        try {
            report = PushDemo.run(samples, target, Duration.ofMinutes(5), createFields);
            boolean keptRunning = keepRunning && target.isEmulated();
            System.out.println(report.render(keptRunning));
            if (keptRunning) {
                System.out.println("The emulator keeps running: open " + target.emulator().browserUrl()
                                   + " ; press Ctrl-C to stop.");
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            }
        } finally {
            target.close();
        }
        if (!report.finished() || !report.failures().isEmpty()) {
            System.exit(1);
        }
    }

    private static Path samplesFolder(List<String> options) {
        int at = options.indexOf("--samples");
        if (at >= 0 && at + 1 < options.size()) {
            return Path.of(options.get(at + 1));
        }
        for (String candidate : List.of("examples/samples", "samples")) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("No samples folder: run from the repository root or pass --samples DIR");
    }
}
