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
import io.github.camelcoveo.push.emulator.logs.IndexingLog;
import io.github.camelcoveo.push.emulator.logs.LogOperation;
import io.github.camelcoveo.push.emulator.logs.LogQuery;
import io.github.camelcoveo.push.emulator.logs.LogResult;
import io.github.camelcoveo.push.emulator.logs.LogTask;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Logs API's "Get indexing pipeline logs" [Source Logs API reference; docs.coveo.com/en/59]:
 * {@code POST /logs/v1/organizations/{org}?from=&to=[&documentId=&documentIdMatching=EXACT|PARTIAL|WILDCARD]
 * [&page=&perPage=]} with a body of {@code GetLogsOrFacetsRequestBodyModel} filters ({@code tasks},
 * {@code operations}, {@code results}, {@code sourcesIds}, {@code resourceIds} and their {@code exclude...}
 * counterparts), answering {@code {"documentLogEntries": [...], "hasNextPage": bool}}.
 * {@code from} and {@code to} are required and at most 7 days apart, as Coveo requires. The source filter is
 * {@code sourcesIds} in Coveo's reference and documentation and {@code sourceIds} in platform-client's
 * {@code FacetsModel}: the emulator reads both.
 */
final class LogHandler implements PushApiHandler {

    private static final Duration LONGEST_RANGE = Duration.ofDays(7);
    private static final String VIEW_PRIVILEGES = "{\"owner\":\"PLATFORM\",\"targetDomain\":\"ORGANIZATION\",\"type\":\"VIEW\"}"
            + " and {\"owner\":\"PLATFORM\",\"targetDomain\":\"SOURCE\",\"type\":\"VIEW\",\"targetId\":\"*\"}";

    @Override
    public ApiResponse handle(PushCall call) {
        if (!call.organization().hasLogsViewPrivilege()) {
            throw new PushApiException(403, "ACCESS_DENIED", "The API key does not have the privileges required to "
                    + "read the indexing pipeline logs (Organization - View and Sources - View all: " + VIEW_PRIVILEGES
                    + ").");
        }
        HttpExchange exchange = call.exchange();
        JsonNode body = exchange.body().length == 0 ? StrictJson.mapper().createObjectNode() : jsonBody(exchange);
        Instant from = instant(call.requiredQuery("from"), "from");
        Instant to = instant(call.requiredQuery("to"), "to");
        if (to.isBefore(from)) {
            throw PushApiException.badRequest("INVALID_PARAMETER", "to (" + to + ") is before from (" + from + ").");
        }
        if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw PushApiException.badRequest("INVALID_PARAMETER", "from and to cannot be more than 7 days apart.");
        }
        LogQuery.Matching matching = exchange.query("documentIdMatching").map(value -> {
            try {
                return LogQuery.Matching.parse(value);
            } catch (IllegalArgumentException e) {
                throw PushApiException.badRequest("INVALID_PARAMETER",
                        "documentIdMatching must be EXACT, PARTIAL or WILDCARD: " + value);
            }
        }).orElse(LogQuery.Matching.EXACT);
        Set<String> sources = strings(body, "sourcesIds");
        sources.addAll(strings(body, "sourceIds"));
        LogQuery query = new LogQuery(from, to, exchange.query("documentId").orElse(null), matching,
                values(body, "tasks", LogTask::valueOf), values(body, "excludeTasks", LogTask::valueOf),
                values(body, "operations", LogOperation::valueOf),
                values(body, "excludeOperations", LogOperation::valueOf),
                values(body, "results", LogResult::valueOf), values(body, "excludeResults", LogResult::valueOf),
                sources, strings(body, "excludeSourceIds"),
                strings(body, "resourceIds"), strings(body, "excludeResourceIds"),
                nonNegative(call, "page", 0), nonNegative(call, "perPage", LogQuery.DEFAULT_PER_PAGE));
        IndexingLog.Page page = call.organization().indexingLog().query(query);
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("documentLogEntries", page.entries().stream().map(entry -> entry.toJson(requestId)).toList());
        response.put("hasNextPage", page.hasNextPage());
        return ApiResponse.json(200, response);
    }

    private static JsonNode jsonBody(HttpExchange exchange) {
        DocumentHandlers.requireJsonContentType(exchange);
        return StrictJson.parseObject(exchange.body());
    }

    /** A W3C date and time ({@code 2025-10-01T00:00:00Z}, {@code 2025-10-01T00:00:00.000-04:00}) or date. */
    static Instant instant(String value, String name) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw PushApiException.badRequest("INVALID_PARAMETER",
                        name + " must be a W3C date and time, e.g. 2025-10-01T00:00:00Z: " + value);
            }
        }
    }

    private static int nonNegative(PushCall call, String name, int fallback) {
        long value = call.longQuery(name).orElse((long) fallback);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw PushApiException.badRequest("INVALID_PARAMETER", name + " must be 0 or more: " + value);
        }
        return (int) value;
    }

    private static Set<String> strings(JsonNode body, String key) {
        return values(body, key, Function.identity());
    }

    private static <T> Set<T> values(JsonNode body, String key, Function<String, T> parse) {
        JsonNode list = body.get(key);
        Set<T> values = new LinkedHashSet<>();
        if (list == null || list.isNull()) {
            return values;
        }
        if (!list.isArray()) {
            throw PushApiException.invalidJson("'" + key + "' must be an array.");
        }
        for (JsonNode value : list) {
            if (!value.isTextual()) {
                throw PushApiException.invalidJson("'" + key + "' must hold strings: " + value);
            }
            try {
                values.add(parse.apply(value.asText()));
            } catch (IllegalArgumentException e) {
                throw PushApiException.badRequest("INVALID_PARAMETER", "Unknown value in '" + key + "': " + value.asText());
            }
        }
        return values;
    }
}
