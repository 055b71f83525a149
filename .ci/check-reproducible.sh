#!/usr/bin/env bash
# Builds the published modules twice, from clean, and compares what Maven Central would get (the jars, their sources
# and javadoc jars) byte for byte: project.build.outputTimestamp must make them reproducible. The SBOMs are left out
# (CycloneDX gives each BOM a serial number of its own).
# Extra arguments go to Maven (e.g. -o). Takes two packaging builds without tests (about 2 x 1.5 min on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
modules="camel-coveo-push,camel-coveo-push-emulator,camel-coveo-push-starter"
first="$(mktemp -d)"
trap 'rm -rf "$first"' EXIT

build() {
  ./mvnw -B -q "$@" -pl "$modules" -am -Prelease-check clean package -DskipTests -DskipGeneratedCheck=true
}
artifacts() {
  find . -path ./.git -prune -o -path '*/target/*' -name '*.jar' -print | grep -v -e '/target/.*/' -e 'original-' | sort
}

build "$@"
artifacts | while read -r jar; do mkdir -p "$first/$(dirname "$jar")"; cp "$jar" "$first/$jar"; done
count="$(artifacts | wc -l)"
if [ "$count" -lt 9 ]; then
  echo "check-reproducible: only $count jars built, expected the jar, sources and javadoc of 3 modules" >&2
  exit 1
fi
build "$@"
status=0
while read -r jar; do
  if [ ! -f "$first/$jar" ]; then
    echo "check-reproducible: $jar is new in the second build" >&2; status=1
  elif ! cmp -s "$first/$jar" "$jar"; then
    echo "check-reproducible: $jar differs between two builds:" >&2
    (cd "$(mktemp -d)" && unzip -qo "$first/$jar" -d a && unzip -qo "$OLDPWD/$jar" -d b \
      && diff -rq a b | head -20 >&2) || true
    status=1
  fi
done < <(artifacts)
if [ "$status" -eq 0 ]; then
  echo "check-reproducible: $count jars byte-identical in two builds:"
  artifacts | sed 's/^/  /'
fi
exit "$status"
