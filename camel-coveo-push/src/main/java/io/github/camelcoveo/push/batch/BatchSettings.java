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

import io.github.camelcoveo.push.client.PushApiLimits;

/**
 * When a batch is sent, and how much may wait: a batch goes when it holds {@code maxDocuments} entries, when its file
 * would grow past {@code maxBytes}, or {@code lingerMillis} after its first entry, whichever comes first.
 *
 * @param maxDocuments        entries (addOrUpdate and delete) in one batch
 * @param maxBytes            bytes of one batch file; capped below the file-container limit
 * @param lingerMillis        how long the first entry of a batch waits for others
 * @param maxBatchesInFlight  batches being sent at the same time
 * @param maxPendingDocuments documents admitted but not yet accepted by Coveo; callers wait beyond it
 * @param maxPendingBytes     bytes of content that those documents hold in memory; callers wait beyond it
 * @param maxBlockMillis      how long a caller waits for room before its exchange fails
 */
public record BatchSettings(int maxDocuments, long maxBytes, long lingerMillis, int maxBatchesInFlight,
                            int maxPendingDocuments, long maxPendingBytes, long maxBlockMillis) {

    public BatchSettings {
        if (maxDocuments < 1) {
            throw new IllegalArgumentException("batchMaxDocuments must be at least 1: " + maxDocuments);
        }
        if (maxBytes < 1024 || maxBytes > PushApiLimits.MAX_FILE_CONTAINER) {
            throw new IllegalArgumentException("batchMaxBytes must be between 1024 and "
                                               + PushApiLimits.MAX_FILE_CONTAINER + ": " + maxBytes);
        }
        if (lingerMillis < 0) {
            throw new IllegalArgumentException("batchLingerTime must not be negative: " + lingerMillis);
        }
        if (maxBatchesInFlight < 1) {
            throw new IllegalArgumentException("maxBatchesInFlight must be at least 1: " + maxBatchesInFlight);
        }
        if (maxPendingDocuments < 1) {
            throw new IllegalArgumentException("maxPendingDocuments must be at least 1: " + maxPendingDocuments);
        }
        if (maxPendingBytes < 1) {
            throw new IllegalArgumentException("maxPendingBytes must be at least 1: " + maxPendingBytes);
        }
        if (maxBlockMillis < 0) {
            throw new IllegalArgumentException("maxBlockTime must not be negative: " + maxBlockMillis);
        }
    }
}
