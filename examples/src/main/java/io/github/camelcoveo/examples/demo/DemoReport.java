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

import java.time.Duration;
import java.util.List;

import io.github.camelcoveo.push.emulator.EmulatorStats;
import io.github.camelcoveo.push.emulator.RequestKind;

/** What a demo run did, in words a person can read. */
public record DemoReport(String target, int inputFiles, long inputBytes, int expectedDocuments, int pushed,
                         List<String> failures, Duration elapsed, boolean finished, EmulatorStats emulator,
                         String browserUrl, String fields, String meters) {

    public String render() {
        return render(false);
    }

    /** @param keptRunning whether the emulator (and its content browser) stays up after the demo */
    public String render(boolean keptRunning) {
        StringBuilder text = new StringBuilder();
        text.append("\n=== camel-coveo-push demo ===\n");
        text.append("Target:              ").append(target).append('\n');
        text.append("Input:               ").append(inputFiles).append(" files, ").append(inputBytes).append(" bytes\n");
        text.append("Documents accepted:  ").append(pushed).append(" of ").append(expectedDocuments).append('\n');
        text.append("Failures:            ").append(failures.size()).append('\n');
        failures.forEach(failure -> text.append("  - ").append(failure).append('\n'));
        if (emulator != null) {
            text.append("Indexed (emulator):  ").append(emulator.items()).append(" items, ")
                    .append(emulator.contentBytes()).append(" bytes of content\n");
            text.append("Push API requests:   ").append(emulator.requests()).append(" (")
                    .append(emulator.batches()).append(" batches, ")
                    .append(emulator.requestsByKind().getOrDefault(RequestKind.ADD_OR_UPDATE_DOCUMENT, 0L))
                    .append(" single documents, ").append(emulator.fileContainers()).append(" file containers)\n");
        }
        text.append("Meters:              ").append(meters).append('\n');
        if (fields != null) {
            text.append("Fields (emulator):   ").append(fields).append('\n');
        }
        text.append("Time:                ").append(elapsed.toMillis()).append(" ms")
                .append(finished ? "" : " (timed out before every document was answered)").append('\n');
        if (browserUrl != null) {
            text.append("Content browser:     ").append(browserUrl).append(keptRunning ? " (up until Ctrl-C)"
                    : " (stops with the demo: run it with --keep-running to browse it)").append('\n');
        }
        return text.toString();
    }
}
