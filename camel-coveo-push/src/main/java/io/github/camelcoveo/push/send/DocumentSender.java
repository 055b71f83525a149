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
package io.github.camelcoveo.push.send;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.document.ContentPlan;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.SendResult;

/**
 * Sends one document with one request, or, when its content is over the single-request limits, through a file
 * container of its own: create the container, upload the compressed bytes, then push the document that names it.
 */
public final class DocumentSender {

    private final PushApiClient client;
    private final ContentPlan plan;
    private final Executor workers;

    public DocumentSender(PushApiClient client, ContentPlan plan, Executor workers) {
        this.client = client;
        this.plan = plan;
        this.workers = workers;
    }

    public CompletableFuture<SendResult> addOrUpdate(String sourceId, PushDocument document) {
        CompletableFuture<ContentPlan.Planned> planned = plan.plan(document, ContentPlan.Form.SINGLE, workers,
                (body, id) -> client.uploadToOwnContainer(body, id));
        if (planned.isDone() && !planned.isCompletedExceptionally()) {
            return send(sourceId, document, planned.join()); // text or metadata only: no stage in between
        }
        return planned.thenCompose(content -> send(sourceId, document, content));
    }

    private CompletableFuture<SendResult> send(String sourceId, PushDocument document, ContentPlan.Planned content) {
        String compression = content.content().compressionType() == null ? null
                : content.content().compressionType().name();
        return client.pushDocument(sourceId, document.getDocumentId(), document.getOrderingId(), compression,
                        content.json())
                .whenComplete((response, error) -> content.close())
                .thenApply(response -> new SendResult(response.statusCode(), content.transport()));
    }
}
