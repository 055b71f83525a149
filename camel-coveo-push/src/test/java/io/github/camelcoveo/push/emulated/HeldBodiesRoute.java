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
package io.github.camelcoveo.push.emulated;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * A file route whose exchanges hold their content in memory ({@code convertBodyTo(byte[].class)}, as a JMS route's
 * do) until Coveo accepted it, run in a JVM of its own by {@link HeldBodiesMemoryTest}: arguments are the inbox, the
 * Push API URL, the number of files to wait for and the minutes to wait at most. Exits 0 once every file is in {@code .done}; an
 * OutOfMemoryError ends the JVM (the test starts it with {@code -XX:+ExitOnOutOfMemoryError}).
 */
public final class HeldBodiesRoute {

    private HeldBodiesRoute() {
    }

    public static void main(String[] args) throws Exception {
        Path inbox = Path.of(args[0]);
        String pushApiUrl = args[1];
        int expected = Integer.parseInt(args[2]);
        long minutes = Long.parseLong(args.length > 3 ? args[3] : "10");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            // a poll may list a file that the exchange of an earlier poll moves away meanwhile: remember every file
            context.getRegistry().bind("processed", MemoryIdempotentRepository.memoryIdempotentRepository(1_000_000));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("file:" + inbox + "?move=.done&moveFailed=.error&initialDelay=0&delay=100&sortBy=file:name"
                         + "&idempotent=true&idempotentRepository=#processed")
                            .convertBodyTo(byte[].class)
                            .process(e -> e.getMessage().setHeader("CamelCoveoPushDocumentId",
                                    Path.of(e.getMessage().getHeader("CamelFileAbsolutePath", String.class)).toUri()
                                            .toString()))
                            .to("coveo-push:src?organizationId=org-m&apiKey=memory-key&pushApiUrl=" + pushApiUrl
                                + "&fileExtension=.bin");
                }
            });
            context.start();
            Path done = inbox.resolve(".done");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
            while (count(done) < expected) {
                if (System.nanoTime() > deadline) {
                    System.err.println("timed out with " + count(done) + " of " + expected + " files done");
                    System.exit(2);
                }
                Thread.sleep(200);
            }
            System.out.println("done " + expected + " files; heap pools' peaks summed " + peakHeapUsed() / (1024 * 1024)
                               + " MB (at different times), of a maximum heap of "
                               + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        }
    }

    private static long count(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static long peakHeapUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
