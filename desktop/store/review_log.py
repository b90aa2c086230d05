"""The supervisor's review log, Qt-free: one list across the reviewed kinds (sessions,
consultations, special-group visits, print runs), newest first, filtered in SQL.

The list is the review_state table (one row per reviewed record, kept in step with every
write and pull by desktop.store.review_index), which holds each record's kind, team, officer,
date and review state, with an index per filter ending in the log's order (date, uuid): schema
v8. Pages are read by key (`after` the last row's (date, uuid)), so a page costs the same at
row 10 and at row 900,000; the window runs these within a time budget and hands what overruns
to a worker (desktop.store.reader.within / ListReader), as the field lists do.

Reference-list filters (venue kind, campaign, topic, special group) apply only to the kinds
that have the field (CODED); each is one search of an index over the records holding the code.

Text search: per kind, words of three characters or more go through the kind's FTS5 trigram
table (one MATCH, materialised once); shorter words are a LIKE over the kind's search fields,
probed per row of the log's index walk (so a first page of a common word stops early). Print
runs have no search fields: a search never finds them.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from typing import Any

from desktop.domain.fields import FieldType
from desktop.domain.kinds import KINDS, REVIEWED_KINDS, RecordKind
from desktop.domain.review import ReviewState
from desktop.store.queries import TRIGRAM, fts_table

#: A row's position in the log: (date, uuid).
LogKey = tuple[str, str]


@dataclass(frozen=True)
class LogFilter:
    kind: str | None = None
    #: A branch's teams, as head office last said (desktop.store.branches).
    branch: str | None = None
    team: str | None = None
    #: The officer who recorded it (the record's author: a name).
    officer: str | None = None
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    state: str | None = None
    text: str = ""
    #: Reference-list codes; each applies only to the kinds that have the field (CODED), so
    #: a topic filter lists sessions and consultations only.
    venue_kind: str | None = None
    campaign: str | None = None
    topic: str | None = None
    special_group: str | None = None


#: Per code filter: its reference list, and per kind the field holding it. Each is one index
#: search whose uuids are materialised once and probed (or used to probe review_state by
#: uuid): a REF field through the kind's v7 filter index (<table>_by_<field>), a REFS field
#: (a session's topics) through the side table record_codes, by code (v9).
CODED: dict[str, tuple[str, dict[str, str]]] = {
    "venue_kind": ("venue_kinds", {"session": "venue_kind"}),
    "campaign": ("campaigns", {"session": "campaign"}),
    "topic": ("topics", {"session": "topics", "consultation": "topic"}),
    "special_group": ("special_groups", {"consultation": "special_group", "visit": "group"}),
}


def _code_clause(filter_name: str, code: str) -> tuple[str, list[Any]]:
    """Rows of the kinds that have the filter's field holding `code` (`+s.kind`: the walk
    stays on the log's order index or another filter's)."""
    ors: list[str] = []
    params: list[Any] = []
    for kind_name, field_name in CODED[filter_name][1].items():
        k = KINDS[kind_name]
        if k.field(field_name).type is FieldType.REFS:
            probe = "s.uuid IN (SELECT uuid FROM record_codes WHERE field = ? AND code = ?)"
            extra: list[Any] = [field_name, code]
        else:
            probe = f's.uuid IN (SELECT uuid FROM {k.table} WHERE "{field_name}" = ?)'
            extra = [code]
        ors.append(f"(+s.kind = ? AND {probe})")
        params.extend([kind_name, *extra])
    return "(" + " OR ".join(ors) + ")", params


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _text_clause(words: list[str], kinds: tuple[str, ...]) -> tuple[str, list[Any]]:
    """Rows of `kinds` whose search fields hold every word (see the module's note).

    With a word of three characters or more, the matches come from the FTS tables (an IN
    list of uuids, probed by primary key, then sorted: as few as the word is rare); with only
    shorter words, each row of the log's index walk is probed (`+s.kind`: no index on kind,
    so the walk stays in the log's order and a page stops when it is full)."""
    searched = [KINDS[name] for name in kinds if KINDS[name].search_fields]
    if not searched:
        return "0", []
    short = [w for w in words if len(w) < TRIGRAM]

    def likes(k: RecordKind, pool: list[str]) -> tuple[list[str], list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        for word in pool:
            ors = " OR ".join(f"r.\"{f}\" LIKE ? ESCAPE '\\'" for f in k.search_fields)
            parts.append(f"({ors})")
            params.extend(_like(word) for _ in k.search_fields)
        return parts, params

    params: list[Any] = []
    if len(short) < len(words):
        selects = []
        for k in searched:
            fts = fts_table(k)
            inner, extra = likes(k, short if fts else words)
            if fts:
                long_words = [w for w in words if len(w) >= TRIGRAM]
                inner.insert(0, f"r.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
                extra.insert(0, " AND ".join(_phrase(w) for w in long_words))
            selects.append(f"SELECT r.uuid FROM {k.table} r WHERE {' AND '.join(inner)}")
            params.extend(extra)
        return f"s.uuid IN ({' UNION ALL '.join(selects)})", params
    ors = []
    for k in searched:
        inner, extra = likes(k, words)
        ors.append(
            f"(+s.kind = ? AND EXISTS (SELECT 1 FROM {k.table} r WHERE r.uuid = s.uuid"
            f" AND {' AND '.join(inner)}))"
        )
        params.extend([k.name, *extra])
    return "(" + " OR ".join(ors) + ")", params


def where_clause(flt: LogFilter) -> tuple[str, list[Any]]:
    """The filter over review_state (aliased s). Live records, and deleted ones that were
    under review (a deleted record under review shows as deleted with its thread)."""
    parts = ["(s.deleted = 0 OR s.state <> 'received')"]
    params: list[Any] = []
    for column, value in (("kind", flt.kind), ("team", flt.team), ("author", flt.officer)):
        if value:
            parts.append(f"s.{column} = ?")
            params.append(value)
    if flt.branch:
        parts.append("s.team IN (SELECT team FROM team_branches WHERE branch = ?)")
        params.append(flt.branch)
    if flt.state:
        parts.append("s.state = ?")
        params.append(ReviewState(flt.state).value)
    if flt.date_from:
        parts.append("s.on_date >= ?")
        params.append(flt.date_from)
    if flt.date_to:  # no date is no match
        parts.append("s.on_date BETWEEN '0' AND ?")
        params.append(flt.date_to)
    for filter_name in CODED:
        code = getattr(flt, filter_name)
        if code:
            clause, extra = _code_clause(filter_name, code)
            parts.append(clause)
            params.extend(extra)
    words = flt.text.split()
    if words:
        clause, extra = _text_clause(words, (flt.kind,) if flt.kind else REVIEWED_KINDS)
        parts.append(clause)
        params.extend(extra)
    return " AND ".join(parts), params


def _title_joins() -> tuple[str, str]:
    """LEFT JOINs giving each row's title (a session's place, a consultation's question, a
    visit's village, a print run's leaflet design), and the expression that picks it."""
    joins, titles = [], []
    for i, name in enumerate(REVIEWED_KINDS):
        k = KINDS[name]
        alias = f"t{i}"
        joins.append(f"LEFT JOIN {k.table} {alias} ON s.kind = '{name}' AND {alias}.uuid = s.uuid")
        if k.title_field:
            titles.append(f'{alias}."{k.title_field}"')
        elif name == "print_run":
            joins.append(f"LEFT JOIN leaflet_designs d{i} ON d{i}.uuid = {alias}.design")
            titles.append(f"d{i}.title")
    return " ".join(joins), f"coalesce({', '.join(titles)}, '')"


_JOINS, _TITLE = _title_joins()
_COLUMNS = (
    f"s.uuid, s.kind, s.on_date, coalesce(s.team, ''), coalesce(s.author, ''), s.state,"
    f" s.deleted, {_TITLE}"
)


def _row(values: tuple[Any, ...]) -> dict[str, Any]:
    uuid, kind, on_date, team, author, st, deleted, title = values
    return {
        "uuid": uuid,
        "kind": kind,
        "date": on_date,
        "team": team,
        "officer": author,
        "state": ReviewState(st),
        "deleted": bool(deleted),
        "title": title or "",
    }


def key_of(row: dict[str, Any]) -> LogKey:
    """The row's key, its date interned: a list scrolled to its end holds a million keys and
    a few thousand distinct dates."""
    return (sys.intern(row["date"]), row["uuid"])


def read_page(
    conn: sqlite3.Connection, flt: LogFilter, limit: int, after: LogKey | None = None
) -> list[dict[str, Any]]:
    """One page of the log after the row keyed `after` (newest first)."""
    where, params = where_clause(flt)
    if after is not None:
        where += " AND (s.on_date, s.uuid) < (?, ?)"
        params.extend(after)
    sql = (
        f"SELECT {_COLUMNS} FROM review_state s {_JOINS} WHERE {where}"
        " ORDER BY s.on_date DESC, s.uuid DESC LIMIT ?"
    )
    return [_row(r) for r in conn.execute(sql, [*params, limit])]


def read_count(conn: sqlite3.Connection, flt: LogFilter) -> int:
    where, params = where_clause(flt)
    return int(
        conn.execute(f"SELECT count(*) FROM review_state s WHERE {where}", params).fetchone()[0]
    )


def rows_by_uuid(conn: sqlite3.Connection, uuids: list[str]) -> list[dict[str, Any]]:
    """These rows of the log in this order (a page read again for display)."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {_COLUMNS} FROM review_state s {_JOINS} WHERE s.uuid IN ({marks})"
        for values in conn.execute(sql, chunk):
            row = _row(values)
            found[row["uuid"]] = row
    return [found[u] for u in uuids if u in found]


def matches(conn: sqlite3.Connection, flt: LogFilter, uuid: str) -> bool:
    """Whether the record `uuid` is in the log under `flt` (after an action changed it)."""
    return uuid in matching(conn, flt, [uuid])


def matching(conn: sqlite3.Connection, flt: LogFilter, uuids: list[str]) -> set[str]:
    """Those of `uuids` in the log under `flt`: each probed by primary key, 500 a query."""
    where, params = where_clause(flt)
    found: set[str] = set()
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT s.uuid FROM review_state s WHERE s.uuid IN ({marks}) AND {where}"
        found.update(str(u) for (u,) in conn.execute(sql, [*chunk, *params]))
    return found


#: At most this many choices in a filter's list (a bench store has tens of thousands of
#: made-up officers; a real bank has a few hundred).
MAX_CHOICES = 500


def _distinct(conn: sqlite3.Connection, column: str) -> list[str]:
    """The distinct non-empty values of an indexed column: one index seek per value (the
    first MAX_CHOICES)."""
    found = conn.execute(
        f"WITH RECURSIVE v(x) AS (SELECT (SELECT min({column}) FROM review_state"
        f" WHERE {column} > '') UNION ALL SELECT (SELECT min({column}) FROM review_state"
        f" WHERE {column} > v.x) FROM v WHERE v.x IS NOT NULL) SELECT x FROM v"
        f" WHERE x IS NOT NULL LIMIT {MAX_CHOICES}"
    )
    return [str(x) for (x,) in found]


def teams(conn: sqlite3.Connection) -> list[str]:
    return _distinct(conn, "team")


def officers(conn: sqlite3.Connection) -> list[str]:
    return _distinct(conn, "author")
