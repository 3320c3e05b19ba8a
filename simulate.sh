#!/usr/bin/env bash
# The proof at full size: MoneySimulationIT drives a local marketplace of its own over HTTP through
# 1,000 orders with random fates, deliberate races, injected faults and the clock moved through every
# timed step, then asks the marketplace's reconciliation for violations (there must be none) and
# prints the counts of each fate, race and fault. Starts the emulators it needs and stops them after,
# as run-tests.sh does. Options: SIM_ORDERS (default 1000), SIM_SEED (default: random, printed),
# SIM_WORKERS (default 3); more arguments go to Maven.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# shellcheck source=localstack/session.sh
source localstack/session.sh

seed=()
if [[ -n "${SIM_SEED:-}" ]]; then seed=("-Dsim.seed=$SIM_SEED"); fi

./mvnw -B -ntp package -DskipTests -pl '!bench'
./mvnw -B -ntp verify -pl local -am \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=MoneySimulationIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dsim.orders="${SIM_ORDERS:-1000}" -Dsim.workers="${SIM_WORKERS:-3}" "${seed[@]}" "$@"
