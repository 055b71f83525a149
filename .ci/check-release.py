#!/usr/bin/env python3
"""Checks, after `./mvnw -B -Prelease-check verify` (or package), that every module published to Maven Central has
what Central requires: the main artifact, its sources and javadoc jars (for jars), a CycloneDX SBOM, and a POM whose
own or inherited metadata holds name, description, url, licenses, developers and scm. Signatures and checksums are
the release profile's and the Central plugin's (RELEASING.md).

A module is published unless its POM sets <maven.deploy.skip>true</maven.deploy.skip> (the switch the parent's
release profiles read), so a new module is checked as soon as the parent lists it.

Usage: python3 .ci/check-release.py [repository root]; prints one line per module and exits 1 on anything missing."""
import json
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
PARENT_ARTIFACT = "camel-coveo-push-parent"
REQUIRED = ["name", "description", "url", "licenses/m:license/m:name", "licenses/m:license/m:url",
            "developers/m:developer/m:name", "scm/m:url", "scm/m:connection", "scm/m:developerConnection"]


def text(pom, path):
    element = pom.find("m:" + path, NS)
    return element.text.strip() if element is not None and element.text and element.text.strip() else None


class Module:
    def __init__(self, directory):
        self.directory = directory
        self.pom = ET.parse(directory / "pom.xml").getroot()
        self.artifact_id = text(self.pom, "artifactId")
        self.version = text(self.pom, "version") or text(self.pom, "parent/m:version")
        self.packaging = text(self.pom, "packaging") or "jar"
        self.parent_id = text(self.pom, "parent/m:artifactId")

    def property(self, name):
        return text(self.pom, "properties/m:" + name)

    def modules(self):
        return [self.directory / m.text.strip() for m in self.pom.findall("m:modules/m:module", NS)]


def reactor(root):
    found, queue = [], [root]
    while queue:
        module = Module(queue.pop(0))
        found.append(module)
        queue.extend(module.modules())
    return found


def check_jar(path, problems, must_contain=None):
    if not path.is_file():
        problems.append(f"missing {path.name}")
        return
    with zipfile.ZipFile(path) as jar:
        names = jar.namelist()
    if must_contain and not any(must_contain(n) for n in names):
        problems.append(f"{path.name} holds no {must_contain.__doc__}")


def java_source(name):
    """.java file"""
    return name.endswith(".java")


def javadoc_index(name):
    """index.html"""
    return name == "index.html"


def class_file(name):
    """.class file"""
    return name.endswith(".class")


def check_sbom(module, target, problems):
    base = f"{module.artifact_id}-{module.version}-cyclonedx"
    for extension in ("json", "xml"):
        if not (target / f"{base}.{extension}").is_file():
            problems.append(f"missing {base}.{extension}")
    sbom_path = target / f"{base}.json"
    if sbom_path.is_file():
        sbom = json.loads(sbom_path.read_text(encoding="utf-8"))
        purl = sbom.get("metadata", {}).get("component", {}).get("purl", "")
        if f"/{module.artifact_id}@{module.version}" not in purl:
            problems.append(f"{sbom_path.name} describes {purl or 'nothing'}")


def check_metadata(module, by_artifact, problems):
    chain, current = [], module
    while current is not None:
        chain.append(current)
        current = by_artifact.get(current.parent_id)
    for path in REQUIRED:
        if not any(text(m.pom, path) for m in chain):
            problems.append(f"POM lacks <{path.replace('m:', '')}> (own or inherited)")
    if module.parent_id and module.parent_id not in by_artifact:
        problems.append(f"parent {module.parent_id} is not built here, so not published with it")


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
    modules = reactor(root)
    by_artifact = {m.artifact_id: m for m in modules}
    failed = False
    for module in modules:
        if module.property("maven.deploy.skip") == "true":
            print(f"check-release: {module.artifact_id}: not published (maven.deploy.skip)")
            continue
        problems = []
        target = module.directory / "target"
        base = f"{module.artifact_id}-{module.version}"
        artifacts = ["pom.xml"]
        if module.packaging in ("jar", "bundle"):
            check_jar(target / f"{base}.jar", problems, class_file)
            check_jar(target / f"{base}-sources.jar", problems, java_source)
            check_jar(target / f"{base}-javadoc.jar", problems, javadoc_index)
            artifacts += [f"{base}.jar", f"{base}-sources.jar", f"{base}-javadoc.jar"]
        check_sbom(module, target, problems)
        artifacts += [f"{base}-cyclonedx.json", f"{base}-cyclonedx.xml"]
        check_metadata(module, by_artifact, problems)
        if problems:
            failed = True
            print(f"check-release: {module.artifact_id}: FAILED: " + "; ".join(problems))
        else:
            print(f"check-release: {module.artifact_id}: " + ", ".join(artifacts))
    if failed:
        print("check-release: run `./mvnw -B -Prelease-check verify` first; see RELEASING.md", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
