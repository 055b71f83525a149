package io.github.camelcoveo.push.emulator.browser;

import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.OrganizationRegistry;
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
            body.append("<h2>Organization ").append(escape(organization.id())).append("</h2>");
            if (organization.sources().isEmpty()) {
                body.append("<p>No source yet.</p>");
            }
            for (EmulatedSource source : organization.sources()) {
                body.append(sourceSection(organization.id(), source));
            }
        }
        return Html.page("Coveo Push API emulator", body.toString());
    }

    private String sourceSection(String organizationId, EmulatedSource source) {
        StringBuilder section = new StringBuilder("<h3 class=\"source\">Source ").append(escape(source.id()))
                .append(" <span class=\"muted\">(").append(source.itemCount()).append(" items, status ")
                .append(escape(source.currentStatus().map(StatusChange::statusType).orElse("none")))
                .append(")</span></h3>");
        List<IndexedItem> items = source.items();
        if (items.isEmpty()) {
            return section.append("<p>No item.</p>").toString();
        }
        section.append("<table class=\"items\" data-source=\"").append(escape(source.id())).append("\">")
                .append("<tr><th>documentId</th><th>title</th><th>fileExtension</th><th>orderingId</th>")
                .append("<th>size</th><th>content</th></tr>");
        for (IndexedItem item : items) {
            section.append("<tr><td><a href=\"").append(escape(itemLink(organizationId, source.id(), item)))
                    .append("\">").append(escape(item.documentId())).append("</a></td><td>")
                    .append(escape(item.title())).append("</td><td>").append(escape(item.fileExtension()))
                    .append("</td><td>").append(item.orderingId()).append("</td><td>").append(item.contentSize())
                    .append("</td><td>").append(ItemViews.contentKind(item)).append("</td></tr>");
        }
        return section.append("</table>").toString();
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
        item.metadata().forEach((name, value) -> body.append(row("metadata: " + name, value)));
        body.append("</table><h2>Content</h2>");
        body.append(content(organizationId, source, item));
        body.append("<h2>Status history of the source</h2>").append(statusHistory(source));
        return Html.page(item.documentId(), body.toString());
    }

    private String content(String organizationId, EmulatedSource source, IndexedItem item) {
        if (item.contentSize() == 0) {
            return "<p>No content.</p>";
        }
        String download = "/emulator/content?org=" + url(organizationId) + "&source=" + url(source.id())
                + "&documentId=" + url(item.documentId());
        String link = "<p><a class=\"download\" href=\"" + escape(download) + "\">Download (" + item.contentSize()
                + " bytes)</a></p>";
        return item.text().map(text -> "<pre class=\"content\">" + escape(text) + "</pre>" + link)
                .orElse("<p>Binary content, " + item.contentSize() + " bytes.</p>" + link);
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
