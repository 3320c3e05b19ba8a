#!/usr/bin/env bash
# Prints whether each emulator is up or down. Exit status 0 if all asked for are up, else 3.
#
#   status.sh [localstack] [moto] [localstripe] [stripe-mock]     (no arguments = all)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

services_from_args "$@" >/dev/null # dies on an unknown name
mapfile -t SERVICES < <(services_from_args "$@")

all_up=1
for svc in "${SERVICES[@]}"; do
  port="$(service_ports "$svc" | cut -d' ' -f1)"
  pid="$(our_pid "$svc")"
  where="$BIND_HOST:$port"
  if is_healthy "$svc"; then
    if [[ -n "$pid" ]]; then state="up    (pid $pid)"; else state="up    (not started by start.sh)"; fi
  else
    all_up=0
    if [[ -n "$pid" ]]; then
      state="down  (pid $pid runs but is not healthy; see $(log_file "$svc"))"
    elif [[ -n "$(port_holder "$port")" ]]; then
      state="down  (port taken by: $(port_holder "$port" | grep -o 'users:.*'))"
    else
      state="down"
    fi
  fi
  printf '%-12s %-16s %s\n' "$svc" "$where" "$state"
done
((all_up)) || exit 3
