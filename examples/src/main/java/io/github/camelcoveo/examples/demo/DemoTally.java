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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcoveo.push.CoveoPushConstants;
import org.apache.camel.Exchange;

/** Counts what the routes pushed and what failed, for the summary. */
public class DemoTally {

    private final AtomicInteger pushed = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    public void pushed(Exchange exchange) {
        pushed.incrementAndGet();
        answered();
    }

    public void failed(Exchange exchange) {
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String id = exchange.getMessage().getHeader(CoveoPushConstants.DOCUMENT_ID, String.class);
        String what = id != null ? id : exchange.getMessage().getHeader(Exchange.FILE_NAME, "a record", String.class);
        failures.add(what + ": " + (error == null ? "unknown error" : error.getMessage()));
        answered();
    }

    private synchronized void answered() {
        notifyAll();
    }

    /** Waits until {@code expected} documents were accepted or failed; false on timeout. */
    public synchronized boolean awaitAnswers(int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pushed.get() + failures.size() < expected) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    public int pushed() {
        return pushed.get();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }
}
