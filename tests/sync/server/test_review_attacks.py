"""Review records and a supervisor's scope, attacked as a hostile or buggy laptop would.

Each test sends what a laptop could send (over HTTP, to a real server process) and proves
head office refuses it, or, where it is allowed, that nothing leaks out of the scope.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop.domain.clock import HybridClock
from sync import protocol
from sync.server import admin
from tests.sync.server.client import Device, Server
from tests.sync.server.test_photos import DESIGN, design_naming, picture, pushed, state, upload
from tests.sync.server.test_review_scope import (
    answer,
    enrol_supervisor,
    outcome,
    review_of,
)

FORBIDDEN = [protocol.REJECT_FORBIDDEN]
INVALID = [protocol.REJECT_INVALID]


@pytest.fixture
def branches(server: Server) -> Server:
    """Teams A and C in branch 青山支行, team B in the default branch."""
    admin.move_team(server.engine, "A", "青山支行")
    admin.add_team(server.engine, "C", branch="青山支行")
    return server


def kinds_pulled(device: Device) -> dict[str, set[str]]:
    """The uuids of each kind the device is handed, and the teams they are of."""
    found: dict[str, set[str]] = {}
    for r in device.pull_records():
        found.setdefault(r["kind"], set()).add(r["uuid"])
        found.setdefault("teams", set()).add(r["team"] or "")
    return found


def bank_view(server: Server) -> list[dict[str, Any]]:
    bank = enrol_supervisor(server, f"sup-view-{len(server.url) % 97}", "B", None)
    return bank.pull_records()


def test_a_branch_supervisor_cannot_review_or_answer_another_branchs_record(
    branches: Server, field_a: Device, field_b: Device
) -> None:
    in_b = field_b.version(place="柳河村")
    outcome(field_b, in_b)
    sup = enrol_supervisor(branches, "sup-qingshan", "A", "青山支行")
    for action in ("approve", "send_back", "answer"):
        assert outcome(sup, review_of(sup, in_b, action))[1] == FORBIDDEN
    # Claiming its own team for the review does not help: the review's team is the target's.
    assert outcome(sup, review_of(sup, in_b, "approve", team="A"))[1] == FORBIDDEN
    assert not any(r["kind"] == "review" for r in bank_view(branches))


def test_a_review_named_before_its_record_exists_does_not_bind_another_teams_record(
    branches: Server, field_a: Device, field_b: Device
) -> None:
    sup = enrol_supervisor(branches, "sup-qingshan", "A", "青山支行")
    planted = field_b.version(place="柳河村")  # not pushed yet
    early = review_of(sup, {**planted, "team": "A"}, "approve")
    assert outcome(sup, early)[1] == FORBIDDEN
    assert outcome(field_b, planted)[1] == []
    # Sent again once B made the record under that uuid: still not the supervisor's to review.
    for team in ("A", "B"):
        again = review_of(sup, planted, "approve", uuid=early["uuid"], team=team)
        assert outcome(sup, again)[1] == FORBIDDEN
    # Nor may a field laptop of A answer it.
    assert outcome(field_a, review_of(field_a, planted, "answer", team="A"))[1] == FORBIDDEN


def test_a_review_uuid_cannot_be_reused_for_another_action_or_target_across_pushes(
    server: Server, field_a: Device
) -> None:
    one, two = field_a.version(place="一村"), field_a.version(place="二村")
    outcome(field_a, one, two)
    sup = server.enrol("A", "supervisor", "sup-1")
    back = review_of(sup, one, "send_back")
    assert outcome(sup, back)[1] == []
    retarget = sup.version(kind="review", base=back, target=two["uuid"], seen_hlc=two["hlc"])
    assert outcome(sup, retarget)[1] == FORBIDDEN
    reaction = sup.version(kind="review", base=back, action="approve", comment="")
    assert outcome(sup, reaction)[1] == FORBIDDEN
    rekind = sup.version(kind="review", base=back, target_kind="visit")
    assert outcome(sup, rekind)[1] == FORBIDDEN
    # A new review "edit" with no base, under the send-back's uuid, is no way round it.
    blind = review_of(sup, two, "approve", uuid=back["uuid"])
    assert outcome(sup, blind)[1] == FORBIDDEN
    # The same uuid as a record of another kind is refused too.
    assert outcome(sup, sup.version(uuid=back["uuid"], place="三村"))[1] == FORBIDDEN


def test_a_review_uuid_cannot_change_its_action_or_target_within_one_push(
    server: Server, field_a: Device
) -> None:
    one, two = field_a.version(place="一村"), field_a.version(place="二村")
    outcome(field_a, one, two)
    sup = server.enrol("A", "supervisor", "sup-1")
    back = review_of(sup, one, "send_back")
    reaction = sup.version(kind="review", base=back, action="approve", comment="")
    assert outcome(sup, back, reaction) == ([back["seq"]], FORBIDDEN)
    fresh = review_of(sup, one, "send_back")
    retarget = sup.version(kind="review", base=fresh, target=two["uuid"], seen_hlc=two["hlc"])
    assert outcome(sup, fresh, retarget) == ([fresh["seq"]], FORBIDDEN)
    # A field laptop's answer cannot become an approval in the same push either.
    reply = review_of(field_a, one, "answer", comment="已改")
    turned = field_a.version(kind="review", base=reply, action="approve", comment="")
    assert outcome(field_a, reply, turned) == ([reply["seq"]], FORBIDDEN)
    reviews = [r for r in bank_view(server) if r["kind"] == "review"]
    assert {(r["uuid"], r["action"], r["target"]) for r in reviews} == {
        (back["uuid"], "send_back", one["uuid"]),
        (fresh["uuid"], "send_back", one["uuid"]),
        (reply["uuid"], "answer", one["uuid"]),
    }


def test_a_record_cannot_move_to_another_team_within_one_push(
    branches: Server, field_a: Device
) -> None:
    bank = enrol_supervisor(branches, "sup-bank", "A", None)
    made = bank.version(place="一村", team="A")
    moved = bank.version(base=made, team="B")
    assert outcome(bank, made, moved) == ([made["seq"]], FORBIDDEN)
    sup = enrol_supervisor(branches, "sup-qingshan", "A", "青山支行")
    in_a = field_a.version(place="二村")
    outcome(field_a, in_a)
    review = review_of(sup, in_a, "approve")
    review_c = sup.version(kind="review", base=review, team="C")
    assert outcome(sup, review, review_c) == ([review["seq"]], FORBIDDEN)
    teams = {r["uuid"]: r["team"] for r in field_a.pull_records()}
    assert teams[made["uuid"]] == "A" and teams[review["uuid"]] == "A"


def test_a_review_of_another_team_than_its_target_is_refused(
    server: Server, field_a: Device, field_b: Device
) -> None:
    in_a = field_a.version(place="一村")
    outcome(field_a, in_a)
    bank = server.enrol("B", "supervisor", "sup-bank")
    assert outcome(bank, review_of(bank, in_a, "approve", team="B"))[1] == FORBIDDEN
    # Nor may the target's kind be misnamed.
    assert outcome(bank, review_of(bank, in_a, "approve", target_kind="visit"))[1] == FORBIDDEN


def test_a_field_laptop_neither_decides_nor_answers_another_team(
    server: Server, field_a: Device, field_b: Device
) -> None:
    in_a, in_b = field_a.version(place="一村"), field_b.version(place="柳河村")
    outcome(field_a, in_a)
    outcome(field_b, in_b)
    for action in ("approve", "send_back"):
        assert outcome(field_a, review_of(field_a, in_a, action))[1] == FORBIDDEN
    assert outcome(field_a, review_of(field_a, in_b, "answer"))[1] == FORBIDDEN
    assert outcome(field_a, review_of(field_a, in_b, "answer", team="A"))[1] == FORBIDDEN


def test_a_field_laptop_cannot_rewrite_or_withdraw_a_supervisors_remark(
    server: Server, field_a: Device
) -> None:
    in_a = field_a.version(place="一村")
    outcome(field_a, in_a)
    sup = server.enrol("A", "supervisor", "sup-1")
    remark = review_of(sup, in_a, "answer", comment="请补签到表")
    assert outcome(sup, remark)[1] == []
    forged = field_a.version(kind="review", base=remark, comment="已核对,无误")
    assert outcome(field_a, forged)[1] == FORBIDDEN
    gone = field_a.version(kind="review", base=remark, deleted=True)
    assert outcome(field_a, gone)[1] == FORBIDDEN
    # The field laptop's own answer stays its to edit; the supervisor's stays the supervisor's.
    reply = review_of(field_a, in_a, "answer", comment="明天补")
    assert outcome(field_a, reply)[1] == []
    assert outcome(field_a, field_a.version(kind="review", base=reply, comment="已补"))[1] == []
    assert outcome(sup, sup.version(kind="review", base=remark, comment="请补签到表!"))[1] == []


@pytest.mark.parametrize("target_kind", ["review", "officer", "ref_item", "photo", "nonsense"])
def test_a_review_targets_a_reviewed_kind_only(
    server: Server, field_a: Device, target_kind: str
) -> None:
    in_a = field_a.version(place="一村")
    outcome(field_a, in_a)
    sup = server.enrol("A", "supervisor", "sup-1")
    first = review_of(sup, in_a, "send_back")
    outcome(sup, first)
    officer = field_a.version(kind="officer", name="张三", active=True)
    outcome(field_a, officer)
    admin.set_ref(server.engine, "topics", "new_topic", "新主题", "New topic")
    targets = {"review": first, "officer": officer}
    target = targets.get(target_kind, in_a)
    attack = review_of(sup, target, "send_back", target_kind=target_kind)
    assert outcome(sup, attack)[1] in (FORBIDDEN, INVALID)


def test_a_huge_comment_is_refused(server: Server, field_a: Device) -> None:
    in_a = field_a.version(place="一村")
    outcome(field_a, in_a)
    sup = server.enrol("A", "supervisor", "sup-1")
    assert outcome(sup, review_of(sup, in_a, "send_back", comment="改" * 2001))[1] == INVALID
    assert outcome(field_a, review_of(field_a, in_a, "answer", comment="x" * 100_000))[1] == INVALID
    assert outcome(sup, review_of(sup, in_a, "send_back", comment="改" * 2000))[1] == []


def test_a_seen_version_head_office_has_not_got_is_refused(server: Server, field_a: Device) -> None:
    in_a = field_a.version(place="一村")
    outcome(field_a, in_a)
    sup = server.enrol("A", "supervisor", "sup-1")
    # An approval "of" a version far in the future would hide every later edit of the record.
    future = "999999999999999-00000-sup-1"
    assert outcome(sup, review_of(sup, in_a, "approve", seen_hlc=future))[1] == FORBIDDEN
    ahead = HybridClock("x").after(in_a["hlc"])
    assert outcome(sup, review_of(sup, in_a, "approve", seen_hlc=ahead))[1] == FORBIDDEN
    assert outcome(sup, review_of(sup, in_a, "send_back", seen_hlc=ahead))[1] == FORBIDDEN
    assert outcome(sup, review_of(sup, in_a, "approve", seen_hlc="not a stamp"))[1] == INVALID
    # An answer decides nothing: one on an edit head office refused (or a laptop stamped
    # again after its clock ran ahead) is not held back for its seen_hlc.
    assert outcome(field_a, review_of(field_a, in_a, "answer", seen_hlc=ahead))[1] == []
    assert outcome(sup, review_of(sup, in_a, "approve"))[1] == []
    # A version the supervisor made in the same push, then approved, is one head office holds.
    fix = sup.version(base=in_a, audience=50)
    assert outcome(sup, fix, review_of(sup, fix, "approve"))[1] == []
    # An older version seen is fine (the supervisor looked before the officer's edit).
    assert outcome(sup, review_of(sup, in_a, "send_back"))[1] == []


def test_a_team_moved_to_another_branch_leaves_its_old_supervisor(
    branches: Server, field_a: Device
) -> None:
    server = branches
    old = enrol_supervisor(server, "sup-qingshan", "C", "青山支行")
    in_a = field_a.version(place="一村")
    outcome(field_a, in_a)
    assert in_a["uuid"] in kinds_pulled(old).get("session", set())
    seen = old.pull(0)["last"]
    admin.move_team(server.engine, "A", "城关支行")
    later = field_a.version(place="二村")
    outcome(field_a, later)
    assert later["uuid"] not in {r["uuid"] for r in old.pull_records(seen)}
    assert outcome(old, review_of(old, in_a, "approve"))[1] == FORBIDDEN
    assert outcome(old, old.version(base=in_a, audience=1))[1] == FORBIDDEN
    new = enrol_supervisor(server, "sup-chengguan", "A", "城关支行")
    assert outcome(new, review_of(new, in_a, "approve"))[1] == []
    assert {in_a["uuid"], later["uuid"]} <= kinds_pulled(new)["session"]


def test_a_branch_supervisor_pulls_nothing_of_another_branch(
    branches: Server, field_a: Device, field_b: Device
) -> None:
    server = branches
    in_a, in_b = field_a.version(place="一村"), field_b.version(place="柳河村")
    outcome(field_a, in_a)
    outcome(field_b, in_b)
    admin.add_officer(server.engine, "B", "李四")
    admin.add_officer(server.engine, "A", "王五")
    bank = enrol_supervisor(server, "sup-bank", "B", None)
    assert (
        outcome(bank, review_of(bank, in_b, "send_back"), review_of(bank, in_a, "approve"))[1] == []
    )
    sup = enrol_supervisor(server, "sup-qingshan", "A", "青山支行")
    pulled = kinds_pulled(sup)
    assert pulled["teams"] <= {"A", "C", ""}
    assert in_b["uuid"] not in pulled["session"] and in_a["uuid"] in pulled["session"]
    assert len(pulled["review"]) == 1 and len(pulled["officer"]) == 1
    # Scan counts of another branch's team are refused, as to a field laptop.
    assert sup.get("/scans", params={"team": "B"}).status_code == 403
    assert answer(sup.get("/scans")) == {"runs": answer(field_a.get("/scans"))["runs"]}


def test_no_enrolment_code_for_a_branch_that_does_not_exist(server: Server) -> None:
    with pytest.raises(admin.AdminError, match="no branch"):
        admin.create_code(server.engine, "A", "supervisor", "无此支行")
    with pytest.raises(admin.AdminError, match="is in branch"):
        admin.add_team(server.engine, "D", branch="城关支行")
        admin.create_code(server.engine, "A", "supervisor", "城关支行")
    assert {b for b, _ in admin.list_branches(server.engine)} == {"default", "城关支行"}


def test_a_branch_supervisor_gets_no_picture_of_another_branch(
    branches: Server, field_a: Device, field_b: Device
) -> None:
    server = branches
    field_c = server.enrol("C", "field", "laptop-c1")
    pictures = {}
    for device in (field_b, field_c):
        data = f"{device.team}'s design picture".encode()
        digest = upload(device, data, DESIGN)
        pushed(device, design_naming(device, digest))
        pictures[device.team] = (digest, data)
    face = upload(field_b, b"a face at a session in B", "photo")
    sup = enrol_supervisor(server, "sup-qingshan", "A", "青山支行")
    assert picture(sup, pictures["C"][0]).content == pictures["C"][1]
    assert picture(sup, pictures["B"][0]).status_code == 404
    assert picture(sup, face).status_code == 404
    # Nor is it told whether head office holds B's photos.
    assert state(sup, face, "photo") == {"received": 0, "complete": False}
    assert state(sup, pictures["B"][0], DESIGN) == {"received": 0, "complete": False}
    # Naming B's picture in a design of its own branch's gets nothing either.
    pushed(sup, design_naming(sup, pictures["B"][0], team="C"))
    assert picture(sup, pictures["B"][0]).status_code == 404
    assert picture(field_c, pictures["B"][0]).status_code == 404


def test_a_branch_supervisor_writes_no_officer_of_another_branch(
    branches: Server, field_a: Device
) -> None:
    sup = enrol_supervisor(branches, "sup-qingshan", "A", "青山支行")
    outsider = sup.version(kind="officer", name="赵六", active=True, team="B")
    assert outcome(sup, outsider)[1] == FORBIDDEN
    with branches.engine.connect() as conn:
        assert admin.roster(conn, "B") == []


def test_a_review_of_a_record_refused_in_the_same_push_is_refused(
    server: Server, field_a: Device, field_b: Device
) -> None:
    bad = field_a.version(place="一村", audience=-5)
    reply = review_of(field_a, bad, "answer", comment="见上")
    assert outcome(field_a, bad, reply)[1] == INVALID + FORBIDDEN
    # Nor one of a record another team's laptop pushes under that uuid afterwards.
    outcome(field_b, field_b.version(uuid=bad["uuid"], place="柳河村"))
    again = review_of(field_a, bad, "answer", uuid=reply["uuid"], comment="见上")
    assert outcome(field_a, again)[1] == FORBIDDEN


def test_a_supervisors_review_is_not_taken_for_an_unlisted_officer_of_the_team(
    server: Server, field_a: Device
) -> None:
    admin.add_officer(server.engine, "A", "王芳")
    admin.add_officer(server.engine, "B", "李主任")
    in_a = field_a.version(place="一村", author="王芳")
    outcome(field_a, in_a)
    sup = server.enrol("B", "supervisor", "sup-1")
    assert outcome(sup, {**review_of(sup, in_a, "approve"), "author": "李主任"})[1] == []
    assert admin.list_officers(server.engine, "A")[1] == []
    # An author on neither roster is still kept apart, with the record's team.
    assert outcome(sup, {**review_of(sup, in_a, "approve"), "author": "mallory"})[1] == []
    assert [name for name, _n, _at in admin.list_officers(server.engine, "A")[1]] == ["mallory"]
    # A field laptop's author is held against its own team's roster only.
    assert outcome(field_a, {**review_of(field_a, in_a, "answer"), "author": "李主任"})[1] == []
    assert {name for name, _n, _at in admin.list_officers(server.engine, "A")[1]} == {
        "mallory",
        "李主任",
    }
