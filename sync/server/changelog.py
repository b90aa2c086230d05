"""Settling new record versions against what head office holds, and logging the winners.

The rule is the devices' rule (desktop.store.replication.apply_remote): of two versions of a
record, the greater hybrid-clock stamp wins. A version made on top of the one held (its base is
the held stamp) simply replaces it. Two edits made side by side from the same version are
joined field by field (desktop.domain.merge) into a version head office stamps itself, later
than both, which every device then pulls; a field both changed takes the later edit's value.
Anything else (a deletion against an edit, a base head office lacks, a join that breaks a rule
across fields) is settled whole: the winner becomes current. Whatever gave way goes into
`conflicts`, so nothing recorded is ever silently dropped. Only versions that
became current enter the pull log; a device that sent a losing version learns the winner from
its next pull. Stamps are compared as text, which orders them (see Stamp.__str__; the push
checks that every stamp is written in that canonical form). Print runs and leaflet designs
that become current also update the tracked QR codes (shortlinks.learn), in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, RowMapping, bindparam, func, insert, select, update

from desktop.domain import merge
from desktop.domain.clock import HybridClock, StampOverflow
from desktop.domain.kinds import KINDS, RecordKind
from desktop.domain.validation import clean, errors
from sync.server import auth, db, rows, shortlinks
from sync.server.auth import HEAD_OFFICE, Device
from sync.server.errors import ApiError
from sync.server.schema import changes, conflicts, current_payload, devices, records


class Version(NamedTuple):
    """One version of a record on its way into the log (a tuple: made thousands at a time)."""

    kind: str
    uuid: str
    team: str
    hlc: str
    base_hlc: str | None
    deleted: bool
    payload: str
    #: The device that sent it and its outbox number: (device_id, seq) is unique in the log.
    device_id: str
    seq: int


class Held(NamedTuple):
    """The current version of a record (columns of `records`, and whether it is stored)."""

    team: str
    hlc: str
    deleted: bool
    #: The JSON row, when at hand; else it is in the change log at (device_id, seq): `payload`.
    payload: str | None
    device_id: str | None
    seq: int | None
    #: Already a row in `records` (update it) rather than new in this transaction (insert it).
    stored: bool


Key = tuple[str, str]
_POINTERS = ("kind", "uuid", "team", "hlc", "deleted", "device_id", "seq")
_LOGGED = (
    "device_id",
    "seq",
    "kind",
    "uuid",
    "team",
    "hlc",
    "base_hlc",
    "payload",
    "received_at",
    "lost",
)


def held(conn: Connection, kind: str, uuids: Iterable[str]) -> dict[Key, Held]:
    """The current versions of these records of `kind`, by (kind, uuid); unknown ones absent.

    Their JSON is not read (see `payload`): a push needs it only for a conflict.
    """
    query = select(
        records.c.uuid,
        records.c.team,
        records.c.hlc,
        records.c.deleted,
        records.c.payload,
        records.c.device_id,
        records.c.seq,
    ).where(records.c.kind == kind)
    found = db.rows_with_keys(conn, query, records.c.uuid, sorted(set(uuids)))
    return {
        (kind, uuid): Held(team, hlc, bool(deleted), payload, device_id, seq, stored=True)
        for uuid, team, hlc, deleted, payload, device_id, seq in found
    }


def payload(conn: Connection, version: Held) -> str:
    """The JSON row of a held version, from the change log unless it is at hand."""
    if version.payload is not None:
        return version.payload
    found = conn.scalar(
        select(changes.c.payload).where(
            changes.c.device_id == version.device_id, changes.c.seq == version.seq
        )
    )
    if found is None:
        raise LookupError(f"the change log lacks {version.device_id}/{version.seq}")
    return str(found)


def append(conn: Connection, versions: Iterable[Version], current: dict[Key, Held], at: str) -> int:
    """Log `versions` in order and settle each against `current`; returns how many conflicted.

    `current` must hold every record the versions touch that head office has (see `held`); it
    is updated as versions win. The caller holds the log lock (db.lock_log).
    """
    logged: list[tuple[Any, ...]] = []
    lost: list[dict[str, Any]] = []
    winners: dict[Key, Held] = {}
    #: JSON of the versions logged in this call, by (uuid, stamp): an edit's base may be one.
    seen: dict[tuple[str, str], str] = {}
    office = _OfficeVersions(conn)
    for v in versions:
        key = (v.kind, v.uuid)
        now = current.get(key)
        seen[v.uuid, v.hlc] = v.payload
        if now is None or (v.base_hlc == now.hlc and v.hlc > now.hlc):
            wins = True
        elif v.hlc == now.hlc:
            wins = False  # the version held, sent again: nothing new, nothing lost
        else:
            joined = _join(conn, v, now, seen, office, at)
            if joined is not None:
                both, overruled = joined
                if overruled:  # the earlier edit's value gave way: kept as a conflict
                    if v.hlc > now.hlc:
                        loser = _conflict(
                            v.kind, v.uuid, now.team, v.hlc, now.hlc, payload(conn, now), at
                        )
                    else:
                        loser = _conflict(
                            v.kind, v.uuid, now.team, now.hlc, v.hlc, v.payload, at, v.device_id
                        )
                    lost.append(loser)
                logged.append(_row(v, at, lost=True))
                logged.append(_row(both, at, lost=False))
                seen[both.uuid, both.hlc] = both.payload
                stored = bool(now.stored)
                winner = Held(
                    both.team, both.hlc, False, both.payload, both.device_id, both.seq, stored
                )
                current[key] = winners[key] = winner
                continue
            wins = v.hlc > now.hlc
            if wins:
                old = payload(conn, now)
                lost.append(_conflict(v.kind, v.uuid, now.team, v.hlc, now.hlc, old, at))
            else:
                lost.append(
                    _conflict(v.kind, v.uuid, now.team, now.hlc, v.hlc, v.payload, at, v.device_id)
                )
        logged.append(_row(v, at, lost=not wins))
        if wins:
            stored = bool(now and now.stored)
            winner = Held(v.team, v.hlc, v.deleted, v.payload, v.device_id, v.seq, stored)
            current[key] = winners[key] = winner
    db.insert_rows(conn, changes, _LOGGED, logged)
    _store_winners(conn, winners)
    shortlinks.learn(conn, winners)
    if lost:
        conn.execute(insert(conflicts), lost)
    return len(lost)


def _row(v: Version, at: str, lost: bool) -> tuple[Any, ...]:
    return (v.device_id, v.seq, v.kind, v.uuid, v.team, v.hlc, v.base_hlc, v.payload, at, lost)


class _OfficeVersions:
    """Head office's own numbers for the versions it makes (joined edits), under the log lock."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.last: int | None = None

    def next_seq(self) -> int:
        if self.last is None:
            self.last = int(
                self.conn.execute(
                    select(func.coalesce(func.max(changes.c.seq), 0)).where(
                        changes.c.device_id == HEAD_OFFICE
                    )
                ).scalar_one()  # an aggregate: always one row
            )
        self.last += 1
        return self.last


def _join(
    conn: Connection,
    v: Version,
    now: Held,
    seen: dict[tuple[str, str], str],
    office: _OfficeVersions,
    at: str,
) -> tuple[Version, list[str]] | None:
    """The version joining `v` with the one held, both edited from the same earlier version,
    field by field (desktop.domain.merge); and the fields where the earlier edit gave way.

    None when there is nothing to join: a deletion on either side, an edit whose base head
    office does not hold, a join that breaks a rule across fields (consent and personal data,
    say), or one that is simply the later edit. Then the later stamp wins the whole record.
    """
    if v.deleted or now.deleted or v.base_hlc is None:
        return None
    kind = KINDS[v.kind]
    base_json = seen.get((v.uuid, v.base_hlc)) or _logged(conn, v.kind, v.uuid, v.base_hlc)
    if base_json is None:
        return None
    held = rows.decode(kind, payload(conn, now))
    sent = rows.decode(kind, v.payload)
    later_is_sent = v.hlc > now.hlc
    fields, overruled = merge.join(kind, rows.decode(kind, base_json), held, sent, later_is_sent)
    later = sent if later_is_sent else held
    if all(fields[name] == later[name] for name in kind.field_names):
        return None  # nothing of the earlier edit survives: the later one wins as it is
    values, issues = clean(kind, fields, None, dt.date.max)
    if errors(issues) or values != fields:
        return None
    # The stamp right after the later edit's (no wall time): a deletion typed after both edits
    # still comes after their join, wherever head office's clock stands.
    clock = HybridClock(HEAD_OFFICE, wall=lambda: 0.0)
    clock.observe(now.hlc)
    clock.observe(v.hlc)
    try:
        stamp = clock.now()
    except StampOverflow:  # a stamp from before they were bounded, at the last one there is
        return None
    record = {
        **later,
        **fields,
        "revision": max(int(held["revision"]), int(sent["revision"])) + 1,
        "hlc": stamp,
        "created_at": held["created_at"],
        "updated_at": at,
        "device_id": HEAD_OFFICE,
        "team": now.team,
    }
    both = Version(
        kind=v.kind,
        uuid=v.uuid,
        team=now.team,
        hlc=record["hlc"],
        base_hlc=now.hlc,
        deleted=False,
        payload=rows.encode(kind, record),
        device_id=HEAD_OFFICE,
        seq=office.next_seq(),
    )
    return both, overruled


def _logged(conn: Connection, kind: str, uuid: str, hlc: str) -> str | None:
    """The JSON of a logged version of a record, by its stamp (None if head office lacks it)."""
    found = conn.scalar(
        select(changes.c.payload)
        .where(changes.c.uuid == uuid, changes.c.hlc == hlc, changes.c.kind == kind)
        .limit(1)
    )
    return None if found is None else str(found)


def _store_winners(conn: Connection, winners: dict[Key, Held]) -> None:
    """Winners are versions in the log: `records` points at them rather than copy their JSON."""
    new = [
        (kind, uuid, h.team, h.hlc, h.deleted, h.device_id, h.seq)
        for (kind, uuid), h in winners.items()
        if not h.stored
    ]
    db.insert_rows(conn, records, _POINTERS, new)
    known = [
        {**_record_row(kind, uuid, h), "k": kind, "u": uuid}
        for (kind, uuid), h in winners.items()
        if h.stored
    ]
    if known:
        conn.execute(
            update(records)
            .where(records.c.kind == bindparam("k"), records.c.uuid == bindparam("u"))
            .values(
                team=bindparam("team"),
                hlc=bindparam("hlc"),
                deleted=bindparam("deleted"),
                payload=None,
                device_id=bindparam("device_id"),
                seq=bindparam("seq"),
            ),
            known,
        )


def _record_row(kind: str, uuid: str, h: Held) -> dict[str, Any]:
    return {
        "kind": kind,
        "uuid": uuid,
        "team": h.team,
        "hlc": h.hlc,
        "deleted": h.deleted,
        "device_id": h.device_id,
        "seq": h.seq,
    }


def _conflict(
    kind: str,
    uuid: str,
    team: str,
    winner_hlc: str,
    loser_hlc: str,
    loser_payload: str,
    at: str,
    loser_device: str | None = None,
) -> dict[str, Any]:
    loser = rows.decode(KINDS[kind], loser_payload)
    return {
        "kind": kind,
        "uuid": uuid,
        "team": team,
        "winner_hlc": winner_hlc,
        "loser_hlc": loser_hlc,
        "loser_device": loser_device or loser.get("device_id"),
        "loser_payload": json.dumps(loser, ensure_ascii=False),
        "at": at,
    }


def overruled(engine: Engine, device_id: str, after: int, limit: int = 200) -> dict[str, Any]:
    """What of `device_id`'s edits gave way to later edits elsewhere, conflict by conflict after
    the id `after`: the laptop shows its user what they typed that is no longer current."""
    query = (
        select(conflicts)
        .where(conflicts.c.loser_device == device_id, conflicts.c.id > after)
        .order_by(conflicts.c.id)
        .limit(limit)
    )
    found = []
    last = after
    with db.reading(engine) as conn:
        for row in conn.execute(query).mappings().all():
            kind, lost, won = _both_sides(conn, row)
            last = row["id"]
            if won.get("device_id") == device_id:
                continue  # its own later edit (a laptop put back from a copy): nothing to tell
            found.append(
                {
                    "id": row["id"],
                    "kind": row["kind"],
                    "uuid": row["uuid"],
                    "at": row["at"],
                    "deleted": bool(lost.get("deleted")),
                    "lost_to_deletion": bool(won.get("deleted")),
                    "record": {name: lost.get(name) for name in kind.field_names},
                    "fields": [
                        {"field": name, "lost": was, "kept": kept}
                        for name, was, kept in _differences(kind, lost, won)
                    ]
                    if won and not won.get("deleted")
                    else [],
                }
            )
    return {"conflicts": found, "last": last}


def recent_conflicts(
    engine: Engine, team: str | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """The latest conflicts (of `team`, or all), newest first: for each, the values the losing
    version had where they differ from the version it lost to (what was overwritten then),
    whether either deleted the record, and whether the record is deleted now."""
    query = (
        select(conflicts, current_payload, records.c.deleted, devices.c.label)
        .join(records, (records.c.kind == conflicts.c.kind) & (records.c.uuid == conflicts.c.uuid))
        .outerjoin(devices, devices.c.device_id == conflicts.c.loser_device)
        .order_by(conflicts.c.id.desc())
        .limit(limit)
    )
    if team is not None:
        query = query.where(conflicts.c.team == team)
    listed = []
    with db.reading(engine) as conn:
        for row in conn.execute(query).mappings().all():
            kind, lost, won = _both_sides(conn, row, row["payload"])
            listed.append(
                {
                    **{k: row[k] for k in ("at", "team", "kind", "uuid", "loser_device")},
                    "loser_label": row["label"],
                    "loser_deleted": bool(lost.get("deleted")),
                    "winner_deleted": bool(won.get("deleted")),
                    "deleted_now": bool(row["deleted"]),
                    "differences": _differences(kind, lost, won),
                }
            )
    return listed


def record_conflicts(engine: Engine, device: Device, kind: str, uuid: str) -> dict[str, Any]:
    """Every version of one record that lost to another, oldest first, for a device whose scope
    holds the record (404 otherwise, whether it exists elsewhere or not): a supervisor reviewing
    a record sees what was overwritten on its way in, field by field."""
    if kind not in KINDS:
        raise ApiError(404, "not_found", "no such record kind")
    query = (
        select(conflicts, devices.c.label)
        .outerjoin(devices, devices.c.device_id == conflicts.c.loser_device)
        .where(conflicts.c.kind == kind, conflicts.c.uuid == uuid)
        .order_by(conflicts.c.id)
    )
    listed = []
    with db.reading(engine) as conn:
        team = conn.scalar(
            select(records.c.team).where(records.c.kind == kind, records.c.uuid == uuid)
        )
        seen = auth.scope(conn, device)
        if team is None or (seen is not None and team not in seen):
            raise ApiError(404, "not_found", "head office holds no such record within this scope")
        for row in conn.execute(query).mappings().all():
            k, lost, won = _both_sides(conn, row)
            listed.append(
                {
                    "at": row["at"],
                    "loser_device": row["loser_device"],
                    "loser_label": row["label"],
                    "loser_author": lost.get("author"),
                    "deleted": bool(lost.get("deleted")),
                    "lost_to_deletion": bool(won.get("deleted")),
                    "fields": [
                        {"field": name, "lost": was, "kept": kept}
                        for name, was, kept in _differences(k, lost, won)
                    ]
                    if won and not won.get("deleted")
                    else [],
                }
            )
    return {"conflicts": listed}


def _both_sides(
    conn: Connection, conflict: RowMapping, otherwise: str | None = None
) -> tuple[RecordKind, dict[str, Any], dict[str, Any]]:
    """A conflict's kind, the version that lost, and the one it lost to ({} if head office
    lacks it and `otherwise`, the JSON to use instead, is not given)."""
    kind = KINDS[conflict["kind"]]
    lost = json.loads(conflict["loser_payload"])
    won_json = _logged(conn, conflict["kind"], conflict["uuid"], conflict["winner_hlc"])
    won_json = won_json or otherwise
    return kind, lost, rows.decode(kind, won_json) if won_json else {}


def _differences(
    kind: RecordKind, lost: Mapping[str, Any], won: Mapping[str, Any]
) -> list[tuple[str, Any, Any]]:
    """(field, value that lost, value kept) where the two versions differ."""
    return [
        (name, lost.get(name), won.get(name))
        for name in kind.field_names
        if lost.get(name) != won.get(name)
    ]
