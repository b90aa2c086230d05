"""Which branch each team is in, as head office says at every sync (store schema v10).

Records name their team only; a supervisor's log and reports filter by branch through this
table. Head office's answer replaces the table whole: a team moved to another branch, or out of
the supervisor's scope, is moved or gone here at the next sync.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def replace(conn: sqlite3.Connection, pairs: Iterable[tuple[str, str]]) -> None:
    """Put head office's (team, branch) list in place of the one held (inside the caller's
    transaction)."""
    conn.execute("DELETE FROM team_branches")
    conn.executemany("INSERT OR REPLACE INTO team_branches (team, branch) VALUES (?, ?)", pairs)


def branches(conn: sqlite3.Connection) -> list[str]:
    return [str(b) for (b,) in conn.execute("SELECT DISTINCT branch FROM team_branches ORDER BY 1")]


def teams_of(conn: sqlite3.Connection, branch: str) -> list[str]:
    found = conn.execute("SELECT team FROM team_branches WHERE branch = ? ORDER BY team", (branch,))
    return [str(t) for (t,) in found]


def of_team(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(t): str(b) for t, b in conn.execute("SELECT team, branch FROM team_branches")}
