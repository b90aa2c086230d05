#!/usr/bin/env bash
# Starts Outreach Log (setting up the machine first if needed). Arguments go to `outreach`,
# e.g. `bash packaging/outreach.sh --demo` for a store filled with a year of demo records.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" app
exec "$VENV/bin/outreach" "$@"
