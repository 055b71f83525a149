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

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelcoveo.push.batch.StreamLoader;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.PartialUpdate;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.operations.PushOperations.HeldDocument;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.StreamCache;
import org.apache.camel.TypeConversionException;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.ObjectHelper;

/**
 * Reads an exchange's input for an operation, header by header, with the endpoint's options as defaults: every value
 * is checked here, on the caller's thread, before any request.
 */
final class ExchangeInput {

    private final Exchange exchange;
    private final Message in;
    private final CoveoPushEndpoint endpoint;

    ExchangeInput(Exchange exchange, CoveoPushEndpoint endpoint) {
        this.exchange = exchange;
        this.in = exchange.getMessage();
        this.endpoint = endpoint;
    }

    Object body() {
        return in.getBody();
    }

    CoveoPushOperation operation() throws InvalidDocumentException {
        CoveoPushOperation operation = header(CoveoPushConstants.OPERATION, CoveoPushOperation.class);
        return operation != null ? operation : configuration().getOperation();
    }

    HeldDocument document() throws InvalidDocumentException {
        return new HeldDocument(endpoint.services().mapper.toDocument(exchange), heldBytes(body()));
    }

    String documentId() throws InvalidDocumentException {
        return endpoint.services().mapper.documentIdFor(exchange);
    }

    /**
     * The documents of a Collection body: each element read as a body of its own, with the exchange's CamelCoveoPush
     * headers except the documentId and orderingId. Every element is read first: an invalid one fails the exchange
     * before anything is sent.
     */
    List<HeldDocument> documents() throws InvalidDocumentException {
        return eachElement(ExchangeInput::document);
    }

    /**
     * The documents of a load: a Collection, Iterator or Iterable body, each element read as {@link #documents()} reads
     * them, one at a time as the load asks for them, so that a large result is never held whole.
     */
    StreamLoader.Documents loadDocuments() throws InvalidDocumentException {
        Object body = body();
        Iterator<?> elements = body instanceof Iterator<?> iterator ? iterator
                : body instanceof Iterable<?> iterable && !(body instanceof Map<?, ?>) ? iterable.iterator() : null;
        if (elements == null) {
            throw new InvalidDocumentException("body", "must be a Collection, an Iterator or an Iterable of documents"
                                                       + " for load, not " + (body == null ? "empty" : "a "
                                                       + body.getClass().getSimpleName()));
        }
        int[] read = { 0 };
        return () -> {
            if (!elements.hasNext()) {
                return null;
            }
            Object element = elements.next();
            try {
                return new ExchangeInput(elementExchange(element), endpoint).document().document();
            } catch (InvalidDocumentException e) {
                throw new InvalidDocumentException(e.getField(), e.getRule() + " (element " + read[0]
                                                                 + " of the load)", e);
            } finally {
                read[0]++;
            }
        };
    }

    /** The documentIds of a Collection body, read as {@link #documents()} are. */
    List<String> documentIds() throws InvalidDocumentException {
        return eachElement(ExchangeInput::documentId);
    }

    @FunctionalInterface
    private interface Read<E, T> {
        T from(E element) throws InvalidDocumentException;
    }

    private <T> List<T> eachElement(Read<ExchangeInput, T> read) throws InvalidDocumentException {
        return each((Collection<?>) body(), element -> read.from(new ExchangeInput(elementExchange(element), endpoint)));
    }

    /** Reads every element of a Collection body; an invalid one fails them all, naming its place. */
    private static <T> List<T> each(Collection<?> elements, Read<Object, T> read) throws InvalidDocumentException {
        List<T> items = new ArrayList<>(elements.size());
        for (Object element : elements) {
            try {
                items.add(read.from(element));
            } catch (InvalidDocumentException e) {
                throw new InvalidDocumentException(e.getField(), e.getRule() + " (element " + items.size() + " of the "
                                                                 + elements.size() + " in the body)", e);
            }
        }
        return items;
    }

    private Exchange elementExchange(Object element) {
        Exchange single = new DefaultExchange(exchange.getContext());
        for (Map.Entry<String, Object> header : in.getHeaders().entrySet()) {
            String name = header.getKey();
            if (name.startsWith("CamelCoveoPush") && !name.equals(CoveoPushConstants.DOCUMENT_ID)
                && !name.equals(CoveoPushConstants.ORDERING_ID)) {
                single.getMessage().setHeader(name, header.getValue());
            }
        }
        single.getMessage().setBody(element);
        return single;
    }

    /**
     * The partial updates of the exchange: with a {@code CamelCoveoPushPartialUpdateOperator} header, one update of
     * the item {@code CamelCoveoPushDocumentId}, of the field {@code CamelCoveoPushPartialUpdateField}, whose value is
     * the body; else a Map body {@code {documentId, operator, field, value}}, or a Collection of such Maps. Every one is
     * checked before any is sent: one invalid fails the exchange, naming its element.
     */
    List<PartialUpdate> partialUpdates() throws InvalidDocumentException {
        Object operator = in.getHeader(CoveoPushConstants.PARTIAL_UPDATE_OPERATOR);
        if (operator != null) {
            return List.of(PartialUpdate.of(in.getHeader(CoveoPushConstants.DOCUMENT_ID, String.class),
                    PartialUpdate.Operator.of(operator, CoveoPushConstants.PARTIAL_UPDATE_OPERATOR),
                    in.getHeader(CoveoPushConstants.PARTIAL_UPDATE_FIELD, String.class), body(),
                    CoveoPushConstants.PARTIAL_UPDATE_OPERATOR, CoveoPushConstants.PARTIAL_UPDATE_FIELD));
        }
        Object body = body();
        if (body instanceof Map<?, ?> map) {
            return List.of(partialUpdate(map));
        }
        if (!(body instanceof Collection<?> elements)) {
            throw new InvalidDocumentException(CoveoPushConstants.PARTIAL_UPDATE_OPERATOR, "is required by"
                    + " partialUpdate unless the body is a Map {documentId, operator, field, value} or a Collection"
                    + " of such Maps, not " + (body == null ? "an empty body" : "a " + body.getClass().getSimpleName()));
        }
        return each(elements, element -> {
            if (!(element instanceof Map<?, ?> map)) {
                throw new InvalidDocumentException(PartialUpdate.OPERATOR, "must come in a Map {documentId,"
                        + " operator, field, value}, not " + (element == null ? "null" : "a "
                        + element.getClass().getSimpleName()));
            }
            return partialUpdate(map);
        });
    }

    private static PartialUpdate partialUpdate(Map<?, ?> map) throws InvalidDocumentException {
        Object documentId = map.get(PartialUpdate.DOCUMENT_ID);
        Object field = map.get(PartialUpdate.FIELD);
        return PartialUpdate.of(documentId == null ? null : documentId.toString(),
                PartialUpdate.Operator.of(map.get(PartialUpdate.OPERATOR), PartialUpdate.OPERATOR),
                field == null ? null : field.toString(), map.get(PartialUpdate.VALUE), PartialUpdate.OPERATOR,
                PartialUpdate.FIELD);
    }

    boolean deleteChildren() throws InvalidDocumentException {
        Boolean children = header(CoveoPushConstants.DELETE_CHILDREN, Boolean.class);
        return children != null ? children : configuration().isDeleteChildren();
    }

    /** The route's orderingId, or null. */
    Long orderingId() throws InvalidDocumentException {
        Long orderingId = header(CoveoPushConstants.ORDERING_ID, Long.class);
        if (orderingId != null && orderingId < 0) {
            throw new InvalidDocumentException(CoveoPushConstants.ORDERING_ID, "must not be negative: " + orderingId);
        }
        return orderingId;
    }

    /** The orderingId below which {@code operation} deletes {@code what}. */
    long olderThan(CoveoPushOperation operation, String what) throws InvalidDocumentException {
        Long orderingId = orderingId();
        if (orderingId == null) {
            throw new InvalidDocumentException(CoveoPushConstants.ORDERING_ID, "is required by " + operation + ": "
                                                                               + what + " with an older orderingId are deleted");
        }
        return orderingId;
    }

    Integer queueDelay() throws InvalidDocumentException {
        Integer header = header(CoveoPushConstants.QUEUE_DELAY, Integer.class);
        Integer queueDelay = header != null ? header : configuration().getQueueDelay();
        if (queueDelay != null && queueDelay < 0) {
            throw new InvalidDocumentException(CoveoPushConstants.QUEUE_DELAY, "must not be negative: " + queueDelay);
        }
        return queueDelay;
    }

    SourceStatus sourceStatus() throws InvalidDocumentException {
        SourceStatus header = header(CoveoPushConstants.SOURCE_STATUS, SourceStatus.class);
        SourceStatus status = header != null ? header : configuration().getSourceStatus();
        if (status == null) {
            throw new InvalidDocumentException(CoveoPushConstants.SOURCE_STATUS, "is required by updateSourceStatus:"
                                                                                 + " REBUILD, REFRESH, INCREMENTAL or IDLE (header or sourceStatus option)");
        }
        return status;
    }

    /** Fails unless the endpoint names the security identity provider that {@code operation} acts on. */
    void requireSecurityProvider(CoveoPushOperation operation) throws InvalidDocumentException {
        if (ObjectHelper.isEmpty(configuration().getSecurityProviderId())) {
            throw new InvalidDocumentException("securityProviderId", "is required by " + operation
                                                                     + ": the id of the security identity provider to act on");
        }
    }

    String identityName() {
        return in.getHeader(CoveoPushConstants.IDENTITY, String.class);
    }

    Object identityType() {
        return in.getHeader(CoveoPushConstants.IDENTITY_TYPE);
    }

    private CoveoPushConfiguration configuration() {
        return endpoint.getConfiguration();
    }

    <T> T header(String name, Class<T> type) throws InvalidDocumentException {
        Object raw = in.getHeader(name);
        if (raw == null) {
            return null;
        }
        try {
            return exchange.getContext().getTypeConverter().mandatoryConvertTo(type, exchange, raw);
        } catch (TypeConversionException | NoTypeConversionAvailableException e) {
            String expected = type.isEnum()
                    ? "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    : "a " + type.getSimpleName();
            throw new InvalidDocumentException(name, "must be " + expected + ", not '" + raw + "'", e);
        }
    }

    /**
     * The bytes of content that a body holds in memory while its document waits for Coveo: what
     * {@code maxPendingBytes} bounds. Files and streams not yet read hold none.
     */
    static long heldBytes(Object body) {
        if (body instanceof byte[] bytes) {
            return bytes.length;
        }
        if (body instanceof CharSequence text) {
            return text.length();
        }
        if (body instanceof ByteBuffer buffer) {
            return buffer.remaining();
        }
        if (body instanceof StreamCache cache) {
            return cache.inMemory() ? Math.max(0, cache.length()) : 0;
        }
        if (body instanceof ByteArrayInputStream stream) {
            return stream.available();
        }
        if (body instanceof GenericFile<?> file && !(file.getBody() instanceof java.io.File)) {
            return heldBytes(file.getBody());
        }
        if (body instanceof PushDocument document) {
            return document.getContent() instanceof DocumentContent.Text text ? text.data().length() : 0;
        }
        if (body instanceof Map<?, ?> map) {
            long held = 0;
            for (Object value : map.values()) {
                if (value instanceof byte[] || value instanceof CharSequence) {
                    held += heldBytes(value);
                }
            }
            return held;
        }
        return 0;
    }
}
