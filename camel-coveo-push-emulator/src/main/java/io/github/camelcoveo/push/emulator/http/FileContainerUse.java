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
package io.github.camelcoveo.push.emulator.http;

import io.github.camelcoveo.push.emulator.store.FileContainer;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;

import java.io.InputStream;
import java.util.Collection;

/** How a push reads the file containers it names and consumes them once it is applied. */
final class FileContainerUse {

    private FileContainerUse() {
    }

    /** The content of a container the push names in its {@code fileId} query parameter. */
    static InputStream uploadedBatch(PushCall call) {
        String fileId = call.requiredQuery("fileId");
        FileContainer container = call.context().fileContainers().find(fileId, call.organizationId())
                .orElseThrow(() -> new PushApiException(404, "FILE_NOT_FOUND", unknown(fileId)));
        return container.openContent().orElseThrow(() -> PushApiException.badRequest("FILE_NOT_UPLOADED",
                "Nothing was uploaded to file container " + fileId + "."));
    }

    /** Reserves the containers a validated push reads; consume the claim once the push is applied. */
    static FileContainerStore.Claim claim(PushCall call, Collection<String> fileIds) {
        return call.context().fileContainers().claim(fileIds, call.organizationId())
                .orElseThrow(() -> new PushApiException(404, "FILE_NOT_FOUND", "A file container of this push was "
                        + "consumed by another push, or expired, while this one was checked: " + fileIds + "."));
    }

    static String unknown(String fileId) {
        return "No file container " + fileId + " (Coveo deletes a container once a push consumed it, and 60 minutes "
               + "after its creation at the latest).";
    }
}
