#!/usr/bin/env bash
# Installs the local emulators under localstack/ (idempotent, no manual steps):
#   .venv       LocalStack, localstripe, cfn-lint   (requirements.txt + constraints.txt)
#   .venv-moto  moto server                         (requirements-moto.txt + constraints-moto.txt)
#   .bin        stripe-mock                         (go install)
# Two venvs because LocalStack's moto-ext and upstream moto both install the `moto` package.
# A venv is (re)installed only when its requirements/constraints or the Python version
# changed since the last successful install (hash stamp kept in the venv); stripe-mock
# only when missing or of another version.
#
# LocalStack 2026.x needs Python >= 3.12 (it uses PEP 695 syntax although its metadata says
# >=3.10). The interpreter is taken from $LOCALSTACK_PYTHON if set, else the newest 3.12+
# found on PATH or in pyenv (the machine's default python3 may be 3.11).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STRIPE_MOCK_VERSION="v0.203.0"

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# Prints "MAJOR.MINOR.PATCH" of the given interpreter, or fails if it cannot run.
py_version() { "$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null; }

py_ok() { # interpreter is >= 3.12 and has the venv module
  "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 12))' 2>/dev/null
}

find_python() {
  local c pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
  if [[ -n "${LOCALSTACK_PYTHON:-}" ]]; then
    py_ok "$LOCALSTACK_PYTHON" || die "LOCALSTACK_PYTHON=$LOCALSTACK_PYTHON is not a Python >= 3.12 with venv"
    echo "$LOCALSTACK_PYTHON"; return
  fi
  # pyenv shims for a version that is not selected fail to run, hence py_ok on each.
  for c in python3.13 python3.12 \
           $(printf '%s\n' "$pyenv_root"/versions/3.1[2-9]*/bin/python3 | sort -rV) \
           python3; do
    if py_ok "$c"; then command -v "$c"; return; fi
  done
  die "no Python >= 3.12 found (needed by LocalStack); install one or set LOCALSTACK_PYTHON"
}

# ensure_venv DIR REQUIREMENTS_FILE CONSTRAINTS_FILE
ensure_venv() {
  local venv="$1" req="$2" constraints="$3" stamp="$1/.requirements.sha256" want
  if [[ "$(py_version "$venv/bin/python")" != "$PYTHON_VERSION" ]]; then
    log "creating $(basename "$venv") with Python $PYTHON_VERSION ($PYTHON)"
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
  fi
  want="$({ cat "$req" "$constraints"; echo "$PYTHON_VERSION"; } | sha256sum | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    log "$(basename "$venv"): up to date"
    return
  fi
  log "$(basename "$venv"): installing $(basename "$req") (this takes a few minutes the first time)"
  rm -f "$stamp"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req" -c "$constraints"
  echo "$want" > "$stamp"
}

ensure_stripe_mock() {
  local bin="$HERE/.bin" stamp="$HERE/.bin/stripe-mock.version" go
  if [[ -x "$bin/stripe-mock" && -f "$stamp" && "$(cat "$stamp")" == "$STRIPE_MOCK_VERSION" ]]; then
    log "stripe-mock $STRIPE_MOCK_VERSION: up to date"
    return
  fi
  go="$(command -v go || true)"
  [[ -z "$go" && -x /usr/local/go/bin/go ]] && go=/usr/local/go/bin/go
  [[ -n "$go" ]] || die "'go' not found; it is needed to install stripe-mock"
  log "installing stripe-mock $STRIPE_MOCK_VERSION with $go"
  mkdir -p "$bin"
  GOBIN="$bin" "$go" install "github.com/stripe/stripe-mock@$STRIPE_MOCK_VERSION"
  echo "$STRIPE_MOCK_VERSION" > "$stamp"
}

PYTHON="$(find_python)"
PYTHON_VERSION="$(py_version "$PYTHON")"
ensure_venv "$HERE/.venv" "$HERE/requirements.txt" "$HERE/constraints.txt"
ensure_venv "$HERE/.venv-moto" "$HERE/requirements-moto.txt" "$HERE/constraints-moto.txt"
ensure_stripe_mock
log "done"
