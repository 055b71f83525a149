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
package io.github.camelcoveo.push.connect;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.connector.policy.AllConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.Worker;
import org.apache.kafka.connect.runtime.isolation.Plugins;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.storage.FileOffsetBackingStore;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * A Kafka Connect worker in standalone mode, assembled as {@code connect-standalone.sh} does (plugins, worker, file
 * offset store, standalone herder) but without its REST server: Connect's Jetty 12 and the emulator's would clash on
 * one classpath, and the test drives the herder directly.
 */
final class StandaloneWorker implements AutoCloseable {

    private final StandaloneHerder herder;

    StandaloneWorker(Map<String, String> props, String kafkaClusterId) {
        Plugins plugins = new Plugins(props);
        plugins.compareAndSwapWithDelegatingLoader();
        StandaloneConfig config = new StandaloneConfig(props);
        ConnectorClientConfigOverridePolicy policy = new AllConnectorClientConfigOverridePolicy();
        JsonConverter offsetKeys = new JsonConverter();
        offsetKeys.configure(Map.of("schemas.enable", "false", "converter.type", "key"));
        FileOffsetBackingStore offsets = new FileOffsetBackingStore(offsetKeys);
        offsets.configure(config);
        Worker worker = new Worker("worker-" + UUID.randomUUID(), Time.SYSTEM, plugins, config, offsets, policy);
        herder = new StandaloneHerder(worker, kafkaClusterId, policy);
        herder.start();
    }

    StandaloneHerder herder() {
        return herder;
    }

    void putConnector(String name, Map<String, String> config) throws Exception {
        FutureCallback<Herder.Created<ConnectorInfo>> created = new FutureCallback<>();
        herder.putConnectorConfig(name, config, false, created);
        created.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        herder.stop();
    }
}
