package io.github.camelcoveo.push;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelcoveo.push.document.InvalidDocumentException;
import io.github.camelcoveo.push.send.SendResult;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Turns each exchange into a Push API call. Input is checked on the caller's thread, before any request; the calls
 * run on the endpoint's workers, and the exchange completes when Coveo has accepted them, or fails with the cause.
 */
public class CoveoPushProducer extends DefaultAsyncProducer {

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
            call = switch (operation(exchange.getMessage())) {
                case addOrUpdate -> addOrUpdate(exchange);
                case delete -> delete(exchange);
                case deleteOlderThan -> deleteOlderThan(exchange);
                case updateSourceStatus -> updateSourceStatus(exchange);
            };
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

    private CompletableFuture<SendResult> addOrUpdate(Exchange exchange) throws InvalidDocumentException {
        return getEndpoint().sender().addOrUpdate(sourceId(), getEndpoint().mapper().toDocument(exchange));
    }

    private CompletableFuture<SendResult> delete(Exchange exchange) throws InvalidDocumentException {
        Message in = exchange.getMessage();
        String documentId = getEndpoint().mapper().documentIdFor(exchange);
        Boolean children = header(in, CoveoPushConstants.DELETE_CHILDREN, Boolean.class);
        boolean deleteChildren = children != null ? children : getEndpoint().getConfiguration().isDeleteChildren();
        Long orderingId = orderingId(in);
        return getEndpoint().client().deleteDocument(sourceId(), documentId, deleteChildren, orderingId)
                .thenApply(response -> new SendResult(response.statusCode(), "none"));
    }

    private CompletableFuture<SendResult> deleteOlderThan(Exchange exchange) throws InvalidDocumentException {
        Message in = exchange.getMessage();
        Long orderingId = orderingId(in);
        if (orderingId == null) {
            throw new InvalidDocumentException(CoveoPushConstants.ORDERING_ID, "is required by deleteOlderThan: items"
                                                                               + " with an older orderingId are deleted");
        }
        Integer queueDelay = header(in, CoveoPushConstants.QUEUE_DELAY, Integer.class);
        if (queueDelay == null) {
            queueDelay = getEndpoint().getConfiguration().getQueueDelay();
        }
        if (queueDelay != null && queueDelay < 0) {
            throw new InvalidDocumentException(CoveoPushConstants.QUEUE_DELAY, "must not be negative: " + queueDelay);
        }
        return getEndpoint().client().deleteOlderThan(sourceId(), orderingId, queueDelay)
                .thenApply(response -> new SendResult(response.statusCode(), "none"));
    }

    private CompletableFuture<SendResult> updateSourceStatus(Exchange exchange) throws InvalidDocumentException {
        SourceStatus status = header(exchange.getMessage(), CoveoPushConstants.SOURCE_STATUS, SourceStatus.class);
        if (status == null) {
            status = getEndpoint().getConfiguration().getSourceStatus();
        }
        if (status == null) {
            throw new InvalidDocumentException(CoveoPushConstants.SOURCE_STATUS, "is required by updateSourceStatus:"
                                                                                 + " REBUILD, REFRESH, INCREMENTAL or IDLE (header or sourceStatus option)");
        }
        return getEndpoint().client().updateSourceStatus(sourceId(), status.name())
                .thenApply(response -> new SendResult(response.statusCode(), "none"));
    }

    private CoveoPushOperation operation(Message in) throws InvalidDocumentException {
        CoveoPushOperation operation = header(in, CoveoPushConstants.OPERATION, CoveoPushOperation.class);
        return operation != null ? operation : getEndpoint().getConfiguration().getOperation();
    }

    private static Long orderingId(Message in) throws InvalidDocumentException {
        Long orderingId = header(in, CoveoPushConstants.ORDERING_ID, Long.class);
        if (orderingId != null && orderingId < 0) {
            throw new InvalidDocumentException(CoveoPushConstants.ORDERING_ID, "must not be negative: " + orderingId);
        }
        return orderingId;
    }

    private static <T> T header(Message in, String name, Class<T> type) throws InvalidDocumentException {
        Object raw = in.getHeader(name);
        if (raw == null) {
            return null;
        }
        try {
            T value = in.getExchange().getContext().getTypeConverter().mandatoryConvertTo(type, in.getExchange(), raw);
            return value;
        } catch (TypeConversionException | org.apache.camel.NoTypeConversionAvailableException e) {
            throw new InvalidDocumentException(name, "must be a " + type.getSimpleName() + ", not '" + raw + "'", e);
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
