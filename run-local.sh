#!/usr/bin/env bash
# Runs the marketplace locally: starts the emulators (installing them on a fresh machine), builds the
# function packages and the local runtime, then serves the HTTP API on http://localhost:3000.
# Ctrl-C stops it, and the emulators this script started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

started=()
for service in localstack moto localstripe stripe-mock; do
  localstack/status.sh "$service" >/dev/null 2>&1 || started+=("$service")
done
stop_started() {
  if ((${#started[@]})); then localstack/stop.sh "${started[@]}" || true; fi
}
trap stop_started EXIT

localstack/start.sh
# shellcheck source=localstack/env.sh
source localstack/env.sh

echo "== building the function packages and the local runtime"
./mvnw -B -ntp -q package -DskipTests -Dspotless.check.skip=true

java -jar local/target/local-runtime.jar
