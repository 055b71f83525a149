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
package io.github.camelcoveo.examples.fullsync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.SourceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;

/**
 * The full sync of a folder to a Coveo Push source, run by one instance at a time however many run this route: the
 * route has a {@link ClusteredRoutePolicy}, so it starts only on the instance that the cluster service (the file lock
 * one here, Kubernetes leases, Infinispan, Zookeeper... in production: {@code camel.cluster.*}) elected leader of
 * {@code fullSync.clusterNamespace}, and on another one when the leader dies. Without it, every instance would run the
 * sync, and one instance's {@code deleteOlderThan} would delete what another is pushing.
 * <p>
 * A sync: the orderingId fence from the clock that every instance shares, Coveo's own ({@link CoveoClock}); the
 * source to {@code REBUILD}; every file pushed with the fence as its orderingId; every item older than the fence
 * deleted (files removed from the folder leave the source); the source back to {@code IDLE}. Each document carries
 * the name of the instance that pushed it ({@code syncedby}), for the test to see which instance ran the sync.
 */
public class FullSyncRoutes extends RouteBuilder {

    @Override
    public void configure() throws Exception {
        String instance = getContext().resolvePropertyPlaceholders("{{fullSync.instance}}");
        String folder = getContext().resolvePropertyPlaceholders("{{fullSync.folder}}");
        // synchronous: the timer's thread waits for the whole sync (the producer is asynchronous), so that the next
        // run starts a period after this one ended, never while it runs
        from("timer:coveo-full-sync?delay={{fullSync.initialDelay}}&period={{fullSync.period}}&synchronous=true")
                .routeId("coveo-full-sync")
                .routePolicy(ClusteredRoutePolicy.forNamespace(
                        getContext().resolvePropertyPlaceholders("{{fullSync.clusterNamespace}}")))
                .setHeader(CoveoPushConstants.ORDERING_ID, method("sharedClock", "fence"))
                .setHeader(CoveoPushConstants.SOURCE_STATUS, constant(SourceStatus.REBUILD))
                .to("coveo-push:{{coveo.source}}?operation=updateSourceStatus")
                .setHeader(CoveoPushConstants.METADATA, constant(Map.of("syncedby", instance)))
                .setBody(exchange -> files(folder))
                .split(body()).parallelProcessing().stopOnException()
                    .to("coveo-push:{{coveo.source}}")
                .end()
                .removeHeader(CoveoPushConstants.METADATA)
                .to("coveo-push:{{coveo.source}}?operation=deleteOlderThan&queueDelay={{fullSync.queueDelay}}")
                .setHeader(CoveoPushConstants.SOURCE_STATUS, constant(SourceStatus.IDLE))
                .to("coveo-push:{{coveo.source}}?operation=updateSourceStatus")
                .log("Full sync of {{fullSync.folder}} done by {{fullSync.instance}}, fence ${header."
                     + CoveoPushConstants.ORDERING_ID + "}");
    }

    /** Every regular file of the folder, its subfolders included: the whole content the source must hold. */
    public static List<Path> files(String folder) {
        try (Stream<Path> paths = Files.walk(Path.of(folder))) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
