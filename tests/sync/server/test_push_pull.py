"""Changes going up and coming down: round trips, idempotency, teams, validation, conflicts,
paging and head office's reference lists."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.demo import fill_demo
from desktop.domain.kinds import KINDS
from desktop.domain.refdata import item_uuid
from desktop.store.store import SEED_STAMP, Store
from sync import protocol
from sync.client import SERVER, SyncClient, SyncError, is_enrolled
from sync.server import admin
from sync.server.cli import main
from sync.server.schema import conflicts, current_payload, photos, records
from tests.sync.server.client import Device, Server, session_values


def accepted(response) -> list[int]:  # noqa: ANN001 - a requests.Response
    assert response.status_code == 200, response.text
    return response.json()["accepted"]


def test_round_trip_to_another_laptop_of_the_team(server: Server, field_a: Device) -> None:
    first = field_a.version(place="石桥村", team="")  # the server fills in the device's team
    second = field_a.version(kind="visit", **_visit())
    edit = field_a.version(base={**first, "team": "A"}, audience=60)
    assert accepted(field_a.push([first, second, edit])) == [1, 2, 3]

    other = server.enrol("A", "field", "laptop-a2")
    page = other.pull()
    assert page["more"] is False and page["last"] == 3
    pulled = other.pull_records()
    # One batch per kind in a page, each in log order.
    assert [(r["kind"], r["uuid"], r["revision"]) for r in pulled] == [
        ("session", first["uuid"], 1),
        ("session", first["uuid"], 2),
        ("visit", second["uuid"], 1),
    ]
    latest = pulled[1]
    assert latest["team"] == "A" and latest["audience"] == 60 and latest["place"] == "石桥村"
    assert latest["topics"] == ["telecom_fraud", "pension_fraud"] and latest["online"] is False
    assert latest["hlc"] == edit["hlc"] and latest["device_id"] == "laptop-a1"
    assert other.pull(after=3) == {"batches": [], "last": 3, "more": False}


def test_a_change_sent_twice_is_stored_once(server: Server, field_a: Device) -> None:
    changes = [field_a.version(), field_a.version()]
    assert accepted(field_a.push(changes)) == [1, 2]
    # The answer was lost; the laptop sends the same batch again, and once more with a new one.
    assert accepted(field_a.push(changes)) == [1, 2]
    assert accepted(field_a.push([*changes, field_a.version()])) == [1, 2, 3]
    assert server.logged() == 3
    assert len(field_a.pull_records()) == 3


def test_teams_see_and_write_only_their_own_records(
    server: Server, field_a: Device, field_b: Device
) -> None:
    mine = field_a.version(place="A 队的村")
    assert accepted(field_a.push([mine])) == [1]
    assert accepted(field_b.push([field_b.version(place="B 队的村")])) == [1]

    assert [r["place"] for r in field_b.pull_records()] == ["B 队的村"]
    assert [r["place"] for r in field_a.pull_records()] == ["A 队的村"]

    held = {**mine, "team": "A"}
    intrusions = [
        field_b.version(base=held, place="改掉"),  # an edit of A's record
        field_b.version(base={**held, "team": "B"}, place="搬走"),  # claiming it for team B
        field_b.version(team="A", place="冒名"),  # a new record in A's name
    ]
    response = field_b.push(intrusions)
    assert response.status_code == 200
    body = response.json()
    assert body["accepted"] == []
    assert [(r["seq"], r["code"]) for r in body["rejected"]] == [
        (2, protocol.REJECT_FORBIDDEN),
        (3, protocol.REJECT_FORBIDDEN),
        (4, protocol.REJECT_FORBIDDEN),
    ]
    with server.engine.connect() as conn:
        stored = conn.execute(
            select(records.c.team, current_payload).where(records.c.uuid == mine["uuid"])
        ).one()
    assert stored.team == "A" and "A 队的村" in stored.payload and "改掉" not in stored.payload
    assert [r["place"] for r in field_a.pull_records()] == ["A 队的村"]


def test_a_supervisor_reads_and_corrects_every_team(
    server: Server, field_a: Device, field_b: Device
) -> None:
    accepted(field_a.push([field_a.version(place="甲村")]))
    accepted(field_b.push([field_b.version(place="乙村")]))
    supervisor = server.enrol("A", "supervisor", "office-pc")
    seen = supervisor.pull_records()
    assert sorted((r["team"], r["place"]) for r in seen) == [("A", "甲村"), ("B", "乙村")]

    b_record = next(r for r in seen if r["team"] == "B")
    assert accepted(supervisor.push([supervisor.version(base=b_record, audience=80)])) == [1]
    corrected = field_b.pull_records()[-1]
    assert corrected["audience"] == 80 and corrected["team"] == "B"


def test_an_invalid_change_is_refused_with_its_issues_and_the_rest_go_in(
    server: Server, field_a: Device
) -> None:
    good = field_a.version(place="好村")
    bad = field_a.version(place="", audience="很多", held_on="2999-01-01")
    also_good = field_a.version(place="也好村")
    ref = field_a.version(kind="ref_item", list="topics", code="x", label_zh="x", label_en="x")
    response = field_a.push([good, bad, also_good, ref])
    body = response.json()
    assert body["accepted"] == [1, 3]
    invalid, forbidden = body["rejected"]
    assert invalid["seq"] == 2 and invalid["code"] == protocol.REJECT_INVALID
    issues = {(i["field"], i["code"]) for i in invalid["issues"]}
    assert issues == {("place", "required"), ("audience", "bad_type"), ("held_on", "future_date")}
    assert "place" in invalid["message"]
    assert forbidden["seq"] == 4 and forbidden["code"] == protocol.REJECT_FORBIDDEN
    assert [r["place"] for r in field_a.pull_records()] == ["好村", "也好村"]

    # A newer laptop's kind is refused per change, not as a broken push.
    newer = {"kind": "leaflet_order", "columns": ["seq", "uuid"], "rows": [[9, "u-1"]]}
    unknown = field_a.post("/push", json={"batches": [newer]}).json()
    assert unknown["rejected"][0]["code"] == protocol.REJECT_UNKNOWN_KIND


def test_rows_under_other_columns_are_taken_alike(server: Server, field_a: Device) -> None:
    """Laptops send the usual columns, but an older or newer one may send others (in another
    order, without a field); and a row under the usual columns may need cleaning first."""
    session = KINDS["session"]
    usual = field_a.version(place="一村")
    other = field_a.version(place="二村", notes="备注")
    messy = field_a.version(place="  三村 ", staff=["王芳", " 李明 "])
    columns = [
        c for c in reversed(protocol.columns_for(session, protocol.PUSH_META)) if c != "notes"
    ]
    batches = [
        protocol.encode_batch(session, [usual, messy], protocol.PUSH_META),
        {"kind": "session", "columns": columns, "rows": [[other[c] for c in columns]]},
    ]
    reply = field_a.post("/push", json={"batches": batches})
    assert accepted(reply) == [1, 2, 3], reply.json()
    pulled = {r["place"]: r for r in field_a.pull_records()}
    assert set(pulled) == {"一村", "二村", "三村"}
    assert pulled["二村"]["notes"] is None and pulled["三村"]["staff"] == ["王芳", "李明"]
    for place, sent in (("一村", usual), ("二村", other)):
        assert pulled[place]["topics"] == sent["topics"] and pulled[place]["team"] == "A"
        assert pulled[place]["hlc"] == sent["hlc"] and pulled[place]["uuid"] == sent["uuid"]


def test_concurrent_edits_settle_on_the_greater_stamp_and_keep_the_loser(
    server: Server, field_a: Device, capsys: pytest.CaptureFixture
) -> None:
    other = server.enrol("A", "field", "laptop-a2")
    one, two = field_a.version(place="一村"), field_a.version(place="二村")
    accepted(field_a.push([one, two]))
    base_one, base_two = (r for r in other.pull_records())
    # Both laptops edit both records from the same base; laptop-a2 edits later, so its stamps
    # are greater whatever order the pushes arrive in.
    early_one = field_a.version(base=base_one, audience=1)
    early_two = field_a.version(base=base_two, audience=1)
    late_one = other.version(base=base_one, audience=2)
    late_two = other.version(base=base_two, audience=2)
    assert early_one["hlc"] < late_one["hlc"] and early_two["hlc"] < late_two["hlc"]

    # Record one: the earlier edit arrives first (a plain edit), the later one overrides it.
    accepted(field_a.push([early_one]))
    response = other.push([late_one])
    assert response.json()["conflicts"] == 1
    # Record two: the later edit arrives first; the earlier one loses on arrival.
    accepted(other.push([late_two]))
    response = field_a.push([early_two])
    assert response.json() == {"accepted": [early_two["seq"]], "rejected": [], "conflicts": 1}

    third = server.enrol("A", "field", "laptop-a3")
    final = {r["uuid"]: r for r in third.pull_records()}
    assert final[one["uuid"]]["audience"] == 2 and final[two["uuid"]]["audience"] == 2
    pulled_stamps = [r["hlc"] for r in third.pull_records()]
    assert early_one["hlc"] in pulled_stamps  # it was current for a while
    assert early_two["hlc"] not in pulled_stamps  # it never was: not in the pull log

    with server.engine.connect() as conn:
        kept = conn.execute(select(conflicts).order_by(conflicts.c.id)).all()
    assert [(c.uuid, c.winner_hlc, c.loser_hlc) for c in kept] == [
        (one["uuid"], late_one["hlc"], early_one["hlc"]),
        (two["uuid"], late_two["hlc"], early_two["hlc"]),
    ]
    assert json.loads(kept[1].loser_payload)["audience"] == 1
    assert kept[1].loser_device == "laptop-a1" and kept[1].team == "A"

    # Head office sees them, newest first, with what was overwritten.
    db_url = server.engine.url.render_as_string(hide_password=False)
    assert main(["conflicts", "--team", "A", "--db", db_url]) == 0
    said = capsys.readouterr().out.splitlines()[1:]
    lost = "(the version of laptop-a1 笔记本 (laptop-a1) lost)"
    assert [line.split("  ", 1)[1] if line[0].isdigit() else line for line in said] == [
        f"A  session {two['uuid']}  {lost}",
        "    audience: 1  (kept: 2)",
        f"A  session {one['uuid']}  {lost}",
        "    audience: 1  (kept: 2)",
    ]


def test_side_by_side_edits_of_different_fields_are_joined(
    server: Server, field_a: Device, capsys: pytest.CaptureFixture
) -> None:
    other = server.enrol("A", "field", "laptop-a2")
    first = field_a.version(place="一村", audience=30, consultation_count=5)
    accepted(field_a.push([first]))
    (base,) = other.pull_records()
    # Before either has synced, a1 corrects the audience and a2 the count and the place.
    mine = field_a.version(base=base, audience=40)
    theirs = other.version(base=base, consultation_count=8, place="一村东头")
    accepted(field_a.push([mine]))
    assert other.push([theirs]).json()["conflicts"] == 0, "nothing was overruled"
    final = other.pull_records()[-1]
    assert (final["audience"], final["consultation_count"], final["place"]) == (40, 8, "一村东头")
    assert final["hlc"] > max(mine["hlc"], theirs["hlc"]) and final["device_id"] == "headoffice"
    assert final["revision"] == 3 and final["team"] == "A"
    assert field_a.pull_records()[-1] == final, "every laptop gets the joined version"

    # Both change the audience, only a1 the notes: the later audience wins, the notes stay,
    # and a1's audience is kept as a conflict.
    early = field_a.version(base=final, audience=50, notes="a1的备注")
    late = other.version(base=final, audience=60)
    assert early["hlc"] < late["hlc"]
    accepted(field_a.push([early]))
    assert other.push([late]).json()["conflicts"] == 1
    joined = other.pull_records()[-1]
    assert (joined["audience"], joined["notes"], joined["place"]) == (60, "a1的备注", "一村东头")
    with server.engine.connect() as conn:
        (kept,) = conn.execute(select(conflicts)).all()
    assert (kept.loser_hlc, json.loads(kept.loser_payload)["audience"]) == (early["hlc"], 50)

    # A deletion is never joined: the later stamp wins the whole record.
    gone = field_a.version(base=joined, deleted=True)
    edit = other.version(base=joined, notes="晚到的修改")
    accepted(field_a.push([gone]))
    other.push([edit])
    assert gone["hlc"] < edit["hlc"]
    assert other.pull_records()[-1]["hlc"] == edit["hlc"]
    db_url = server.engine.url.render_as_string(hide_password=False)
    assert main(["conflicts", "--db", db_url]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[1].endswith("(the version of laptop-a1 笔记本 (laptop-a1) lost)")
    assert said[2] == "    the lost version deleted the record"


def test_pull_pages_through_the_log(server: Server, field_a: Device) -> None:
    accepted(field_a.push([field_a.version(audience=n) for n in range(25)]))
    pages, after = [], 0
    while True:
        page = field_a.pull(after=after, limit=10)
        rows = [row for batch in page["batches"] for row in batch["rows"]]
        pages.append((len(rows), page["more"]))
        assert page["last"] > after
        after = page["last"]
        if not page["more"]:
            break
    assert pages == [(10, True), (10, True), (5, False)]
    assert sorted(r["audience"] for r in field_a.pull_records(limit=7)) == list(range(25))
    for bad in ({"limit": 0}, {"limit": protocol.MAX_PULL_LIMIT + 1}, {"after": "x"}):
        response = field_a.get("/pull", params=bad)
        assert response.status_code == 400 and response.json()["error"] == "bad_request"


def test_head_office_reference_lists_reach_every_team(
    server: Server, field_a: Device, field_b: Device
) -> None:
    admin.set_ref(server.engine, "topics", "telecom_fraud", "防范电信诈骗（新）", "Telecom fraud")
    admin.set_ref(server.engine, "partners", "bank_union", "银行业协会", "Banking association")
    for device in (field_a, field_b):
        items = {r["code"]: r for r in device.pull_records() if r["kind"] == "ref_item"}
        assert set(items) == {"telecom_fraud", "bank_union"}
        changed = items["telecom_fraud"]
        assert changed["uuid"] == item_uuid("topics", "telecom_fraud")
        assert changed["label_zh"] == "防范电信诈骗（新）" and changed["revision"] == 2
        assert changed["hlc"] > SEED_STAMP and changed["team"] == ""
        assert items["bank_union"]["revision"] == 1 and items["bank_union"]["active"] is True


def test_laptops_sync_through_the_server(server: Server, tmp_path: Path) -> None:
    """The laptop's own sync client, outbox and apply_remote against the real server."""
    picture = tmp_path / "现场.jpg"
    picture.write_bytes(bytes(range(256)) * 3000)  # 768 kB: two chunks
    laptop, other = Store(tmp_path / "laptop"), Store(tmp_path / "other")
    for store, team in ((laptop, "A"), (other, "A")):
        code = admin.create_code(server.engine, team, "field").code
        SyncClient(store).enrol(f"outreach-enrol:{server.url}#{code}")
    design = laptop.save("leaflet_design", {"title": "防诈骗折页", "topic": "telecom_fraud"})
    session = laptop.save("session", session_values())
    laptop.set_handouts(session["uuid"], {design["uuid"]: 30})
    laptop.add_photo(session["uuid"], picture, "宣讲现场")
    gone = laptop.save("session", session_values(place="取消的活动"))
    laptop.delete("session", gone["uuid"])

    sent = SyncClient(laptop).sync()
    assert (sent.pushed, sent.refused, sent.photos) == (6, 0, 1)
    received = SyncClient(other).sync()
    assert received.applied == 6
    for kind, uuid in (("session", session["uuid"]), ("session", gone["uuid"])):
        assert other.get(kind, uuid, True) == laptop.get(kind, uuid, True)
    assert other.handouts(session["uuid"]) == {design["uuid"]: 30}
    assert other.get("session", gone["uuid"]) is None
    digest = hashlib.sha256(picture.read_bytes()).hexdigest()
    with server.engine.connect() as conn:
        assert conn.scalar(select(photos.c.size).where(photos.c.sha256 == digest)) == 768_000
    laptop.close()
    other.close()


def _visit() -> dict[str, object]:
    return {
        "visited_on": "2026-03-02",
        "village": "后山村",
        "group": "elderly",
        "services": ["pension_withdrawal"],
        "outcome": "done",
        "consent": True,
        "client_name": "张大爷",
    }


def test_the_laptop_says_why_enrolment_failed_and_keeps_what_it_had(
    server: Server, tmp_path: Path
) -> None:
    store = Store(tmp_path / "laptop")
    client = SyncClient(store)

    def failure(text: str, address: str = server.url) -> SyncError:
        with pytest.raises(SyncError) as caught:
            client.enrol(text, address)
        return caught.value

    code_a = admin.create_code(server.engine, "A", "field").code
    assert failure("").code == "no_code"
    assert failure(code_a, "").code == "no_address"
    for typo in ("192.168.1.10:8765x", "http://", "ftp://host", "http://a b:80"):
        assert failure(code_a, typo).code == "bad_address", typo
    assert failure("AAAA-BBBB-CCCC").code == "code_unknown"
    assert failure(code_a, server.url + "/docs").code == "not_head_office"
    assert not is_enrolled(store) and store.setting(SERVER) is None
    client.enrol(code_a, server.url.removeprefix("http://"))  # typed without http://
    assert store.team == "A" and store.setting(SERVER) == server.url
    assert failure(code_a).code == "code_used"

    # Enrolled in team A, the laptop cannot take a code for team B; the code stays unused.
    code_b = admin.create_code(server.engine, "B", "field").code
    other_team = failure(code_b)
    assert other_team.code == "other_team" and "team A's records" in other_team.message()
    assert store.team == "A"
    assert SyncClient(Store(tmp_path / "other")).enrol(code_b, server.url)["team"] == "B"

    # A mistyped address does not replace the one the laptop syncs with; a new code for its
    # own team (after a revocation, say) is taken.
    again = admin.create_code(server.engine, "A", "field").code
    assert failure(again, "http://127.0.0.1:1").code == "offline"
    assert store.setting(SERVER) == server.url
    assert client.enrol(again, server.url)["team"] == "A"


def test_demo_records_never_leave_the_laptop(server: Server, tmp_path: Path) -> None:
    store = Store(tmp_path / "demo", today=lambda: dt.date(2026, 6, 30))
    fill_demo(store)
    code = admin.create_code(server.engine, "A", "field").code
    with pytest.raises(SyncError) as caught:
        SyncClient(store).enrol(code, server.url)
    assert caught.value.code == "demo_store" and not is_enrolled(store)
    with pytest.raises(SyncError) as caught:
        SyncClient(store).sync()
    assert caught.value.code == "demo_store"
    assert server.logged() == 0
    # The code was not used: a real laptop takes it.
    assert SyncClient(Store(tmp_path / "real")).enrol(code, server.url)["team"] == "A"


def test_a_device_hears_of_its_edits_that_gave_way(server: Server, field_a: Device) -> None:
    other = server.enrol("A", "field", "laptop-a2")
    first = field_a.version(place="一村", audience=30)
    accepted(field_a.push([first]))
    (base,) = other.pull_records()
    mine = field_a.version(base=base, audience=40)
    gone = other.version(base=base, deleted=True)
    accepted(field_a.push([mine]))
    accepted(other.push([gone]))
    told = field_a.get("/overruled", params={"after": 0}).json()
    (entry,) = told["conflicts"]
    assert entry["uuid"] == first["uuid"] and entry["lost_to_deletion"] is True
    assert entry["fields"] == [] and entry["record"]["audience"] == 40
    assert field_a.get("/overruled", params={"after": told["last"]}).json()["conflicts"] == []
    assert other.get("/overruled").json()["conflicts"] == []

    # Its own later edit made from an older copy overrules its earlier one: nothing to tell.
    second = field_a.version(place="二村", audience=10)
    accepted(field_a.push([second]))
    (older,) = [r for r in field_a.pull_records() if r["uuid"] == second["uuid"]]
    accepted(field_a.push([field_a.version(base=older, audience=11)]))
    accepted(field_a.push([field_a.version(base=older, audience=12)]))
    assert field_a.get("/overruled", params={"after": told["last"]}).json()["conflicts"] == []
