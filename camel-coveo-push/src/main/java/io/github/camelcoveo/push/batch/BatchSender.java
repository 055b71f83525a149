package io.github.camelcoveo.push.batch;

import java.util.concurrent.CompletableFuture;

import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiResponse;
import io.github.camelcoveo.push.client.RequestBody;

/** Sends a sealed batch file; the stage completes with Coveo's status once the batch is accepted. */
@FunctionalInterface
public interface BatchSender {

    /**
     * @param orderingId the batch's orderingId, applied by Coveo to entries without their own (the deletes), or null
     */
    CompletableFuture<Integer> send(RequestBody batchFile, Long orderingId);

    /** The Push API way: create a file container, upload the file to it, then push it as a batch: three requests. */
    static BatchSender pushApi(PushApiClient client, String sourceId) {
        return (file, orderingId) -> client.createFileContainer(null)
                .thenCompose(container -> client.upload(container, file, null)
                        .thenCompose(uploaded -> client.pushBatch(sourceId, container.fileId(), orderingId)))
                .thenApply(PushApiResponse::statusCode);
    }

    /** Security identities: the same three requests, the batch pushed to the provider [docs.coveo.com/en/55]. */
    static BatchSender identities(PushApiClient client, String providerId) {
        return (file, orderingId) -> client.createFileContainer(null)
                .thenCompose(container -> client.upload(container, file, null)
                        .thenCompose(uploaded -> client.pushIdentityBatch(providerId, container.fileId(), orderingId)))
                .thenApply(PushApiResponse::statusCode);
    }
}
