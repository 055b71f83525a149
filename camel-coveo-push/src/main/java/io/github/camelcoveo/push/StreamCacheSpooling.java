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

import org.apache.camel.CamelContext;
import org.apache.camel.StreamCache;
import org.apache.camel.spi.StreamCachingStrategy;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camel caches a stream body when the exchange enters its route, before any endpoint sees it. With Camel's defaults
 * (stream caching on, spooling off) the cache is an array of the whole stream on the heap, so a stream larger than
 * the heap ends the JVM before the component can refuse it at the file-container limit. When the application left
 * the spool settings at their defaults, and the strategy has not started yet (it reads them when it starts), this
 * turns spooling on with Camel's own threshold: a stream past 128 KB is cached in a temporary file instead.
 */
final class StreamCacheSpooling {

    private static final Logger LOG = LoggerFactory.getLogger(StreamCacheSpooling.class);

    private StreamCacheSpooling() {
    }

    static void adviseDefaults(CamelContext context) {
        StreamCachingStrategy strategy = context.getStreamCachingStrategy();
        if (Boolean.FALSE.equals(context.isStreamCaching()) || strategy.isSpoolEnabled() || !leftAtDefaults(strategy)) {
            return;
        }
        if (ServiceHelper.isStarted(strategy)) {
            LOG.warn("Camel's stream caching holds each stream body whole on the heap (spooling is off), and it started"
                     + " before the coveo-push component could turn spooling on: a stream body larger than the heap"
                     + " runs this JVM out of memory before coveo-push can refuse it. Set"
                     + " camel.main.stream-caching-spool-enabled=true (or"
                     + " context.getStreamCachingStrategy().setSpoolEnabled(true) before the context starts).");
            return;
        }
        strategy.setSpoolEnabled(true);
        LOG.info("coveo-push turned on the spooling of Camel's stream cache (camel.main.stream-caching-spool-enabled"
                 + "=true): stream bodies over {} bytes are cached in a temporary file instead of whole on the heap,"
                 + " so that a large one is refused at the file-container limit rather than running the JVM out of"
                 + " memory. To keep them on the heap, set camel.main.stream-caching-spool-threshold=-1.",
                strategy.getSpoolThreshold());
    }

    /** Whether no spool setting was changed: an application that set one decides for itself. */
    private static boolean leftAtDefaults(StreamCachingStrategy strategy) {
        return strategy.getSpoolThreshold() == StreamCache.DEFAULT_SPOOL_THRESHOLD
               && strategy.getSpoolUsedHeapMemoryThreshold() == 0 && strategy.getSpoolDirectory() == null
               && strategy.getSpoolCipher() == null;
    }
}
