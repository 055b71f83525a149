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
package io.github.camelcoveo.push.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.github.camelcoveo.push.content.ContentEncoder;
import io.github.camelcoveo.push.content.SpooledContent;
import org.apache.commons.io.output.DeferredFileOutputStream;

/**
 * Times the component's SpooledContent against commons-io's DeferredFileOutputStream (wrapped to the same contract:
 * sealed on close, readable many times, file deleted on close), in the same JVM: each workload spools its items
 * (written in 8 KB pieces, as {@code transferTo} writes), reads each back once and closes it. Two warm-up rounds, then
 * {@code rounds} (5 by default) with the two in alternating order; prints the median of each. A plain main, no JMH:
 * after {@code ./mvnw -B -o -pl camel-coveo-push,benchmarks compile}, {@code java -cp
 * benchmarks/target/classes:camel-coveo-push/target/classes:<commons-io jar>
 * io.github.camelcoveo.push.benchmarks.SpoolTiming [rounds]}.
 */
public final class SpoolTiming {

    private static final int PIECE = 8 * 1024;

    interface Spool extends AutoCloseable {
        OutputStream outputStream() throws IOException;

        InputStream openStream() throws IOException;

        @Override
        void close() throws IOException;
    }

    interface Factory {
        Spool create() throws IOException;
    }

    private SpoolTiming() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int threshold = ContentEncoder.MEMORY_THRESHOLD;
        long[][] workloads = { { 2000, 1024 }, { 200, 100 * 1024 }, { 5, 50L * 1024 * 1024 } };
        for (long[] workload : workloads) {
            int count = (int) workload[0];
            byte[] item = new byte[(int) workload[1]];
            new Random(42).nextBytes(item);
            List<Long> ours = new ArrayList<>();
            List<Long> commons = new ArrayList<>();
            Factory own = () -> ownSpool(threshold);
            Factory theirs = () -> deferred(threshold);
            for (int round = -2; round < rounds; round++) {
                boolean oursFirst = (round & 1) == 0;
                long first = time(count, item, oursFirst ? own : theirs);
                long second = time(count, item, oursFirst ? theirs : own);
                if (round >= 0) {
                    ours.add(oursFirst ? first : second);
                    commons.add(oursFirst ? second : first);
                }
            }
            System.out.printf("%d x %d bytes: SpooledContent %.1f ms, DeferredFileOutputStream %.1f ms (median of %d)%n",
                    count, item.length, median(ours) / 1e6, median(commons) / 1e6, rounds);
        }
    }

    private static long time(int count, byte[] item, Factory factory) throws IOException {
        long start = System.nanoTime();
        long read = 0;
        for (int i = 0; i < count; i++) {
            try (Spool spool = factory.create()) {
                try (OutputStream out = spool.outputStream()) {
                    for (int off = 0; off < item.length; off += PIECE) {
                        out.write(item, off, Math.min(PIECE, item.length - off));
                    }
                }
                try (InputStream in = spool.openStream()) {
                    read += in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        if (read != (long) count * item.length) {
            throw new IllegalStateException("read " + read);
        }
        return System.nanoTime() - start;
    }

    private static long median(List<Long> times) {
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Spool ownSpool(int threshold) {
        SpooledContent content = new SpooledContent(threshold);
        return new Spool() {
            @Override
            public OutputStream outputStream() {
                return content.outputStream();
            }

            @Override
            public InputStream openStream() throws IOException {
                return content.openStream();
            }

            @Override
            public void close() {
                content.close();
            }
        };
    }

    /** DeferredFileOutputStream held to SpooledContent's contract. */
    private static Spool deferred(int threshold) throws IOException {
        DeferredFileOutputStream out = DeferredFileOutputStream.builder().setThreshold(threshold)
                .setPrefix("camel-coveo-push-").setSuffix(".bin").get();
        return new Spool() {
            private boolean sealed;

            @Override
            public OutputStream outputStream() {
                return new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] { (byte) b }, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (sealed) {
                            throw new IOException("content is sealed");
                        }
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        sealed = true;
                        out.close();
                    }
                };
            }

            @Override
            public InputStream openStream() throws IOException {
                if (!sealed) {
                    throw new IOException("content is still being written");
                }
                return out.toInputStream();
            }

            @Override
            public void close() throws IOException {
                sealed = true;
                out.close();
                if (!out.isInMemory()) {
                    Files.deleteIfExists(out.getPath());
                }
            }
        };
    }
}
