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
import io.github.camelcoveo.push.emulator.fields.EmulatedField;
import io.github.camelcoveo.push.emulator.fields.FieldModels;
import io.github.camelcoveo.push.emulator.fields.FieldQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Platform API's Field API under {@code /rest/organizations/{org}/indexes/}: {@code GET page/fields} (list, the
 * call Coveo's push-api-client.js pages through with {@code perPage=1000}), {@code POST fields/search} (list with
 * {@code FieldListingOptions}) and {@code POST fields/batch/create} (a JSON array of {@code FieldModel}s, 204).
 */
public final class FieldHandlers {

    /** The privileges batch/create requires, as the Field API reference states them. */
    private static final String CREATE_PRIVILEGE =
            "{\"owner\":\"PLATFORM\",\"targetDomain\":\"FIELD\",\"type\":\"CREATE\",\"targetId\":\"*\"}";

    /** {@code GET indexes/page/fields?page=&perPage=&filter=&type=&origin=&order=&sortBy=&facetsOnly=}. */
    public ApiResponse list(PushCall call) {
        HttpExchange exchange = call.exchange();
        boolean facetsOnly = exchange.query("facetsOnly").map(Boolean::parseBoolean).orElse(false);
        // "filter" of this older listing is taken as a substring of the name, like the newer search's filters.name
        FieldQuery query = new FieldQuery(exchange.query("filter").orElse(null),
                FieldQuery.type(exchange.query("type").orElse(null)), exchange.query("origin").orElse(null),
                facetsOnly ? "TRUE_ONLY" : null, null, null, exchange.query("sortBy").orElse(null),
                FieldQuery.descending(exchange.query("order").orElse(null)), intQuery(call, "page", 0),
                intQuery(call, "perPage", FieldQuery.DEFAULT_PER_PAGE));
        return ApiResponse.json(200, call.organization().fields().page(query));
    }

    /** {@code POST indexes/fields/search} with {@code {page, perPage, sortBy, order, filters: {name, type, origin...}}}. */
    public ApiResponse search(PushCall call) {
        byte[] body = call.exchange().body();
        JsonNode options = body.length == 0 ? StrictJson.mapper().createObjectNode() : StrictJson.parseObject(body);
        JsonNode filters = options.path("filters");
        Set<String> fieldNames = null;
        if (filters.path("fieldNames").isArray()) {
            fieldNames = new HashSet<>();
            for (JsonNode name : filters.path("fieldNames")) {
                fieldNames.add(name.asText());
            }
        }
        FieldQuery query = new FieldQuery(text(filters, "name"), FieldQuery.type(text(filters, "type")),
                text(filters, "origin"), text(filters, "facet"), text(filters, "sort"), fieldNames,
                text(options, "sortBy"), FieldQuery.descending(text(options, "order")),
                integer(options, "page", 0), integer(options, "perPage", FieldQuery.DEFAULT_PER_PAGE));
        return ApiResponse.json(200, call.organization().fields().page(query));
    }

    /**
     * {@code POST indexes/fields/batch/create}: checks every model, then creates all of them or none (Coveo refuses a
     * whole batch that names an existing field, which is why integrations retry one field at a time). The Field
     * API documents no limit on the size of a batch (Coveo's push-api-client.js sends 500 at a time); neither does
     * the emulator, beyond its request size limit.
     */
    public ApiResponse create(PushCall call) {
        if (!call.organization().hasFieldEditPrivilege()) {
            throw new PushApiException(403, "ACCESS_DENIED", "The API key does not have the privilege required to "
                    + "create fields (Fields - Create: " + CREATE_PRIVILEGE + ").");
        }
        DocumentHandlers.requireJsonContentType(call.exchange());
        List<EmulatedField> batch = new ArrayList<>();
        for (JsonNode model : StrictJson.parseArray(call.exchange().body())) {
            batch.add(FieldModels.parse(model));
        }
        call.organization().fields().create(batch);
        return ApiResponse.empty(204);
    }

    private static int intQuery(PushCall call, String name, int fallback) {
        long value = call.longQuery(name).orElse((long) fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw PushApiException.badRequest("INVALID_PARAMETER", name + " is out of range: " + value);
        }
        return (int) value;
    }

    private static String text(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int integer(JsonNode object, String name, int fallback) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw PushApiException.badRequest("INVALID_PARAMETER", name + " must be a whole number: " + value);
        }
        return value.intValue();
    }
}
