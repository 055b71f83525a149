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

import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.faults.InjectedFault;
import io.github.camelcoveo.push.emulator.store.FileContainer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The emulated S3 pre-signed upload URI of a file container: {@code PUT /emulator-s3/upload/{fileId}?X-Amz-Signature=...}.
 * Like S3 behind Coveo it wants exactly the required headers and refuses a request that also carries an
 * {@code Authorization} header (which would mean the client leaked its Coveo API key to S3).
 */
public final class UploadHandler {

    private final EmulatorContext context;
    private final RequestRecorder recorder;

    public UploadHandler(EmulatorContext context) {
        this.context = context;
        this.recorder = new RequestRecorder(context);
    }

    public ApiResponse handle(HttpExchange exchange) {
        Instant receivedAt = context.clock().instant();
        String fileId = exchange.path().substring(FileContainerHandler.UPLOAD_PATH.length());
        Optional<FileContainer> container = context.fileContainers().find(fileId);
        Optional<InjectedFault> fault = context.faults().pick(RequestKind.UPLOAD_TO_FILE_CONTAINER);
        FaultResponses.Answer answer = FaultResponses.answer(fault, () -> upload(exchange, container, receivedAt));
        return recorder.record(receivedAt, RequestKind.UPLOAD_TO_FILE_CONTAINER, exchange,
                container.map(FileContainer::organizationId).orElse(null), null, answer, fault.orElse(null));
    }

    private ApiResponse upload(HttpExchange exchange, Optional<FileContainer> container, Instant now) {
        if (!exchange.method().equals("PUT")) {
            return ApiResponse.s3Error(405, "MethodNotAllowed", "Upload with PUT.");
        }
        if (exchange.header("Authorization").isPresent()) {
            return ApiResponse.s3Error(400, "InvalidArgument", "Only one auth mechanism allowed; only the "
                    + "X-Amz-Signature query parameter or the Authorization header should be specified.");
        }
        if (container.isEmpty() && hasExpired(exchange, now)) {
            return ApiResponse.s3Error(403, "AccessDenied", "Request has expired");
        }
        if (container.isEmpty() || !signatureMatches(exchange, container.get())) {
            return ApiResponse.s3Error(403, "SignatureDoesNotMatch",
                    "The request signature does not match a file container of this emulator.");
        }
        if (!exchange.header("Content-Type").orElse("").equals("application/octet-stream")) {
            return ApiResponse.s3Error(403, "SignatureDoesNotMatch",
                    "The Content-Type header is signed: send Content-Type: application/octet-stream.");
        }
        if (!exchange.header("x-amz-server-side-encryption").orElse("").equals("AES256")) {
            return ApiResponse.s3Error(403, "AccessDenied",
                    "The bucket policy requires the header x-amz-server-side-encryption: AES256.");
        }
        byte[] body = exchange.body();
        if (body.length > context.limits().maxFileContainerBytes()) {
            return ApiResponse.s3Error(413, "EntityTooLarge",
                    "A file container holds at most " + context.limits().maxFileContainerBytes() + " bytes.");
        }
        context.fileContainers().upload(container.get(), body);
        return ApiResponse.empty(200).header("ETag", "\"" + md5(body) + "\"");
    }

    /** What S3 checks first: the pre-signed URI's {@code X-Amz-Date} plus {@code X-Amz-Expires} is past. */
    private static boolean hasExpired(HttpExchange exchange, Instant now) {
        try {
            Instant signedAt = FileContainerHandler.AMZ_DATE.parse(exchange.query("X-Amz-Date").orElse(""), Instant::from);
            long expires = Long.parseLong(exchange.query("X-Amz-Expires").orElse(""));
            return !now.isBefore(signedAt.plusSeconds(expires));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean signatureMatches(HttpExchange exchange, FileContainer container) {
        byte[] given = exchange.query("X-Amz-Signature").orElse("").getBytes();
        return MessageDigest.isEqual(given, container.signature().getBytes());
    }

    private static String md5(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
