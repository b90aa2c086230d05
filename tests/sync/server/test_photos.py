"""Photos go up in chunks, resume after a cut, and are kept only if their hash matches."""

from __future__ import annotations

import hashlib
import os

import requests
from sqlalchemy import select

from sync import protocol
from sync.server.schema import photo_chunks, photos
from tests.sync.server.client import Device, Server

CHUNK = protocol.PHOTO_CHUNK


def put(device: Device, digest: str, data: bytes, offset: int, size: int) -> requests.Response:
    return device.put(
        f"/photos/{digest}",
        data=data,
        params={"offset": offset, "size": size},
        headers={"Content-Type": "application/octet-stream"},
    )


def test_an_upload_resumes_where_it_broke_off(server: Server, field_a: Device) -> None:
    data = os.urandom(2 * CHUNK + 1234)
    digest = hashlib.sha256(data).hexdigest()
    size = len(data)
    assert field_a.get(f"/photos/{digest}").json() == {"received": 0, "complete": False}
    first = put(field_a, digest, data[:CHUNK], 0, size)
    assert first.json() == {"received": CHUNK, "complete": False}

    # The answer was lost: the laptop sends the first chunk again and is told where to go on.
    again = put(field_a, digest, data[:CHUNK], 0, size)
    assert again.status_code == 409
    assert again.json()["received"] == CHUNK and again.json()["error"] == "offset_mismatch"
    # Another laptop of another team resumes the same picture from what head office holds.
    other = server.enrol("B", "field", "laptop-b1")
    received = other.get(f"/photos/{digest}").json()["received"]
    while True:
        state = put(other, digest, data[received : received + CHUNK], received, size).json()
        received = state["received"]
        if state["complete"]:
            break
    assert received == size
    assert field_a.get(f"/photos/{digest}").json() == {"received": size, "complete": True}
    assert put(field_a, digest, data[:CHUNK], 0, size).json()["complete"] is True

    with server.engine.connect() as conn:
        stored = conn.scalars(
            select(photo_chunks.c.data)
            .where(photo_chunks.c.sha256 == digest)
            .order_by(photo_chunks.c.offset)
        ).all()
    assert b"".join(stored) == data and len(stored) == 3


def test_a_photo_that_does_not_match_its_hash_is_dropped(server: Server, field_a: Device) -> None:
    data = os.urandom(CHUNK + 10)
    claimed = hashlib.sha256(b"another picture").hexdigest()
    assert put(field_a, claimed, data[:CHUNK], 0, len(data)).status_code == 200
    last = put(field_a, claimed, data[CHUNK:], CHUNK, len(data))
    assert last.status_code == 400 and last.json()["error"] == "hash_mismatch"
    assert field_a.get(f"/photos/{claimed}").json() == {"received": 0, "complete": False}
    with server.engine.connect() as conn:
        assert conn.execute(select(photo_chunks.c.offset)).all() == []
        assert conn.execute(select(photos.c.sha256)).all() == []


def test_photo_limits(field_a: Device) -> None:
    digest = hashlib.sha256(b"x").hexdigest()
    too_big = put(field_a, digest, b"x", 0, protocol.MAX_PHOTO_BYTES + 1)
    assert too_big.status_code == 413
    chunk_too_big = put(field_a, digest, b"x" * (CHUNK + 1), 0, 10 * CHUNK)
    assert chunk_too_big.status_code == 413
    past_the_end = put(field_a, digest, b"xx", 0, 1)
    assert past_the_end.status_code == 400
    no_size = field_a.put(f"/photos/{digest}", data=b"x", params={"offset": 0})
    assert no_size.status_code == 400
    assert field_a.get(f"/photos/{digest}").json() == {"received": 0, "complete": False}
    assert put(field_a, digest, b"x", 0, 1).json() == {"received": 1, "complete": True}
