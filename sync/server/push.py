"""Taking a device's changes: check each one, refuse what it may not write, log the rest.

The whole push is one transaction: a malformed body (400) writes nothing, and within a
well-formed body one refused change never holds back the others. A change is known by
(device_id, seq), so a batch sent again after a lost answer is acknowledged, not stored twice.
Validation is the laptop's own (desktop.domain.validation.clean), with two days of slack on
"not in the future" for clocks and time zones; reference codes are not looked up, because a
laptop may use an entry head office has not seen yet.

A device is trusted with the records of its scope only (a field device: its team; a branch
supervisor: its branch's teams; a supervisor of the whole bank: every team), whatever it claims.
A review action (kind review) must name a record head office holds, of the review's own team
(an approval or a send-back: a version of it head office holds, seen_hlc); only a supervisor
approves or sends back (a field device answers, and leaves a supervisor's remarks as they are),
and an action stays the action it was on the record it was, within one push too (as a record
stays in its team). Filed reports (desktop.domain.kinds.SUPERVISOR_KINDS) come from supervisors
only.
Besides: a change stamped further ahead of head office's clock than
protocol.MAX_STAMP_AHEAD_MS is refused (one laptop's clock must not drag the team's clocks into
the future); the version is attributed to the device that sent it, not to a device_id it names;
a uuid names one record of one kind; and a link may lead only to a record of the linked kind in
the record's own team (a link to a record head office has not seen yet is taken: it may be on
its way).

Officers are people, and a team's roster is head office's once it has one: a laptop's new
officer (one it added before enrolment, or while the team had nobody) joins the roster unless
the roster has that name already (refused: the laptop takes head office's officer of that name
instead, at its next pull); a laptop's edit of an officer head office holds is refused. A change
whose author is not on its team's roster (one the team has), nor a supervisor's on its own
team's, is accepted all the same, as nothing recorded may be lost, but kept apart as the
laptop's word (table unlisted_authors).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson
from sqlalchemy import Connection, Engine, insert, select

from desktop.domain import review
from desktop.domain.clock import millis_of
from desktop.domain.fields import Field, FieldType
from desktop.domain.kinds import KINDS, SUPERVISOR_KINDS, RecordKind, officer_key
from desktop.domain.validation import Issue, clean, errors, is_clean, is_clean_row
from desktop.leaflets import designs
from sync import protocol
from sync.server import admin, auth, changelog, db, rows
from sync.server.auth import Device
from sync.server.errors import ApiError, bad_request
from sync.server.schema import changes, devices, records, teams, unlisted_authors

log = logging.getLogger(__name__)

#: Laptop clocks and time zones differ: a date up to this far ahead is not "in the future" yet.
DATE_SLACK = dt.timedelta(days=protocol.DATE_SLACK_DAYS)
MAX_SEQ = 2**62
META_TEXT = 200
#: Stamp.__str__: 15 digits of milliseconds, 5 of counter, the device id (at most 100 in all).
_STAMP = re.compile(r"[0-9]{15}-[0-9]{5}-.{1,78}", re.DOTALL)

#: The columns a laptop sends a kind's rows under (any others are understood too, slower).
PUSH_COLUMNS = {
    name: protocol.columns_for(kind, protocol.PUSH_META) for name, kind in KINDS.items()
}
#: Where things are in a row under PUSH_COLUMNS: the push columns, the meta, the fields.
_BASE_HLC = protocol.PUSH_META.index("base_hlc")
_META = len(protocol.PUSH_META) - len(protocol.RECORD_META)
_FIELDS = len(protocol.PUSH_META)
#: Where meta values are in a stored row (rows.COLUMNS), which is the push row from _META on.
_UUID, _REVISION, _HLC, _DELETED, _TEAM = (
    protocol.RECORD_META.index(name) for name in ("uuid", "revision", "hlc", "deleted", "team")
)
_CREATED_AT, _UPDATED_AT, _AUTHOR, _DEVICE_ID = (
    _META + protocol.RECORD_META.index(name)
    for name in ("created_at", "updated_at", "author", "device_id")
)
#: Where the device and the author are in a stored row, and an officer's name.
_STORED_DEVICE = protocol.RECORD_META.index("device_id")
_STORED_AUTHOR = protocol.RECORD_META.index("author")
_OFFICER_NAME = len(protocol.RECORD_META) + KINDS["officer"].field_names.index("name")
#: The links of each kind: (kind linked, position in a stored row).
_LINKS = {
    name: tuple(
        (f.link_kind, len(protocol.RECORD_META) + i)
        for i, f in enumerate(kind.fields)
        if f.type is FieldType.LINK and f.link_kind
    )
    for name, kind in KINDS.items()
}


@dataclass
class Batch:
    """One batch of a push: the kind (None when this server does not know it) and its rows.

    A row stays the list it came as when the batch has the usual columns (`PUSH_COLUMNS`):
    most records are clean, and are then checked and stored without a dict being made for
    them. Rows under any other columns are records (dicts).
    """

    kind_name: str
    kind: RecordKind | None
    rows: list[list[Any]] | list[dict[str, Any]]


@dataclass
class Outcome:
    accepted: list[int] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    conflicts: int = 0

    def body(self) -> dict[str, Any]:
        return {"accepted": self.accepted, "rejected": self.rejected, "conflicts": self.conflicts}


def push(
    engine: Engine,
    device: Device,
    body: Any,
    today: dt.date | None = None,
    now_ms: int | None = None,
) -> Outcome:
    """Check and store one push from `device`; raises ApiError for a malformed body.

    What needs no database (format, types, validation) is checked before the transaction, so
    the log lock is held only for the lookups and the writes.
    """
    latest = (today or dt.date.today()) + DATE_SLACK
    latest_iso = latest.isoformat()
    limit = Limits(latest, latest_iso, (now_ms or db.now_ms()) + protocol.MAX_STAMP_AHEAD_MS)
    checked = [(seq, _check(batch, row, limit)) for seq, batch, row in _ordered(parse(body))]
    with db.writing(engine) as conn:
        db.lock_log(conn)
        db.by_key(conn)
        outcome = _store(conn, device, checked)
    log.info(
        "push from %s: %d accepted, %d rejected, %d conflicts",
        device.device_id,
        len(outcome.accepted),
        len(outcome.rejected),
        outcome.conflicts,
    )
    return outcome


def parse(body: Any) -> list[Batch]:
    """The batches of a push body; everything that is not the protocol's format is a 400."""
    if not isinstance(body, Mapping) or not isinstance(body.get("batches"), list):
        raise bad_request('the body must be an object with a list "batches"')
    raw_batches = body["batches"]
    if not all(isinstance(b, Mapping) for b in raw_batches):
        raise bad_request("every batch must be an object")
    count = sum(len(b["rows"]) for b in raw_batches if isinstance(b.get("rows"), list))
    if not raw_batches or not all(b.get("rows") for b in raw_batches):
        # Nothing to do is a laptop's bug: saying so finds it sooner than a silent 200.
        raise bad_request("a push holds at least one batch, and every batch at least one row")
    if count > protocol.MAX_ROWS_PER_PUSH:
        raise ApiError(
            413,
            "too_many_rows",
            f"{count} rows in one push, at most {protocol.MAX_ROWS_PER_PUSH} are taken",
        )
    batches = []
    for raw in raw_batches:
        name = raw.get("kind")
        if not isinstance(name, str):
            raise bad_request("every batch needs a kind")
        kind = KINDS.get(name)
        if kind is None:
            batches.append(Batch(name, None, _unknown_kind_rows(raw)))
        elif raw.get("columns") == PUSH_COLUMNS[name] and isinstance(raw.get("rows"), list):
            width = len(PUSH_COLUMNS[name])
            if not all(type(row) is list and len(row) == width for row in raw["rows"]):
                raise bad_request(f"batch of {name}: every row must have {width} values")
            batches.append(Batch(name, kind, raw["rows"]))
        else:
            try:
                kind, records = protocol.decode_batch(raw, protocol.PUSH_META)
            except protocol.ProtocolError as e:
                raise bad_request(f"batch of {name}: {e}") from None
            batches.append(Batch(name, kind, records))
    for batch in batches:
        for row in batch.rows:
            seq = row[0] if isinstance(row, list) else row["seq"]
            if type(seq) is float and seq.is_integer():  # 1.0 is an integer to JSON Schema
                seq = int(seq)
                if isinstance(row, list):
                    row[0] = seq
                else:
                    row["seq"] = seq
            if type(seq) is not int or not 1 <= seq <= MAX_SEQ:
                raise bad_request(f"batch of {batch.kind_name}: every row needs a seq >= 1")
    return batches


def request_schema() -> dict[str, Any]:
    """The push body as JSON Schema (OpenAPI 3.1), a batch form per kind, from the kinds.

    It says what makes a push well formed (a 400 otherwise); what is wrong within a row
    (values, types, stamps) is answered per change among the rejections instead.
    """

    def batch(name: str) -> dict[str, Any]:
        width = len(PUSH_COLUMNS[name])
        seq = {"type": "integer", "minimum": 1, "maximum": MAX_SEQ}
        row = {"type": "array", "minItems": width, "maxItems": width, "prefixItems": [seq]}
        return {
            "type": "object",
            "title": f"batch of {name}",
            "required": ["kind", "columns", "rows"],
            "properties": {
                "kind": {"const": name},
                "columns": {"const": PUSH_COLUMNS[name]},
                "rows": {"type": "array", "minItems": 1, "items": row},
            },
        }

    return {
        "title": "PushRequest",
        "description": "changes from the outbox, a batch per kind; a row's values stand under"
        " the batch's columns, which start with the PUSH_META columns. A batch of a kind head"
        " office does not know (a newer laptop's) is answered with unknown_kind rejections.",
        "type": "object",
        "required": ["batches"],
        "properties": {
            "batches": {
                "type": "array",
                "minItems": 1,
                "items": {"oneOf": [batch(name) for name in KINDS]},
            }
        },
    }


def _unknown_kind_rows(raw: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Just the seqs of a batch of a kind this server does not know (a newer laptop's)."""
    columns, body_rows = raw.get("columns"), raw.get("rows")
    if not isinstance(columns, list) or "seq" not in columns or not isinstance(body_rows, list):
        raise bad_request(f"batch of {raw.get('kind')}: columns with seq and rows are required")
    at = columns.index("seq")
    if not all(isinstance(r, list) and len(r) == len(columns) for r in body_rows):
        raise bad_request(f"every row must have {len(columns)} values")
    return [{"seq": r[at]} for r in body_rows]


Row = list[Any] | dict[str, Any]


def _ordered(batches: list[Batch]) -> list[tuple[int, Batch, Row]]:
    """Rows in the device's own order (its outbox numbers), whatever batches they came in."""
    return sorted(
        ((r[0] if isinstance(r, list) else r["seq"], b, r) for b in batches for r in b.rows),
        key=lambda t: t[0],
    )


class Candidate(NamedTuple):
    """A change that passed every check that needs no database."""

    kind: RecordKind
    base_hlc: str | None
    #: The record's values under the stored columns (rows.COLUMNS): meta, then fields.
    values: list[Any]


Checked = Candidate | dict[str, Any]


class Limits(NamedTuple):
    """How far ahead of head office's date and clock a change may stand."""

    latest: dt.date
    latest_iso: str
    #: The greatest physical part (ms) of a stamp head office takes now.
    stamp_ms: int


def _store(conn: Connection, device: Device, checked: list[tuple[int, Checked]]) -> Outcome:
    outcome = Outcome()
    done = _known_changes(conn, device.device_id, [seq for seq, _ in checked])
    team_names = {name for (name,) in conn.execute(select(teams.c.name))}
    current: dict[changelog.Key, changelog.Held] = {}
    uuids: dict[str, list[str]] = {}
    for _seq, verdict in checked:
        if isinstance(verdict, Candidate):
            uuids.setdefault(verdict.kind.name, []).append(verdict.values[_UUID])
    for kind_name, wanted in uuids.items():
        current.update(changelog.held(conn, kind_name, wanted))
    known, stamps = _known_records(conn, checked)
    seen = auth.scope(conn, device)
    #: The review versions taken so far in this push, by uuid: the next one's "before".
    reviews: dict[str, list[Any]] = {}
    versions: list[changelog.Version] = []
    rosters: dict[str, set[str]] = {}
    unlisted: list[dict[str, Any]] = []
    now = db.iso(db.now())
    for seq, verdict in checked:
        if seq in done and isinstance(verdict, Candidate):
            values = verdict.values
            if (values[_UUID], values[_HLC]) == done[seq]:
                outcome.accepted.append(seq)  # sent again after a lost answer: stored once
            else:
                outcome.rejected.append(_rejection(seq, protocol.REJECT_CLASH, _CLASH))
            continue
        placed = (
            _place(device, seq, verdict, current, team_names, known, seen)
            if isinstance(verdict, Candidate)
            else verdict
        )
        if isinstance(placed, changelog.Version) and placed.kind == "review":
            assert isinstance(verdict, Candidate)
            placed = (
                _review_refusal(conn, device, seq, verdict, placed, current, known, stamps, reviews)
                or placed
            )
        if (
            isinstance(placed, changelog.Version)
            and placed.kind in SUPERVISOR_KINDS
            and not device.is_supervisor
        ):
            placed = _rejection(
                seq, protocol.REJECT_FORBIDDEN, f"only a supervisor writes a {placed.kind}"
            )
        if isinstance(placed, dict):
            outcome.rejected.append(placed)
            continue
        assert isinstance(verdict, Candidate)
        names = _roster(conn, rosters, placed.team)
        if placed.kind == "officer":
            refusal = _officer_refusal(seq, verdict, placed.uuid in known, names)
            if refusal is not None:
                outcome.rejected.append(refusal)
                continue
            names.add(officer_key(verdict.values[_OFFICER_NAME]))
        else:
            author = verdict.values[_STORED_AUTHOR] or ""
            key = officer_key(author)
            # A supervisor working on another team's records is an officer of its own team.
            own = (
                _roster(conn, rosters, device.team)
                if device.is_supervisor and device.team != placed.team
                else set()
            )
            if names and key not in names and key not in own:
                unlisted.append(
                    {
                        "team": placed.team,
                        "author": author,
                        "kind": placed.kind,
                        "uuid": placed.uuid,
                        "device_id": device.device_id,
                        "seq": seq,
                        "at": now,
                    }
                )
        known.setdefault(placed.uuid, (placed.kind, placed.team))
        stamps[placed.uuid] = max(stamps.get(placed.uuid, placed.hlc), placed.hlc)
        if placed.kind == "review":
            reviews[placed.uuid] = verdict.values
        done[seq] = (placed.uuid, placed.hlc)
        versions.append(placed)
        outcome.accepted.append(seq)
    outcome.conflicts = changelog.append(conn, versions, current, now)
    if unlisted:
        conn.execute(insert(unlisted_authors), unlisted)
    return outcome


def _roster(conn: Connection, rosters: dict[str, set[str]], team: str) -> set[str]:
    """The officer keys of the team's roster (read once per push)."""
    names = rosters.get(team)
    if names is None:
        names = rosters[team] = {officer_key(o["name"]) for o in admin.roster(conn, team)}
    return names


def _officer_refusal(
    seq: int, candidate: Candidate, held: bool, roster: set[str]
) -> dict[str, Any] | None:
    """Why a laptop's officer may not join its team's roster (None: it joins)."""
    if held:
        return _rejection(
            seq,
            protocol.REJECT_FORBIDDEN,
            "the team's roster is head office's: ask head office to change an officer",
        )
    name = candidate.values[_OFFICER_NAME]
    if officer_key(name) in roster:
        return _rejection(
            seq,
            protocol.REJECT_FORBIDDEN,
            f"the team's roster has {name!r} already: this laptop records as that officer",
        )
    return None


_AHEAD = (
    "the change is stamped ahead of head office's clock (this laptop's clock ran ahead):"
    " it is stamped again by head office's time and sent again"
)
_CLASH = (
    "head office holds another change under this number from this device: two laptops share "
    "one identity (a copied data folder?); enrol this one again and send it again"
)


def _known_records(
    conn: Connection, checked: list[tuple[int, Checked]]
) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(kind, team) by uuid of the records head office holds that these changes are, or link
    to, whatever their kind: a uuid is one record, and links stay within a team; and the
    stamp of each one's current version (a review names the version it was taken on)."""
    wanted: set[str] = set()
    for _seq, verdict in checked:
        if isinstance(verdict, Candidate):
            values = verdict.values
            wanted.add(values[_UUID])
            wanted.update(
                values[at] for _kind, at in _LINKS[verdict.kind.name] if type(values[at]) is str
            )
            if verdict.kind.name == "review" and type(values[_REVIEW_AT["target"]]) is str:
                wanted.add(values[_REVIEW_AT["target"]])
    query = select(records.c.uuid, records.c.kind, records.c.team, records.c.hlc)
    found = db.rows_with_keys(conn, query, records.c.uuid, sorted(wanted))
    known, stamps = {}, {}
    for uuid, kind, team, hlc in found:
        known[uuid] = (kind, team)
        stamps[uuid] = hlc
    return known, stamps


def _known_changes(
    conn: Connection, device_id: str, seqs: Sequence[int]
) -> dict[int, tuple[str, str]]:
    """The changes head office holds under these numbers of the device: (uuid, hlc) by seq."""
    query = select(changes.c.seq, changes.c.uuid, changes.c.hlc).where(
        changes.c.device_id == device_id
    )
    found = db.rows_with_keys(conn, query, changes.c.seq, sorted(set(seqs)))
    return {seq: (uuid, hlc) for seq, uuid, hlc in found}


def _check(batch: Batch, row: Row, limit: Limits) -> Checked:
    """The change ready to be placed in its team, or the rejection to answer with."""
    kind = batch.kind
    latest, latest_iso = limit.latest, limit.latest_iso
    if isinstance(row, list):  # a known kind's row under PUSH_COLUMNS
        assert kind is not None
        if (
            kind.name in protocol.PUSHABLE_KINDS
            and _meta_ok(row)
            and millis_of(row[_META + _HLC]) <= limit.stamp_ms
            and is_clean_row(kind, row, _FIELDS, latest_iso)
        ):
            # As the laptop's forms cleaned it: stored as it came, less the push columns.
            return Candidate(kind, row[_BASE_HLC], row[_META:])
        row = dict(zip(PUSH_COLUMNS[kind.name], row, strict=True))
    record = row
    seq = record["seq"]
    if kind is None:
        return _rejection(
            seq, protocol.REJECT_UNKNOWN_KIND, f"head office does not know {batch.kind_name!r}"
        )
    if kind.name not in protocol.PUSHABLE_KINDS:
        return _rejection(
            seq, protocol.REJECT_FORBIDDEN, f"{kind.name} records come from head office only"
        )
    meta = _meta_issues(record)
    if is_stamp(record["hlc"]) and millis_of(record["hlc"]) > limit.stamp_ms:
        return _rejection(seq, protocol.REJECT_CLOCK_AHEAD, _AHEAD)
    if not meta and is_clean(kind, record, latest_iso):
        return Candidate(kind, record["base_hlc"], rows.values(kind, record))
    wrong_names = [name for name, ok in _TYPE_CHECKS[kind.name] if not ok(record[name])]
    mistyped = [Issue(name, "bad_type") for name in wrong_names]
    wrong = set(wrong_names)
    # clean() reads the kind's fields only, so the record itself will do unless some are blanked.
    raw = {**record, **dict.fromkeys(wrong)} if wrong else record
    values, found = clean(kind, raw, None, latest)
    issues = [
        *meta,
        *mistyped,
        *(i for i in errors(found) if i.field not in wrong),
    ]
    if issues:
        return _rejection(
            seq,
            protocol.REJECT_INVALID,
            "; ".join(f"{i.field}: {i.message()}" for i in issues),
            issues,
        )
    record.update(values)
    return Candidate(kind, record["base_hlc"], rows.values(kind, record))


def _place(
    device: Device,
    seq: int,
    candidate: Candidate,
    current: dict[changelog.Key, changelog.Held],
    team_names: set[str],
    known: dict[str, tuple[str, str]],
    seen: frozenset[str] | None,
) -> changelog.Version | dict[str, Any]:
    """The version to log in the record's team, or a rejection if the device may not write it.

    A record's team is fixed when it is made (the device's, unless a supervisor names another):
    a record moved to another team would vanish from the first team's pulls without a trace.
    """
    kind, values = candidate.kind, candidate.values
    uuid, claimed = values[_UUID], values[_TEAM]
    held = current.get((kind.name, uuid))
    other = known.get(uuid)
    if held is not None:
        team = held.team
    elif other is not None and other[0] == kind.name:
        team = other[1]  # made earlier in this push: its team is fixed as well
    else:
        team = claimed or device.team
    if claimed and claimed != team:
        return _rejection(seq, protocol.REJECT_FORBIDDEN, "a record cannot move to another team")
    if seen is None:
        if team not in team_names:
            return _rejection(seq, protocol.REJECT_FORBIDDEN, f"there is no team {team!r}")
    elif team not in seen:
        if device.is_supervisor:
            return _rejection(
                seq,
                protocol.REJECT_FORBIDDEN,
                f"team {team!r} is not in branch {device.branch!r}, this supervisor's",
            )
        return _rejection(seq, protocol.REJECT_FORBIDDEN, "this record belongs to another team")
    if other is not None and other[0] != kind.name:
        return _rejection(
            seq, protocol.REJECT_FORBIDDEN, f"this uuid is already a record of kind {other[0]}"
        )
    for link_kind, at in _LINKS[kind.name]:
        target = known.get(values[at]) if type(values[at]) is str else None
        if target is not None and target != (link_kind, team) and values[at] not in _shipped():
            return _rejection(
                seq,
                protocol.REJECT_FORBIDDEN,
                f"{kind.field_names[at - len(protocol.RECORD_META)]}: links to a record that is"
                f" not a {link_kind} of team {team}",
            )
    values[_TEAM] = team
    # Whose version this is, is whoever authenticated, whatever the row says.
    values[_STORED_DEVICE] = device.device_id
    return changelog.Version(
        kind.name,
        uuid,
        team,
        values[_HLC],
        candidate.base_hlc,
        values[_DELETED],
        orjson.dumps(values).decode(),
        device.device_id,
        seq,
    )


#: Where a review's fields are in a stored row.
_REVIEW_AT = {
    name: len(protocol.RECORD_META) + i for i, name in enumerate(KINDS["review"].field_names)
}


def _review_refusal(
    conn: Connection,
    device: Device,
    seq: int,
    candidate: Candidate,
    placed: changelog.Version,
    current: dict[changelog.Key, changelog.Held],
    known: dict[str, tuple[str, str]],
    stamps: dict[str, str],
    taken: dict[str, list[Any]],
) -> dict[str, Any] | None:
    """Why a review action may not be logged (None: it may). Its record must be one head
    office holds, of the review's own team (which _place kept in the device's scope), and the
    version it was taken on (seen_hlc) one head office holds of it; only a supervisor approves
    or sends back, a field device answers; an action stays the action it was, on the record it
    was (a later version may change the comment or withdraw it), also within one push; and a
    field device does not change what a supervisor wrote (`taken`: the review versions this
    push logs already)."""
    values = candidate.values
    target_kind = values[_REVIEW_AT["target_kind"]]
    target = values[_REVIEW_AT["target"]]
    action = values[_REVIEW_AT["action"]]
    seen_hlc = values[_REVIEW_AT["seen_hlc"]]
    if known.get(target) != (target_kind, placed.team):
        return _rejection(
            seq,
            protocol.REJECT_FORBIDDEN,
            f"head office holds no {target_kind} {target} of team {placed.team}",
        )
    if not device.is_supervisor and action != review.Action.ANSWER:
        return _rejection(
            seq, protocol.REJECT_FORBIDDEN, "only a supervisor approves or sends back a record"
        )
    issues = (
        []
        if placed.deleted
        else review.check_comment(review.Action(action), values[_REVIEW_AT["comment"]] or "")
    )
    if not is_stamp(seen_hlc):
        issues = [*issues, Issue("seen_hlc", "bad_type")]
    if issues:
        return _rejection(
            seq,
            protocol.REJECT_INVALID,
            "; ".join(f"{i.field}: {i.message()}" for i in issues),
            issues,
        )
    if action != review.Action.ANSWER and seen_hlc > stamps.get(target, ""):
        # An approval "of" a version not made yet would hide every later edit of the record.
        # (An answer decides nothing: its seen_hlc may name an edit head office refused, or
        # one a laptop stamped again, and it is not held back for that.)
        return _rejection(
            seq,
            protocol.REJECT_FORBIDDEN,
            f"seen_hlc: head office holds no such version of {target_kind} {target}",
        )
    before = taken.get(placed.uuid)
    held = current.get(("review", placed.uuid))
    if before is None and held is not None:
        before = orjson.loads(changelog.payload(conn, held))
    if before is not None:
        if any(
            before[_REVIEW_AT[name]] != values[_REVIEW_AT[name]]
            for name in ("target_kind", "target", "action")
        ):
            return _rejection(
                seq, protocol.REJECT_FORBIDDEN, "a review action cannot become another one"
            )
        if not device.is_supervisor and _by_supervisor(conn, before[_STORED_DEVICE]):
            return _rejection(
                seq,
                protocol.REJECT_FORBIDDEN,
                "a supervisor's remark is the supervisor's: answer it with one of your own",
            )
    return None


def _by_supervisor(conn: Connection, device_id: Any) -> bool:
    """Whether a version was sent by a supervisor's laptop (or joined at head office, from
    edits that may have been a supervisor's)."""
    if device_id == auth.HEAD_OFFICE:
        return True
    role = conn.scalar(select(devices.c.role).where(devices.c.device_id == device_id))
    return role == auth.SUPERVISOR


@functools.cache
def _shipped() -> frozenset[str]:
    """The shipped leaflet designs: every team's to link to, whichever team edited its copy."""
    return frozenset(d.uuid for d in designs.shipped_designs())


def _rejection(seq: int, code: str, message: str, issues: Sequence[Issue] = ()) -> dict[str, Any]:
    return {
        "seq": seq,
        "code": code,
        "message": message,
        "issues": [{"field": i.field, "code": i.code, "params": dict(i.params)} for i in issues],
    }


def is_stamp(value: Any) -> bool:
    """A hybrid-clock stamp in its canonical text (Stamp.__str__): text order is time order."""
    return type(value) is str and _STAMP.fullmatch(value) is not None


def _meta_issues(record: Mapping[str, Any]) -> list[Issue]:
    issues: list[Issue] = []
    uuid = record["uuid"]
    if not isinstance(uuid, str) or not uuid.strip():
        issues.append(Issue("uuid", "required"))
    elif len(uuid) > 64:
        issues.append(Issue("uuid", "too_long", params={"max_length": 64}))
    revision = record["revision"]
    if type(revision) is not int:
        issues.append(Issue("revision", "bad_type"))
    elif revision < 1:
        issues.append(Issue("revision", "too_small", params={"minimum": 1}))
    if not is_stamp(record["hlc"]):
        issues.append(Issue("hlc", "bad_type"))
    if record["base_hlc"] is not None and not is_stamp(record["base_hlc"]):
        issues.append(Issue("base_hlc", "bad_type"))
    if type(record["deleted"]) is not bool:
        issues.append(Issue("deleted", "bad_type"))
    for name in ("created_at", "updated_at", "author", "device_id", "team"):
        value = record[name]
        if value is not None and not isinstance(value, str):
            issues.append(Issue(name, "bad_type"))
        elif value is not None and len(value) > META_TEXT:
            issues.append(Issue(name, "too_long", params={"max_length": META_TEXT}))
    return issues


def _meta_ok(row: list[Any]) -> bool:
    """`not _meta_issues(...)` for a row under PUSH_COLUMNS, read where it stands."""
    uuid = row[_META + _UUID]
    revision = row[_META + _REVISION]
    base_hlc = row[_BASE_HLC]
    return (
        type(uuid) is str
        and len(uuid) <= 64
        and uuid.strip() != ""
        and type(revision) is int
        and revision >= 1
        and is_stamp(row[_META + _HLC])
        and (base_hlc is None or is_stamp(base_hlc))
        and type(row[_META + _DELETED]) is bool
        and _short_text(row[_CREATED_AT])
        and _short_text(row[_UPDATED_AT])
        and _short_text(row[_AUTHOR])
        and _short_text(row[_DEVICE_ID])
        and _short_text(row[_META + _TEAM])
    )


def _short_text(value: Any) -> bool:
    return value is None or (type(value) is str and len(value) <= META_TEXT)


def _is_text(value: Any) -> bool:
    return type(value) is str


def _is_int(value: Any) -> bool:
    return type(value) is int


def _is_bool(value: Any) -> bool:
    return type(value) is bool


def _is_texts(value: Any) -> bool:
    return type(value) is list and all(type(v) is str for v in value)


def _type_check(f: Field) -> Callable[[Any], bool]:
    """The JSON type a laptop (sending typed records) uses for the field; None is always fine."""
    if f.type.is_list:
        test = _is_texts
    elif f.type is FieldType.INT:
        test = _is_int
    elif f.type is FieldType.BOOL:
        test = _is_bool
    else:
        test = _is_text
    return lambda value: value is None or test(value)


_TYPE_CHECKS = {
    name: tuple((f.name, _type_check(f)) for f in kind.fields) for name, kind in KINDS.items()
}
