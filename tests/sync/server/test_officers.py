"""Officers are people: a team's roster at head office, the officers laptops bring to it, and
changes whose author is not on it (accepted, kept apart), against a real server process."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from desktop.domain.kinds import KINDS
from sync import protocol
from sync.server import admin, rows
from sync.server.cli import main
from sync.server.schema import current_payload, records
from tests.sync.server.client import Device, Server


def answer(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    return dict(response.json())


def officer(device: Device, name: str, **values: Any) -> dict[str, Any]:
    return device.version("officer", name=name, active=True, **values)


def stored(server: Server, uuid: str) -> dict[str, Any]:
    with server.engine.connect() as conn:
        (kind, payload) = conn.execute(
            select(records.c.kind, current_payload).where(records.c.uuid == uuid)
        ).one()
    return rows.decode(KINDS[kind], payload)


def roster_names(server: Server, team: str) -> list[tuple[str, bool]]:
    officers, _ = admin.list_officers(server.engine, team)
    return [(o["name"], o["active"]) for o in officers]


def test_a_laptops_officers_join_the_roster_unless_it_has_the_name(
    server: Server, field_a: Device, field_b: Device
) -> None:
    teammate = server.enrol("A", "field", "laptop-a2")
    wang = officer(field_a, "王芳")
    assert answer(field_a.push([wang]))["accepted"] == [1]
    assert roster_names(server, "A") == [("王芳", True)]

    # The teammate added its own 王芳 before it was enrolled: the roster has that name.
    again = officer(teammate, " 王芳 ")
    li = officer(teammate, "李明")
    body = answer(teammate.push([again, li]))
    assert body["accepted"] == [li["seq"]]
    (refusal,) = body["rejected"]
    assert refusal["seq"] == again["seq"] and refusal["code"] == protocol.REJECT_FORBIDDEN
    assert "王芳" in refusal["message"]
    assert roster_names(server, "A") == [("李明", True), ("王芳", True)]
    pulled = {r["name"] for r in teammate.pull_records() if r["kind"] == "officer"}
    assert pulled == {"王芳", "李明"}

    # Another team's roster is its own.
    assert answer(field_b.push([officer(field_b, "王芳")]))["accepted"] == [1]
    assert roster_names(server, "B") == [("王芳", True)]
    assert {r["name"] for r in field_b.pull_records() if r["kind"] == "officer"} == {"王芳"}


def test_the_roster_is_head_offices_once_it_holds_it(server: Server, field_a: Device) -> None:
    record, new = admin.add_officer(server.engine, "A", "李明")
    assert new and record["team"] == "A"
    with pytest.raises(admin.AdminError, match="already"):
        admin.add_officer(server.engine, "A", " 李明")
    (pulled,) = [r for r in field_a.pull_records() if r["kind"] == "officer"]
    assert (pulled["name"], pulled["active"], pulled["uuid"]) == ("李明", True, record["uuid"])

    # A laptop's edit of it is refused: the roster is head office's.
    field_a.clock.observe(pulled["hlc"])
    edit = field_a.version("officer", base=pulled, name="李明明")
    (refusal,) = answer(field_a.push([edit]))["rejected"]
    assert refusal["code"] == protocol.REJECT_FORBIDDEN and "head office" in refusal["message"]
    assert stored(server, record["uuid"])["name"] == "李明"

    removed = admin.remove_officer(server.engine, "A", "李明")
    assert removed["active"] is False and removed["revision"] == 2
    latest = [r for r in field_a.pull_records() if r["kind"] == "officer"][-1]
    assert latest["active"] is False
    with pytest.raises(admin.AdminError, match="out of use already"):
        admin.remove_officer(server.engine, "A", "李明")
    back, new = admin.add_officer(server.engine, "A", "李明")
    assert not new and back["active"] is True and back["uuid"] == record["uuid"]
    with pytest.raises(admin.AdminError, match="not on the roster"):
        admin.remove_officer(server.engine, "A", "张三")
    with pytest.raises(admin.AdminError, match="no team"):
        admin.add_officer(server.engine, "C", "张三")


def test_an_author_not_on_the_roster_is_accepted_and_kept_apart(
    server: Server, field_a: Device, field_b: Device
) -> None:
    admin.add_officer(server.engine, "A", "王芳")
    admin.add_officer(server.engine, "A", "赵强")
    admin.remove_officer(server.engine, "A", "赵强")
    on_roster = field_a.version(author="王芳")
    spaced = field_a.version(author=" 王芳")
    removed_since = field_a.version(author="赵强")  # made before they left: still a person
    unknown = field_a.version(author="alice")
    body = answer(field_a.push([on_roster, spaced, removed_since, unknown]))
    assert len(body["accepted"]) == 4 and body["rejected"] == []
    assert stored(server, unknown["uuid"])["author"] == "alice", "kept as the laptop said"
    _, unlisted = admin.list_officers(server.engine, "A")
    assert [(name, count) for name, count, _at in unlisted] == [("alice", 1)]

    # A team with no roster yet has nothing to hold an author against.
    assert answer(field_b.push([field_b.version(author="bob")]))["rejected"] == []
    assert admin.list_officers(server.engine, "B") == ([], [])


def test_officers_on_the_command_line(
    capsys: pytest.CaptureFixture[str], server: Server, field_a: Device
) -> None:
    db_url = str(server.engine.url.render_as_string(hide_password=False))

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--db", db_url])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("officers", "list", "A")
    assert code == 0 and "no roster yet" in out
    code, out, _ = run("officers", "add", "A", "王芳")
    assert code == 0 and "王芳 is on the roster of team 'A'" in out
    answer(field_a.push([field_a.version(author="alice")]))
    code, out, _ = run("officers", "list", "A")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["officer", "in", "use", "added", "by", "since"]
    assert lines[1].split()[:4] == ["王芳", "yes", "head", "office"]
    assert "not on the roster" in out and any(line.split()[:2] == ["alice", "1"] for line in lines)
    code, out, _ = run("officers", "remove", "A", "王芳")
    assert code == 0 and "out of use" in out
    code, _, err = run("officers", "remove", "A", "王芳")
    assert code == 1 and "out of use already" in err
    code, _, err = run("officers", "add", "nobody", "王芳")
    assert code == 1 and "no team" in err
