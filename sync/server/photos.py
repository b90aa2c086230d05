"""Photo uploads in resumable chunks, kept in the database so every server process has them.

A laptop on a weak phone hotspot sends a photo in PHOTO_CHUNK pieces; after a broken connection
it asks how much arrived and carries on from there. A photo is known by its SHA-256, checked when
the last byte is in: a photo whose bytes do not match is dropped whole, so a stored photo is
always exactly the one the record names.

A checksum is no secret (a team's records name it, and a device can name any checksum in its
own records), so knowing one proves nothing. Each upload is the device's own, in its own chunks,
and only a device that sent every byte gets anything: its team is granted the photo, as the kind
of record it was sent for (protocol.PICTURE_KINDS). What a device is told about a photo, and
which design pictures it is handed, follow from its team's grants only. Bytes sent by several
teams are still stored once.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Row,
    String,
    Table,
    delete,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from sync import protocol
from sync.server import auth, db
from sync.server.auth import Device
from sync.server.errors import ApiError, bad_request, too_large
from sync.server.schema import (
    current_payload,
    photo_chunks,
    photo_grants,
    photo_upload_chunks,
    photo_uploads,
    photos,
    records,
)

log = logging.getLogger(__name__)

SHA256 = re.compile(r"[0-9a-f]{64}")
DESIGN: protocol.PictureKind = "leaflet_design"


def check_digest(sha256: str) -> None:
    if not SHA256.fullmatch(sha256):
        raise bad_request("a photo is named by its SHA-256 in 64 lower-case hex digits")


def check_size(size: int) -> None:
    if size < 1:
        raise bad_request("size must be at least 1 byte")
    if size > protocol.MAX_PHOTO_BYTES:
        raise too_large(f"a photo may have at most {protocol.MAX_PHOTO_BYTES} bytes")


def holder(device: Device) -> str:
    """The team a device's uploads are granted to: its own, or '' (every team) for a device
    that sees every team, which may make a design for any of them."""
    return "" if device.sees_all_teams else device.team


def state(
    engine: Engine, device: Device, sha256: str, kind: protocol.PictureKind
) -> dict[str, Any]:
    """How much of the photo head office holds for this device: all of it once the device's
    team sent it for `kind`, else what the device's own upload has."""
    check_digest(sha256)
    with db.reading(engine) as conn:
        size = _granted_size(conn, device, sha256, kind)
        if size is not None:
            return {"received": size, "complete": True}
        received = conn.scalar(select(photo_uploads.c.received).where(_owned(device, sha256, kind)))
    return {"received": received or 0, "complete": False}


def put(
    engine: Engine,
    device: Device,
    sha256: str,
    offset: int,
    size: int,
    chunk: bytes,
    kind: protocol.PictureKind,
) -> dict[str, Any]:
    """Store the bytes at `offset` of the device's upload of a `size`-byte photo sent for `kind`;
    409 unless the upload stands there."""
    check_digest(sha256)
    check_size(size)
    if offset + len(chunk) > size:
        raise bad_request("the chunk goes past the size of the photo")
    with db.writing(engine) as conn:
        answer = _put(conn, device, sha256, offset, size, chunk, kind)
    if answer is None:  # the drop is committed; now tell the device
        raise ApiError(400, "hash_mismatch", "the photo's bytes do not match its SHA-256")
    return answer


def _put(
    conn: Connection,
    device: Device,
    sha256: str,
    offset: int,
    size: int,
    chunk: bytes,
    kind: protocol.PictureKind,
) -> dict[str, Any] | None:
    granted = _granted_size(conn, device, sha256, kind)
    if granted is not None:
        return {"received": granted, "complete": True}
    upload = _own_upload(conn, device, sha256, kind, size)
    received = upload.received
    if upload.size != size:
        if offset != 0:
            raise bad_request(f"this photo is being uploaded with size {upload.size}")
        # A fresh start with another size (the first attempt named a wrong one): begin again.
        conn.execute(delete(photo_upload_chunks).where(photo_upload_chunks.c.upload == upload.id))
        received = 0
    if offset != received:
        raise ApiError(
            409,
            "offset_mismatch",
            f"head office holds {received} bytes of this photo: continue from there",
            received=received,
        )
    if chunk:
        conn.execute(
            photo_upload_chunks.insert().values(upload=upload.id, offset=offset, data=chunk)
        )
        received += len(chunk)
    if received < size:
        conn.execute(
            update(photo_uploads)
            .where(photo_uploads.c.id == upload.id)
            .values(size=size, received=received)
        )
        return {"received": received, "complete": False}
    found = _digest(conn, photo_upload_chunks, photo_upload_chunks.c.upload == upload.id)
    if found != sha256:
        log.warning("photo %s from %s did not match its hash: dropped", sha256, device.device_id)
        _drop_upload(conn, upload.id)
        return None
    _keep(conn, device, upload.id, sha256, size, kind)
    return {"received": size, "complete": True}


def _insert(conn: Connection) -> Any:
    """INSERT with ON CONFLICT of the connection's database."""
    return postgresql.insert if db.is_postgres(conn) else sqlite.insert


def _owned(device: Device, sha256: str, kind: str) -> ColumnElement[bool]:
    return (
        (photo_uploads.c.sha256 == sha256)
        & (photo_uploads.c.device_id == device.device_id)
        & (photo_uploads.c.kind == kind)
    )


def _own_upload(
    conn: Connection, device: Device, sha256: str, kind: str, size: int
) -> Row[Any, Any, Any]:
    """The device's upload of the photo for `kind`, begun now if it had none, locked."""
    conn.execute(
        _insert(conn)(photo_uploads)
        .values(
            sha256=sha256,
            device_id=device.device_id,
            kind=kind,
            size=size,
            received=0,
            started_at=db.iso(db.now()),
        )
        .on_conflict_do_nothing()
    )
    return conn.execute(
        select(photo_uploads.c.id, photo_uploads.c.size, photo_uploads.c.received)
        .where(_owned(device, sha256, kind))
        .with_for_update()
    ).one()


def _granted_size(conn: Connection, device: Device, sha256: str, kind: str) -> int | None:
    """The size of the photo if the device's team was granted it for `kind`."""
    return conn.scalar(
        select(photos.c.size)
        .join(photo_grants, photo_grants.c.sha256 == photos.c.sha256)
        .where(
            photo_grants.c.sha256 == sha256,
            photo_grants.c.team == holder(device),
            photo_grants.c.kind == kind,
        )
    )


def _keep(conn: Connection, device: Device, upload: int, sha256: str, size: int, kind: str) -> None:
    """The checked bytes become the stored photo (unless another upload stored them already)
    and the device's team's to have as `kind`; the upload is done."""
    insert = _insert(conn)
    moment = db.iso(db.now())
    stored = conn.execute(
        insert(photos)
        .values(sha256=sha256, size=size, device_id=device.device_id, created_at=moment)
        .on_conflict_do_nothing()
        .returning(photos.c.sha256)
    )
    if stored.first() is not None:
        moved = select(
            literal(sha256, String), photo_upload_chunks.c.offset, photo_upload_chunks.c.data
        ).where(photo_upload_chunks.c.upload == upload)
        conn.execute(photo_chunks.insert().from_select(["sha256", "offset", "data"], moved))
    conn.execute(
        insert(photo_grants)
        .values(
            sha256=sha256,
            team=holder(device),
            kind=kind,
            device_id=device.device_id,
            granted_at=moment,
        )
        .on_conflict_do_nothing()
    )
    _drop_upload(conn, upload)


def _drop_upload(conn: Connection, upload: int) -> None:
    conn.execute(delete(photo_upload_chunks).where(photo_upload_chunks.c.upload == upload))
    conn.execute(delete(photo_uploads).where(photo_uploads.c.id == upload))


def design_picture(engine: Engine, device: Device, sha256: str) -> bytes:
    """The bytes of a leaflet design's picture the device may see; 404 for anything else.

    Laptops of a team share their designs, so they need each other's pictures to print them.
    Only pictures a current design of the device's scope names, sent as a design's picture by
    that design's team (or by a device that sees every team), are handed out: the photos of
    sessions (people's faces) stay at head office, and naming another team's picture in a
    design of one's own gets nothing.
    """
    return _named_picture(
        engine, device, sha256, DESIGN, "head office holds no such design picture"
    )


def session_photo(engine: Engine, device: Device, sha256: str) -> bytes:
    """The bytes of a session photo for a supervisor whose scope holds a current photo record
    naming it, sent whole as a session photo by that record's team; 404 for anything else.

    A supervisor's laptop keeps no session photos (people's faces, and a million records' worth
    of them); its detail pane asks for the few it shows. Field devices get none: their own
    photos are on the laptop that took them, and a colleague's stay at head office.
    """
    if not device.is_supervisor:
        raise ApiError(404, "not_found", "head office hands session photos to supervisors only")
    return _named_picture(
        engine, device, sha256, "photo", "head office holds no such photo within this scope"
    )


def _named_picture(
    engine: Engine, device: Device, sha256: str, kind: protocol.PictureKind, missing: str
) -> bytes:
    """The picture's bytes if a current record of `kind` in the device's scope names it and
    that record's team (or a device seeing every team: team '') sent it whole as `kind`."""
    check_digest(sha256)
    sent_for_it = (
        (photo_grants.c.sha256 == sha256)
        & (photo_grants.c.kind == kind)
        & or_(photo_grants.c.team == records.c.team, photo_grants.c.team == "")
    )
    named = (
        select(records.c.uuid)
        .select_from(records.join(photo_grants, sent_for_it))
        .where(
            records.c.kind == kind,
            records.c.deleted.is_(False),
            current_payload.element.contains(f'"{sha256}"'),
        )
    )
    with db.reading(engine) as conn:
        seen = auth.scope(conn, device)  # a field device's team, a branch's teams, or all
        if seen is not None:
            # Designs may be global (team ''); session photos are always a team's.
            named = named.where(records.c.team.in_((*sorted(seen), "")))
        if conn.execute(named.limit(1)).first() is None:
            raise ApiError(404, "not_found", missing)
        return b"".join(_in_order(conn, photo_chunks, photo_chunks.c.sha256 == sha256))


def _in_order(conn: Connection, chunks: Table, key: ColumnElement[bool]) -> Iterator[bytes]:
    """The bytes of one photo (or upload) in `chunks`, chunk by chunk, in order."""
    result = conn.execute(select(chunks.c.data).where(key).order_by(chunks.c.offset))
    for (data,) in result:
        yield bytes(data)


def _digest(conn: Connection, chunks: Table, key: ColumnElement[bool]) -> str:
    digest = hashlib.sha256()
    for data in _in_order(conn, chunks, key):
        digest.update(data)
    return digest.hexdigest()
