"""What a supervisor's laptop asks head office for on demand, each within its scope only: the
teams it sees with their branches, the conflicts kept for one record, a session photo."""

from __future__ import annotations

import os
from typing import Any

import pytest

from sync.server import admin
from tests.sync.server.client import Device, Server
from tests.sync.server.test_photos import pushed, upload
from tests.sync.server.test_review_scope import enrol_supervisor


@pytest.fixture
def branches(server: Server) -> Server:
    """Teams A and C in 青山支行, team B in the default branch."""
    admin.move_team(server.engine, "A", "青山支行")
    admin.add_team(server.engine, "C", branch="青山支行")
    return server


def teams(device: Device) -> list[dict[str, Any]]:
    response = device.get("/teams")
    assert response.status_code == 200, response.text
    return list(response.json()["teams"])


def test_each_device_learns_the_branches_of_the_teams_it_sees(
    branches: Server, field_a: Device
) -> None:
    server = branches
    default = admin.team_branches(server.engine)["B"]
    branch = enrol_supervisor(server, "sup-qingshan", "A", "青山支行")
    bank = enrol_supervisor(server, "sup-bank", "B", None)
    assert teams(branch) == [
        {"team": "A", "branch": "青山支行"},
        {"team": "C", "branch": "青山支行"},
    ]
    assert {t["team"]: t["branch"] for t in teams(bank)} == {
        "A": "青山支行",
        "B": default,
        "C": "青山支行",
    }
    assert teams(field_a) == [{"team": "A", "branch": "青山支行"}]


def conflicts(device: Device, kind: str, uuid: str) -> Any:
    return device.get(f"/records/{kind}/{uuid}/conflicts")


def test_a_records_conflicts_reach_the_devices_that_see_it(
    branches: Server, field_a: Device, field_b: Device
) -> None:
    server = branches
    other = server.enrol("A", "field", "laptop-a2")
    first = field_a.version(place="一村", audience=30)
    pushed(field_a, first)
    (base,) = other.pull_records()
    pushed(field_a, field_a.version(base=base, audience=40))
    pushed(other, other.version(base=base, audience=45))  # later: it wins the field
    branch = enrol_supervisor(server, "sup-qingshan", "A", "青山支行")
    answer = conflicts(branch, "session", first["uuid"])
    assert answer.status_code == 200, answer.text
    (kept,) = answer.json()["conflicts"]
    assert kept["loser_device"] == field_a.device_id and kept["loser_label"]
    assert kept["fields"] == [{"field": "audience", "lost": 40, "kept": 45}]
    assert kept["deleted"] is False and kept["lost_to_deletion"] is False
    # A record without conflicts: an empty list, not an error.
    quiet = field_a.version(place="三村")
    pushed(field_a, quiet)
    assert conflicts(branch, "session", quiet["uuid"]).json() == {"conflicts": []}
    # Outside the scope, unknown records and kinds: 404 alike.
    in_b = field_b.version(place="柳河村")
    pushed(field_b, in_b)
    assert conflicts(branch, "session", in_b["uuid"]).status_code == 404
    assert conflicts(field_b, "session", first["uuid"]).status_code == 404
    assert conflicts(branch, "session", "no-such-uuid").status_code == 404
    assert conflicts(branch, "nonsense", first["uuid"]).status_code == 404
    assert conflicts(field_a, "session", first["uuid"]).status_code == 200


def photo_record(device: Device, digest: str, session: dict[str, Any]) -> dict[str, Any]:
    return device.version(
        "photo", session=session["uuid"], sha256=digest, file_name="a.jpg", caption=""
    )


def test_a_session_photo_reaches_supervisors_in_scope_only(
    branches: Server, field_a: Device, field_b: Device
) -> None:
    server = branches
    face = os.urandom(70_000)
    digest = upload(field_a, face)
    session = field_a.version(place="石桥村")
    pushed(field_a, session, photo_record(field_a, digest, session))
    branch = enrol_supervisor(server, "sup-qingshan", "A", "青山支行")
    bank = enrol_supervisor(server, "sup-bank", "B", None)
    for supervisor in (branch, bank):
        answer = supervisor.get(f"/session-photos/{digest}")
        assert answer.status_code == 200, answer.text
        assert answer.content == face
    # Field laptops, even of the same team, and another branch's supervisor get nothing.
    other_branch = enrol_supervisor(
        server, "sup-other", "B", admin.team_branches(server.engine)["B"]
    )
    teammate = server.enrol("A", "field", "laptop-a2")
    for device in (field_a, teammate, field_b, other_branch):
        assert device.get(f"/session-photos/{digest}").status_code == 404
    # Named by team B's photo record without B having sent it: still nothing for B's scope.
    session_b = field_b.version(place="柳河村")
    pushed(field_b, session_b, photo_record(field_b, digest, session_b))
    assert other_branch.get(f"/session-photos/{digest}").status_code == 404
    # Once the photo record is deleted, the photo is no longer handed out.
    (held,) = [r for r in branch.pull_records() if r["kind"] == "photo"]
    pushed(field_a, field_a.version("photo", base=held, deleted=True))
    assert branch.get(f"/session-photos/{digest}").status_code == 404


def filed(device: Device) -> list[dict[str, Any]]:
    report = device.version(
        "filed_report",
        title="青山支行 2026年第一季度",
        filed_on="2026-04-02",
        period_from="2026-01-01",
        period_to="2026-03-31",
        branch="青山支行",
        teams=["A", "C"],
        approved_only=False,
        figures='{"figures":{"sessions":3}}',
        records_count=3,
        parts=1,
        digest="0" * 64,
    )
    part = device.version(
        "filed_report_part", report=report["uuid"], number=0, entries="session x 1\nsession y 2"
    )
    return [report, part]


def test_only_a_supervisor_files_a_report(branches: Server, field_a: Device) -> None:
    refused = field_a.push(filed(field_a)).json()
    assert refused["accepted"] == []
    assert {r["code"] for r in refused["rejected"]} == {"forbidden"}
    branch = enrol_supervisor(branches, "sup-qingshan", "A", "青山支行")
    sent = filed(branch)
    pushed(branch, *sent)
    kinds = {r["kind"] for r in enrol_supervisor(branches, "sup-bank", "B", None).pull_records()}
    assert {"filed_report", "filed_report_part"} <= kinds
