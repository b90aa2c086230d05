"""The administrator's command line: teams, enrolment codes with QR codes, devices, revocation,
reference lists, and the server itself."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, select

from desktop.domain.kinds import KINDS
from desktop.domain.refdata import item_uuid
from desktop.store.store import SEED_STAMP
from sync import protocol
from sync.server import auth, rows
from sync.server.cli import main
from sync.server.schema import changes, current_payload, records
from tests.helpers.pipes import into_closed_pipe
from tests.sync.server.serving import ROOT, free_port, stop_server, wait_until_up

CODE = re.compile(r"\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b")


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", db_url])
    out, err = capsys.readouterr()
    return code, out, err


def test_teams_and_enrolment_codes_with_qr(
    capsys: pytest.CaptureFixture[str],
    db_url: str,
    engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert run(capsys, db_url, "team", "add", "青山支行一队")[0] == 0
    code, _out, err = run(capsys, db_url, "team", "add", "青山支行一队")
    assert code == 1 and "already" in err
    assert run(capsys, db_url, "teams")[1] == "青山支行一队\t0 devices\n"

    monkeypatch.chdir(tmp_path)
    status, out, _err = run(
        capsys,
        db_url,
        "enrol",
        "--team",
        "青山支行一队",
        "--role",
        "field",
        "--server-url",
        "http://10.0.0.5:8765",
    )
    assert status == 0
    code = CODE.search(out)
    assert code, out
    png = tmp_path / f"enrol-{code[0]}.png"
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sbinary", str(png)], capture_output=True, check=True
    ).stdout.decode()
    assert decoded.strip() == f"outreach-enrol:http://10.0.0.5:8765#{code[0]}"
    assert "█" in out or "▀" in out  # the QR code in the terminal too

    enrolled = auth.enrol(engine, {"code": code[0], "device_id": "laptop-1", "label": "王芳"})
    assert enrolled["team"] == "青山支行一队" and enrolled["role"] == "field"
    assert run(capsys, db_url, "teams")[1] == "青山支行一队\t1 device\n"

    chosen = tmp_path / "codes" / "supervisor.png"
    chosen.parent.mkdir()
    args = ["enrol", "--team", "青山支行一队", "--role", "supervisor", "--png", str(chosen)]
    assert run(capsys, db_url, *args)[0] == 0 and chosen.stat().st_size > 0

    for wrong in (
        ["--team", "无此队", "--role", "field"],
        ["--team", "青山支行一队", "--role", "boss"],
    ):
        status, out, err = run(capsys, db_url, "enrol", *wrong)
        assert status == 1 and err.startswith("error: ") and "Traceback" not in err


def test_devices_and_revocation(
    capsys: pytest.CaptureFixture[str],
    db_url: str,
    engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # where the QR pictures go
    assert run(capsys, db_url, "devices")[1] == "No devices enrolled yet.\n"
    run(capsys, db_url, "team", "add", "A")
    for device in ("laptop-1", "laptop-2"):
        status, out, _ = run(capsys, db_url, "enrol", "--team", "A", "--role", "field")
        assert status == 0
        code = CODE.search(out)
        assert code
        auth.enrol(engine, {"code": code[0], "device_id": device, "label": f"{device} 笔记本"})
    assert len(list(tmp_path.glob("enrol-*.png"))) == 2

    listing = run(capsys, db_url, "devices")[1].splitlines()
    assert listing[0].split() == [
        "device",
        "team",
        "role",
        "label",
        "enrolled",
        "last",
        "sync",
        "refused",
        "revoked",
    ]
    assert [line.split()[:3] for line in listing[1:]] == [
        ["laptop-1", "A", "field"],
        ["laptop-2", "A", "field"],
    ]
    assert all(line.rstrip().endswith("-") for line in listing[1:])  # none revoked

    assert run(capsys, db_url, "revoke", "laptop-2")[0] == 0
    revoked = run(capsys, db_url, "devices")[1].splitlines()[2]
    assert revoked.startswith("laptop-2") and not revoked.rstrip().endswith("-")
    for again in ("laptop-2", "laptop-9"):
        status, _out, err = run(capsys, db_url, "revoke", again)
        assert status == 1 and "error:" in err


def test_ref_set_writes_a_winning_global_version(
    capsys: pytest.CaptureFixture[str], db_url: str, engine: Engine
) -> None:
    uuid = item_uuid("venue_kinds", "market")
    status, out, _ = run(
        capsys,
        db_url,
        "ref",
        "set",
        "venue_kinds",
        "market",
        "--zh",
        "进商圈（集市）",
        "--en",
        "Market",
        "--inactive",
    )
    assert status == 0 and "revision 2" in out
    # Changing an entry says what it was: a code meant to be new may already be in use.
    assert (
        "Changed entry venue_kinds/market, which was: 进商圈 / Market / business district (in use)"
        in out
    )
    with engine.connect() as conn:
        current = conn.execute(select(records).where(records.c.uuid == uuid)).one()
        text = conn.scalar(select(current_payload).where(records.c.uuid == uuid))
        logged = conn.execute(select(changes)).all()
    # The current version's JSON is kept once, in the log; the record points at it.
    assert current.payload is None and (current.device_id, current.seq) == (
        logged[0].device_id,
        logged[0].seq,
    )
    row = rows.decode(KINDS["ref_item"], text)
    assert row["label_zh"] == "进商圈（集市）" and row["active"] is False
    assert current.hlc > SEED_STAMP and current.team == ""
    assert [(c.uuid, c.team, c.hlc, c.base_hlc) for c in logged] == [
        (uuid, "", current.hlc, SEED_STAMP)
    ]

    run(capsys, db_url, "ref", "set", "venue_kinds", "market", "--zh", "进商圈", "--en", "Market")
    with engine.connect() as conn:
        stamps = conn.scalars(select(changes.c.hlc).order_by(changes.c.position)).all()
    assert len(stamps) == 2 and stamps[1] > stamps[0]

    for wrong in (["nolist", "x"], ["topics", "x" * 41]):
        status, _out, err = run(capsys, db_url, "ref", "set", *wrong, "--zh", "甲", "--en", "A")
        assert status == 1 and err.startswith("error: ")


def test_the_installed_command_serves_and_fails_cleanly(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    command = [sys.executable, "-m", "sync.server.cli"]
    mistake = subprocess.run(
        [*command, "enrol", "--team", "nobody", "--role", "field", "--db", db_url],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert mistake.returncode == 1
    assert "no team 'nobody'" in mistake.stderr and "Traceback" not in mistake.stderr
    unreachable = subprocess.run(
        [*command, "teams", "--db", f"postgresql://postgres@127.0.0.1:{free_port()}/none"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert unreachable.returncode == 1
    assert "database cannot be used" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr

    # No subcommand: serve.
    port = free_port()
    log = tmp_path / "server.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [*command, "--db", db_url, "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = wait_until_up(proc, port, log)
        answer = requests.get(url + protocol.API + "/status", timeout=30)
        assert answer.status_code == 426
    finally:
        stop_server(proc)


def test_a_reader_that_goes_away_is_no_error(tmp_path: Path) -> None:
    """`outreach-server teams | head -1`: the pipe closes under the listing, no traceback."""
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    done = into_closed_pipe("sync.server.cli", "teams", "--db", db)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr


def test_links_allow_list_and_remove(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    """The hosts tracked QR codes may send phones to: the shipped designs' always, others as
    the administrator allows them."""
    status, out, _ = run(capsys, db_url, "links", "list")
    assert status == 0 and "www.example-bank.cn" in out and "shipped" in out

    for written, kept in (
        ("Bank.Example", "bank.example"),
        ("*.branches.example", "*.branches.example"),
        ("pay.example:8443", "pay.example:8443"),
        ("例子.中国", "xn--fsqu00a.xn--fiqs8s"),
    ):
        status, out, _ = run(capsys, db_url, "links", "allow", written)
        assert status == 0 and f"Allowed {kept}" in out, out
    assert "subdomains" in run(capsys, db_url, "links", "allow", "*.other.example")[1]
    for again in ("bank.example", "www.example-bank.cn"):
        status, out, _ = run(capsys, db_url, "links", "allow", again)
        assert status == 0 and "already" in out
    listed = run(capsys, db_url, "links", "list")[1].splitlines()
    listing = {line.split()[0]: line for line in listed if line.strip()}
    assert {"bank.example", "*.branches.example", "pay.example:8443"} <= set(listing)
    assert "例子.中国" in listing["xn--fsqu00a.xn--fiqs8s"]
    assert "shipped" in listing["www.example-bank.cn"]

    for wrong, says in (
        ("https://bank.example/page", "not a link"),
        ("user@bank.example", "not a link"),
        ("*.cn", "top-level"),
        ("*", "not a host name"),
        ("a.*.example", "not a host name"),
        ("bank example", "not a host name"),
        ("bank..example", "not a host name"),
        ("bank-.example", "not a host name"),
        ("[::1]", "not a host name"),
        ("xn--zz.example", "not a host name"),  # not punycode of anything
        ("", "not a host name"),
        ("bank.example:99999", "port"),
        ("bank.example:", "port"),
        ("bank.example:443", "own port"),
    ):
        status, _out, err = run(capsys, db_url, "links", "allow", wrong)
        assert status == 1 and err.startswith("error: ") and says in err, (wrong, err)
        assert "Traceback" not in err

    status, out, _ = run(capsys, db_url, "links", "remove", "BANK.example")
    assert status == 0 and "Removed bank.example" in out
    assert run(capsys, db_url, "links", "remove", "*.Branches.Example")[0] == 0
    for gone, says in (("bank.example", "not allowed"), ("www.example-bank.cn", "shipped")):
        status, _out, err = run(capsys, db_url, "links", "remove", gone)
        assert status == 1 and says in err, err
    listed = run(capsys, db_url, "links", "list")[1].splitlines()
    listing = {line.split()[0] for line in listed if line.strip()}
    assert "bank.example" not in listing and "*.branches.example" not in listing
    assert "pay.example:8443" in listing
