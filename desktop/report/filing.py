"""Filed reports (报送): what went to the regulator, kept so it can always be explained.

Filing keeps the report's figures as they were and every record it counted with the version
counted (its stamp), as records of their own (kinds filed_report and filed_report_part) that
sync to head office like any other. Later, the same selection is read again: a counted record
whose version changed since (edited, deleted, moved to another period or team) or a record
counted now that was not then (recorded late, approved since) is "changed since filed", and the
figures as they would be now sit beside the filed ones.

The list goes in parts of PART_LINES records, one line each ("kind uuid hlc", in kind and uuid
order), with a SHA-256 over all lines on the report: a laptop that has the report but not yet
every part (a sync cut short) says so instead of counting the missing ones as changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.domain.kinds import KINDS, REVIEWED_KINDS
from desktop.report.figures import Report
from desktop.report.periods import Period
from desktop.report.scope import Scope, Selection
from desktop.store.store import Record, Store

#: Records listed per part (a line is about 60 characters: a part is some 30 KB).
PART_LINES = 500


def counted(conn: sqlite3.Connection, selection: Selection) -> Iterator[str]:
    """A line per record the selection counts, of every reviewed kind, in kind and uuid order."""
    for kind in REVIEWED_KINDS:
        where, params = selection.where(kind)
        found = conn.execute(
            f"SELECT r.uuid, r.hlc FROM {KINDS[kind].table} r WHERE {where} ORDER BY r.uuid",
            params,
        )
        for uuid, hlc in found:
            yield f"{kind} {uuid} {hlc}"


def _figures_json(report: Report) -> str:
    return json.dumps(
        {
            "figures": {key: f.value for key, f in report.figures.items()},
            "breakdowns": {
                key: [[f.code, f.value] for f in rows] for key, rows in report.breakdowns.items()
            },
            "months": [
                [m.period.first, {key: f.value for key, f in m.figures.items()}]
                for m in report.months
            ],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def file_report(store: Store, report: Report, title: str) -> Record:
    """File the report: its figures and the records it counted, in one transaction."""
    selection = report.selection
    lines = list(counted(store.conn, selection))
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    parts = [lines[at : at + PART_LINES] for at in range(0, len(lines), PART_LINES)]
    with store.transaction():
        filed = store.save(
            "filed_report",
            {
                "title": title.strip(),
                "filed_on": store.today().isoformat(),
                "period_from": selection.period.first,
                "period_to": selection.period.last,
                "branch": selection.scope.branch,
                "teams": list(selection.teams or ()),
                "approved_only": selection.approved_only,
                "figures": _figures_json(report),
                "records_count": len(lines),
                "parts": len(parts),
                "digest": digest,
            },
        )
        for number, chunk in enumerate(parts):
            store.save(
                "filed_report_part",
                {"report": filed["uuid"], "number": number, "entries": "\n".join(chunk)},
            )
    return filed


def filed_reports(store: Store) -> list[Record]:
    """Every live filed report on this laptop, the latest filed first."""
    return store.query("filed_report", limit=1000)


def selection_of(filed: Record) -> Selection:
    """The selection the report was filed over: the same teams as then (a branch's teams as
    they were: a team moved since does not change what was filed)."""
    period = Period(
        dt.date.fromisoformat(filed["period_from"]), dt.date.fromisoformat(filed["period_to"])
    )
    teams = tuple(filed["teams"] or ())
    scope = Scope(() if filed["branch"] else teams, filed["branch"] or None)
    return Selection(period, teams or None, bool(filed["approved_only"]), scope)


def filed_figures(filed: Record) -> dict[str, Any]:
    """The figures as filed (see _figures_json for the layout)."""
    return dict(json.loads(filed["figures"]))


@dataclass(frozen=True)
class SinceFiled:
    filed_on: str
    #: Counted then, and another version now (edited, deleted, moved out of the selection).
    changed: int
    #: Counted now, not then (recorded or approved since, moved into the selection).
    added: int
    #: Every part of the list is on this laptop and their checksum is the report's.
    complete: bool

    @property
    def records(self) -> int:
        return self.changed + self.added


def since_filed(store: Store, filed: Record) -> SinceFiled:
    """What changed since the report was filed, against the same selection read now."""
    conn = store.conn
    parts = conn.execute(
        "SELECT entries FROM filed_report_parts WHERE report = ? AND deleted = 0 ORDER BY number",
        (filed["uuid"],),
    ).fetchall()
    lines = [line for (entries,) in parts for line in str(entries).split("\n") if line]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    complete = len(parts) == (filed["parts"] or 0) and digest == filed["digest"]
    selection = selection_of(filed)
    # One read transaction (a consistent view); the temporary table is this connection's
    # own, so no write lock on the store is taken.
    conn.execute("BEGIN")
    try:
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS filed_entries"
            " (kind TEXT NOT NULL, uuid TEXT PRIMARY KEY, hlc TEXT NOT NULL)"
        )
        conn.execute("DELETE FROM temp.filed_entries")
        conn.executemany(
            "INSERT OR REPLACE INTO temp.filed_entries (kind, uuid, hlc) VALUES (?, ?, ?)",
            (line.split(" ", 2) for line in lines),
        )
        changed = added = 0
        for kind in REVIEWED_KINDS:
            table = KINDS[kind].table
            where, params = selection.where(kind)
            # Counted then: another version now, or no longer counted.
            changed += conn.execute(
                f"SELECT count(*) FROM temp.filed_entries e LEFT JOIN {table} r"
                f" ON r.uuid = e.uuid AND {where}"
                " WHERE e.kind = ? AND (r.uuid IS NULL OR r.hlc <> e.hlc)",
                [*params, kind],
            ).fetchone()[0]
            added += conn.execute(
                f"SELECT count(*) FROM {table} r WHERE {where}"
                " AND r.uuid NOT IN (SELECT uuid FROM temp.filed_entries)",
                params,
            ).fetchone()[0]
        conn.execute("DELETE FROM temp.filed_entries")
    finally:
        conn.execute("COMMIT")
    return SinceFiled(filed["filed_on"], int(changed), int(added), complete)
