"""The records behind a figure: what the window opens when a figure is clicked.

A drill-down is a record kind, the selection of records the figure was counted over (a month's
figure carries its month), and an SQL condition on the kind's table (aliased r) that, added to
the selection's (desktop.report.scope.Selection.where), yields exactly the records the figure
counts or sums. It is all the window needs: no second query written by hand. In the review
log it is the log's filter for the selection (Selection.log_filter) plus "uuid in these
records", so the window lists exactly them, in the log's order, paged by key as the log pages.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.domain.kinds import KINDS
from desktop.report.scope import Selection
from desktop.store import review_log
from desktop.store.review_log import LogFilter, LogKey


class Measure(StrEnum):
    #: The figure is the number of records behind it.
    RECORDS = "records"
    #: The figure is the sum of an expression (`Figure.of`) over the records behind it.
    SUM = "sum"
    #: The figure is the number of distinct values of `Figure.of` among the records.
    DISTINCT = "distinct"


@dataclass(frozen=True)
class Drilldown:
    kind: str
    selection: Selection
    #: SQL condition on the kind's table aliased r, on top of the selection ("1": none).
    where: str = "1"
    params: tuple[Any, ...] = ()
    #: The date field the selection's period applies to, if not the kind's own (a visit's
    #: follow-up date for the follow-ups due in the period).
    date_field: str | None = None


def uuid_sql(drill: Drilldown) -> tuple[str, list[Any]]:
    """SQL yielding the uuids of the records behind the figure."""
    where, params = drill.selection.where(drill.kind, date_field=drill.date_field)
    sql = f"SELECT r.uuid FROM {KINDS[drill.kind].table} r WHERE {where} AND ({drill.where})"
    return sql, [*params, *drill.params]


def count(conn: sqlite3.Connection, drill: Drilldown) -> int:
    sql, params = uuid_sql(drill)
    return int(conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


def uuids(conn: sqlite3.Connection, drill: Drilldown) -> list[str]:
    sql, params = uuid_sql(drill)
    return [str(u) for (u,) in conn.execute(sql, params)]


def log_filter(drill: Drilldown) -> LogFilter:
    """The review log's filter the window shows above the records (it may hold more records
    than the figure: the uuid condition narrows it)."""
    flt = drill.selection.log_filter(drill.kind)
    if drill.date_field is not None:  # dated by another field: the log's date filter would cut
        return LogFilter(kind=flt.kind, branch=flt.branch, team=flt.team, state=flt.state)
    return flt


def read_page(
    conn: sqlite3.Connection,
    drill: Drilldown,
    limit: int,
    after: LogKey | None = None,
) -> list[dict[str, Any]]:
    """One page of the records behind the figure as review-log rows (newest first, after the
    row keyed `after`): the log's filter plus the figure's uuid condition."""
    where, params = review_log.where_clause(log_filter(drill))
    inner, extra = uuid_sql(drill)
    where += f" AND s.uuid IN ({inner})"
    params.extend(extra)
    if after is not None:
        where += " AND (s.on_date, s.uuid) < (?, ?)"
        params.extend(after)
    found = conn.execute(
        f"SELECT s.uuid FROM review_state s WHERE {where}"
        " ORDER BY s.on_date DESC, s.uuid DESC LIMIT ?",
        [*params, limit],
    )
    return review_log.rows_by_uuid(conn, [str(u) for (u,) in found])
