"""Photo uploads in resumable chunks, kept in the database so every server process has them.

A laptop on a weak phone hotspot sends a photo in PHOTO_CHUNK pieces; after a broken connection
it asks how much arrived and carries on from there. A photo is known by its SHA-256, checked when
the last byte is in: a photo whose bytes do not match is dropped whole, so a stored photo is
always exactly the one the record names.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from sync import protocol
from sync.server import db
from sync.server.auth import Device
from sync.server.errors import ApiError, bad_request, too_large
from sync.server.schema import current_payload, photo_chunks, photos, records

log = logging.getLogger(__name__)

SHA256 = re.compile(r"[0-9a-f]{64}")


def check_digest(sha256: str) -> None:
    if not SHA256.fullmatch(sha256):
        raise bad_request("a photo is named by its SHA-256 in 64 lower-case hex digits")


def state(engine: Engine, sha256: str) -> dict[str, Any]:
    """How much of the photo head office holds."""
    check_digest(sha256)
    with db.reading(engine) as conn:
        row = conn.execute(
            select(photos.c.received, photos.c.complete).where(photos.c.sha256 == sha256)
        ).first()
    if row is None:
        return {"received": 0, "complete": False}
    return {"received": row.received, "complete": bool(row.complete)}


def check_size(size: int) -> None:
    if size < 1:
        raise bad_request("size must be at least 1 byte")
    if size > protocol.MAX_PHOTO_BYTES:
        raise too_large(f"a photo may have at most {protocol.MAX_PHOTO_BYTES} bytes")


def put(
    engine: Engine, device: Device, sha256: str, offset: int, size: int, chunk: bytes
) -> dict[str, Any]:
    """Store the bytes at `offset` of a `size`-byte photo; 409 unless the upload stands there."""
    check_digest(sha256)
    check_size(size)
    if offset + len(chunk) > size:
        raise bad_request("the chunk goes past the size of the photo")
    with db.writing(engine) as conn:
        answer = _put(conn, device, sha256, offset, size, chunk)
    if answer is None:  # the drop is committed; now tell the device
        raise ApiError(400, "hash_mismatch", "the photo's bytes do not match its SHA-256")
    return answer


def _put(
    conn: Connection, device: Device, sha256: str, offset: int, size: int, chunk: bytes
) -> dict[str, Any] | None:
    insert = postgresql.insert if db.is_postgres(conn) else sqlite.insert
    conn.execute(
        insert(photos)
        .values(
            sha256=sha256,
            size=size,
            received=0,
            complete=False,
            device_id=device.device_id,
            created_at=db.iso(db.now()),
        )
        .on_conflict_do_nothing()
    )
    row = conn.execute(
        select(photos.c.size, photos.c.received, photos.c.complete)
        .where(photos.c.sha256 == sha256)
        .with_for_update()
    ).one()
    if row.complete:
        return {"received": row.size, "complete": True}
    received = row.received
    if row.size != size:
        if offset != 0:
            raise bad_request(f"this photo is being uploaded with size {row.size}")
        # A fresh start with another size (the first attempt named a wrong one): begin again.
        _drop_chunks(conn, sha256)
        received = 0
    if offset != received:
        raise ApiError(
            409,
            "offset_mismatch",
            f"head office holds {received} bytes of this photo: continue from there",
            received=received,
        )
    if chunk:
        conn.execute(photo_chunks.insert().values(sha256=sha256, offset=offset, data=chunk))
        received += len(chunk)
    complete = received == size
    if complete and not _matches(conn, sha256):
        log.warning("photo %s from %s did not match its hash: dropped", sha256, device.device_id)
        _drop_chunks(conn, sha256)
        conn.execute(delete(photos).where(photos.c.sha256 == sha256))
        return None
    conn.execute(
        update(photos)
        .where(photos.c.sha256 == sha256)
        .values(size=size, received=received, complete=complete)
    )
    return {"received": received, "complete": complete}


def design_picture(engine: Engine, device: Device, sha256: str) -> bytes:
    """The bytes of a leaflet design's picture the device may see; 404 for anything else.

    Laptops of a team share their designs, so they need each other's pictures to print them.
    Only pictures a current design of the device's scope names are handed out: the photos of
    sessions (people's faces) stay at head office.
    """
    check_digest(sha256)
    named = select(records.c.kind).where(
        records.c.kind == "leaflet_design",
        records.c.deleted.is_(False),
        current_payload.element.contains(f'"{sha256}"'),
    )
    if not device.sees_all_teams:
        named = named.where(records.c.team.in_((device.team, "")))
    with db.reading(engine) as conn:
        complete = conn.scalar(select(photos.c.complete).where(photos.c.sha256 == sha256))
        if not complete or conn.execute(named.limit(1)).first() is None:
            raise ApiError(404, "not_found", "head office holds no such design picture")
        return b"".join(_chunks(conn, sha256))


def _drop_chunks(conn: Connection, sha256: str) -> None:
    conn.execute(delete(photo_chunks).where(photo_chunks.c.sha256 == sha256))


def _chunks(conn: Connection, sha256: str) -> Iterator[bytes]:
    """The stored bytes of a photo, chunk by chunk, in order."""
    result = conn.execute(
        select(photo_chunks.c.data)
        .where(photo_chunks.c.sha256 == sha256)
        .order_by(photo_chunks.c.offset)
    )
    for (data,) in result:
        yield bytes(data)


def _matches(conn: Connection, sha256: str) -> bool:
    digest = hashlib.sha256()
    for data in _chunks(conn, sha256):
        digest.update(data)
    return digest.hexdigest() == sha256
