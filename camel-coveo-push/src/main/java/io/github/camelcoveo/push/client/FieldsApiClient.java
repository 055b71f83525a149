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
package io.github.camelcoveo.push.client;

import io.github.camelcoveo.push.budget.CoveoApi;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.classic.methods.HttpPost;

/**
 * The index fields of an organization, through the Platform API's Field API (as its reference gives it):
 * {@code POST /rest/organizations/{org}/indexes/fields/search} to read them a page at a time, and
 * {@code POST /rest/organizations/{org}/indexes/fields/batch/create} to create them. The calls go through the Push API
 * client's HTTP client, retries and request budget, with the API key, to the Platform API host only.
 */
public final class FieldsApiClient {

    /** The most fields a search page holds (the reference's range for {@code perPage} is 1 to 1000). */
    static final int PAGE_SIZE = 1000;
    /** The fields one create request holds: what Coveo's TypeScript client sends ({@code createFields}). */
    public static final int CREATE_BATCH = 500;
    /** A page of 1000 fields is some 700 KB of JSON. */
    private static final int MAX_PAGE_BODY = 16 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A field of the index: its name, its type (STRING, LONG, LONG_64, DOUBLE, DATE, VECTOR), whether multi-value. */
    public record IndexField(String name, String type, boolean multiValue) {
    }

    private final PushApiClient pushApi;
    private final PushApiUrls urls;

    public FieldsApiClient(PushApiClient pushApi, URI platformBase, String organizationId) {
        this.pushApi = pushApi;
        this.urls = new PushApiUrls(platformBase, organizationId);
    }

    /**
     * The Platform API base URL of an organization's region and environment,
     * {@code https://platform{env}{-region}.cloud.coveo.com/rest}, by the Push API's rule; or {@code override}.
     */
    public static URI baseUrl(String override, String region, String environment) {
        if (override != null && !override.isBlank()) {
            return PushApiUrls.checkedOverride("platformApiUrl", override.strip());
        }
        return URI.create("https://platform" + CoveoEnvironment.of(environment).hostPart()
                          + CoveoRegion.of(region).hostPart() + ".cloud.coveo.com/rest");
    }

    /** Every field of the organization, read page after page. */
    public CompletableFuture<List<IndexField>> listFields() {
        return page(0, null, new ArrayList<>());
    }

    /** The fields of these names that exist. */
    public CompletableFuture<List<IndexField>> fieldsNamed(Collection<String> names) {
        return page(0, List.copyOf(names), new ArrayList<>());
    }

    private CompletableFuture<List<IndexField>> page(int number, List<String> names, List<IndexField> read) {
        ObjectNode options = JSON.createObjectNode().put("page", number).put("perPage", PAGE_SIZE);
        if (names != null) {
            names.forEach(options.putObject("filters").putArray("fieldNames")::add);
        }
        return post("listFields", List.of("indexes", "fields", "search"), options, MAX_PAGE_BODY)
                .thenCompose(response -> {
                    JsonNode page = readJson(response, "listFields");
                    page.path("items").forEach(item -> read.add(new IndexField(item.path("name").asText(),
                            item.path("type").asText("STRING").toUpperCase(Locale.ROOT),
                            item.path("multiValueFacet").asBoolean(false))));
                    return number + 1 < page.path("totalPages").asInt(0) ? page(number + 1, names, read)
                            : CompletableFuture.completedFuture(read);
                });
    }

    /**
     * Creates the fields, in one request: numeric and date fields facet and sortable (Coveo allows nothing else),
     * string fields neither (Coveo's defaults), multi-value string fields as multi-value facets; all included in
     * queries and results.
     */
    public CompletableFuture<Void> createFields(List<IndexField> fields) {
        ArrayNode models = JSON.createArrayNode();
        for (IndexField field : fields) {
            boolean string = field.type().equals("STRING");
            models.addObject().put("name", field.name()).put("type", field.type())
                    .put("facet", !string).put("multiValueFacet", string && field.multiValue()).put("sort", !string)
                    .put("includeInQuery", true).put("includeInResults", true);
        }
        return post("createFields", List.of("indexes", "fields", "batch", "create"), models, 0)
                .thenApply(response -> null);
    }

    /** Whether Coveo refused a creation because a field of that name exists (another instance created it). */
    public static boolean isAlreadyExists(Throwable error) {
        return error instanceof CoveoPushApiException api && (api.getStatusCode() == 409 || api.getErrorCode() != null
                && api.getErrorCode().toUpperCase(Locale.ROOT).contains("ALREADY_EXISTS"));
    }

    private CompletableFuture<PushApiResponse> post(String operation, List<String> path, JsonNode body, int maxBody) {
        URI uri = urls.resolve(path, Map.of());
        byte[] json = body.toString().getBytes(StandardCharsets.UTF_8);
        return pushApi.submit(CoveoApi.PLATFORM, operation, () -> pushApi.calls().withJson(new HttpPost(uri), RequestBody.of(json)),
                maxBody).exceptionallyCompose(error -> CompletableFuture.failedFuture(explained(operation, error)));
    }

    /** A 403 says which privilege the API key lacks. */
    private static Throwable explained(String operation, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (!(cause instanceof CoveoPushApiException api) || api.getStatusCode() != 403) {
            return cause;
        }
        String privilege = operation.equals("createFields")
                ? "the \"Fields - Edit\" privilege to create fields (its CREATE right, Fields - Create in the Field API's"
                  + " reference)"
                : "the \"Fields - View\" privilege to read fields";
        String said = api.getCoveoMessage() == null || api.getCoveoMessage().isBlank() ? ""
                : api.getCoveoMessage() + "; ";
        return new CoveoPushApiException(403, api.getErrorCode(),
                said + "createMissingFields needs an API key with " + privilege, operation, null, api.getAttempts(), null);
    }

    private static JsonNode readJson(PushApiResponse response, String operation) {
        try {
            return JSON.readTree(response.body() == null ? "{}" : response.body());
        } catch (IOException e) {
            throw new CompletionException(new CoveoPushApiException(response.statusCode(), "INVALID_RESPONSE",
                    "unreadable page of fields: " + HttpCalls.textOf(e), operation, null, 1, null));
        }
    }
}
