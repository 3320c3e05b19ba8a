#!/usr/bin/env bash
# Runs the marketplace locally: starts the emulators (installing them on a fresh machine), builds the
# function packages and the local runtime, then serves the HTTP API on http://localhost:3000.
# Ctrl-C stops it, and the emulators this script started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# shellcheck source=localstack/session.sh
source localstack/session.sh

echo "== building the function packages and the local runtime"
./mvnw -B -ntp -q package -DskipTests -Dspotless.check.skip=true

java -jar local/target/local-runtime.jar
