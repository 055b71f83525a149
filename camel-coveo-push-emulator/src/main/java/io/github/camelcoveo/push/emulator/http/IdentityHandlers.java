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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.emulator.content.StrictJson;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;
import io.github.camelcoveo.push.emulator.store.SecurityProvider;
import io.github.camelcoveo.push.emulator.store.StoredIdentity.IdentityRef;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The security identity calls under {@code /providers/{providerId}} [docs.coveo.com/en/167, /en/142, /en/55, /en/139]:
 * PUT permissions (IdentityBody), PUT mappings (MappedIdentityBody), DELETE permissions (BaseIdentityBody), DELETE
 * permissions/olderthan, PUT permissions/batch (BatchIdentityBody in a file container). Keys are matched
 * case-insensitively (Coveo's older samples write {@code Identity}, {@code Name}, {@code Type}).
 */
public final class IdentityHandlers {

    static final Set<String> TYPES = Set.of("USER", "GROUP", "VIRTUAL_GROUP", "UNKNOWN");

    private final IdentityLimits limits;

    public IdentityHandlers(IdentityLimits limits) {
        this.limits = limits;
    }

    /** An IdentityBody or a MappedIdentityBody, read and checked. */
    record Body(IdentityRef identity, List<IdentityRef> related, List<IdentityRef> wellKnowns) {
    }

    public ApiResponse addOrUpdate(PushCall call) {
        SecurityProvider provider = call.provider();
        DocumentHandlers.requireJsonContentType(call.exchange());
        Body body = identityBody(StrictJson.parseObject(call.exchange().body()), "members", false);
        provider.addOrUpdate(body.identity(), body.related(), body.wellKnowns(), call.orderingId(), call.receivedAt());
        return ApiResponse.empty(202);
    }

    public ApiResponse addOrUpdateAlias(PushCall call) {
        SecurityProvider provider = call.provider();
        DocumentHandlers.requireJsonContentType(call.exchange());
        Body body = identityBody(StrictJson.parseObject(call.exchange().body()), "mappings", true);
        provider.addOrUpdateAlias(body.identity(), body.related(), body.wellKnowns(), call.orderingId(),
                call.receivedAt());
        return ApiResponse.empty(202);
    }

    public ApiResponse delete(PushCall call) {
        SecurityProvider provider = call.provider();
        IdentityRef identity = baseBody(StrictJson.parseObject(call.exchange().body()));
        provider.delete(identity, call.orderingId());
        return ApiResponse.empty(202);
    }

    /** Applied at once: the {@code queueDelay} is accepted but not waited for. */
    public ApiResponse deleteOlderThan(PushCall call) {
        SecurityProvider provider = call.provider();
        long orderingId = call.requiredLongQuery("orderingId");
        call.longQuery("queueDelay");
        provider.deleteOlderThan(orderingId);
        return ApiResponse.empty(202);
    }

    /** The whole batch is checked before any of it is applied. */
    public ApiResponse batch(PushCall call) {
        SecurityProvider provider = call.provider();
        JsonNode batch = StrictJson.parseObject(FileContainerUse.uploadedBatch(call));
        Map<String, JsonNode> keys = keys(batch, Set.of("members", "mappings", "deleted"), "a batch of security"
                                                                                        + " identities");
        List<Body> members = new ArrayList<>();
        for (JsonNode node : array(keys.get("members"), "members")) {
            members.add(identityBody(node, "members", false));
        }
        List<Body> mappings = new ArrayList<>();
        for (JsonNode node : array(keys.get("mappings"), "mappings")) {
            mappings.add(identityBody(node, "mappings", true));
        }
        List<IdentityRef> deleted = new ArrayList<>();
        for (JsonNode node : array(keys.get("deleted"), "deleted")) {
            deleted.add(baseBody(node));
        }
        long orderingId = call.orderingId();
        try (FileContainerStore.Claim claim = FileContainerUse.claim(call, List.of(call.requiredQuery("fileId")))) {
            members.forEach(b -> provider.addOrUpdate(b.identity(), b.related(), b.wellKnowns(), orderingId,
                    call.receivedAt()));
            mappings.forEach(b -> provider.addOrUpdateAlias(b.identity(), b.related(), b.wellKnowns(), orderingId,
                    call.receivedAt()));
            deleted.forEach(identity -> provider.delete(identity, orderingId));
            claim.consume();
        }
        return ApiResponse.empty(202);
    }

    private Body identityBody(JsonNode node, String relatedKey, boolean withProvider) {
        Map<String, JsonNode> keys = keys(node, Set.of("identity", relatedKey, "wellknowns"),
                withProvider ? "a MappedIdentityBody" : "an IdentityBody");
        IdentityRef identity = identity(keys.get("identity"), "identity", false);
        List<IdentityRef> related = new ArrayList<>();
        for (JsonNode element : array(keys.get(relatedKey.toLowerCase(Locale.ROOT)), relatedKey)) {
            related.add(identity(element, relatedKey, withProvider));
        }
        List<IdentityRef> wellKnowns = new ArrayList<>();
        for (JsonNode element : array(keys.get("wellknowns"), "wellKnowns")) {
            wellKnowns.add(identity(element, "wellKnowns", false));
        }
        if (withProvider && related.isEmpty()) {
            throw PushApiException.invalidJson("An alias needs at least one mapping: " + identity.name());
        }
        int relationships = related.size() + wellKnowns.size();
        if (relationships > limits.maxRelationships()) {
            throw PushApiException.badRequest("TOO_MANY_RELATIONSHIPS", "Security identity " + identity.name()
                    + " has " + relationships + " members, well-knowns and mappings; the limit is "
                    + limits.maxRelationships() + ".");
        }
        return new Body(identity, related, wellKnowns);
    }

    private IdentityRef baseBody(JsonNode node) {
        Map<String, JsonNode> keys = keys(node, Set.of("identity"), "a BaseIdentityBody");
        return identity(keys.get("identity"), "identity", false);
    }

    private IdentityRef identity(JsonNode node, String where, boolean withProvider) {
        if (node == null || node.isNull()) {
            throw PushApiException.invalidJson("'" + where + "' is required.");
        }
        Set<String> allowed = withProvider ? Set.of("name", "type", "provider", "additionalinfo")
                : Set.of("name", "type", "additionalinfo");
        Map<String, JsonNode> keys = keys(node, allowed, "an identity in '" + where + "'");
        JsonNode name = keys.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw PushApiException.invalidJson("An identity in '" + where + "' has no name.");
        }
        JsonNode type = keys.get("type");
        if (type == null || !type.isTextual() || !TYPES.contains(type.asText())) {
            throw PushApiException.invalidJson("The type of " + name.asText() + " in '" + where + "' must be one of"
                                               + " USER, GROUP, VIRTUAL_GROUP, UNKNOWN: " + type);
        }
        Map<String, String> info = new LinkedHashMap<>();
        JsonNode additional = keys.get("additionalinfo");
        if (additional != null && !additional.isNull()) {
            if (!additional.isObject()) {
                throw PushApiException.invalidJson("additionalInfo of " + name.asText() + " must be an object.");
            }
            additional.fields().forEachRemaining(e -> {
                if (e.getValue().isContainerNode()) {
                    throw PushApiException.invalidJson("additionalInfo values must be strings: " + e.getKey());
                }
                info.put(e.getKey(), e.getValue().asText());
            });
        }
        String provider = null;
        if (withProvider) {
            JsonNode given = keys.get("provider");
            if (given == null || !given.isTextual() || given.asText().isBlank()) {
                throw PushApiException.invalidJson("The mapping " + name.asText() + " names no provider.");
            }
            provider = given.asText();
        }
        long size = bytes(name.asText()) + bytes(type.asText());
        for (Map.Entry<String, String> entry : info.entrySet()) {
            size += bytes(entry.getKey()) + bytes(entry.getValue());
        }
        if (size > limits.maxIdentityBytes()) {
            throw PushApiException.badRequest("IDENTITY_TOO_LARGE", "Security identity " + name.asText() + " is "
                    + size + " bytes (name, type and additionalInfo); the limit is " + limits.maxIdentityBytes() + ".");
        }
        return new IdentityRef(name.asText(), type.asText(), info, provider);
    }

    private static long bytes(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The object's keys, lower-cased; an unknown or case-duplicated key is INVALID_JSON. */
    private static Map<String, JsonNode> keys(JsonNode node, Set<String> allowed, String what) {
        if (node == null || !node.isObject()) {
            throw PushApiException.invalidJson("Expected " + what + " (a JSON object).");
        }
        StrictJson.rejectCaseInsensitiveDuplicates(node);
        Map<String, JsonNode> keys = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey().toLowerCase(Locale.ROOT);
            if (!allowed.contains(key)) {
                throw PushApiException.invalidJson("Unknown key in " + what + ": " + field.getKey());
            }
            keys.put(key, field.getValue());
        }
        return keys;
    }

    private static Iterable<JsonNode> array(JsonNode value, String key) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw PushApiException.invalidJson("'" + key + "' must be an array.");
        }
        return value;
    }
}
