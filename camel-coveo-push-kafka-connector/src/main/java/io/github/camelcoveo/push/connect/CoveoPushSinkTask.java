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

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.camelcoveo.push.CoveoPushComponent;
import io.github.camelcoveo.push.CoveoPushConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a CamelContext with one coveo-push endpoint and hands it each record, asynchronously. Only the offsets of
 * records whose documents Coveo accepted, in order, are given to the worker to commit ({@link #preCommit}). When
 * Coveo did not accept a record, the next {@link #put} rewinds its partition to that record and throws a
 * {@link RetriableException}: the worker waits {@code coveo.retry.backoff.ms} and the records from that one are
 * delivered again, so no record is skipped.
 */
public final class CoveoPushSinkTask extends SinkTask {

    private static final Logger LOG = LoggerFactory.getLogger(CoveoPushSinkTask.class);

    private final AcceptedOffsets offsets = new AcceptedOffsets();
    private CoveoPushSinkConfig config;
    private CamelContext camel;
    private ProducerTemplate template;
    private Endpoint endpoint;
    private ErrantRecordReporter errantRecords;

    @Override
    public String version() {
        return Versions.connector();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new CoveoPushSinkConfig(props);
        CoveoPushComponent component = new CoveoPushComponent();
        component.getConfiguration().setOrganizationId(config.organizationId());
        component.getConfiguration().setApiKey(config.apiKey().value());
        component.getConfiguration().setRegion(config.region());
        if (config.pushApiUrl() != null) {
            component.getConfiguration().setPushApiUrl(config.pushApiUrl());
        }
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("coveo-push-sink-" + props.getOrDefault("name", "task"));
        camel.addComponent(CoveoPushConstants.SCHEME, component);
        camel.start();
        endpoint = camel.getEndpoint(endpointUri(config));
        template = camel.createProducerTemplate();
        template.start();
        errantRecords = errantRecordReporter();
        LOG.info("Pushing to Coveo source {} of organization {}", config.sourceId(), config.organizationId());
    }

    static String endpointUri(CoveoPushSinkConfig config) {
        String options = config.endpointOptions().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return CoveoPushConstants.SCHEME + ":" + config.sourceId() + (options.isEmpty() ? "" : "?" + options);
    }

    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return null; // a worker older than Kafka 2.6
        }
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        offsets.assign(partitions);
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        offsets.revoke(partitions);
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        handleFailure();
        for (SinkRecord record : records) {
            TopicPartition tp = new TopicPartition(record.topic(), record.kafkaPartition());
            Optional<AcceptedOffsets.Attempt> attempt = offsets.dispatch(tp, record);
            if (attempt.isEmpty()) {
                continue; // delivered before the rewind took effect: it comes again, in order
            }
            Exchange exchange = toExchange(record);
            AcceptedOffsets.Attempt a = attempt.get();
            template.asyncSend(endpoint, exchange).whenComplete((done, error) -> {
                Throwable cause = error != null ? error : done.getException();
                if (cause == null && !done.isFailed()) {
                    offsets.accepted(tp, a);
                } else {
                    offsets.failed(a, cause != null ? cause : new IllegalStateException("the exchange failed"));
                }
            });
        }
    }

    private void handleFailure() {
        Optional<AcceptedOffsets.Failure> found = offsets.firstFailure();
        if (found.isEmpty()) {
            return;
        }
        AcceptedOffsets.Failure failure = found.get();
        AcceptedOffsets.Attempt attempt = failure.attempt();
        String where = failure.partition() + " offset " + attempt.offset;
        String cause = String.valueOf(attempt.failure.getMessage());
        int rewinds = offsets.rewinds(failure);
        if (config.maxRetries() >= 0 && rewinds >= config.maxRetries()) {
            if (errantRecords != null) {
                LOG.warn("Coveo did not accept the record at {} after {} redeliveries, reported as errant: {}", where,
                         rewinds, cause);
                errantRecords.report(attempt.record, attempt.failure);
                offsets.skip(failure);
                return;
            }
            throw new ConnectException("Coveo did not accept the record at " + where + " after " + rewinds
                                       + " redeliveries; its offset is not committed: " + cause, attempt.failure);
        }
        offsets.rewind(failure);
        LOG.warn("Coveo did not accept the record at {}; delivering it and the next ones again in {} ms: {}", where,
                 config.retryBackoffMs(), cause);
        context.offset(failure.partition(), attempt.offset);
        context.timeout(config.retryBackoffMs());
        throw new RetriableException("Coveo did not accept the record at " + where + ": " + cause, attempt.failure);
    }

    static Object body(Object value) {
        if (value instanceof Struct struct) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Field field : struct.schema().fields()) {
                map.put(field.name(), body(struct.get(field)));
            }
            return map;
        }
        return value;
    }

    private Exchange toExchange(SinkRecord record) {
        Exchange exchange = endpoint.createExchange();
        Map<String, Object> headers = new HashMap<>();
        for (Header header : record.headers()) {
            // the route's headers (CamelCoveoPushOperation, CamelCoveoPushPermissions...) may come with the record
            if (header.key().startsWith("CamelCoveoPush") && header.value() != null) {
                headers.put(header.key(), header.value());
            }
        }
        if (record.key() != null) {
            headers.putIfAbsent(CoveoPushConstants.DOCUMENT_ID, String.valueOf(body(record.key())));
        }
        if (record.value() == null) {
            headers.putIfAbsent(CoveoPushConstants.OPERATION, "delete"); // a tombstone removes the item
        }
        exchange.getIn().setHeaders(headers);
        exchange.getIn().setBody(body(record.value()));
        return exchange;
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        offsets.committable().forEach((tp, next) -> {
            if (currentOffsets.containsKey(tp)) {
                commit.put(tp, new OffsetAndMetadata(next));
            }
        });
        return commit;
    }

    @Override
    public void stop() {
        // Camel's shutdown waits (up to its timeout) for the documents in flight; their offsets are committed by the
        // next owner of the partitions only if they were accepted and committed here before
        if (camel != null) {
            camel.stop();
        }
    }
}
