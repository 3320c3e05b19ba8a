# shellcheck shell=bash
# Shared by start.sh, stop.sh and status.sh (sourced, not run). Defines the services,
# their ports (overridable by env vars), and helpers for pid files, ports and health.

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="$HERE/.run"
BIND_HOST=127.0.0.1

LOCALSTACK_PORT="${LOCALSTACK_PORT:-4566}"
MOTO_PORT="${MOTO_PORT:-4567}"
LOCALSTRIPE_PORT="${LOCALSTRIPE_PORT:-8420}"
STRIPE_MOCK_PORT="${STRIPE_MOCK_PORT:-12111}"
valid_port() { [[ "$1" =~ ^[0-9]+$ ]] && (($1 > 0 && $1 < 65536)); }
for _port in "$LOCALSTACK_PORT" "$MOTO_PORT" "$LOCALSTRIPE_PORT" "$STRIPE_MOCK_PORT"; do
  valid_port "$_port" || { echo "ERROR: invalid port '$_port'" >&2; exit 1; }
done
unset _port
# stripe-mock always opens an HTTPS listener too; keep it on loopback, next to the HTTP one.
STRIPE_MOCK_HTTPS_PORT="${STRIPE_MOCK_HTTPS_PORT:-$((STRIPE_MOCK_PORT + 1))}"
valid_port "$STRIPE_MOCK_HTTPS_PORT" || { echo "ERROR: invalid port '$STRIPE_MOCK_HTTPS_PORT'" >&2; exit 1; }

ALL_SERVICES=(localstack moto localstripe stripe-mock)
LOCALSTACK_SERVICES=(sqs events secretsmanager)
START_TIMEOUT="${START_TIMEOUT:-120}"
STOP_TIMEOUT="${STOP_TIMEOUT:-30}"

die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Checks that every argument names a service; with no arguments, prints all of them.
services_from_args() {
  local s
  if (($# == 0)); then printf '%s\n' "${ALL_SERVICES[@]}"; return; fi
  for s in "$@"; do
    [[ " ${ALL_SERVICES[*]} " == *" $s "* ]] || die "unknown service '$s' (known: ${ALL_SERVICES[*]})"
    echo "$s"
  done
}

# Ports that a service listens on (the first one is the one clients use).
service_ports() {
  case "$1" in
    localstack) echo "$LOCALSTACK_PORT" ;;
    moto) echo "$MOTO_PORT" ;;
    localstripe) echo "$LOCALSTRIPE_PORT" ;;
    stripe-mock) echo "$STRIPE_MOCK_PORT $STRIPE_MOCK_HTTPS_PORT" ;;
  esac
}

pid_file() { echo "$RUN_DIR/$1.pid"; }
log_file() { echo "$RUN_DIR/$1.log"; }

# Prints the pid from the service's pid file if that process is alive and is one that we
# started (its command line points into this directory); otherwise prints nothing.
our_pid() {
  local f pid cmd
  f="$(pid_file "$1")"
  [[ -f "$f" ]] || return 0
  pid="$(<"$f")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 0
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 0
  [[ "$cmd" == *"$HERE/"* ]] && echo "$pid"
  return 0
}

# Prints the `ss` line(s) of whatever listens on a TCP port (empty if the port is free).
port_holder() { ss -Hltnp "sport = :$1" 2>/dev/null; }

# http_get URL [CURL_ARGS...]: prints the response (quietly fails if there is none).
http_get() { local url="$1"; shift; curl -sS -m 3 "$@" "$url" 2>/dev/null; }

# True if the port answers as the given service (identity check, not full readiness).
answers_as() {
  local svc="$1" port out
  port="$(service_ports "$svc" | cut -d' ' -f1)"
  case "$svc" in
    localstack)
      out="$(http_get "http://$BIND_HOST:$port/_localstack/health" -f)" && [[ "$out" == *'"services"'* ]] ;;
    moto)
      http_get "http://$BIND_HOST:$port/moto-api/data.json" -f -o /dev/null ;;
    localstripe)
      out="$(http_get "http://$BIND_HOST:$port/v1/customers" -f -u sk_test_local:)" && [[ "$out" == *'"object": "list"'* ]] ;;
    stripe-mock) # its responses carry a Stripe-Mock-Version header
      out="$(http_get "http://$BIND_HOST:$port/v1/accounts" -o /dev/null -D - -H 'Authorization: Bearer sk_test_local')" &&
        grep -qi '^stripe-mock-version:' <<<"$out" ;;
  esac
}

# True once the service is ready to use. For LocalStack: the wanted AWS services run.
is_healthy() {
  local svc="$1" health s
  if [[ "$svc" != localstack ]]; then answers_as "$svc"; return; fi
  health="$(http_get "http://$BIND_HOST:$LOCALSTACK_PORT/_localstack/health" -f)" || return 1
  for s in "${LOCALSTACK_SERVICES[@]}"; do
    grep -qE "\"$s\": *\"(running|available)\"" <<<"$health" || return 1
  done
}
