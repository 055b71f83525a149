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

import java.util.function.Consumer;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component turns on the spooling of Camel's stream cache only where the application left every spool setting
 * at its default and the strategy has not started; otherwise it leaves the strategy as it is, and says so when that
 * holds large streams on the heap.
 */
class StreamCacheSpoolingTest {

    private static final String ENDPOINT = "coveo-push:src?organizationId=org&apiKey=key";

    @Test
    void defaultsGetSpoolingWithCamelsThresholdAndOneInfoLine() throws Exception {
        try (LogCapture logs = LogCapture.at(Level.INFO)) {
            DefaultCamelContext context = startedWithRoute(settings -> { });
            assertThat(context.getStreamCachingStrategy().isSpoolEnabled()).isTrue();
            assertThat(context.getStreamCachingStrategy().getSpoolThreshold()).isEqualTo(128 * 1024);
            assertThat(logs.lines()).filteredOn(line -> line.contains("coveo-push turned on the spooling")).hasSize(1)
                    .allMatch(line -> line.contains("camel.main.stream-caching-spool-threshold=-1"));
            context.close();
        }
    }

    @Test
    void anApplicationsOwnSpoolSettingOrNoStreamCachingIsLeftAlone() throws Exception {
        DefaultCamelContext inMemory = startedWithRoute(context -> context.getStreamCachingStrategy().setSpoolThreshold(-1));
        assertThat(inMemory.getStreamCachingStrategy().isSpoolEnabled()).isFalse();
        inMemory.close();
        DefaultCamelContext noCaching = startedWithRoute(context -> context.setStreamCaching(false));
        assertThat(noCaching.getStreamCachingStrategy().isSpoolEnabled()).isFalse();
        noCaching.close();
    }

    @Test
    void aStrategyAlreadyStartedIsLeftAloneWithAWarning() throws Exception {
        try (LogCapture logs = LogCapture.at(Level.WARN); DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            context.getEndpoint(ENDPOINT);
            assertThat(context.getStreamCachingStrategy().isSpoolEnabled()).isFalse();
            assertThat(logs.lines()).filteredOn(line -> line.contains(StreamCacheSpooling.class.getName())).hasSize(1)
                    .allMatch(line -> line.contains("Set camel.main.stream-caching-spool-enabled=true"));
        }
    }

    private static DefaultCamelContext startedWithRoute(Consumer<DefaultCamelContext> settings) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        settings.accept(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to(ENDPOINT);
            }
        });
        context.start();
        return context;
    }
}
