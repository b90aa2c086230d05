#!/usr/bin/env bash
# Starts head office's sync server (setting up the machine first if needed: .venv with the
# [server] extras). Arguments go to `outreach-server serve`, e.g.
#   bash packaging/head-office.sh --host 0.0.0.0 --port 8765
# Administration commands go to `.venv/bin/outreach-server` itself (team add, enrol...).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" server
exec "$VENV/bin/outreach-server" serve "$@"
