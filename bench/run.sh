#!/usr/bin/env bash
# Runs the HTTP API benchmark (cold start and warm latency as ratios to a plain Jackson handler
# measured in the same run) against the local emulators; prints the table and writes
# bench/target/results.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

started=()
for service in localstack moto localstripe stripe-mock; do
  localstack/status.sh "$service" >/dev/null 2>&1 || started+=("$service")
done
stop_started() {
  if ((${#started[@]})); then localstack/stop.sh "${started[@]}" || true; fi
}
trap stop_started EXIT

localstack/start.sh >/dev/null
# shellcheck source=localstack/env.sh
source localstack/env.sh
./mvnw -B -ntp -q install -DskipTests -Dspotless.check.skip=true
java -XX:+UseSerialGC -cp "bench/target/bench-1.0.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
  com.sneakers.marketplace.bench.ApiBenchmark "$PWD"
