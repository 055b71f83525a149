#!/usr/bin/env bash
# The Camel version matrix (README, "Camel versions"): after the default build (Camel 4.22, which compiled the
# classes), run the component's tests again against each older Camel line users run, one profile at a time.
# A profile keeps the classes compiled with 4.22 (as a user's application gets the published jar) and swaps Camel
# and the libraries that Camel release is built with on the test classpath. Usage: .ci/camel-matrix.sh [profile...]
set -euo pipefail
cd "$(dirname "$0")/.."

profiles=("$@")
if [ ${#profiles[@]} -eq 0 ]; then
  profiles=(camel-4.18)
fi

for profile in "${profiles[@]}"; do
  echo "== Camel matrix: ${profile}"
  start=$(date +%s)
  # the emulator's own tests do not depend on Camel: the component's and the Kafka Connect sink's run again.
  # RedeliveryRouteTest#withoutTheLimit... shows a limit of Camel 4.22's redelivery scheduler (what the component's
  # maxFailuresInFlight protects against); Camel 4.18 did not refuse those redeliveries (README, "Camel versions").
  ./mvnw -B ${MATRIX_MAVEN_OPTS:-} -P"${profile}" -pl camel-coveo-push,camel-coveo-push-kafka-connector -am test \
    '-Dtest=!io/github/camelcoveo/push/emulator/**,!RedeliveryRouteTest#withoutTheLimitCamelsRedeliverySchedulerRefusesTheRest' \
    -Dsurefire.failIfNoSpecifiedTests=false
  echo "== Camel matrix: ${profile} passed in $(( $(date +%s) - start )) s"
done
