"""Which records a report counts: live records of the reviewed kinds dated in the period,
of the teams in scope, and either every record received or only approved ones.

Scope is the whole bank, a set of teams, or a branch. Records carry a team, not a branch: a
branch is resolved to its teams as head office last said (desktop.store.branches, schema v10),
once, when the report is made, so its figures and drill-downs name the same teams. Every
figure's SQL, and the SQL listing the records behind it, starts from `Selection.where`, so
the two cannot disagree.

"Approved only" counts a record whose review state is approved now: a record changed after its
approval, or sent back, waits for the supervisor's next look and is left out (it is counted in
`review_counts` instead, so the report says how many were held back).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.domain.kinds import KINDS, REVIEWED_KINDS
from desktop.domain.review import WAITING, ReviewState
from desktop.report.errors import UnknownBranch, UnknownTeam
from desktop.report.periods import Period
from desktop.store import branches
from desktop.store.review_log import LogFilter


@dataclass(frozen=True)
class Scope:
    """Whose records: `teams` empty and no branch is the whole bank."""

    teams: tuple[str, ...] = ()
    branch: str | None = None

    @property
    def whole_bank(self) -> bool:
        return not self.teams and self.branch is None


def team_known(conn: sqlite3.Connection, team: str) -> bool:
    """Whether a reviewed record here names the team, or head office listed it in a branch
    (one index probe each)."""
    if conn.execute("SELECT 1 FROM review_state WHERE team = ? LIMIT 1", (team,)).fetchone():
        return True
    return team in branches.of_team(conn)


def resolve(conn: sqlite3.Connection, scope: Scope) -> tuple[str, ...] | None:
    """The teams in scope (sorted), or None for the whole bank. Raises UnknownTeam for a team
    no record names, UnknownBranch for a branch with no team here."""
    if scope.whole_bank:
        return None
    if scope.branch is not None:
        teams = tuple(branches.teams_of(conn, scope.branch))
        if not teams:
            raise UnknownBranch(branch=scope.branch)
        return teams
    for team in scope.teams:
        if not team_known(conn, team):
            raise UnknownTeam(team=team)
    return tuple(sorted(set(scope.teams)))


@dataclass(frozen=True)
class Selection:
    """The records a report counts; `teams` None is the whole bank (see resolve)."""

    period: Period
    teams: tuple[str, ...] | None = None
    approved_only: bool = False
    #: What the user asked for (a branch's name shows in the report's title).
    scope: Scope = Scope()

    def with_period(self, period: Period) -> Selection:
        return Selection(period, self.teams, self.approved_only, self.scope)

    def where(
        self, kind: str, alias: str = "r", date_field: str | None = None
    ) -> tuple[str, list[Any]]:
        """The condition on `kind`'s table (aliased) that a record counts; dated by
        `date_field` instead of the kind's own date if given."""
        k = KINDS[kind]
        date = f'{alias}."{date_field or k.date_field}"'
        # coalesce: the v7 list index is on coalesce(date, ''), so this is a range of it.
        parts = [f"{alias}.deleted = 0", f"coalesce({date}, '') BETWEEN ? AND ?"]
        params: list[Any] = [self.period.first, self.period.last]
        if self.teams is not None:
            parts.append(f"{alias}.team IN ({', '.join('?' for _ in self.teams)})")
            params.extend(self.teams)
        if self.approved_only:
            parts.append(
                f"EXISTS (SELECT 1 FROM review_state q WHERE q.uuid = {alias}.uuid"
                " AND q.state = 'approved')"
            )
        return " AND ".join(parts), params

    def log_filter(self, kind: str) -> LogFilter:
        """The review log's own filter nearest to this selection (the window shows it as the
        filter it applied; the uuid condition of a drill-down narrows it to exactly the
        records)."""
        team = self.teams[0] if self.teams is not None and len(self.teams) == 1 else None
        return LogFilter(
            kind=kind,
            branch=self.scope.branch,
            team=team,
            date_from=self.period.first,
            date_to=self.period.last,
            state=ReviewState.APPROVED.value if self.approved_only else None,
        )


@dataclass(frozen=True)
class ReviewCounts:
    """Of one kind's live records in the period and scope (whatever the approved-only
    choice): how many are approved, wait for a supervisor's look, or were sent back."""

    kind: str
    approved: int
    waiting: int
    sent_back: int

    @property
    def total(self) -> int:
        return self.approved + self.waiting + self.sent_back


def review_counts(conn: sqlite3.Connection, selection: Selection) -> list[ReviewCounts]:
    """Per reviewed kind, the counted records by review state (see ReviewCounts)."""
    every = Selection(selection.period, selection.teams, False, selection.scope)
    waiting = ", ".join(f"'{s.value}'" for s in WAITING)
    result = []
    for kind in REVIEWED_KINDS:
        where, params = every.where(kind)
        row = conn.execute(
            "SELECT coalesce(sum(q.state = 'approved'), 0),"
            f" coalesce(sum(q.state IN ({waiting}) OR q.state IS NULL), 0),"
            " coalesce(sum(q.state = 'needs_correction'), 0)"
            f" FROM {KINDS[kind].table} r LEFT JOIN review_state q ON q.uuid = r.uuid"
            f" WHERE {where}",
            params,
        ).fetchone()
        result.append(ReviewCounts(kind, int(row[0]), int(row[1]), int(row[2])))
    return result
