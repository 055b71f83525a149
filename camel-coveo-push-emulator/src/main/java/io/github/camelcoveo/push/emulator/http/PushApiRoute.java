package io.github.camelcoveo.push.emulator.http;

import io.github.camelcoveo.push.emulator.RequestKind;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Which Push API operation a method and path name, and for which organization and source (or, for
 * {@code /providers/{id}/...}, security identity provider).
 */
public record PushApiRoute(RequestKind kind, String organizationId, String sourceId) {

    static final String PREFIX = "/push/v1/organizations/";

    public static PushApiRoute of(String method, String path) {
        if (!path.startsWith(PREFIX)) {
            return new PushApiRoute(RequestKind.UNKNOWN, null, null);
        }
        List<String> segments = Arrays.stream(path.substring(PREFIX.length()).split("/"))
                .map(segment -> URLDecoder.decode(segment, StandardCharsets.UTF_8))
                .toList();
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
        String joined = String.join("/", operation);
        return switch (method + " " + joined) {
            case "PUT documents" -> RequestKind.ADD_OR_UPDATE_DOCUMENT;
            case "DELETE documents" -> RequestKind.DELETE_DOCUMENT;
            case "DELETE documents/olderthan" -> RequestKind.DELETE_OLDER_THAN;
            case "PUT documents/batch" -> RequestKind.PUSH_BATCH;
            case "POST status" -> RequestKind.SET_SOURCE_STATUS;
            default -> RequestKind.UNKNOWN;
        };
    }
}
