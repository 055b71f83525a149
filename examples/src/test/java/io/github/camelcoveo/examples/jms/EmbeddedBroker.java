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
package io.github.camelcoveo.examples.jms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.activemq.broker.Broker;
import org.apache.activemq.broker.BrokerFilter;
import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.ConnectionContext;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.broker.region.DestinationStatistics;
import org.apache.activemq.command.ActiveMQQueue;
import org.apache.activemq.command.ConnectionInfo;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An ActiveMQ Classic broker for one test, on a free TCP port: in memory, or persistent (KahaDB in a temporary
 * folder). It counts the connections clients opened and reads a queue's statistics, the figures its JMX view shows
 * as {@code DispatchCount}, {@code DequeueCount} and {@code QueueSize}.
 */
final class EmbeddedBroker implements BeforeEachCallback, AfterEachCallback {

    /** What the broker did with a queue's messages. */
    record QueueCounts(long enqueued, long dispatched, long dequeued, long size) {
    }

    private final boolean persistent;
    private final AtomicInteger connectionsOpened = new AtomicInteger();
    private BrokerService broker;
    private Path dataDirectory;
    private String url;

    private EmbeddedBroker(boolean persistent) {
        this.persistent = persistent;
    }

    static EmbeddedBroker inMemory() {
        return new EmbeddedBroker(false);
    }

    static EmbeddedBroker persistent() {
        return new EmbeddedBroker(true);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        broker = new BrokerService();
        broker.setBrokerName("coveo-examples");
        broker.setPersistent(persistent);
        if (persistent) {
            dataDirectory = Files.createTempDirectory("coveo-examples-broker");
            broker.setDataDirectoryFile(dataDirectory.toFile());
        }
        broker.setUseJmx(false);
        broker.setAdvisorySupport(false);
        broker.setPlugins(new BrokerPlugin[] {this::countingConnections});
        broker.addConnector("tcp://localhost:0");
        broker.start();
        broker.waitUntilStarted();
        url = broker.getTransportConnectors().get(0).getPublishableConnectString();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        broker.stop();
        broker.waitUntilStopped();
        if (dataDirectory != null) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    String url() {
        return url;
    }

    /** Connections opened by clients since the broker started. */
    int connectionsOpened() {
        return connectionsOpened.get();
    }

    QueueCounts counts(String queue) throws Exception {
        Destination destination = broker.getDestination(new ActiveMQQueue(queue));
        if (destination == null) {
            return new QueueCounts(0, 0, 0, 0);
        }
        DestinationStatistics statistics = destination.getDestinationStatistics();
        return new QueueCounts(statistics.getEnqueues().getCount(), statistics.getDispatched().getCount(),
                statistics.getDequeues().getCount(), statistics.getMessages().getCount());
    }

    /** Messages the broker holds for the queue: not yet acknowledged, in flight included. */
    long queueSize(String queue) throws Exception {
        return counts(queue).size();
    }

    private Broker countingConnections(Broker next) {
        return new BrokerFilter(next) {
            @Override
            public void addConnection(ConnectionContext context, ConnectionInfo info) throws Exception {
                connectionsOpened.incrementAndGet();
                super.addConnection(context, info);
            }
        };
    }
}
