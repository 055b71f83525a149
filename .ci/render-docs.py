#!/usr/bin/env python3
"""Renders the option and header tables of the component's .adoc page from the generated catalog JSON.

Run after changing an option or header: python3 .ci/render-docs.py
DocsInSyncTest fails the build when the page and the catalog disagree.
"""
import json
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
catalog = json.loads((root / "camel-coveo-push/src/generated/resources/META-INF/io/github/camelcoveo/push/coveo-push.json").read_text())
page = root / "camel-coveo-push/src/main/docs/coveo-push-component.adoc"


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def options_table(options):
    rows = ["[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]", "|===", "| Name | Description | Default | Type"]
    for name, o in options.items():
        rows.append(f"| *{name}* ({o.get('group', 'common')}) | {cell(o.get('description', ''))}"
                    f"{' Required.' if o.get('required') else ''}{' Secret.' if o.get('secret') else ''}"
                    f" | {cell(o.get('defaultValue', ''))} | {cell(o.get('type', ''))}")
    rows.append("|===")
    return "\n".join(rows)


def headers_table(headers):
    rows = ["[width=\"100%\",cols=\"2,5,2\",options=\"header\"]", "|===", "| Name | Description | Type"]
    for name, h in headers.items():
        rows.append(f"| *{name}* | {cell(h.get('description', ''))} | {cell(h.get('javaType', ''))}")
    rows.append("|===")
    return "\n".join(rows)


def replace(text, marker, body):
    pattern = re.compile(rf"(// {marker}: START\n).*?(// {marker}: END)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"marker {marker} missing in {page}")
    return pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2), text)


text = page.read_text()
text = replace(text, "component options", options_table(catalog["componentProperties"]))
text = replace(text, "endpoint options", options_table(catalog["properties"]))
text = replace(text, "headers", headers_table(catalog["headers"]))
page.write_text(text)
print(f"rendered {len(catalog['componentProperties'])} component options, {len(catalog['properties'])} endpoint"
      f" options, {len(catalog['headers'])} headers into {page.relative_to(root)}")
