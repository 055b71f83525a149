package io.github.camelcoveo.push;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.batch.BatchRejectedException;
import io.github.camelcoveo.push.document.InvalidDocumentException;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.send.SendResult;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;
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
        CompletableFuture<SendResult> call;
        try {
            CoveoPushOperation operation = operation(exchange.getMessage());
            BatchIngester ingester = getEndpoint().ingester();
            if (IdentityOperations.handles(operation)) {
                call = new IdentityOperations(getEndpoint()).process(exchange, operation);
            } else if (ingester == null) {
                call = prepare(exchange, operation).get();
            } else if (operation == CoveoPushOperation.addOrUpdate || operation == CoveoPushOperation.delete) {
                call = batched(ingester, exchange, operation);
            } else {
                // deleteOlderThan and updateSourceStatus act on what was sent before them: let that go first
                Supplier<CompletableFuture<SendResult>> deferred = prepare(exchange, operation);
                call = ingester.drain().thenCompose(settled -> deferred.get());
            }
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
            complete(exchange, call);
            callback.done(true);
            return true;
        }
        call.whenComplete((result, error) -> {
            complete(exchange, call);
            callback.done(false);
        });
        return false;
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
    private Supplier<CompletableFuture<SendResult>> prepare(Exchange exchange, CoveoPushOperation operation)
            throws InvalidDocumentException {
        boolean many = exchange.getMessage().getBody() instanceof Collection<?>;
        return switch (operation) {
            case addOrUpdate -> many ? eachElement(exchange, operation) : addOrUpdate(exchange);
            case delete -> many ? eachElement(exchange, operation) : delete(exchange);
            case deleteOlderThan -> deleteOlderThan(exchange);
            case updateSourceStatus -> updateSourceStatus(exchange);
            default -> throw new IllegalStateException("not a source operation: " + operation);
        };
    }

    private CompletableFuture<SendResult> batched(BatchIngester ingester, Exchange exchange,
                                                  CoveoPushOperation operation)
            throws InvalidDocumentException, BatchRejectedException, InterruptedException {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof Collection<?> elements)) {
            return operation == CoveoPushOperation.addOrUpdate
                    ? ingester.addOrUpdate(getEndpoint().mapper().toDocument(exchange))
                    : ingester.delete(getEndpoint().mapper().documentIdFor(exchange), deleteChildren(exchange.getMessage()));
        }
        List<Object> items = readElements(exchange, elements, operation);
        boolean deleteChildren = deleteChildren(exchange.getMessage());
        List<CompletableFuture<SendResult>> results = new ArrayList<>(items.size());
        for (Object item : items) {
            results.add(item instanceof PushDocument document ? ingester.addOrUpdate(document)
                    : ingester.delete((String) item, deleteChildren));
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(all -> new SendResult(202, "batch"));
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
    private Supplier<CompletableFuture<SendResult>> eachElement(Exchange exchange, CoveoPushOperation operation)
            throws InvalidDocumentException {
        List<Object> items = readElements(exchange, (Collection<?>) exchange.getMessage().getBody(), operation);
        boolean deleteChildren = deleteChildren(exchange.getMessage());
        return () -> {
            List<CompletableFuture<SendResult>> results = new ArrayList<>(items.size());
            for (Object item : items) {
                results.add(item instanceof PushDocument document
                        ? getEndpoint().sender().addOrUpdate(sourceId(), document)
                        : getEndpoint().client().deleteDocument(sourceId(), (String) item, deleteChildren, null)
                                .thenApply(response -> new SendResult(response.statusCode(), "none")));
            }
            return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                    .thenApply(all -> new SendResult(202, "each"));
        };
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

    private Supplier<CompletableFuture<SendResult>> addOrUpdate(Exchange exchange) throws InvalidDocumentException {
        PushDocument document = getEndpoint().mapper().toDocument(exchange);
        return () -> getEndpoint().sender().addOrUpdate(sourceId(), document);
    }

    private Supplier<CompletableFuture<SendResult>> delete(Exchange exchange) throws InvalidDocumentException {
        Message in = exchange.getMessage();
        String documentId = getEndpoint().mapper().documentIdFor(exchange);
        boolean deleteChildren = deleteChildren(in);
        Long orderingId = orderingId(in);
        return () -> getEndpoint().client().deleteDocument(sourceId(), documentId, deleteChildren, orderingId)
                .thenApply(response -> new SendResult(response.statusCode(), "none"));
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
                .thenApply(response -> new SendResult(response.statusCode(), "none"));
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
                .thenApply(response -> new SendResult(response.statusCode(), "none"));
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

    private static void complete(Exchange exchange, CompletableFuture<SendResult> call) {
        try {
            SendResult result = call.join();
            exchange.getMessage().setHeader(CoveoPushConstants.RESPONSE_STATUS, result.statusCode());
            exchange.getMessage().setHeader(CoveoPushConstants.CONTENT_TRANSPORT, result.transport());
        } catch (CompletionException e) {
            exchange.setException(e.getCause() != null ? e.getCause() : e);
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
    }

    private String sourceId() {
        return getEndpoint().getSourceId();
    }
}
