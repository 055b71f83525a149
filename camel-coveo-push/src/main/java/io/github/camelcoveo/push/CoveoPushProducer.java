package io.github.camelcoveo.push;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.error.BatchRejectedException;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.SendResult;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.TypeConversionException;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.DefaultExchange;

/**
 * Turns each exchange into a Push API call, or, when batching is on (the default), hands its addOrUpdate or delete to
 * the endpoint's {@link BatchIngester}. Input is checked on the caller's thread, before any request; the calls run on
 * the endpoint's workers, and the exchange completes when Coveo has accepted them (for a batched document: the batch
 * holding it), or fails with the cause.
 * <p>
 * Back-pressure: when {@code maxPendingDocuments} documents wait for Coveo, the thread that hands the exchange over
 * (a consumer's thread) waits for room, up to {@code maxBlockTime}; the exchange then fails with a
 * {@link BatchRejectedException}, nothing of it sent. The HTTP workers never wait for room.
 * <p>
 * A Collection body (from a splitter, an aggregator, a camel-sql query) is many documents: each element is read as a
 * body of its own, with the exchange's CamelCoveoPush headers except the documentId and orderingId, and the exchange
 * completes when all of them were accepted. If one element is invalid, none is sent.
 */
public class CoveoPushProducer extends DefaultAsyncProducer {

    private WritableHealthCheckRepository healthCheckRepository;
    private CoveoPushProducerHealthCheck healthCheck;

    public CoveoPushProducer(CoveoPushEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public CoveoPushEndpoint getEndpoint() {
        return (CoveoPushEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        FailureHandOff.arrived(exchange);
        ExchangeOrderingIds orderingIds = ExchangeOrderingIds.recall(exchange);
        CompletableFuture<SendResult> call;
        try {
            call = dispatch(exchange, orderingIds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
            callback.done(true);
            return true;
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (call.isDone()) {
            complete(exchange, call, orderingIds);
            callback.done(true);
            return true;
        }
        // each exchange goes on in a thread of its own, never in the HTTP worker that settled it, nor behind another
        // exchange of its batch: a route that blocks (or a synchronous redelivery that sleeps) holds only itself
        call.whenComplete((result, error) -> {
            Runnable finish = () -> {
                complete(exchange, call, orderingIds);
                callback.done(false);
            };
            if (error == null) {
                getEndpoint().continueExchange(finish);
            } else {
                getEndpoint().failures().fail(exchange, finish);
            }
        });
        return false;
    }

    private CompletableFuture<SendResult> dispatch(Exchange exchange, ExchangeOrderingIds orderingIds)
            throws Exception {
        CoveoPushOperation operation = operation(exchange.getMessage());
        BatchIngester ingester = getEndpoint().ingester();
        if (IdentityOperations.handles(operation)) {
            return new IdentityOperations(getEndpoint()).process(exchange, operation, orderingIds);
        }
        if (ingester == null) {
            return prepare(exchange, operation, orderingIds).get();
        }
        if (operation == CoveoPushOperation.addOrUpdate || operation == CoveoPushOperation.delete) {
            return batched(ingester, exchange, operation, orderingIds);
        }
        // deleteOlderThan and updateSourceStatus act on what was sent before them: let that go first
        Supplier<CompletableFuture<SendResult>> deferred = prepare(exchange, operation, orderingIds);
        return ingester.drain().thenCompose(settled -> deferred.get());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new CoveoPushProducerHealthCheck(getEndpoint(), getEndpoint().getId());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        BatchIngester ingester = getEndpoint().ingester();
        if (ingester != null) {
            ingester.flush(); // do not let a stopping route wait for the linger time
        }
        BatchIngester identities = getEndpoint().identityIngester();
        if (identities != null) {
            identities.flush();
        }
        super.doStop();
    }

    /** Checks the input of one operation and returns the call to make, not yet made. */
    private Supplier<CompletableFuture<SendResult>> prepare(Exchange exchange, CoveoPushOperation operation,
                                                            ExchangeOrderingIds orderingIds)
            throws InvalidDocumentException {
        boolean many = exchange.getMessage().getBody() instanceof Collection<?>;
        return switch (operation) {
            case addOrUpdate -> many ? eachElement(exchange, operation, orderingIds) : addOrUpdate(exchange, orderingIds);
            case delete -> many ? eachElement(exchange, operation, orderingIds) : delete(exchange, orderingIds);
            case deleteOlderThan -> deleteOlderThan(exchange);
            case updateSourceStatus -> updateSourceStatus(exchange);
            default -> throw new IllegalStateException("not a source operation: " + operation);
        };
    }

    private CompletableFuture<SendResult> batched(BatchIngester ingester, Exchange exchange,
                                                  CoveoPushOperation operation, ExchangeOrderingIds orderingIds)
            throws InvalidDocumentException, BatchRejectedException, InterruptedException {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        if (!(body instanceof Collection<?> elements)) {
            return operation == CoveoPushOperation.addOrUpdate
                    ? admit(ingester, getEndpoint().mapper().toDocument(exchange), heldBytes(body), orderingIds)
                    : admitDelete(ingester, getEndpoint().mapper().documentIdFor(exchange), deleteChildren(in),
                            orderingId(in), orderingIds);
        }
        List<Object> items = readElements(exchange, elements, operation);
        boolean deleteChildren = deleteChildren(in);
        List<CompletableFuture<SendResult>> results = new ArrayList<>(items.size());
        int index = 0;
        for (Object element : elements) {
            Object item = items.get(index++);
            results.add(item instanceof PushDocument document
                    ? admit(ingester, document, heldBytes(element), orderingIds)
                    : admitDelete(ingester, (String) item, deleteChildren, null, orderingIds));
        }
        return allOf(results);
    }

    /**
     * Admits a document to its batch with the orderingId it has, or the one its exchange's first attempt got, or else
     * one the batch ingester gives it (remembered for a redelivery).
     */
    private static CompletableFuture<SendResult> admit(BatchIngester ingester, PushDocument document, long heldBytes,
                                                       ExchangeOrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        if (document.getOrderingId() != null) {
            return ingester.addOrUpdate(document, heldBytes).result();
        }
        Long again = orderingIds.previous(document.getDocumentId());
        BatchIngester.Admission admission = ingester.addOrUpdate(
                again != null ? document.withOrderingId(again) : document, heldBytes);
        orderingIds.given(document.getDocumentId(), admission.orderingId());
        return admission.result();
    }

    private static CompletableFuture<SendResult> admitDelete(BatchIngester ingester, String documentId,
                                                             boolean deleteChildren, Long orderingId,
                                                             ExchangeOrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        if (orderingId != null) {
            return ingester.delete(documentId, deleteChildren, orderingId).result();
        }
        BatchIngester.Admission admission = ingester.delete(documentId, deleteChildren,
                orderingIds.previous(documentId));
        orderingIds.given(documentId, admission.orderingId());
        return admission.result();
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

    /**
     * The documents (or, for a delete, the documentIds) of a Collection body. Every element is read first: an invalid
     * one fails the exchange before anything is sent.
     */
    private List<Object> readElements(Exchange exchange, Collection<?> elements, CoveoPushOperation operation)
            throws InvalidDocumentException {
        List<Object> items = new ArrayList<>(elements.size());
        int index = 0;
        for (Object element : elements) {
            Exchange single = elementExchange(exchange, element);
            try {
                items.add(operation == CoveoPushOperation.addOrUpdate ? getEndpoint().mapper().toDocument(single)
                        : getEndpoint().mapper().documentIdFor(single));
            } catch (InvalidDocumentException e) {
                throw new InvalidDocumentException(e.getField(), e.getRule() + " (element " + index
                                                                 + " of the " + elements.size() + " in the body)", e);
            }
            index++;
        }
        return items;
    }

    /** Without batching, a Collection body is one request per element; the exchange completes when all succeeded. */
    private Supplier<CompletableFuture<SendResult>> eachElement(Exchange exchange, CoveoPushOperation operation,
                                                                ExchangeOrderingIds orderingIds)
            throws InvalidDocumentException {
        List<Object> items = readElements(exchange, (Collection<?>) exchange.getMessage().getBody(), operation);
        boolean deleteChildren = deleteChildren(exchange.getMessage());
        return () -> {
            List<CompletableFuture<SendResult>> results = new ArrayList<>(items.size());
            for (Object item : items) {
                results.add(item instanceof PushDocument document
                        ? getEndpoint().sender().addOrUpdate(sourceId(), ordered(document, orderingIds))
                        : deleteOne((String) item, deleteChildren, orderingIds.assign((String) item,
                                getEndpoint().orderingClock())));
            }
            return allOf(results);
        };
    }

    /** The document with its orderingId: its own, or its exchange's first attempt's, or a new one. */
    private PushDocument ordered(PushDocument document, ExchangeOrderingIds orderingIds) {
        return document.getOrderingId() != null ? document
                : document.withOrderingId(orderingIds.assign(document.getDocumentId(), getEndpoint().orderingClock()));
    }

    private CompletableFuture<SendResult> deleteOne(String documentId, boolean deleteChildren, long orderingId) {
        return getEndpoint().client().deleteDocument(sourceId(), documentId, deleteChildren, orderingId)
                .thenApply(response -> SendResult.of(response.statusCode()));
    }

    /** An element of a Collection body as an exchange of its own, for the mapper. */
    private static Exchange elementExchange(Exchange exchange, Object element) {
        Exchange single = new DefaultExchange(exchange.getContext());
        for (Map.Entry<String, Object> header : exchange.getMessage().getHeaders().entrySet()) {
            String name = header.getKey();
            if (name.startsWith("CamelCoveoPush") && !name.equals(CoveoPushConstants.DOCUMENT_ID)
                && !name.equals(CoveoPushConstants.ORDERING_ID)) {
                single.getMessage().setHeader(name, header.getValue());
            }
        }
        single.getMessage().setBody(element);
        return single;
    }

    private Supplier<CompletableFuture<SendResult>> addOrUpdate(Exchange exchange, ExchangeOrderingIds orderingIds)
            throws InvalidDocumentException {
        PushDocument document = ordered(getEndpoint().mapper().toDocument(exchange), orderingIds);
        return () -> getEndpoint().sender().addOrUpdate(sourceId(), document);
    }

    private Supplier<CompletableFuture<SendResult>> delete(Exchange exchange, ExchangeOrderingIds orderingIds)
            throws InvalidDocumentException {
        Message in = exchange.getMessage();
        String documentId = getEndpoint().mapper().documentIdFor(exchange);
        boolean deleteChildren = deleteChildren(in);
        Long own = orderingId(in);
        long orderingId = own != null ? own : orderingIds.assign(documentId, getEndpoint().orderingClock());
        return () -> deleteOne(documentId, deleteChildren, orderingId);
    }

    private boolean deleteChildren(Message in) throws InvalidDocumentException {
        Boolean children = header(in, CoveoPushConstants.DELETE_CHILDREN, Boolean.class);
        return children != null ? children : getEndpoint().getConfiguration().isDeleteChildren();
    }

    private Supplier<CompletableFuture<SendResult>> deleteOlderThan(Exchange exchange) throws InvalidDocumentException {
        Message in = exchange.getMessage();
        Long orderingId = orderingId(in);
        if (orderingId == null) {
            throw new InvalidDocumentException(CoveoPushConstants.ORDERING_ID, "is required by deleteOlderThan: items"
                                                                               + " with an older orderingId are deleted");
        }
        Integer header = header(in, CoveoPushConstants.QUEUE_DELAY, Integer.class);
        Integer queueDelay = header != null ? header : getEndpoint().getConfiguration().getQueueDelay();
        if (queueDelay != null && queueDelay < 0) {
            throw new InvalidDocumentException(CoveoPushConstants.QUEUE_DELAY, "must not be negative: " + queueDelay);
        }
        return () -> getEndpoint().client().deleteOlderThan(sourceId(), orderingId, queueDelay)
                .thenApply(response -> SendResult.of(response.statusCode()));
    }

    private Supplier<CompletableFuture<SendResult>> updateSourceStatus(Exchange exchange)
            throws InvalidDocumentException {
        SourceStatus header = header(exchange.getMessage(), CoveoPushConstants.SOURCE_STATUS, SourceStatus.class);
        SourceStatus status = header != null ? header : getEndpoint().getConfiguration().getSourceStatus();
        if (status == null) {
            throw new InvalidDocumentException(CoveoPushConstants.SOURCE_STATUS, "is required by updateSourceStatus:"
                                                                                 + " REBUILD, REFRESH, INCREMENTAL or IDLE (header or sourceStatus option)");
        }
        return () -> getEndpoint().client().updateSourceStatus(sourceId(), status.name())
                .thenApply(response -> SendResult.of(response.statusCode()));
    }

    private CoveoPushOperation operation(Message in) throws InvalidDocumentException {
        CoveoPushOperation operation = header(in, CoveoPushConstants.OPERATION, CoveoPushOperation.class);
        return operation != null ? operation : getEndpoint().getConfiguration().getOperation();
    }

    static Long orderingId(Message in) throws InvalidDocumentException {
        Long orderingId = header(in, CoveoPushConstants.ORDERING_ID, Long.class);
        if (orderingId != null && orderingId < 0) {
            throw new InvalidDocumentException(CoveoPushConstants.ORDERING_ID, "must not be negative: " + orderingId);
        }
        return orderingId;
    }

    static <T> T header(Message in, String name, Class<T> type) throws InvalidDocumentException {
        Object raw = in.getHeader(name);
        if (raw == null) {
            return null;
        }
        try {
            return in.getExchange().getContext().getTypeConverter().mandatoryConvertTo(type, in.getExchange(), raw);
        } catch (TypeConversionException | org.apache.camel.NoTypeConversionAvailableException e) {
            String expected = type.isEnum()
                    ? "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", "))
                    : "a " + type.getSimpleName();
            throw new InvalidDocumentException(name, "must be " + expected + ", not '" + raw + "'", e);
        }
    }

    private static void complete(Exchange exchange, CompletableFuture<SendResult> call,
                                 ExchangeOrderingIds orderingIds) {
        try {
            SendResult result = call.join();
            if (result != null) { // null: an empty Collection body, nothing sent
                exchange.getMessage().setHeader(CoveoPushConstants.RESPONSE_STATUS, result.statusCode());
                exchange.getMessage().setHeader(CoveoPushConstants.CONTENT_TRANSPORT, result.transport().headerValue());
            }
        } catch (CompletionException e) {
            orderingIds.keepOn(exchange);
            exchange.setException(e.getCause() != null ? e.getCause() : e);
        } catch (RuntimeException e) {
            orderingIds.keepOn(exchange);
            exchange.setException(e);
        }
    }

    /** The results of a Collection body's elements, as one: the last status, the heaviest transport. */
    private static CompletableFuture<SendResult> allOf(List<CompletableFuture<SendResult>> results) {
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(all -> results.stream().map(CompletableFuture::join).reduce(SendResult::and).orElse(null));
    }

    private String sourceId() {
        return getEndpoint().getSourceId();
    }
}
