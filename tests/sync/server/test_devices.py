"""`outreach-server devices` for the administrator: changes refused per device (each once), and
the laptops gone quiet (`--quiet-days N`), so head office can phone their team."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, update

from sync import protocol
from sync.server import admin, auth, db
from sync.server.cli import main
from sync.server.schema import devices
from tests.sync.server.client import Device, Server


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", db_url])
    out, err = capsys.readouterr()
    return code, out, err


def _refused(engine: Engine) -> dict[str, int]:
    return {d["device_id"]: d["refused"] for d in admin.list_devices(engine)}


def test_refused_changes_are_counted_once_per_device(
    server: Server, field_a: Device, field_b: Device, capsys: pytest.CaptureFixture[str]
) -> None:
    good = field_a.version()
    theirs = field_a.version(team="B")  # another team's record: forbidden
    reply = field_a.push([good, theirs])
    assert reply.status_code == 200, reply.text
    assert [r["code"] for r in reply.json()["rejected"]] == [protocol.REJECT_FORBIDDEN]
    assert _refused(server.engine) == {"laptop-a1": 1, "laptop-b1": 0}

    # Sent again (the user tried once more): still one change refused, not two.
    assert field_a.push([theirs]).json()["rejected"]
    assert _refused(server.engine)["laptop-a1"] == 1
    assert field_a.push([field_a.version(team="B")]).json()["rejected"]
    assert _refused(server.engine) == {"laptop-a1": 2, "laptop-b1": 0}

    status, out, _ = run(
        capsys, str(server.engine.url.render_as_string(hide_password=False)), "devices"
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split()[-2:] == ["refused", "revoked"]
    row_a = next(line for line in lines if line.startswith("laptop-a1"))
    row_b = next(line for line in lines if line.startswith("laptop-b1"))
    assert " 2 (last " in row_a
    assert row_b.split()[-2:] == ["0", "-"]
    assert "the laptop keeps them with the reason" in out


def test_a_clock_running_ahead_is_not_counted(engine: Engine) -> None:
    admin.add_team(engine, "A")
    code = admin.create_code(engine, "A", "field").code
    auth.enrol(engine, {"code": code, "device_id": "laptop-1", "label": ""})
    admin.note_refusals(
        engine,
        "laptop-1",
        [
            {"seq": 1, "code": protocol.REJECT_CLOCK_AHEAD},  # resent at once, stamped again
            {"seq": 2, "code": protocol.REJECT_INVALID},
            {"seq": 2, "code": protocol.REJECT_INVALID},
        ],
    )
    admin.note_refusals(engine, "laptop-1", [{"seq": 2, "code": protocol.REJECT_FORBIDDEN}])
    (found,) = admin.list_devices(engine)
    assert found["refused"] == 1
    assert found["last_refused_at"] is not None


def _enrol(engine: Engine, device_id: str, team: str = "A") -> None:
    code = admin.create_code(engine, team, "field").code
    auth.enrol(engine, {"code": code, "device_id": device_id, "label": f"{device_id} 笔记本"})


def _ago(days: float) -> str:
    return db.iso(db.now() - dt.timedelta(days=days))


def test_quiet_laptops(
    capsys: pytest.CaptureFixture[str],
    db_url: str,
    engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    admin.add_team(engine, "A")
    admin.add_team(engine, "B")
    for device_id, team in (
        ("synced-today", "A"),
        ("quiet-10", "A"),
        ("never-synced", "B"),
        ("new-never", "B"),
        ("revoked-quiet", "B"),
    ):
        _enrol(engine, device_id, team)
    moments = {
        "synced-today": (_ago(30), _ago(0.1), None),
        "quiet-10": (_ago(40), _ago(10), None),
        "never-synced": (_ago(20), None, None),
        "new-never": (_ago(1), None, None),
        "revoked-quiet": (_ago(60), _ago(50), _ago(45)),
    }
    with db.writing(engine) as conn:
        for device_id, (enrolled, seen, revoked) in moments.items():
            conn.execute(
                update(devices)
                .where(devices.c.device_id == device_id)
                .values(enrolled_at=enrolled, last_seen_at=seen, revoked_at=revoked)
            )

    quiet = [d["device_id"] for d in admin.list_devices(engine, quiet_days=7)]
    assert quiet == ["quiet-10", "never-synced"]  # by team, then device; revoked left out
    assert [d["device_id"] for d in admin.list_devices(engine, quiet_days=15)] == ["never-synced"]
    assert len(admin.list_devices(engine)) == 5  # without the option: every device

    status, out, _ = run(capsys, db_url, "devices", "--quiet-days", "7")
    assert status == 0
    lines = out.splitlines()
    assert "have not synced for 7 days or more" in lines[0]
    assert lines[1].split()[:2] == ["device", "team"]
    assert [line.split()[0] for line in lines[2:]] == ["quiet-10", "never-synced"]

    status, out, _ = run(capsys, db_url, "devices", "--quiet-days", "90")
    assert (status, out) == (0, "Every laptop in use has synced in the last 90 days.\n")

    status, _out, err = run(capsys, db_url, "devices", "--quiet-days", "-1")
    assert status == 1 and "--quiet-days must be 0 or more" in err
