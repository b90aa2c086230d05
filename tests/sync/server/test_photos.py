"""Photos go up in chunks, resume after a cut, and are kept only if their hash matches; a
picture reaches only the devices whose scope holds a record naming it, as what it was sent for."""

from __future__ import annotations

import hashlib
import os
import uuid as uuidlib
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, insert, select, text, update

from desktop.domain.kinds import KINDS
from sync import protocol
from sync.server import auth, db, migrations, rows
from sync.server import photos as photos_module
from sync.server.errors import ApiError
from sync.server.schema import (
    devices,
    photo_chunks,
    photo_grants,
    photos,
    records,
    schema_version,
    teams,
)
from tests.sync.server.client import Device, Server

CHUNK = protocol.PHOTO_CHUNK
DESIGN = "leaflet_design"


def put(
    device: Device, digest: str, data: bytes, offset: int, size: int, kind: str | None = None
) -> requests.Response:
    params: dict[str, Any] = {"offset": offset, "size": size}
    if kind is not None:
        params["kind"] = kind
    return device.put(
        f"/photos/{digest}",
        data=data,
        params=params,
        headers={"Content-Type": "application/octet-stream"},
    )


def state(device: Device, digest: str, kind: str | None = None) -> dict[str, Any]:
    params = {"kind": kind} if kind is not None else {}
    response = device.get(f"/photos/{digest}", params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def upload(device: Device, data: bytes, kind: str | None = None) -> str:
    """Send the whole picture as a laptop does, from where head office stands; its digest."""
    digest = hashlib.sha256(data).hexdigest()
    received = state(device, digest, kind)["received"]
    while True:
        answer = put(device, digest, data[received : received + CHUNK], received, len(data), kind)
        assert answer.status_code == 200, answer.text
        if answer.json()["complete"]:
            return digest
        received = answer.json()["received"]


def pushed(device: Device, *changes: dict[str, Any]) -> None:
    response = device.push(changes)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["rejected"] == [] and len(body["accepted"]) == len(changes), body


def design_naming(device: Device, digest: str, **values: Any) -> dict[str, Any]:
    return device.version(DESIGN, title="防范电信诈骗", layout="a5x2", image=digest, **values)


def picture(device: Device, digest: str) -> requests.Response:
    return device.get(f"/design-pictures/{digest}")


def test_an_upload_resumes_where_it_broke_off(server: Server, field_a: Device) -> None:
    data = os.urandom(2 * CHUNK + 1234)
    digest = hashlib.sha256(data).hexdigest()
    size = len(data)
    assert state(field_a, digest) == {"received": 0, "complete": False}
    first = put(field_a, digest, data[:CHUNK], 0, size)
    assert first.json() == {"received": CHUNK, "complete": False}

    # The answer was lost: the laptop sends the first chunk again and is told where to go on.
    again = put(field_a, digest, data[:CHUNK], 0, size)
    assert again.status_code == 409
    assert again.json()["received"] == CHUNK and again.json()["error"] == "offset_mismatch"
    assert state(field_a, digest) == {"received": CHUNK, "complete": False}
    assert upload(field_a, data) == digest
    assert state(field_a, digest) == {"received": size, "complete": True}
    assert put(field_a, digest, data[:CHUNK], 0, size).json()["complete"] is True
    # A teammate holding the same picture need not send it again.
    teammate = server.enrol("A", "field", "laptop-a2")
    assert state(teammate, digest) == {"received": size, "complete": True}

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
    assert state(field_a, claimed) == {"received": 0, "complete": False}
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
    unknown_kind = put(field_a, digest, b"x", 0, 1, kind="session")
    assert unknown_kind.status_code == 400
    assert state(field_a, digest) == {"received": 0, "complete": False}
    assert put(field_a, digest, b"x", 0, 1).json() == {"received": 1, "complete": True}


def test_another_teams_photo_is_not_read_through_a_design_naming_it(
    server: Server, field_a: Device, field_b: Device
) -> None:
    """Issue 9, case 4: a design of team B naming team A's session photo does not hand it out,
    nor does a design of team A's own (a session photo is never a design picture)."""
    face = os.urandom(CHUNK + 99)
    digest = upload(field_a, face)  # an older laptop: no kind, a session photo
    pushed(field_b, design_naming(field_b, digest))
    assert picture(field_b, digest).status_code == 404
    pushed(field_a, design_naming(field_a, digest))
    assert picture(field_a, digest).status_code == 404
    supervisor = server.enrol("B", "supervisor", "sup-b")
    assert picture(supervisor, digest).status_code == 404
    # Sent for what it is not (a session photo) does not make it a design picture either.
    assert state(field_a, digest, DESIGN) == {"received": 0, "complete": False}


def test_whether_a_photo_is_held_is_not_told_outside_the_team(
    server: Server, field_a: Device, field_b: Device
) -> None:
    """Issue 9, case 4: another team's device learns nothing and must send the bytes itself."""
    whole, half = os.urandom(CHUNK + 5), os.urandom(CHUNK + 7)
    digest = upload(field_a, whole, DESIGN)
    halfway = hashlib.sha256(half).hexdigest()
    assert put(field_a, halfway, half[:CHUNK], 0, len(half)).status_code == 200
    for kind in (None, DESIGN):
        assert state(field_b, digest, kind) == {"received": 0, "complete": False}
        assert state(field_b, halfway, kind) == {"received": 0, "complete": False}
    assert put(field_b, digest, b"", len(whole), len(whole), DESIGN).status_code == 409
    # Once it has sent them, the picture is its team's too (and stored once).
    assert upload(field_b, whole, DESIGN) == digest
    pushed(field_b, design_naming(field_b, digest))
    assert picture(field_b, digest).content == whole
    with server.engine.connect() as conn:
        stored = conn.execute(select(photo_chunks).where(photo_chunks.c.sha256 == digest)).all()
    assert len(stored) == 2


def test_another_device_cannot_reset_or_complete_an_upload(
    server: Server, field_a: Device, field_b: Device
) -> None:
    """Issue 9, case 5: a device of team B (or a teammate) starting over leaves A's chunks."""
    data = os.urandom(2 * CHUNK + 3)
    digest = hashlib.sha256(data).hexdigest()
    assert put(field_a, digest, data[:CHUNK], 0, len(data)).json()["received"] == CHUNK
    assert put(field_b, digest, b"hello", 0, 5).status_code in (200, 400)
    teammate = server.enrol("A", "field", "laptop-a2")
    assert put(teammate, digest, b"hello", 0, 5).status_code in (200, 400)
    # Nor can they finish it with A's next chunks: each stands at its own upload's start.
    for other in (field_b, teammate):
        finish = put(other, digest, data[CHUNK : 2 * CHUNK], CHUNK, len(data))
        assert finish.status_code in (400, 409), finish.text
    assert state(field_a, digest) == {"received": CHUNK, "complete": False}
    assert upload(field_a, data) == digest
    assert state(field_b, digest) == {"received": 0, "complete": False}


def test_a_design_picture_reaches_teammates_and_supervisors_only(
    server: Server, field_a: Device, field_b: Device
) -> None:
    data = os.urandom(CHUNK + 321)
    digest = upload(field_a, data, DESIGN)
    assert picture(field_a, digest).status_code == 404  # no design names it yet
    design = design_naming(field_a, digest)
    pushed(field_a, design)
    teammate = server.enrol("A", "field", "laptop-a2")
    supervisor = server.enrol("B", "supervisor", "sup-b")
    for device in (field_a, teammate, supervisor):
        assert picture(device, digest).content == data, device.device_id
    assert picture(field_b, digest).status_code == 404
    pushed(field_a, field_a.version(DESIGN, base=design, deleted=True))
    assert picture(teammate, digest).status_code == 404


def test_a_supervisors_picture_reaches_the_team_it_made_the_design_for(
    server: Server, field_b: Device
) -> None:
    supervisor = server.enrol("A", "supervisor", "sup-a")
    data = os.urandom(1000)
    digest = upload(supervisor, data, DESIGN)
    pushed(supervisor, design_naming(supervisor, digest, team="B"))
    assert picture(field_b, digest).content == data
    assert picture(supervisor, digest).content == data
    assert picture(server.enrol("A", "field", "laptop-a1"), digest).status_code == 404


def _held_at_version_4(engine: Engine, pictures: dict[str, tuple[bytes, str, bool]]) -> None:
    """A database as version 4 left it: teams, devices, photos whole or half sent by a
    device, and no grants."""
    with db.writing(engine) as conn:
        migrations.version(conn)
        for number in range(1, 5):
            migrations.MIGRATIONS[number - 1](conn)
        conn.execute(update(schema_version).values(version=4))
        conn.execute(insert(teams), [{"name": t, "created_at": "2024"} for t in ("A", "B")])
        conn.execute(
            insert(devices),
            [
                {
                    "device_id": d,
                    "team": t,
                    "role": r,
                    "label": d,
                    "token_hash": d,
                    "enrolled_at": "1",
                }
                for d, t, r in (
                    ("a1", "A", "field"),
                    ("b1", "B", "field"),
                    ("sa", "A", "supervisor"),
                )
            ],
        )
        for digest, (data, device_id, complete) in pictures.items():
            conn.execute(
                text(
                    "INSERT INTO photos (sha256, size, received, complete, device_id, created_at)"
                    " VALUES (:sha256, :size, :received, :complete, :device_id, '2024')"
                ),
                {
                    "sha256": digest,
                    "size": len(data) * (1 if complete else 2),
                    "received": len(data),
                    "complete": complete,
                    "device_id": device_id,
                },
            )
            conn.execute(insert(photo_chunks).values(sha256=digest, offset=0, data=data))


def _named(engine: Engine, kind: str, team: str, **values: Any) -> None:
    uuid = str(uuidlib.uuid4())
    payload = rows.encode(KINDS[kind], {"uuid": uuid, "team": team, **values})
    with db.writing(engine) as conn:
        conn.execute(
            insert(records).values(
                kind=kind, uuid=uuid, team=team, hlc="1", deleted=False, payload=payload
            )
        )


def test_photos_held_before_version_5_stay_with_the_team_that_sent_them(db_url: str) -> None:
    engine = db.create(db_url)
    pictures = {
        hashlib.sha256(data).hexdigest(): (data, device_id, complete)
        for data, device_id, complete in (
            (b"design picture", "a1", True),
            (b"session photo", "a1", True),
            (b"a supervisor's", "sa", True),
            (b"half", "a1", False),
            (b"an unknown laptop's", "gone", True),
        )
    }
    design, face, supervisors, half, orphan = pictures
    _held_at_version_4(engine, pictures)
    _named(engine, DESIGN, "A", image=design)
    _named(engine, "photo", "A", sha256=face)
    _named(engine, DESIGN, "B", image=face)  # the way into A's photo, under version 4
    _named(engine, DESIGN, "B", image=supervisors)
    _named(engine, DESIGN, "B", image=orphan)
    assert migrations.migrate(engine) == migrations.LATEST

    with engine.connect() as conn:
        grants = set(
            conn.execute(select(photo_grants.c.sha256, photo_grants.c.team, photo_grants.c.kind))
        )
        stored = set(conn.scalars(select(photos.c.sha256)))
        chunks = set(conn.scalars(select(photo_chunks.c.sha256)))
    assert grants == {(design, "A", DESIGN), (face, "A", "photo"), (supervisors, "", DESIGN)}
    assert stored == chunks == {design, face, supervisors, orphan}  # the half is started again
    b1 = auth.Device("b1", "B", "field", "b1")
    a2 = auth.Device("a2", "A", "field", "a2")
    assert photos_module.design_picture(engine, a2, design) == b"design picture"
    assert photos_module.design_picture(engine, b1, supervisors) == b"a supervisor's"
    for digest in (face, orphan, design):
        with pytest.raises(ApiError):
            photos_module.design_picture(engine, b1, digest)
    assert photos_module.state(engine, a2, face, "photo")["complete"] is True
    assert photos_module.state(engine, a2, half, "photo") == {"received": 0, "complete": False}
    engine.dispose()
