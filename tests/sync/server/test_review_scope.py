"""Who sees what, enforced by head office: branches, a supervisor's scope, review records.

Teams belong to branches; a supervisor enrolled for a branch pulls that branch's teams'
records and no others, and writes (reviews or corrections) only those; one of the whole bank
sees every team. Only a supervisor approves or sends back; a field laptop answers, on its own
team's records only, and pulls its own team's reviews and nothing of other teams. Each is
proved both ways against a real server process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine

from sync import protocol
from sync.server import admin, migrations
from sync.server.cli import main
from tests.sync.server.client import Device, Server


def answer(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    return dict(response.json())


def outcome(device: Device, *changes: dict[str, Any]) -> tuple[list[int], list[str]]:
    body = answer(device.push(list(changes)))
    return body["accepted"], [r["code"] for r in body["rejected"]]


def review_of(device: Device, record: dict[str, Any], action: str, **values: Any) -> dict[str, Any]:
    """A review action of `device` on `record` (its team: the record's)."""
    fields = {
        "target_kind": "session",
        "target": record["uuid"],
        "action": action,
        "comment": "人数与签到表不符" if action != "approve" else "",
        "seen_hlc": record["hlc"],
        "team": record["team"],
        **values,
    }
    return device.version(kind="review", **fields)


@pytest.fixture
def branches(server: Server) -> Server:
    """Team A in branch 青山支行 (with a new team C), team B left in the default branch."""
    admin.move_team(server.engine, "A", "青山支行")
    admin.add_team(server.engine, "C", branch="青山支行")
    return server


def enrol_supervisor(server: Server, device_id: str, team: str, branch: str | None) -> Device:
    code = admin.create_code(server.engine, team, "supervisor", branch).code
    body = requests.post(
        server.url + protocol.API + "/enrol",
        json={"code": code, "device_id": device_id, "label": device_id},
        headers={protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)},
        timeout=30,
    ).json()
    return Device(server.url, device_id, body["token"], body["team"], body["role"])


def test_a_branch_supervisor_pulls_its_branch_and_the_bank_supervisor_every_team(
    branches: Server, field_a: Device, field_b: Device
) -> None:
    server = branches
    in_a = field_a.version(place="石桥村")
    in_b = field_b.version(place="柳河村")
    field_c = server.enrol("C", "field", "laptop-c1")
    in_c = field_c.version(place="王家村")
    for device, record in ((field_a, in_a), (field_b, in_b), (field_c, in_c)):
        assert outcome(device, record) == ([record["seq"]], [])
    branch = enrol_supervisor(server, "sup-qingshan", "A", "青山支行")
    bank = enrol_supervisor(server, "sup-bank", "B", None)
    sessions = lambda device: {  # noqa: E731
        r["uuid"] for r in device.pull_records() if r["kind"] == "session"
    }
    assert sessions(branch) == {in_a["uuid"], in_c["uuid"]}
    assert sessions(bank) == {in_a["uuid"], in_b["uuid"], in_c["uuid"]}
    assert sessions(field_b) == {in_b["uuid"]}
    # Reference lists still reach a branch supervisor.
    admin.set_ref(server.engine, "topics", "new_topic", "新主题", "New topic")
    assert any(r["kind"] == "ref_item" for r in branch.pull_records())


def test_a_branch_supervisor_writes_only_within_its_branch(
    branches: Server, field_a: Device, field_b: Device
) -> None:
    server = branches
    in_a, in_b = field_a.version(place="石桥村"), field_b.version(place="柳河村")
    outcome(field_a, in_a)
    outcome(field_b, in_b)
    branch = enrol_supervisor(server, "sup-qingshan", "A", "青山支行")
    assert outcome(branch, review_of(branch, in_a, "send_back"))[1] == []
    assert outcome(branch, review_of(branch, in_b, "approve"))[1] == [protocol.REJECT_FORBIDDEN]
    # Nor may it correct another branch's record, nor make one in another branch's team.
    fix_b = branch.version(base=in_b, audience=99)
    new_b = branch.version(place="外村", team="B")
    assert outcome(branch, fix_b, new_b)[1] == [protocol.REJECT_FORBIDDEN] * 2
    fix_a = branch.version(base=in_a, audience=99)
    assert outcome(branch, fix_a)[1] == []
    # The bank's supervisor reviews any team's record.
    bank = enrol_supervisor(server, "sup-bank", "A", None)
    assert outcome(bank, review_of(bank, in_b, "approve"))[1] == []


def test_only_a_supervisor_decides_and_a_field_laptop_answers_its_own_team_only(
    server: Server, field_a: Device, field_b: Device
) -> None:
    in_a, in_b = field_a.version(place="石桥村"), field_b.version(place="柳河村")
    outcome(field_a, in_a)
    outcome(field_b, in_b)
    forbidden = [protocol.REJECT_FORBIDDEN]
    assert outcome(field_a, review_of(field_a, in_a, "approve"))[1] == forbidden
    assert outcome(field_a, review_of(field_a, in_a, "send_back"))[1] == forbidden
    assert outcome(field_a, review_of(field_a, in_b, "answer"))[1] == forbidden
    reply = review_of(field_a, in_a, "answer", comment="签到表是 85 人")
    assert outcome(field_a, reply) == ([reply["seq"]], [])
    # A review of a record head office does not hold, or without its comment, is refused.
    ghost = {**in_a, "uuid": "00000000-0000-0000-0000-000000000000"}
    assert outcome(field_a, review_of(field_a, ghost, "answer"))[1] == forbidden
    supervisor = server.enrol("B", "supervisor", "sup-1")
    silent = review_of(supervisor, in_a, "send_back", comment=" ")
    assert outcome(supervisor, silent)[1] == [protocol.REJECT_INVALID]
    # An action stays what it was: the officer cannot turn a send-back into an approval.
    back = review_of(supervisor, in_a, "send_back")
    assert outcome(supervisor, back)[1] == []
    turned = field_a.version(kind="review", base=back, action="approve", comment="")
    assert outcome(field_a, turned)[1] == forbidden
    # Nor withdraw the supervisor's send-back: a field laptop touches answers only.
    withdrawn = field_a.version(kind="review", base=back, deleted=True)
    assert outcome(field_a, withdrawn)[1] == forbidden
    # The supervisor may withdraw its own.
    assert outcome(supervisor, supervisor.version(kind="review", base=back, deleted=True))[1] == []


def test_a_field_laptop_pulls_its_own_teams_reviews_and_nothing_of_other_teams(
    server: Server, field_a: Device, field_b: Device
) -> None:
    in_a, in_b = field_a.version(place="石桥村"), field_b.version(place="柳河村")
    outcome(field_a, in_a)
    outcome(field_b, in_b)
    supervisor = server.enrol("A", "supervisor", "sup-1")
    on_a, on_b = review_of(supervisor, in_a, "send_back"), review_of(supervisor, in_b, "approve")
    assert outcome(supervisor, on_a, on_b)[1] == []
    reviews = lambda device: {  # noqa: E731
        r["uuid"] for r in device.pull_records() if r["kind"] == "review"
    }
    assert reviews(field_a) == {on_a["uuid"]}
    assert reviews(field_b) == {on_b["uuid"]}
    a_sees = {r["uuid"] for r in field_a.pull_records()}
    assert in_b["uuid"] not in a_sees and on_b["uuid"] not in a_sees


def test_existing_teams_fall_into_the_default_branch(engine: Engine) -> None:
    admin.add_team(engine, "老队")
    assert admin.team_branches(engine) == {"老队": migrations.DEFAULT_BRANCH}
    with pytest.raises(admin.AdminError, match="only a supervisor"):
        admin.create_code(engine, "老队", "field", migrations.DEFAULT_BRANCH)
    admin.add_team(engine, "新队", branch="城关支行")
    with pytest.raises(admin.AdminError, match="is in branch"):
        admin.create_code(engine, "老队", "supervisor", "城关支行")
    with pytest.raises(admin.AdminError, match="no branch"):
        admin.create_code(engine, "老队", "supervisor", "无此支行")
    assert admin.create_code(engine, "新队", "supervisor", "城关支行").branch == "城关支行"


def test_branches_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    db_url: str,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)  # where the codes' QR pictures go

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--db", db_url])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("team", "add", "一队")[0] == 0
    code, out, _ = run("team", "add", "二队", "--branch", "青山支行")
    assert code == 0 and "青山支行" in out
    assert run("branches")[1] == "default\t一队\n青山支行\t二队\n"
    assert run("team", "move", "一队", "--branch", "青山支行")[0] == 0
    assert run("branches")[1] == "default\t-\n青山支行\t一队, 二队\n"
    code, out, _ = run("enrol", "--team", "一队", "--role", "supervisor", "--branch", "青山支行")
    assert code == 0 and "the teams of branch '青山支行'" in out
    code, out, _ = run("enrol", "--team", "一队", "--role", "supervisor", "--all")
    assert code == 0 and "every team" in out
    code, _, err = run("enrol", "--team", "一队", "--role", "field", "--branch", "青山支行")
    assert code == 1 and "only a supervisor" in err
