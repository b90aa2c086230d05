"""The store's side of sync: reading the outbox, settling what head office answered, and
applying what comes down.

Kept apart from the record API because only sync uses it; it holds no network code. Each
function is one transaction, so a crash between two steps leaves nothing half done: an outbox
entry is removed only when head office has acknowledged it, and the pull cursor moves in the
same transaction as the records it covers.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import orjson

from desktop.domain.clock import FOLLOW_AHEAD_MS, millis_of
from desktop.domain.fields import FieldType
from desktop.domain.kinds import KINDS, RecordKind
from desktop.store import review_index
from desktop.store.store import (
    SEED_STAMP,
    Record,
    Store,
    decode_row,
    upsert_sql,
    utc_now,
)

CURSOR = "sync:cursor"


class OutgoingChange(NamedTuple):
    """One queued change (a tuple: read two thousand at a time)."""

    seq: int
    kind: str
    base_hlc: str | None
    record: Record


def pending(store: Store, limit: int, after_seq: int = 0) -> list[OutgoingChange]:
    """The oldest changes head office has not acknowledged, in the order they were made."""
    rows = store.conn.execute(
        "SELECT seq, kind, base_hlc, payload FROM outbox WHERE status = 'pending' AND seq > ?"
        " ORDER BY seq LIMIT ?",
        (after_seq, limit),
    ).fetchall()
    return [
        OutgoingChange(seq, kind, base, orjson.loads(payload)) for seq, kind, base, payload in rows
    ]


def acknowledge(store: Store, seqs: Iterable[int]) -> None:
    """Head office holds these changes: they need not be sent again."""
    with store.transaction():
        # One statement for the page (thousands of seqs), not one per seq.
        store.conn.execute(
            "DELETE FROM outbox WHERE seq IN (SELECT value FROM json_each(?))",
            (orjson.dumps(list(seqs)).decode(),),
        )


def refuse(store: Store, rejections: Iterable[Mapping[str, Any]]) -> None:
    """Keep refused changes with head office's reason; the rest of the queue moves on."""
    with store.transaction():
        store.conn.executemany(
            "UPDATE outbox SET status = 'rejected', reason = ? WHERE seq = ?",
            [(json.dumps(r, ensure_ascii=False), int(r["seq"])) for r in rejections],
        )


def refused(store: Store) -> list[dict[str, Any]]:
    """Changes head office refused, newest first, with the reason, for the user to see."""
    rows = store.conn.execute(
        "SELECT seq, kind, uuid, payload, reason, created_at FROM outbox"
        " WHERE status = 'rejected' ORDER BY seq DESC"
    ).fetchall()
    return [
        {
            "seq": seq,
            "kind": kind,
            "uuid": uuid,
            "record": json.loads(payload),
            "reason": json.loads(reason or "{}"),
            "created_at": created,
        }
        for seq, kind, uuid, payload, reason, created in rows
    ]


def retry_refused(store: Store) -> int:
    """Put refused changes back in the queue (after head office was updated, say)."""
    with store.transaction():
        cursor = store.conn.execute(
            "UPDATE outbox SET status = 'pending', reason = NULL WHERE status = 'rejected'"
        )
        return cursor.rowcount


def restamp_ahead(store: Store, server_ms: int, refused_code: str) -> tuple[int, dict[str, str]]:
    """Stamp again, by head office's clock, the changes stamped too far ahead of it (this
    laptop's clock ran ahead), and queue again those head office refused for that.

    Head office refuses a stamp beyond its bound (protocol.MAX_STAMP_AHEAD_MS) and has none of
    these changes, so they may be stamped anew under their own numbers. The clock comes back
    to head office's time; the changes keep their order, each edit after the version it was
    made from (its base, stamped anew too when it was one of these). Changes refused with
    `refused_code` are queued again. Returns how many, and the new stamps by the old.
    """
    limit = server_ms + FOLLOW_AHEAD_MS
    with store.transaction():
        store.rewind_clock(server_ms)
        rows = store.conn.execute(
            "SELECT seq, kind, uuid, hlc, base_hlc, payload, status, reason FROM outbox"
            " WHERE status IN ('pending', 'rejected')"
            " AND (substr(hlc, 1, 15) > ? OR reason LIKE ?) ORDER BY seq",
            (f"{limit:015d}", f'%"code": "{refused_code}"%'),
        ).fetchall()
        anew: dict[str, str] = {}
        touched: dict[str, set[str]] = {}
        queued = 0
        for seq, kind, uuid, hlc, base, payload, status, reason in rows:
            clock_ahead = status == "rejected" and _refused_for(reason) == refused_code
            if millis_of(hlc) > limit:
                base = anew.get(base, base) if base else None
                stamp = store.clock.after(base) if base else store.clock.now()
                anew[hlc] = stamp
                record = json.loads(payload)
                record["hlc"] = stamp
                # A review names the version it was taken on: that version may be stamped anew
                # here too (it came before the review, so it is already in `anew`).
                seen = record.get("seen_hlc") if kind == "review" else None
                if seen in anew:
                    record["seen_hlc"] = anew[seen]
                    store.conn.execute(
                        "UPDATE reviews SET seen_hlc = ? WHERE uuid = ? AND seen_hlc = ?",
                        (anew[seen], uuid, seen),
                    )
                store.conn.execute(
                    "UPDATE outbox SET hlc = ?, base_hlc = ?, payload = ? WHERE seq = ?",
                    (stamp, base, json.dumps(record, ensure_ascii=False), seq),
                )
                store.conn.execute(
                    f"UPDATE {KINDS[kind].table} SET hlc = ? WHERE uuid = ? AND hlc = ?",
                    (stamp, uuid, hlc),
                )
                touched.setdefault(kind, set()).add(uuid)
            if clock_ahead:
                store.conn.execute(
                    "UPDATE outbox SET status = 'pending', reason = NULL WHERE seq = ?", (seq,)
                )
                queued += 1
        for kind, uuids in touched.items():  # states compare the stamps just changed
            review_index.refresh(store.conn, kind, uuids)
    return queued, anew


def requeue_no_longer_future(store: Store, latest: dt.date) -> int:
    """Queue again the changes head office refused only for a date in the future, once no
    date of theirs is later than `latest` (what head office takes today): a laptop whose
    clock ran days fast saved them, and nobody need touch them again."""
    last = latest.isoformat()
    rows = store.conn.execute(
        "SELECT seq, payload, reason FROM outbox WHERE status = 'rejected'"
        " AND reason LIKE '%future_date%'"
    ).fetchall()
    due = []
    for seq, payload, reason in rows:
        issues = json.loads(reason or "{}").get("issues") or []
        if not issues or any(i.get("code") != "future_date" for i in issues):
            continue
        record = json.loads(payload)
        fields = {i.get("field") for i in issues}
        if all(isinstance(record.get(f), str) and record[f] <= last for f in fields):
            due.append(seq)
    if due:
        with store.transaction():
            store.conn.executemany(
                "UPDATE outbox SET status = 'pending', reason = NULL WHERE seq = ?",
                [(seq,) for seq in due],
            )
    return len(due)


def _refused_for(reason: str | None) -> str | None:
    try:
        code = json.loads(reason or "{}").get("code")
    except ValueError:
        return None
    return code if isinstance(code, str) else None


def adopt_team(store: Store, team: str) -> int:
    """Give the team a laptop was just enrolled in to what it recorded before enrolment.

    Records made before (with no team, or the demo team) have never left the laptop: they
    become the new team's without a new revision, in the tables and in the queued changes.
    Records received from head office keep theirs. Returns how many records moved.
    """
    moved = 0
    with store.transaction():
        old = store.team
        for kind in KINDS.values():
            if kind.name == "ref_item":
                continue  # reference lists belong to everyone
            moved += store.conn.execute(
                f"UPDATE {kind.table} SET team = ? WHERE device_id = ? AND team IN ('', ?)"
                " AND team != ? AND hlc != ?",
                (team, store.device_id, old, team, SEED_STAMP),
            ).rowcount
        rows = store.conn.execute(
            "SELECT seq, payload FROM outbox WHERE status IN ('pending', 'rejected')"
        ).fetchall()
        updates = []
        for seq, payload in rows:
            record = json.loads(payload)
            if record.get("team") in ("", old, None):
                record["team"] = team
                updates.append((json.dumps(record, ensure_ascii=False), seq))
        store.conn.executemany(
            "UPDATE outbox SET payload = ?, status = 'pending', reason = NULL WHERE seq = ?",
            updates,
        )
        store.set_setting("team", team)
    return moved


def cursor(store: Store) -> int:
    return int(store.setting(CURSOR, 0))


def set_cursor(store: Store, position: int) -> None:
    """Call inside the transaction that applied the page ending at `position`."""
    store.set_setting(CURSOR, position)


def apply_remote(store: Store, kind: RecordKind, records: list[Record]) -> int:
    """Take versions from head office where they are newer than ours; returns how many.

    The newer hybrid-clock stamp wins, the same rule head office applies, so every device ends
    with the same version. A local edit not yet pushed that is newer stays; it will win at head
    office too. Nothing applied here goes back into the outbox.
    """
    applied = 0
    with store.transaction():
        if records:
            uuids = [r["uuid"] for r in records]
            local: dict[str, str] = {}
            for start in range(0, len(uuids), 500):
                chunk = uuids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                local.update(
                    store.conn.execute(
                        f"SELECT uuid, hlc FROM {kind.table} WHERE uuid IN ({marks})", chunk
                    ).fetchall()
                )
            columns = (*_META_WRITE, *kind.field_names)
            sql = upsert_sql(kind.table, columns)
            lists, flags = _column_kinds(kind.name)
            rows, history = [], []
            now = utc_now()
            newest = ""
            before = _held_versions(store, kind, records, local)
            for record in records:
                stamp = str(record["hlc"])
                newest = max(newest, stamp)
                if local.get(record["uuid"], "") >= stamp:
                    continue
                local[record["uuid"]] = stamp
                row = [record[c] for c in columns]
                for i in lists:
                    row[i] = orjson.dumps(row[i] or []).decode()
                for i in flags:
                    row[i] = 1 if row[i] else 0
                rows.append(row)
                history.append(
                    (
                        kind.name,
                        record["uuid"],
                        record["revision"],
                        now,
                        record["author"],
                        record["device_id"],
                        "delete" if record["deleted"] else "received",
                        _changes(kind, before.get(record["uuid"]), record),
                        stamp,
                    )
                )
            if kind.date_field and len({row[0] for row in rows}) == len(rows):
                # In date order (the list indexes end in it), when no record comes twice.
                at = columns.index(kind.date_field)
                rows.sort(key=lambda row: row[at] or "")
            store.conn.executemany(sql, rows)
            store.conn.executemany(
                "INSERT INTO history (kind, uuid, revision, at, author, device_id, action,"
                " changes, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                history,
            )
            review_index.refresh(store.conn, kind.name, [h[1] for h in history])
            applied = len(rows)
            if newest:
                store.clock.observe(newest)
                store.set_setting("clock", store.clock.last)
            if kind.name in ("ref_item", "officer") and applied:
                store.forget_cached_lists()
    return applied


def _held_versions(
    store: Store, kind: RecordKind, records: list[Record], local: Mapping[str, str]
) -> dict[str, Record]:
    """The versions held here of the records about to be replaced by newer ones (their field
    values), so the history says what each received version changed."""
    wanted = [r["uuid"] for r in records if r["uuid"] in local and local[r["uuid"]] < str(r["hlc"])]
    found: dict[str, Record] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.db.query(f"SELECT * FROM {kind.table} WHERE uuid IN ({marks})", chunk):
            found[row["uuid"]] = decode_row(kind, row)
    return found


def _changes(kind: RecordKind, old: Record | None, new: Record) -> str:
    """{field: [old, new]} of a received version against the one held ("{}": none held)."""
    if old is None:
        return "{}"
    changed = {
        f.name: [old[f.name], new.get(f.name)]
        for f in kind.fields
        if old[f.name] != (new.get(f.name) if not f.type.is_list else new.get(f.name) or [])
    }
    return json.dumps(changed, ensure_ascii=False)


_META_WRITE = (
    "uuid",
    "created_at",
    "updated_at",
    "author",
    "device_id",
    "team",
    "revision",
    "deleted",
    "hlc",
)


@functools.cache
def _column_kinds(kind_name: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where, in a row of _META_WRITE then the kind's fields, the lists (stored as JSON) and
    the flags (stored as 0/1) are: worked out once, not per field of every record pulled."""
    kind = KINDS[kind_name]
    offset = len(_META_WRITE)
    lists = tuple(offset + i for i, f in enumerate(kind.fields) if f.type.is_list)
    flags = (_META_WRITE.index("deleted"),) + tuple(
        offset + i for i, f in enumerate(kind.fields) if f.type is FieldType.BOOL
    )
    return lists, flags
