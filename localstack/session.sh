# Sourced by the project's commands: starts the emulators that are not running yet (installing them
# on a fresh machine), stops those again when the calling script exits, and exports the client
# environment (env.sh). Emulators that were already running are left alone.
# shellcheck shell=bash
_session_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_session_started=()
for _service in localstack moto localstripe stripe-mock; do
  "$_session_dir/status.sh" "$_service" >/dev/null 2>&1 || _session_started+=("$_service")
done
_session_stop() {
  if ((${#_session_started[@]})); then "$_session_dir/stop.sh" "${_session_started[@]}" || true; fi
}
trap _session_stop EXIT
# Only what is down: start.sh refuses a port held by emulators another checkout started.
if ((${#_session_started[@]})); then "$_session_dir/start.sh" "${_session_started[@]}"; fi
# shellcheck source=localstack/env.sh
source "$_session_dir/env.sh"
