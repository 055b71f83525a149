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

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /files}: creates a file container whose upload URI the emulator serves itself. */
public final class FileContainerHandler implements PushApiHandler {

    public static final String UPLOAD_PATH = "/emulator-s3/upload/";
    /** S3's format of {@code X-Amz-Date}. */
    static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    public static final Map<String, String> REQUIRED_HEADERS = Map.of(
            "x-amz-server-side-encryption", "AES256",
            "Content-Type", "application/octet-stream");

    @Override
    public ApiResponse handle(PushCall call) {
        return ApiResponse.json(201, newContainer(call, new LinkedHashMap<>()));
    }

    /**
     * Creates a container and adds its {@code uploadUri}, {@code fileId} and {@code requiredHeaders} to the body
     * (which may already hold, e.g., a stream's {@code streamId}); as {@code POST /files}, {@code POST /stream/open}
     * and {@code POST /stream/{id}/chunk} answer.
     */
    static Map<String, Object> newContainer(PushCall call, Map<String, Object> body) {
        FileContainer container = call.context().fileContainers().create(call.organizationId(), call.receivedAt());
        body.put("uploadUri", call.exchange().origin() + UPLOAD_PATH + container.fileId()
                + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=" + AMZ_DATE.format(container.createdAt())
                + "&X-Amz-Expires=" + call.context().fileContainers().lifetime().toSeconds()
                + "&X-Amz-Signature=" + container.signature());
        body.put("fileId", container.fileId());
        body.put("requiredHeaders", REQUIRED_HEADERS);
        return body;
    }
}
