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
package io.github.camelcoveo.push.batch;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.client.FileContainer;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiResponse;
import io.github.camelcoveo.push.content.RequestBody;

/** Sends a sealed batch file; the stage completes with Coveo's answer once the batch is accepted. */
@FunctionalInterface
public interface BatchSender {

    /** How many times a batch goes again in a new container after its answer was lost. */
    int MAX_RESENDS = 3;

    /** What Coveo answered to an accepted batch, and the file container that carried it. */
    record Receipt(int statusCode, String fileId) {
    }

    /**
     * @param orderingId the batch's orderingId, applied by Coveo to entries without their own, or null
     * @return           completes with the receipt, or fails with the cause; a {@link CoveoPushApiException} names the
     *                   batch's fileId once its container exists
     */
    CompletableFuture<Receipt> send(RequestBody batchFile, Long orderingId);

    /** The Push API way: create a file container, upload the file to it, then push it as a batch: three requests. */
    static BatchSender pushApi(PushApiClient client, String sourceId) {
        return (file, orderingId) -> viaContainer(client, file,
                container -> client.pushBatch(sourceId, container.fileId(), orderingId), MAX_RESENDS);
    }

    /** Security identities: the same three requests, the batch pushed to the provider [docs.coveo.com/en/55]. */
    static BatchSender identities(PushApiClient client, String providerId) {
        return (file, orderingId) -> viaContainer(client, file,
                container -> client.pushIdentityBatch(providerId, container.fileId(), orderingId), MAX_RESENDS);
    }

    /** A catalog source's update file: the same container, then {@code PUT stream/update?fileId}. */
    static BatchSender streamUpdate(PushApiClient client, String sourceId) {
        return (file, orderingId) -> viaContainer(client, file,
                container -> client.streamUpdate(sourceId, container.fileId()), MAX_RESENDS);
    }

    /** A catalog source's shallow merge file: the same container, then {@code PUT stream/merge?fileId}. */
    static BatchSender streamMerge(PushApiClient client, String sourceId) {
        return (file, orderingId) -> viaContainer(client, file,
                container -> client.streamMerge(sourceId, container.fileId()), MAX_RESENDS);
    }

    /**
     * Uploads the file to a new container and pushes it. When a retried push finds its container gone (Coveo deletes
     * a container once it forwarded its content), an earlier attempt was applied but its answer lost: the file goes
     * once more in a new container (up to {@link #MAX_RESENDS} times), which is harmless since its entries keep their orderingIds.
     */
    private static CompletableFuture<Receipt> viaContainer(PushApiClient client, RequestBody file,
                                                          Function<FileContainer, CompletableFuture<PushApiResponse>> push,
                                                          int resends) {
        CompletableFuture<Receipt> sent = viaContainer(client, file, push);
        if (resends == 0) {
            return sent;
        }
        return sent.handle((receipt, error) -> receipt != null ? CompletableFuture.completedFuture(receipt)
                : answerLost(error) ? viaContainer(client, file, push, resends - 1)
                : CompletableFuture.<Receipt>failedFuture(error))
                .thenCompose(Function.identity());
    }

    private static boolean answerLost(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof CoveoPushApiException api && api.getStatusCode() == 404
               && "FILE_NOT_FOUND".equals(api.getErrorCode()) && api.getAttempts() > 1;
    }

    private static CompletableFuture<Receipt> viaContainer(PushApiClient client, RequestBody file,
                                                          Function<FileContainer,
                                                                  CompletableFuture<PushApiResponse>> push) {
        return client.uploadToNewContainer(file, null, container -> push.apply(container)
                .thenApply(response -> new Receipt(response.statusCode(), container.fileId())));
    }
}
