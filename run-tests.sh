#!/usr/bin/env bash
# Runs every test: lints template.yaml, starts the emulators the tests need (installing them on a
# fresh machine), builds every module and runs unit tests (*Test) and integration tests (*IT).
# Emulators this script started are stopped again at the end; ones already running are left alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# shellcheck source=localstack/session.sh
source localstack/session.sh

echo "== cfn-lint template.yaml"
localstack/.venv/bin/cfn-lint template.yaml

echo "== ./mvnw verify"
./mvnw -B -ntp verify "$@"
