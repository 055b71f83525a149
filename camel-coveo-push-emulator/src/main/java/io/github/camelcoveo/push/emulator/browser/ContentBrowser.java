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
package io.github.camelcoveo.push.emulator.browser;

import io.github.camelcoveo.push.emulator.EmulatorStats;
import io.github.camelcoveo.push.emulator.http.ApiResponse;
import io.github.camelcoveo.push.emulator.http.EmulatorContext;
import io.github.camelcoveo.push.emulator.http.HttpExchange;
import io.github.camelcoveo.push.emulator.http.PushApiException;
import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.LoadStream;
import io.github.camelcoveo.push.emulator.store.SecurityProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /emulator/}: the HTML content browser and its JSON API ({@code /emulator/api/organizations},
 * {@code items}, {@code item} with its permissions resolved, {@code identities}, {@code status},
 * {@code requests}, {@code stats}, {@code streams} (a Catalog source's loads; {@code items} takes {@code objecttype}), {@code fields}, {@code logs}, {@code rejected}; {@code /emulator/providers} lists a
 * provider's identities, {@code /emulator/fields} an organization's fields, {@code /emulator/logs} its indexing log). Read-only, no key needed.
 */
public final class ContentBrowser implements Function<HttpExchange, ApiResponse> {

    private final EmulatorContext context;
    private final ContentBrowserPages pages;

    public ContentBrowser(EmulatorContext context) {
        this.context = context;
        this.pages = new ContentBrowserPages(context.organizations());
    }

    @Override
    public ApiResponse apply(HttpExchange exchange) {
        if (!exchange.method().equals("GET")) {
            return notFound("The content browser is read-only.");
        }
        try {
            return route(exchange);
        } catch (PushApiException rejection) {
            return ApiResponse.error(rejection);
        }
    }

    private ApiResponse route(HttpExchange exchange) {
        return switch (exchange.path()) {
            case "/emulator", "/emulator/" -> ApiResponse.html(pages.index());
            case "/emulator/items" -> ApiResponse.html(pages.item(organization(exchange), source(exchange), item(exchange)));
            case "/emulator/providers" -> ApiResponse.html(pages.provider(organization(exchange), provider(exchange)));
            case "/emulator/fields" -> ApiResponse.html(pages.fields(emulatedOrganization(exchange)));
            case "/emulator/logs" -> ApiResponse.html(pages.logs(emulatedOrganization(exchange)));
            case "/emulator/api/logs" -> ApiResponse.json(200, emulatedOrganization(exchange).indexingLog().all().stream()
                    .map(entry -> entry.toJson(null)).toList());
            case "/emulator/api/rejected" -> ApiResponse.json(200, source(exchange).rejectedItems().stream()
                    .map(item -> Map.of("documentId", item.documentId(), "orderingId", item.orderingId(),
                            "reason", item.reason(), "at", item.at().toString())).toList());
            case "/emulator/api/fields" -> ApiResponse.json(200, emulatedOrganization(exchange).fields().all().stream()
                    .map(field -> {
                        Map<String, Object> view = field.toModel();
                        view.put("origin", field.origin());
                        return view;
                    }).toList());
            case "/emulator/api/identities" -> ApiResponse.json(200, PermissionViews.identities(provider(exchange)));
            case "/emulator/content" -> content(item(exchange));
            case "/emulator/api/organizations" -> ApiResponse.json(200, organizations());
            case "/emulator/api/items" -> ApiResponse.json(200, source(exchange).items().stream()
                    .filter(item -> exchange.query("objecttype").map(type -> type.equalsIgnoreCase(item.objectType()))
                            .orElse(true))
                    .map(ItemViews::summary).toList());
            case "/emulator/api/streams" -> ApiResponse.json(200, source(exchange).loadStreams().stream()
                    .map(ContentBrowser::streamView).toList());
            case "/emulator/api/item" -> ApiResponse.json(200, itemDetail(exchange));
            case "/emulator/api/status" -> ApiResponse.json(200, source(exchange).statusHistory());
            case "/emulator/api/requests" -> ApiResponse.json(200, context.requestLog().all());
            case "/emulator/api/stats" -> ApiResponse.json(200, EmulatorStats.of(context));
            default -> notFound("No such page: " + exchange.path());
        };
    }

    private List<Map<String, Object>> organizations() {
        return context.organizations().all().stream().map(organization -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", organization.id());
            view.put("sources", organization.sources().stream().map(source -> {
                Map<String, Object> sourceView = new LinkedHashMap<>();
                sourceView.put("id", source.id());
                sourceView.put("type", source.type().name());
                sourceView.put("items", source.itemCount());
                if (source.isCatalog()) {
                    Map<String, Integer> objectTypes = new LinkedHashMap<>();
                    ItemViews.byObjectType(source.items()).forEach((type, items) -> objectTypes.put(type, items.size()));
                    sourceView.put("objectTypes", objectTypes);
                    sourceView.put("openStreams", source.openStreams().size());
                }
                sourceView.put("status", source.currentStatus().map(change -> change.statusType()).orElse(null));
                return sourceView;
            }).toList());
            view.put("securityProviders", organization.providers().stream().map(provider -> {
                Map<String, Object> providerView = new LinkedHashMap<>();
                providerView.put("id", provider.id());
                providerView.put("identities", provider.size());
                return providerView;
            }).toList());
            return view;
        }).toList();
    }

    private static Map<String, Object> streamView(LoadStream stream) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("streamId", stream.streamId());
        view.put("openedAt", stream.openedAt().toString());
        view.put("fileIds", stream.fileIds());
        view.put("open", stream.isOpen());
        view.put("closedAt", stream.closedAt().map(Object::toString).orElse(null));
        return view;
    }

    /** The item's detail, with its permissions resolved against the organization's providers. */
    private Map<String, Object> itemDetail(HttpExchange exchange) {
        Map<String, Object> detail = ItemViews.detail(item(exchange));
        detail.put("permissionEntries", PermissionViews.entries(item(exchange), emulatedOrganization(exchange)));
        return detail;
    }

    private EmulatedOrganization emulatedOrganization(HttpExchange exchange) {
        return context.organizations().find(organization(exchange))
                .orElseThrow(() -> new PushApiException(404, "NOT_FOUND", "No such organization."));
    }

    private SecurityProvider provider(HttpExchange exchange) {
        String providerId = required(exchange, "provider");
        return emulatedOrganization(exchange).provider(providerId)
                .orElseThrow(() -> new PushApiException(404, "NOT_FOUND", "No such security identity provider: "
                                                                          + providerId));
    }

    private String organization(HttpExchange exchange) {
        return required(exchange, "org");
    }

    private EmulatedSource source(HttpExchange exchange) {
        String sourceId = required(exchange, "source");
        EmulatedOrganization organization = context.organizations().find(organization(exchange))
                .orElseThrow(() -> new PushApiException(404, "NOT_FOUND", "No such organization."));
        return organization.source(sourceId)
                .orElseThrow(() -> new PushApiException(404, "NOT_FOUND", "No such source: " + sourceId));
    }

    private IndexedItem item(HttpExchange exchange) {
        String documentId = required(exchange, "documentId");
        return source(exchange).item(documentId)
                .orElseThrow(() -> new PushApiException(404, "NOT_FOUND", "No such item: " + documentId));
    }

    private static ApiResponse content(IndexedItem item) {
        if (!item.isContentRetained()) {
            return notFound("The content of " + item.documentId() + " was not retained (" + item.contentSize()
                    + " bytes, SHA-256 " + item.contentSha256() + ").");
        }
        return ApiResponse.bytes(200, "application/octet-stream", item.content());
    }

    private static String required(HttpExchange exchange, String name) {
        return exchange.query(name).orElseThrow(() -> PushApiException.badRequest("MISSING_PARAMETER", name + " is required."));
    }

    private static ApiResponse notFound(String message) {
        return ApiResponse.error(new PushApiException(404, "NOT_FOUND", message));
    }
}
