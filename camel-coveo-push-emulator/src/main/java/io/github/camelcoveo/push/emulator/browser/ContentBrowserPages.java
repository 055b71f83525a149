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

import io.github.camelcoveo.push.emulator.fields.EmulatedField;
import io.github.camelcoveo.push.emulator.fields.IndexedMetadata;
import io.github.camelcoveo.push.emulator.logs.IndexingLogEntry;
import io.github.camelcoveo.push.emulator.logs.LogResult;
import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.LoadStream;
import io.github.camelcoveo.push.emulator.store.OrganizationRegistry;
import io.github.camelcoveo.push.emulator.store.RejectedItem;
import io.github.camelcoveo.push.emulator.store.SecurityProvider;
import io.github.camelcoveo.push.emulator.store.StoredIdentity;
import io.github.camelcoveo.push.emulator.store.StatusChange;

import java.util.List;
import java.util.Map;

import static io.github.camelcoveo.push.emulator.browser.Html.escape;
import static io.github.camelcoveo.push.emulator.browser.Html.url;

/** The server-rendered HTML of the content browser, in the spirit of Coveo's administration console. */
final class ContentBrowserPages {

    private final OrganizationRegistry organizations;

    ContentBrowserPages(OrganizationRegistry organizations) {
        this.organizations = organizations;
    }

    String index() {
        StringBuilder body = new StringBuilder("<h1>Content browser</h1>");
        List<EmulatedOrganization> all = organizations.all();
        if (all.isEmpty()) {
            body.append("<p>No organization yet.</p>");
        }
        for (EmulatedOrganization organization : all) {
            body.append("<h2>Organization ").append(escape(organization.id())).append("</h2>")
                    .append("<p><a class=\"fields-link\" href=\"").append(escape(fieldsLink(organization.id())))
                    .append("\">Fields</a> <span class=\"muted\">(").append(organization.fields().all().size())
                    .append(" fields)</span> <a class=\"logs-link\" href=\"").append(escape(logsLink(organization.id())))
                    .append("\">Indexing log</a></p>");
            if (organization.sources().isEmpty()) {
                body.append("<p>No source yet.</p>");
            }
            for (EmulatedSource source : organization.sources()) {
                body.append(sourceSection(organization.id(), source));
            }
            if (!organization.providers().isEmpty()) {
                body.append("<h3>Security identity providers</h3><ul class=\"providers\">");
                for (SecurityProvider provider : organization.providers()) {
                    body.append("<li><a href=\"").append(escape(providerLink(organization.id(), provider.id())))
                            .append("\">").append(escape(provider.id())).append("</a> <span class=\"muted\">(")
                            .append(provider.size()).append(" identities)</span></li>");
                }
                body.append("</ul>");
            }
        }
        return Html.page("Coveo Push API emulator", body.toString());
    }

    private String sourceSection(String organizationId, EmulatedSource source) {
        StringBuilder section = new StringBuilder("<h3 class=\"source\">").append(source.isCatalog() ? "Catalog source "
                        : "Source ").append(escape(source.id()))
                .append(" <span class=\"muted\">(").append(source.itemCount()).append(" items, status ")
                .append(escape(source.currentStatus().map(StatusChange::statusType).orElse("none")))
                .append(")</span></h3>");
        List<IndexedItem> items = source.items();
        if (source.isCatalog()) {
            section.append(openStreams(source));
        }
        if (items.isEmpty()) {
            return section.append("<p>No item.</p>").append(rejected(source)).toString();
        }
        if (!source.isCatalog()) {
            return section.append(itemTable(organizationId, source, items, null)).append(rejected(source)).toString();
        }
        Map<String, List<IndexedItem>> byType = ItemViews.byObjectType(items);
        section.append("<p class=\"object-types\">");
        byType.forEach((type, typed) -> section.append("<a href=\"#").append(escape(anchor(source.id(), type)))
                .append("\">").append(escape(type)).append("</a> <span class=\"muted\">(").append(typed.size())
                .append(")</span> "));
        section.append("</p>");
        byType.forEach((type, typed) -> section.append("<h4 id=\"").append(escape(anchor(source.id(), type)))
                .append("\" class=\"object-type\">").append(escape(type)).append("</h4>")
                .append(itemTable(organizationId, source, typed, type)));
        return section.append(rejected(source)).toString();
    }

    private static String anchor(String sourceId, String objectType) {
        return "objecttype-" + sourceId + "-" + objectType;
    }

    private static String itemTable(String organizationId, EmulatedSource source, List<IndexedItem> items,
                                    String objectType) {
        StringBuilder table = new StringBuilder("<table class=\"items\" data-source=\"").append(escape(source.id()))
                .append("\"");
        if (objectType != null) {
            table.append(" data-objecttype=\"").append(escape(objectType)).append("\"");
        }
        table.append("><tr><th>documentId</th><th>title</th><th>fileExtension</th><th>orderingId</th>")
                .append("<th>size</th><th>content</th></tr>");
        for (IndexedItem item : items) {
            table.append("<tr><td><a href=\"").append(escape(itemLink(organizationId, source.id(), item)))
                    .append("\">").append(escape(item.documentId())).append("</a></td><td>")
                    .append(escape(item.title())).append("</td><td>").append(escape(item.fileExtension()))
                    .append("</td><td>").append(item.orderingId()).append("</td><td>").append(item.contentSize())
                    .append("</td><td>").append(ItemViews.contentKind(item)).append("</td></tr>");
        }
        return table.append("</table>").toString();
    }

    /** A Catalog source's loads opened and not closed: they have applied nothing yet. */
    private static String openStreams(EmulatedSource source) {
        List<LoadStream> open = source.openStreams();
        if (open.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("<p class=\"open-streams\">Open load streams (nothing applied until "
                + "closed):</p><ul class=\"open-streams\">");
        for (LoadStream stream : open) {
            list.append("<li>").append(escape(stream.streamId())).append(" <span class=\"muted\">(opened ")
                    .append(stream.openedAt()).append(", ").append(stream.fileIds().size()).append(" chunk(s))</span></li>");
        }
        return list.append("</ul>").toString();
    }

    /** The items the Push API accepted and the index then refused, with the reason. */
    private static String rejected(EmulatedSource source) {
        List<RejectedItem> rejected = source.rejectedItems();
        if (rejected.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("<h4>Rejected at indexing</h4><table class=\"rejected\" data-source=\"")
                .append(escape(source.id())).append("\"><tr><th>documentId</th><th>orderingId</th><th>reason</th>")
                .append("<th>at</th></tr>");
        for (RejectedItem item : rejected) {
            table.append("<tr class=\"rejected\"><td>").append(escape(item.documentId())).append("</td><td>")
                    .append(item.orderingId()).append("</td><td>").append(escape(item.reason())).append("</td><td>")
                    .append(item.at()).append("</td></tr>");
        }
        return table.append("</table>").toString();
    }

    /** The organization's indexing log, newest first, as the console's Log Browser lists it. */
    String logs(EmulatedOrganization organization) {
        List<IndexingLogEntry> entries = organization.indexingLog().all();
        StringBuilder body = new StringBuilder("<h1>Indexing log</h1><p class=\"muted\">Organization ")
                .append(escape(organization.id())).append(", ").append(entries.size()).append(" entries</p>");
        if (entries.isEmpty()) {
            return Html.page("Indexing log", body.append("<p>No entry.</p>").toString());
        }
        body.append("<table class=\"log\"><tr><th>datetime</th><th>source</th><th>task</th><th>operation</th>")
                .append("<th>result</th><th>id</th><th>details</th></tr>");
        for (int i = entries.size() - 1; i >= 0; i--) {
            IndexingLogEntry entry = entries.get(i);
            boolean failed = entry.result() == LogResult.ERROR || entry.result() == LogResult.REJECTED;
            body.append("<tr class=\"").append(entry.result().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"><td>").append(entry.datetime()).append("</td><td>").append(escape(entry.sourceId()))
                    .append("</td><td>").append(entry.task()).append("</td><td>").append(entry.operation())
                    .append("</td><td>").append(failed ? "<strong>" + entry.result() + "</strong>" : entry.result())
                    .append("</td><td>").append(escape(entry.id())).append("</td><td>").append(escape(entry.meta()))
                    .append("</td></tr>");
        }
        return Html.page("Indexing log", body.append("</table>").toString());
    }

    static String logsLink(String organizationId) {
        return "/emulator/logs?org=" + url(organizationId);
    }

    String item(String organizationId, EmulatedSource source, IndexedItem item) {
        StringBuilder body = new StringBuilder("<h1>").append(escape(item.title() == null ? item.documentId() : item.title()))
                .append("</h1><p class=\"muted\">Organization ").append(escape(organizationId)).append(", source ")
                .append(escape(source.id())).append("</p><table class=\"fields\">");
        Map<String, Object> detail = ItemViews.detail(item);
        detail.remove("text");
        detail.remove("contentBase64");
        detail.remove("metadata");
        detail.forEach((name, value) -> body.append(row(name, value)));
        body.append("</table><h2>Metadata</h2>").append(metadata(item));
        body.append("<h2>Permissions</h2>");
        body.append(permissions(organizationId, item));
        body.append("<h2>Content</h2>");
        body.append(content(organizationId, source, item));
        body.append("<h2>Status history of the source</h2>").append(statusHistory(source));
        return Html.page(item.documentId(), body.toString());
    }

    /** Each metadata with the type of the field it populates, or why the index does not search it. */
    private static String metadata(IndexedItem item) {
        if (item.metadata().isEmpty()) {
            return "<p>No metadata.</p>";
        }
        StringBuilder table = new StringBuilder("<table class=\"metadata\"><tr><th>key</th><th>value</th><th>field</th></tr>");
        item.metadata().forEach((key, value) -> {
            IndexedMetadata indexed = item.indexing(key).orElse(null);
            boolean searchable = indexed != null && indexed.searchable();
            table.append("<tr class=\"").append(searchable ? "searchable" : "unsearchable").append("\"><th>")
                    .append(escape(key)).append("</th><td>").append(escape(value)).append("</td><td>")
                    .append(indexed == null ? "unknown" : searchable ? escape(indexed.describe())
                            : "<strong>" + escape(indexed.describe()) + "</strong>")
                    .append("</td></tr>");
        });
        return table.append("</table>").toString();
    }

    /** The fields of an organization's index, as the console's Fields page lists them. */
    String fields(EmulatedOrganization organization) {
        List<EmulatedField> fields = organization.fields().all();
        StringBuilder body = new StringBuilder("<h1>Fields</h1><p class=\"muted\">Organization ")
                .append(escape(organization.id())).append(", ").append(fields.size()).append(" fields</p>")
                .append("<table class=\"field-list\"><tr><th>name</th><th>type</th><th>origin</th><th>facet</th>")
                .append("<th>multiValueFacet</th><th>sort</th><th>includeInQuery</th><th>description</th></tr>");
        for (EmulatedField field : fields) {
            body.append("<tr data-field=\"").append(escape(field.name())).append("\"><td>").append(escape(field.name()))
                    .append("</td><td>").append(field.type()).append("</td><td>").append(field.origin())
                    .append("</td><td>").append(field.option("facet")).append("</td><td>")
                    .append(field.option("multiValueFacet")).append("</td><td>").append(field.option("sort"))
                    .append("</td><td>").append(field.option("includeInQuery")).append("</td><td>")
                    .append(escape(field.options().get("description"))).append("</td></tr>");
        }
        return Html.page("Fields of " + organization.id(), body.append("</table>").toString());
    }

    static String fieldsLink(String organizationId) {
        return "/emulator/fields?org=" + url(organizationId);
    }

    private String content(String organizationId, EmulatedSource source, IndexedItem item) {
        if (item.contentSize() == 0) {
            return "<p>No content.</p>";
        }
        if (!item.isContentRetained()) {
            return "<p>Content not retained: " + item.contentSize() + " bytes, SHA-256 <code>" + item.contentSha256()
                    + "</code>.</p>";
        }
        String download = "/emulator/content?org=" + url(organizationId) + "&source=" + url(source.id())
                + "&documentId=" + url(item.documentId());
        String link = "<p><a class=\"download\" href=\"" + escape(download) + "\">Download (" + item.contentSize()
                + " bytes)</a></p>";
        return item.text().map(text -> "<pre class=\"content\">" + escape(text) + "</pre>" + link)
                .orElse("<p>Binary content, " + item.contentSize() + " bytes.</p>" + link);
    }

    private String permissions(String organizationId, IndexedItem item) {
        EmulatedOrganization organization = organizations.find(organizationId).orElse(null);
        if (item.permissionsJson() == null || organization == null) {
            return "<p>No permissions (the item is not secured).</p>";
        }
        List<Map<String, Object>> rows = PermissionViews.entries(item, organization);
        StringBuilder table = new StringBuilder("<table class=\"permissions\"><tr><th>level</th><th>set</th>"
                                                + "<th>access</th><th>identity</th><th>identityType</th>"
                                                + "<th>securityProvider</th><th>resolved</th></tr>");
        for (Map<String, Object> row : rows) {
            boolean resolved = Boolean.TRUE.equals(row.get("resolved"));
            table.append("<tr class=\"").append(resolved ? "resolved" : "unresolved").append("\"><td>")
                    .append(escape(row.get("level"))).append("</td><td>").append(escape(row.get("set")))
                    .append("</td><td>").append(escape(row.get("access"))).append("</td><td>")
                    .append(escape(row.get("identity"))).append("</td><td>").append(escape(row.get("identityType")))
                    .append("</td><td>").append(escape(row.get("securityProvider"))).append("</td><td>")
                    .append(resolved ? "resolved" : "<strong>unresolved</strong>").append("</td></tr>");
        }
        return table.append("</table><p class=\"muted\">Raw: <code>").append(escape(item.permissionsJson()))
                .append("</code></p>").toString();
    }

    String provider(String organizationId, SecurityProvider provider) {
        StringBuilder body = new StringBuilder("<h1>Security identity provider ").append(escape(provider.id()))
                .append("</h1><p class=\"muted\">Organization ").append(escape(organizationId)).append(", ")
                .append(provider.size()).append(" identities</p>");
        List<StoredIdentity> identities = provider.identities();
        if (identities.isEmpty()) {
            return Html.page(provider.id(), body.append("<p>No identity.</p>").toString());
        }
        body.append("<table class=\"identities\"><tr><th>name</th><th>type</th><th>members</th><th>wellKnowns</th>"
                    + "<th>mappings</th><th>orderingId</th></tr>");
        for (StoredIdentity identity : identities) {
            body.append("<tr><td>").append(escape(identity.name())).append("</td><td>").append(escape(identity.type()))
                    .append("</td><td>").append(refs(identity.members())).append("</td><td>")
                    .append(refs(identity.wellKnowns())).append("</td><td>").append(refs(identity.mappings()))
                    .append("</td><td>").append(identity.orderingId()).append("</td></tr>");
        }
        return Html.page(provider.id(), body.append("</table>").toString());
    }

    private static String refs(List<StoredIdentity.IdentityRef> refs) {
        StringBuilder text = new StringBuilder();
        for (StoredIdentity.IdentityRef ref : refs) {
            if (!text.isEmpty()) {
                text.append("<br>");
            }
            text.append(escape(ref.type() + ":" + ref.name() + (ref.provider() == null ? "" : " @ " + ref.provider())));
        }
        return text.toString();
    }

    static String providerLink(String organizationId, String providerId) {
        return "/emulator/providers?org=" + url(organizationId) + "&provider=" + url(providerId);
    }

    private static String statusHistory(EmulatedSource source) {
        List<StatusChange> history = source.statusHistory();
        if (history.isEmpty()) {
            return "<p>No status change received.</p>";
        }
        StringBuilder table = new StringBuilder("<table class=\"status\"><tr><th>at</th><th>statusType</th></tr>");
        history.forEach(change -> table.append("<tr><td>").append(change.at()).append("</td><td>")
                .append(escape(change.statusType())).append("</td></tr>"));
        return table.append("</table>").toString();
    }

    private static String row(String name, Object value) {
        return "<tr><th>" + escape(name) + "</th><td>" + escape(value) + "</td></tr>";
    }

    static String itemLink(String organizationId, String sourceId, IndexedItem item) {
        return "/emulator/items?org=" + url(organizationId) + "&source=" + url(sourceId)
                + "&documentId=" + url(item.documentId());
    }
}
