#!/usr/bin/env bash
# Runs every check: lint, format, and the whole test suite (setting up the machine first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/python" -m pytest "$@"
