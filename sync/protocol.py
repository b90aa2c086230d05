"""The sync protocol, version 1: what a laptop and head office say to each other.

Both sides import this module, so the wire format is written once. Records travel in batches per
kind as rows of plain JSON values under a list of column names (the kind's fields, from the one
definition in desktop.domain.kinds, after the meta columns). Column names are sent with every
batch, so a side that knows more fields than the other still understands it: unknown columns are
refused, missing ones are empty.

Every request carries the header `X-Outreach-Protocol`; a side that cannot speak the other's
version answers 426 with error "update_required", before doing anything.

Endpoints (JSON bodies, gzip accepted both ways; errors are {"error": code, "message": text}):

  POST /api/v1/enrol   {"code", "device_id", "label"} -> {"token", "device_id", "team", "role"}
  GET  /api/v1/status  -> {"protocol", "server_time", "device_id", "team", "role"}
  POST /api/v1/push    {"batches": [Batch]} with PUSH_META columns
                       -> {"accepted": [seq], "rejected": [Rejection], "conflicts": int}
  GET  /api/v1/pull?after=N&limit=L
                       -> {"batches": [Batch], "last": position, "more": bool}
  GET  /api/v1/photos/{sha256}?kind=K    -> {"received": int, "complete": bool}
  PUT  /api/v1/photos/{sha256}?offset=N&size=S&kind=K  (raw bytes, at most PHOTO_CHUNK)
                       -> {"received": int, "complete": bool}; 409 if offset != received
  GET  /api/v1/design-pictures/{sha256}  (raw bytes) the picture of a design the device may see
  GET  /api/v1/overruled?after=N  -> {"conflicts": [...], "last": id}: this device's edits that
                       gave way to later edits of the same fields (kept at head office)
  GET  /q/{code}       tracked leaflet short link (issue 4)

A change is identified by (device_id, seq): seq is the device's outbox sequence number, never
reused, so a batch sent twice is stored once. `base_hlc` is the stamp of the version the edit
started from; head office compares it with what it holds to tell a plain edit from a conflict.
Ordering uses hybrid-logical-clock stamps (desktop.domain.clock), never wall clocks alone: of two
versions of a record, the one with the greater stamp wins everywhere, and head office keeps the
other one as a conflict record.

A picture is sent for what the laptop knows it to be: `kind` (PICTURE_KINDS) is the kind of record
that names it, "photo" (a session photo, the default, which is what an older laptop that does
not say sends) or "leaflet_design" (a design's picture, handed to the devices that see the
design). The answers of both photo endpoints speak of this device's own upload and of what its
team holds (a supervisor's: what it sent for every team): a picture another team sent is
"received 0" until this device has sent all its bytes itself, and an upload belongs to the
device that started it (nobody else resumes, restarts or completes it). Head office keeps the
bytes once however many teams send them.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, get_args

from desktop.domain.clock import MAX_AHEAD_MS
from desktop.domain.kinds import KINDS, RecordKind

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Outreach-Protocol"
SERVER_TIME_HEADER = "X-Server-Time"
#: Where residents' phones reach head office's short links (/q/CODE), when head office has a
#: public address besides the one laptops sync with; laptops print tracked QR codes with it.
LINKS_HEADER = "X-Outreach-Links"
API = "/api/v1"

#: Limits both sides keep to (the server enforces them).
MAX_BODY_BYTES = 8 * 1024 * 1024  # compressed
MAX_INFLATED_BYTES = 64 * 1024 * 1024
MAX_ROWS_PER_PUSH = 5000
MAX_PULL_LIMIT = 5000
PHOTO_CHUNK = 512 * 1024
MAX_PHOTO_BYTES = 25 * 1024 * 1024
#: What a picture is sent for: the kind of record that names it (the first is the default).
PictureKind = Literal["photo", "leaflet_design"]
PICTURE_KINDS: tuple[PictureKind, ...] = get_args(PictureKind)
#: Head office refuses a change stamped further ahead of its own clock than this
#: (REJECT_CLOCK_AHEAD); the laptop then stamps it again by head office's time and resends it.
MAX_STAMP_AHEAD_MS = MAX_AHEAD_MS
#: Laptop clocks and time zones differ: a date up to this many days ahead of head office's
#: date is not "in the future" yet.
DATE_SLACK_DAYS = 2

#: Meta columns every record row starts with.
RECORD_META = (
    "uuid",
    "revision",
    "hlc",
    "deleted",
    "created_at",
    "updated_at",
    "author",
    "device_id",
    "team",
)
#: A pushed row starts with these, then the record columns.
PUSH_META = ("seq", "base_hlc", *RECORD_META)

#: Rejection codes the device shows to the user (translated in the UI).
REJECT_INVALID = "invalid"  # values fail validation; "issues" lists them
REJECT_FORBIDDEN = "forbidden"  # another team's record, or a kind this device may not write
REJECT_UNKNOWN_KIND = "unknown_kind"
#: Head office holds another change under this device's number: two laptops share one
#: identity (a data folder copied to a second laptop). The change is kept, not lost.
REJECT_CLASH = "identity_clash"
#: The change's stamp lies too far ahead of head office's clock (a laptop clock that ran
#: ahead): the laptop stamps it again by head office's time and sends it again by itself.
REJECT_CLOCK_AHEAD = "clock_ahead"

#: Which kinds devices may push. Reference lists come from head office only.
PUSHABLE_KINDS = tuple(k for k in KINDS if k != "ref_item")


class ProtocolError(ValueError):
    """A batch that does not follow the format (the server answers 400)."""


def columns_for(kind: RecordKind, meta: Sequence[str] = RECORD_META) -> list[str]:
    return [*meta, *kind.field_names]


def encode_batch(
    kind: RecordKind, rows: Iterable[Mapping[str, Any]], meta: Sequence[str] = RECORD_META
) -> dict[str, Any]:
    """Records (dicts with meta and field values) to one batch."""
    columns = columns_for(kind, meta)
    pick = operator.itemgetter(*columns)
    try:
        values = [list(pick(row)) for row in rows]
    except KeyError:  # a record saved by an older app, before a field existed
        values = [[row.get(c) for c in columns] for row in rows]
    return {"kind": kind.name, "columns": columns, "rows": values}


def decode_batch(
    batch: Mapping[str, Any], meta: Sequence[str] = RECORD_META
) -> tuple[RecordKind, list[dict[str, Any]]]:
    """One batch back to dicts; raises ProtocolError for anything malformed."""
    if not isinstance(batch, Mapping):
        raise ProtocolError("a batch must be an object")
    kind = KINDS.get(str(batch.get("kind")))
    if kind is None:
        raise ProtocolError(f"unknown kind {batch.get('kind')!r}")
    columns = batch.get("columns")
    rows = batch.get("rows")
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise ProtocolError("columns must be a list of names")
    if len(set(columns)) != len(columns):
        raise ProtocolError("columns repeat")
    known = set(meta) | set(kind.field_names)
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise ProtocolError(f"unknown columns for {kind.name}: {', '.join(unknown)}")
    missing = [c for c in meta if c not in columns]
    if missing:
        raise ProtocolError(f"missing columns: {', '.join(missing)}")
    if not isinstance(rows, list):
        raise ProtocolError("rows must be a list")
    width = len(columns)
    if not all(type(row) is list and len(row) == width for row in rows):
        raise ProtocolError(f"every row must have {width} values")
    absent = [name for name in kind.field_names if name not in columns]
    records = [dict(zip(columns, row, strict=False)) for row in rows]  # widths checked
    if absent:
        empty = dict.fromkeys(absent)
        for record in records:
            record.update(empty)
    return kind, records
