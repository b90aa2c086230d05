"""Each reviewed record's review state, kept in a table of its own (review_state).

The state is worked out by desktop.domain.review.state_of from the record's thread of review
actions and the stamp of its latest version; it is kept here, one row per reviewed record held
(tombstones too: a deleted record under review keeps its thread), so that the log filters and
counts by state through an index (review_state_state, review_state_team) instead of working
the state out for a million records. The row is written in the same transaction as what
changes it: a save or deletion of the record, a review action, or a pull of either
(Store._write and replication.apply_remote call `refresh`).

Plain functions over the store's connection: the store calls them, and they import no store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from desktop.domain.kinds import KINDS, REVIEWED_KINDS
from desktop.domain.review import Action, Step, sent_back_by, state_of

_CHUNK = 500


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def refresh(conn: sqlite3.Connection, kind: str, uuids: Iterable[str]) -> None:
    """Work the state out again for these records of `kind` (for a review: its targets)."""
    wanted = sorted(set(uuids))
    if not wanted:
        return
    if kind == "review":
        targets: dict[str, set[str]] = {}
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            for target_kind, target in conn.execute(
                f"SELECT target_kind, target FROM reviews WHERE uuid IN ({marks})", list(chunk)
            ):
                if target_kind in REVIEWED_KINDS and isinstance(target, str):
                    targets.setdefault(target_kind, set()).add(target)
        for target_kind, found in targets.items():
            _refresh_targets(conn, target_kind, sorted(found))
    elif kind in REVIEWED_KINDS:
        _refresh_targets(conn, kind, wanted)


def thread_steps(conn: sqlite3.Connection, uuids: Sequence[str]) -> dict[str, list[Step]]:
    """The review actions on each of these records, in stamp order, withdrawn ones included."""
    found: dict[str, list[Step]] = {}
    for chunk in _chunks(uuids):
        marks = ",".join("?" * len(chunk))
        for target, action, hlc, seen, comment, author, deleted in conn.execute(
            "SELECT target, action, hlc, seen_hlc, comment, author, deleted FROM reviews"
            f" WHERE target IN ({marks}) ORDER BY hlc",
            list(chunk),
        ):
            try:
                act = Action(action)
            except ValueError:
                continue  # (validation keeps this from happening)
            found.setdefault(target, []).append(
                Step(
                    act,
                    hlc,
                    seen_hlc=seen or "",
                    comment=comment or "",
                    who=author or "",
                    deleted=bool(deleted),
                )
            )
    return found


def _refresh_targets(conn: sqlite3.Connection, kind: str, uuids: Sequence[str]) -> None:
    table = KINDS[kind].table
    date = KINDS[kind].date_field
    on_date = f"coalesce(\"{date}\", '')" if date else "''"
    rows = []
    for chunk in _chunks(uuids):
        marks = ",".join("?" * len(chunk))
        held = conn.execute(
            f"SELECT uuid, team, deleted, hlc, {on_date}, author FROM {table}"
            f" WHERE uuid IN ({marks})",
            list(chunk),
        ).fetchall()
        if not held:
            continue
        threads = thread_steps(conn, [uuid for uuid, *_ in held])
        stamps: dict[str, str] = {}
        if threads:
            marks2 = ",".join("?" * len(threads))
            stamps = dict(
                conn.execute(
                    f"SELECT hlc, uuid FROM reviews WHERE target IN ({marks2})", list(threads)
                ).fetchall()
            )
        for uuid, team, deleted, hlc, day, author in held:
            steps = threads.get(uuid, [])
            back = sent_back_by(steps)
            rows.append(
                (
                    uuid,
                    kind,
                    team,
                    1 if deleted else 0,
                    hlc,
                    state_of(steps, hlc).value,
                    stamps.get(back.hlc) if back else None,
                    day,
                    author,
                )
            )
    conn.executemany(
        "INSERT INTO review_state (uuid, kind, team, deleted, record_hlc, state, sent_back,"
        " on_date, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET"
        " kind = excluded.kind, team = excluded.team, deleted = excluded.deleted,"
        " record_hlc = excluded.record_hlc, state = excluded.state,"
        " sent_back = excluded.sent_back, on_date = excluded.on_date, author = excluded.author",
        rows,
    )
