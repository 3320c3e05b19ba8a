#!/usr/bin/env bash
# Starts the local emulators on the host, in the background, and waits until they are healthy.
#
#   start.sh [localstack] [moto] [localstripe] [stripe-mock]     (no arguments = all)
#
#   localstack   SQS, EventBridge, Secrets Manager   127.0.0.1:$LOCALSTACK_PORT   (4566)
#   moto         DynamoDB                            127.0.0.1:$MOTO_PORT         (4567)
#   localstripe  stateful Stripe API fake            127.0.0.1:$LOCALSTRIPE_PORT  (8420)
#   stripe-mock  Stripe's stateless API mock         127.0.0.1:$STRIPE_MOCK_PORT  (12111; HTTPS on +1)
#
# Runs setup.sh first (installs on first use). Logs and pid files: localstack/.run/.
# A service that already runs (started by us and answering) is left alone. A port held by
# anything else is an error, and then nothing is started. START_TIMEOUT (s) bounds each wait.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

services_from_args "$@" >/dev/null # dies on an unknown name
mapfile -t SERVICES < <(services_from_args "$@")

"$HERE/setup.sh"
mkdir -p "$RUN_DIR"

# Sets CMD to the command line that runs the service in the foreground.
service_cmd() {
  case "$1" in
    localstack)
      # Host mode. OVERRIDE_IN_DOCKER=0: this machine has /.dockerenv, which would make
      # LocalStack assume container paths. GATEWAY_SERVER=hypercorn: the default (twisted)
      # server ignores the host in GATEWAY_LISTEN and binds 0.0.0.0. FILESYSTEM_ROOT keeps
      # its files under .run/ (default: inside site-packages). DISABLE_EVENTS: no telemetry.
      CMD=(env -u AWS_ENDPOINT_URL -u AWS_ENDPOINT_URL_DYNAMODB
        OVERRIDE_IN_DOCKER=0
        GATEWAY_SERVER=hypercorn
        GATEWAY_LISTEN="$BIND_HOST:$LOCALSTACK_PORT"
        LOCALSTACK_HOST="$BIND_HOST:$LOCALSTACK_PORT"
        SERVICES="$(IFS=,; echo "${LOCALSTACK_SERVICES[*]}")"
        EAGER_SERVICE_LOADING=1
        SQS_ENDPOINT_STRATEGY=path
        DNS_ADDRESS=0
        SKIP_SSL_CERT_DOWNLOAD=1
        SKIP_INFRA_DOWNLOADS=1
        DISABLE_EVENTS=1
        FILESYSTEM_ROOT="$RUN_DIR/localstack"
        "$HERE/.venv/bin/python" -m localstack.runtime.main) ;;
    moto)
      CMD=("$HERE/.venv-moto/bin/moto_server" -H "$BIND_HOST" -p "$MOTO_PORT") ;;
    localstripe)
      CMD=("$HERE/.venv/bin/python" "$HERE/localstripe_server.py" --host "$BIND_HOST"
        --port "$LOCALSTRIPE_PORT" --state-file "$RUN_DIR/localstripe.pickle") ;;
    stripe-mock)
      CMD=("$HERE/.bin/stripe-mock" -http-addr "$BIND_HOST:$STRIPE_MOCK_PORT"
        -https-addr "$BIND_HOST:$STRIPE_MOCK_HTTPS_PORT") ;;
  esac
}

# Runs the service in its own session (so stop.sh can end its whole process group).
launch() {
  local svc="$1" CMD
  service_cmd "$svc"
  # In a non-interactive shell the background subshell is no group leader, so setsid
  # does not fork: $! is the service's pid and also its process group id.
  (cd "$RUN_DIR" && exec setsid "${CMD[@]}") >"$(log_file "$svc")" 2>&1 </dev/null &
  echo $! >"$(pid_file "$svc")"
  echo "[start] $svc: started (pid $!), log: $(log_file "$svc")"
}

# Waits until the service is healthy; on failure prints its log tail and stops it.
wait_healthy() {
  local svc="$1" pid="$2" deadline=$((SECONDS + START_TIMEOUT))
  until is_healthy "$svc"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "[start] $svc: FAILED, the process exited. Last lines of $(log_file "$svc"):" >&2
      tail -n 40 "$(log_file "$svc")" >&2
      rm -f "$(pid_file "$svc")"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      echo "[start] $svc: FAILED, not healthy after ${START_TIMEOUT}s. Last lines of $(log_file "$svc"):" >&2
      tail -n 40 "$(log_file "$svc")" >&2
      kill -KILL -- "-$pid" 2>/dev/null || true
      rm -f "$(pid_file "$svc")"
      return 1
    fi
    sleep 0.5
  done
  echo "[start] $svc: healthy on $BIND_HOST:$(service_ports "$svc" | cut -d' ' -f1)"
}

# 1. Check everything before starting anything.
to_start=() to_wait=() errors=()
for svc in "${SERVICES[@]}"; do
  pid="$(our_pid "$svc")"
  if [[ -n "$pid" ]]; then
    if is_healthy "$svc"; then
      echo "[start] $svc: already running (pid $pid), nothing to do"
    else
      echo "[start] $svc: already started (pid $pid) but not healthy yet, waiting"
      to_wait+=("$svc")
    fi
    continue
  fi
  rm -f "$(pid_file "$svc")"
  free=1
  for port in $(service_ports "$svc"); do
    holder="$(port_holder "$port")"
    [[ -z "$holder" ]] && continue
    free=0 hint=""
    answers_as "$svc" && hint=" (it answers as $svc, but was not started by this script: docker compose or another checkout?)"
    errors+=("port $port needed by $svc is already taken by another process$hint:"$'\n'"    $holder")
  done
  if ((free)); then to_start+=("$svc"); fi
done
if ((${#errors[@]})); then
  printf 'ERROR: %s\n' "${errors[@]}" >&2
  echo "Free the port(s) or choose others with LOCALSTACK_PORT, MOTO_PORT, LOCALSTRIPE_PORT, STRIPE_MOCK_PORT. Nothing was started." >&2
  exit 1
fi

# 2. Start what is not running, then wait for all of it.
for svc in "${to_start[@]}"; do launch "$svc"; done
failed=0
for svc in "${to_start[@]}" "${to_wait[@]}"; do
  wait_healthy "$svc" "$(<"$(pid_file "$svc")")" || failed=1
done
((failed == 0)) || { echo "ERROR: some services failed to start (see above)" >&2; exit 1; }

# 3. Tell clients where to go (the same variables as env.sh).
source "$HERE/env.sh"
echo
echo "Local emulators are up. Client environment (or: source $HERE/env.sh):"
printf 'export'
while read -r var; do printf ' %s=%s' "$var" "${!var}"; done < <(sed -n 's/^export \([A-Z_]*\)=.*/\1/p' "$HERE/env.sh")
echo
