#!/usr/bin/env bash
# Installs the AWS SAM CLI into localstack/.venv-sam (idempotent): only when requirements-sam.txt
# or the Python version changed since the last successful install (hash stamp kept in the venv).
# Prints the path of the `sam` executable.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$HERE/.venv-sam"
REQUIREMENTS="$HERE/requirements-sam.txt"
PYTHON="${SAM_PYTHON:-python3}"

log() { printf '[setup-sam] %s\n' "$*" >&2; }

python_version="$("$PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')"
want="$({ cat "$REQUIREMENTS"; echo "$python_version"; } | sha256sum | cut -d' ' -f1)"
stamp="$VENV/.requirements.sha256"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  log "installing $(basename "$REQUIREMENTS") with Python $python_version (a minute or two the first time)"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
  echo "$want" > "$stamp"
fi
echo "$VENV/bin/sam"
