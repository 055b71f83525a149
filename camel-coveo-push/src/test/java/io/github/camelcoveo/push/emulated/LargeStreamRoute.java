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

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A route that hands the component a stream body of {@code args[1]} bytes, generated as it is read, with every
 * setting of Camel's at its default (stream caching on, spooling off), run in a JVM of its own by
 * {@link LargeStreamMemoryTest}. Prints how the exchange ended; exits 0 when the component refused the content at the
 * file-container limit. An OutOfMemoryError ends the JVM (the test starts it with
 * {@code -XX:+ExitOnOutOfMemoryError}).
 */
public final class LargeStreamRoute {

    private LargeStreamRoute() {
    }

    public static void main(String[] args) throws Exception {
        String pushApiUrl = args[0];
        long size = Long.parseLong(args[1]);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:large").to("coveo-push:src?organizationId=org-l&apiKey=large-key&pushApiUrl="
                                            + pushApiUrl + "&compressionType=UNCOMPRESSED");
                }
            });
            context.start();
            System.out.println("stream caching " + context.isStreamCaching() + ", spooling "
                               + context.getStreamCachingStrategy().isSpoolEnabled());
            Exchange done = context.createProducerTemplate().request("direct:large", exchange -> {
                exchange.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "file://share/large.bin");
                exchange.getMessage().setBody(generated(size));
            });
            Exception failure = done.getException();
            System.out.println("exchange ended with " + failure + "; peak heap used "
                               + peakHeapUsed() / (1024 * 1024) + " MB");
            boolean refused = failure instanceof InvalidDocumentException invalid && invalid.getField().equals("content");
            System.exit(refused ? 0 : 3);
        }
    }

    /** {@code size} bytes, made as they are read: the stream holds no more than the caller's buffer. */
    private static InputStream generated(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int count = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'x');
                left -= count;
                return count;
            }
        };
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
