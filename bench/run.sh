#!/usr/bin/env bash
# Runs the HTTP API benchmark (cold start and warm latency as ratios to a plain Jackson handler
# measured in the same run) and the order-flow benchmark (match -> order -> PaymentIntent latency and
# webhook acknowledgement, as ratios to an EventBridge -> SQS hop and GET /health) against the local
# emulators; prints the tables and writes bench/target/results.md and bench/target/flow-results.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=localstack/session.sh
source localstack/session.sh
./mvnw -B -ntp -q install -DskipTests -Dspotless.check.skip=true
java -XX:+UseSerialGC -cp "bench/target/bench-1.0.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
  com.sneakers.marketplace.bench.ApiBenchmark "$PWD"
java -XX:+UseSerialGC -cp "bench/target/bench-1.0.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
  com.sneakers.marketplace.bench.FlowBenchmark "$PWD"
