#!/usr/bin/env bash
# Runs every test: lints template.yaml (cfn-lint, sam validate --lint), starts the emulators the tests
# need (installing them and the SAM CLI on a fresh machine), builds every module, runs unit tests (*Test)
# and integration tests (*IT), and proves `sam build` packages the functions' jars (offline).
# Emulators this script started are stopped again at the end; ones already running are left alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# shellcheck source=localstack/session.sh
source localstack/session.sh

SAM="$(localstack/setup-sam.sh)"
export SAM_CLI_TELEMETRY=0

echo "== cfn-lint template.yaml"
localstack/.venv/bin/cfn-lint template.yaml

echo "== sam validate --lint"
"$SAM" validate --lint --template template.yaml

echo "== ./mvnw verify"
./mvnw -B -ntp verify "$@"

echo "== sam build"
"$SAM" build --template template.yaml --build-dir target/sam-build
