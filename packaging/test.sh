#!/usr/bin/env bash
# Runs every check: lint, format, types, and the whole test suite (setting up the machine first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen

# A throwaway PostgreSQL cluster for the server's tests, stopped on exit (only the one started
# here). CI must have it; a developer without PostgreSQL gets those tests skipped, told why.
PG_DIR=""
PG_AS=()
PG_BIN=""
stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$PG_BIN" ]; then
    PG_BIN=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  fi
  [ -x "$PG_BIN/initdb" ] || { echo "initdb not found" >&2; return 1; }
  PG_DIR=$(mktemp -d -t outreach-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  local port
  port=$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || { cat "$PG_DIR/log" >&2; return 1; }
  "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -c 'CREATE DATABASE outreach_test' \
    >/dev/null || return 1
  export OUTREACH_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/outreach_test"
}
trap stop_postgres EXIT
if ! start_postgres; then
  if [ "${CI:-}" = true ]; then
    echo "PostgreSQL could not be started; CI needs it for the server's tests." >&2
    exit 1
  fi
  echo "PostgreSQL could not be started: the server's PostgreSQL tests will be skipped." >&2
  stop_postgres
  PG_DIR=""
fi

"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/mypy"  # what and how strictly: [tool.mypy] in pyproject.toml
# Head office installed afresh, on PostgreSQL with two workers, a laptop syncing through it.
if [ -n "${OUTREACH_TEST_PG:-}" ]; then bash packaging/server-smoke; else echo "server-smoke skipped: no PostgreSQL" >&2; fi
"$VENV/bin/python" -m pytest "$@"
