#!/usr/bin/env bash
# Stops the emulators that start.sh started (by their pid files; the whole process group of
# each), and waits until their ports are free. Does nothing for what is not running.
#
#   stop.sh [localstack] [moto] [localstripe] [stripe-mock]     (no arguments = all)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

services_from_args "$@" >/dev/null # dies on an unknown name
mapfile -t SERVICES < <(services_from_args "$@")

# True while a process of the group runs (zombies do not count: PID 1 may not reap them).
group_alive() { ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'; }

ports_free() {
  local port
  for port in $(service_ports "$1"); do [[ -z "$(port_holder "$port")" ]] || return 1; done
}

stopped_any=0
for svc in "${SERVICES[@]}"; do
  pid="$(our_pid "$svc")"
  if [[ -z "$pid" ]]; then
    [[ -f "$(pid_file "$svc")" ]] && echo "[stop] $svc: not running (removed stale pid file)"
    rm -f "$(pid_file "$svc")"
    continue
  fi
  stopped_any=1
  echo "[stop] $svc: stopping (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while group_alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
  if group_alive "$pid"; then
    echo "[stop] $svc: still alive after ${STOP_TIMEOUT}s, killing"
    kill -KILL -- "-$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$(pid_file "$svc")"
  deadline=$((SECONDS + STOP_TIMEOUT))
  until ports_free "$svc"; do
    if ((SECONDS >= deadline)); then
      echo "[stop] $svc: WARNING: port(s) $(service_ports "$svc") still taken:" >&2
      for port in $(service_ports "$svc"); do port_holder "$port" >&2; done
      break
    fi
    sleep 0.2
  done
  echo "[stop] $svc: stopped"
done
((stopped_any)) || echo "[stop] nothing was running"
