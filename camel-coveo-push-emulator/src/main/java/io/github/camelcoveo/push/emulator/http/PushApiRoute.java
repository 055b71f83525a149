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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Which Push API operation a method and path name, and for which organization and source (or, for
 * {@code /providers/{id}/...}, security identity provider); or which Platform Field API operation, under
 * {@code /rest/organizations/{org}/indexes/}, with no source; or the Logs API's
 * {@code POST /logs/v1/organizations/{org}}.
 */
public record PushApiRoute(RequestKind kind, String organizationId, String sourceId) {

    static final String PREFIX = "/push/v1/organizations/";
    static final String PLATFORM_PREFIX = "/rest/organizations/";
    static final String LOGS_PREFIX = "/logs/v1/organizations/";

    public static PushApiRoute of(String method, String path) {
        if (path.startsWith(LOGS_PREFIX)) {
            List<String> segments = segments(path.substring(LOGS_PREFIX.length()));
            RequestKind kind = segments.size() == 1 && method.equals("POST") ? RequestKind.GET_INDEXING_LOGS
                    : RequestKind.UNKNOWN;
            return new PushApiRoute(kind, segments.isEmpty() ? null : segments.get(0), null);
        }
        if (path.startsWith(PLATFORM_PREFIX)) {
            List<String> segments = segments(path.substring(PLATFORM_PREFIX.length()));
            return new PushApiRoute(platformOperation(method, segments.subList(1, segments.size())), segments.get(0), null);
        }
        if (!path.startsWith(PREFIX)) {
            return new PushApiRoute(RequestKind.UNKNOWN, null, null);
        }
        List<String> segments = segments(path.substring(PREFIX.length()));
        String organizationId = segments.get(0);
        List<String> rest = segments.subList(1, segments.size());
        if (rest.equals(List.of("files")) && method.equals("POST")) {
            return new PushApiRoute(RequestKind.CREATE_FILE_CONTAINER, organizationId, null);
        }
        if (rest.size() >= 3 && rest.get(0).equals("providers")) {
            // the provider takes the place of the source
            return new PushApiRoute(providerOperation(method, rest.subList(2, rest.size())), organizationId, rest.get(1));
        }
        if (rest.size() < 3 || !rest.get(0).equals("sources")) {
            return new PushApiRoute(RequestKind.UNKNOWN, organizationId, null);
        }
        String sourceId = rest.get(1);
        return new PushApiRoute(sourceOperation(method, rest.subList(2, rest.size())), organizationId, sourceId);
    }

    /** Whether a path belongs to the Platform API ({@code /rest/organizations/...}) rather than the Push API. */
    public static boolean isPlatformPath(String path) {
        return path.startsWith(PLATFORM_PREFIX);
    }

    /** Whether a path belongs to the Logs API ({@code /logs/v1/organizations/...}). */
    public static boolean isLogsPath(String path) {
        return path.startsWith(LOGS_PREFIX);
    }

    /**
     * The path segment after {@code /sources/{src}/stream/} and one more: the streamId of {@code /stream/{id}/chunk}
     * and {@code /close}, the epoch of {@code /stream/deleteolderthan/{epochMillis}} (index 1), or the streamId (0).
     */
    static String streamSegment(String path, int index) {
        List<String> segments = segments(path.substring(PREFIX.length()));
        return segments.get(segments.indexOf("stream") + 1 + index);
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).map(segment -> URLDecoder.decode(segment, StandardCharsets.UTF_8)).toList();
    }

    private static RequestKind platformOperation(String method, List<String> operation) {
        return switch (method + " " + String.join("/", operation)) {
            case "GET indexes/page/fields" -> RequestKind.LIST_FIELDS;
            case "POST indexes/fields/search" -> RequestKind.SEARCH_FIELDS;
            case "POST indexes/fields/batch/create" -> RequestKind.CREATE_FIELDS;
            default -> RequestKind.UNKNOWN;
        };
    }

    private static RequestKind providerOperation(String method, List<String> operation) {
        return switch (method + " " + String.join("/", operation)) {
            case "PUT permissions" -> RequestKind.ADD_OR_UPDATE_IDENTITY;
            case "PUT mappings" -> RequestKind.ADD_OR_UPDATE_ALIAS;
            case "DELETE permissions" -> RequestKind.DELETE_IDENTITY;
            case "DELETE permissions/olderthan" -> RequestKind.DELETE_IDENTITIES_OLDER_THAN;
            case "PUT permissions/batch" -> RequestKind.PUSH_IDENTITY_BATCH;
            default -> RequestKind.UNKNOWN;
        };
    }

    private static RequestKind sourceOperation(String method, List<String> operation) {
        if (operation.size() == 3 && operation.get(0).equals("stream") && method.equals("POST")) {
            if (operation.get(1).equals("deleteolderthan")) {
                return RequestKind.STREAM_DELETE_OLDER_THAN;
            }
            return switch (operation.get(2)) {
                case "chunk" -> RequestKind.STREAM_CHUNK;
                case "close" -> RequestKind.CLOSE_STREAM;
                default -> RequestKind.UNKNOWN;
            };
        }
        String joined = String.join("/", operation);
        return switch (method + " " + joined) {
            case "PUT documents" -> RequestKind.ADD_OR_UPDATE_DOCUMENT;
            case "DELETE documents" -> RequestKind.DELETE_DOCUMENT;
            case "DELETE documents/olderthan" -> RequestKind.DELETE_OLDER_THAN;
            case "PUT documents/batch" -> RequestKind.PUSH_BATCH;
            case "POST status" -> RequestKind.SET_SOURCE_STATUS;
            case "PUT stream/update" -> RequestKind.STREAM_UPDATE;
            case "PUT stream/merge" -> RequestKind.STREAM_MERGE;
            case "POST stream/open" -> RequestKind.OPEN_STREAM;
            default -> RequestKind.UNKNOWN;
        };
    }
}
