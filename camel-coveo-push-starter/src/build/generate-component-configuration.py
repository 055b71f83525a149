#!/usr/bin/env python3
"""Writes CoveoPushComponentConfiguration.java and additional-spring-configuration-metadata.json from the component's
catalog (componentProperties of coveo-push.json), the way camel-spring-boot generates the class of each camel-xxx-starter.

Run it again when the component's options change (CoveoPushComponentConfigurationTest fails while the class is behind):

    python3 camel-coveo-push-starter/src/build/generate-component-configuration.py
"""
import json
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
STARTER = os.path.dirname(os.path.dirname(HERE))
ROOT = os.path.dirname(STARTER)
CATALOG = os.path.join(ROOT, "camel-coveo-push/src/generated/resources/META-INF/io/github/camelcoveo/push/coveo-push.json")
PACKAGE = "io.github.camelcoveo.push.springboot"
JAVA = os.path.join(STARTER, "src/main/java", *PACKAGE.split("."), "CoveoPushComponentConfiguration.java")
METADATA = os.path.join(STARTER, "src/main/resources/META-INF/additional-spring-configuration-metadata.json")
PREFIX = "camel.component.coveo-push"

BOXED = {"boolean": "Boolean", "int": "Integer", "long": "Long", "double": "Double", "float": "Float"}


IMPORTS = set()


def java_type(option):
    t = option["javaType"]
    t = BOXED.get(t, t)
    if t.startswith("java.lang."):
        return t[len("java.lang."):]
    if "." in t:
        IMPORTS.add(t)
        return t.rsplit(".", 1)[1]
    return t


def literal(option, jtype):
    value = option.get("defaultValue")
    if value is None:
        return None
    if jtype == "Boolean":
        return "true" if value in (True, "true") else "false"
    if jtype == "Integer":
        return str(int(value))
    if jtype == "Long":
        return str(int(value)) + "L"
    if jtype == "String":
        return json.dumps(str(value))
    if option.get("type") == "enum":
        return jtype + "." + str(value)
    raise SystemExit("no literal for the default of " + option["name"])


def dashed(name):
    return re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), name)


def javadoc(text, indent):
    text = re.sub(r"\{@code ([^}]*)\}", lambda m: "{@code\x00" + m.group(1) + "}", text)
    lines = [line.replace("\x00", " ") for line in
             textwrap.wrap(text, 116 - len(indent) - 3, break_on_hyphens=False, break_long_words=False)]
    if len(lines) == 1 and len(lines[0]) + len(indent) + 7 <= 120:
        return indent + "/** " + lines[0] + " */\n"
    return indent + "/**\n" + "".join(indent + " * " + line + "\n" for line in lines) + indent + " */\n"


def main():
    with open(CATALOG, encoding="utf-8") as f:
        catalog = json.load(f)
    options = catalog["componentProperties"]
    fields, accessors, hints = [], [], []
    for name, option in options.items():
        option["name"] = name
        jtype = java_type(option)
        default = literal(option, jtype)
        cap = name[0].upper() + name[1:]
        fields.append(javadoc(option["description"], "    ")
                      + "    private " + jtype + " " + name + (" = " + default if default else "") + ";\n")
        setter_body = "        this." + name + " = " + name + ";\n"
        string_enum = option.get("type") == "enum" and jtype == "String"
        if string_enum:
            values = ", ".join(json.dumps(v) for v in option["enum"])
            setter_body = "        this." + name + " = oneOf(\"" + name + "\", " + name + ", " + values + ");\n"
            hints.append({"name": PREFIX + "." + dashed(name), "values": [{"value": v} for v in option["enum"]]})
        accessors.append(
            "    public " + jtype + " get" + cap + "() {\n"
            "        return " + name + ";\n"
            "    }\n\n"
            "    public void set" + cap + "(" + jtype + " " + name + ") {\n"
            + setter_body
            + "        configured(\"" + name + "\", this." + name + ");\n"
            "    }\n")
    class_doc = javadoc(catalog["component"]["description"] + " The options of the {@code coveo-push} component, bound"
                        " from {@code " + PREFIX + ".*}: each becomes the default of every {@code coveo-push} endpoint."
                        " Only the options the application sets reach the component; the others keep the component's"
                        " defaults (shown here and in the configuration metadata). An unknown option under the prefix"
                        " fails the startup instead of being ignored.", "").rstrip("\n")
    secret = [name for name, option in options.items() if option.get("secret")]

    java = f"""/* Generated from the component's catalog (coveo-push.json) by src/build/generate-component-configuration.py:
 * edit the script, not this file, and run it again when the component's options change. */
package {PACKAGE};

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

{"".join("import " + i + ";" + chr(10) for i in sorted(IMPORTS | {"org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon"}))}import org.springframework.boot.context.properties.ConfigurationProperties;

{class_doc}
@ConfigurationProperties(prefix = "{PREFIX}", ignoreUnknownFields = false)
public class CoveoPushComponentConfiguration extends ComponentConfigurationPropertiesCommon {{

    /** The options that must never be shown: their values are masked in {{@link #toString()}}. */
    static final Set<String> SECRET_OPTIONS = Set.of({", ".join(json.dumps(s) for s in secret)});

    /** The options set by the application (properties or code), in the order they were set, with their values. */
    private final Map<String, Object> configured = new LinkedHashMap<>();

{chr(10).join(fields)}
{chr(10).join(accessors)}
    /**
     * The options the application set, with their values: the {{@code configuration}} bean first (when one is given)
     * so that the options set beside it apply to it.
     */
    Map<String, Object> configuredOptions() {{
        Map<String, Object> options = new LinkedHashMap<>();
        if (configured.containsKey("configuration")) {{
            options.put("configuration", configured.get("configuration"));
        }}
        options.putAll(configured);
        return Collections.unmodifiableMap(options);
    }}

    private void configured(String option, Object value) {{
        configured.remove(option);
        configured.put(option, value);
    }}

    private static String oneOf(String option, String value, String... allowed) {{
        if (value == null || value.isEmpty()) {{
            return value;
        }}
        for (String candidate : allowed) {{
            if (candidate.equalsIgnoreCase(value)) {{
                return candidate;
            }}
        }}
        throw new IllegalArgumentException("{PREFIX}." + dashed(option) + " must be one of "
                + Arrays.toString(allowed) + ", not '" + value + "'");
    }}

    private static String dashed(String option) {{
        return option.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }}

    /** The options the application set, secrets masked. */
    @Override
    public String toString() {{
        StringBuilder text = new StringBuilder("CoveoPushComponentConfiguration[");
        String separator = "";
        for (Map.Entry<String, Object> option : configuredOptions().entrySet()) {{
            boolean secret = SECRET_OPTIONS.contains(option.getKey()) && option.getValue() != null;
            text.append(separator).append(option.getKey()).append('=').append(secret ? "******" : option.getValue());
            separator = ", ";
        }}
        return text.append(']').toString();
    }}
}}
"""
    os.makedirs(os.path.dirname(JAVA), exist_ok=True)
    with open(JAVA, "w", encoding="utf-8") as f:
        f.write(java)
    os.makedirs(os.path.dirname(METADATA), exist_ok=True)
    with open(METADATA, "w", encoding="utf-8") as f:
        json.dump({"hints": hints}, f, indent=2)
        f.write("\n")
    print("wrote", os.path.relpath(JAVA, ROOT), "and", os.path.relpath(METADATA, ROOT), "with", len(options), "options")


if __name__ == "__main__":
    main()
