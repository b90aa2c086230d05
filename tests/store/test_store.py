"""The local store against a real SQLite file: what is saved, logged, shipped, hidden and counted.

These are the guarantees the figures for the regulator rest on: a save writes record, history and
outbox together or not at all, nothing is ever physically deleted, repeated saves do not count
twice, and leaflet stock is exactly printed minus handed out at live sessions.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import refdata
from desktop.domain.validation import Invalid
from desktop.store.queries import RecordFilter
from desktop.store.store import StaleEdit, Store, handout_uuid

REPO = Path(__file__).resolve().parents[2]


def session_values(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "held_on": dt.date.today() - dt.timedelta(days=3),
        "start_time": "09:30",
        "end_time": "11:00",
        "place": "王家村",
        "area": "城关镇",
        "venue_kind": "village",
        "campaign": "cr315",
        "topics": ["telecom_fraud", "consumer_rights"],
        "partners": ["village_committee"],
        "staff": ["张丽", "王强"],
        "audience": 60,
        "consultation_count": 8,
        "notes": "村委会广场设咨询台",
    }
    values.update(changes)
    return values


def table_count(store: Store, table: str) -> int:
    return int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def outbox_rows(store: Store, uuid: str) -> list[dict[str, Any]]:
    return list(store.db.query("SELECT * FROM outbox WHERE uuid = ? ORDER BY seq", [uuid]))


def new_design(store: Store, title: str = "守好钱袋子") -> str:
    return str(
        store.save("leaflet_design", {"title": title, "topic": "telecom_fraud", "low_stock": 50})[
            "uuid"
        ]
    )


def print_run(store: Store, design: str, copies: int) -> str:
    return str(
        store.save(
            "print_run",
            {"design": design, "printed_on": dt.date.today(), "copies": copies},
        )["uuid"]
    )


# -- saving, history, outbox ------------------------------------------------------------------


def test_save_get_and_update_bump_the_revision(store: Store) -> None:
    saved = store.save("session", session_values())
    assert saved["revision"] == 1 and saved["deleted"] is False
    assert saved["author"] == "测试员" and saved["device_id"] == store.device_id

    got = store.get("session", saved["uuid"])
    assert got is not None
    assert got["place"] == "王家村" and got["topics"] == ["telecom_fraud", "consumer_rights"]
    assert got["staff"] == ["张丽", "王强"] and got["audience"] == 60 and got["online"] is False

    updated = store.save("session", session_values(audience=75), uuid=saved["uuid"])
    assert updated["revision"] == 2
    assert updated["created_at"] == saved["created_at"]
    assert updated["hlc"] > saved["hlc"]
    assert store.get("session", saved["uuid"])["audience"] == 75
    assert [r["revision"] for r in outbox_rows(store, saved["uuid"])] == [1, 2]
    assert json.loads(outbox_rows(store, saved["uuid"])[-1]["payload"])["audience"] == 75


def test_identical_save_changes_and_logs_nothing(store: Store) -> None:
    saved = store.save("session", session_values())
    history, outbox = table_count(store, "history"), store.pending_changes()
    # The same values typed differently (full-width digits, Chinese date, labels for codes).
    again = store.save(
        "session",
        session_values(
            audience="６０",
            held_on=saved["held_on"].replace("-", "/"),
            venue_kind="进农村",
            topics="防范电信网络诈骗、consumer_rights",
        ),
        uuid=saved["uuid"],
    )
    assert again["revision"] == 1 and again["hlc"] == saved["hlc"]
    assert table_count(store, "history") == history
    assert store.pending_changes() == outbox


def test_delete_leaves_a_tombstone_that_travels(store: Store) -> None:
    uuid = store.save("session", session_values())["uuid"]
    store.save("session", session_values(place="李家庄村"))
    deleted = store.delete("session", uuid)
    assert deleted["deleted"] is True and deleted["revision"] == 2

    row = store.conn.execute("SELECT deleted, place FROM sessions WHERE uuid = ?", (uuid,))
    assert row.fetchone() == (1, "王家村")
    assert store.get("session", uuid) is None
    assert store.get("session", uuid, include_deleted=True)["deleted"] is True
    assert store.count("session") == 1
    assert [s["place"] for s in store.query("session")] == ["李家庄村"]
    assert store.count("session", RecordFilter(include_deleted=True)) == 2

    assert store.history(uuid)[0]["action"] == "delete"
    last = outbox_rows(store, uuid)[-1]
    assert last["revision"] == 2 and json.loads(last["payload"])["deleted"] is True

    # Deleting again is not a new change.
    pending = store.pending_changes()
    assert store.delete("session", uuid)["revision"] == 2
    assert store.pending_changes() == pending
    with pytest.raises(KeyError):
        store.delete("session", "no-such-uuid")


def test_saving_a_tombstone_again_restores_it(store: Store) -> None:
    uuid = store.save("session", session_values())["uuid"]
    store.delete("session", uuid)
    restored = store.save("session", session_values(), uuid=uuid)
    assert restored["revision"] == 3 and restored["deleted"] is False
    assert [h["action"] for h in store.history(uuid)] == ["restore", "delete", "create"]


def test_deleting_a_session_tombstones_its_handouts_and_photos(
    store: Store, tmp_path: Path
) -> None:
    design = new_design(store)
    print_run(store, design, 500)
    uuid = store.save("session", session_values())["uuid"]
    store.set_handouts(uuid, {design: 40})
    picture = tmp_path / "现场.jpg"
    picture.write_bytes(b"\xff\xd8 not really a jpeg")
    photo = store.add_photo(uuid, picture, "村委会广场")

    store.delete("session", uuid)

    handout = store.get("handout", handout_uuid(uuid, design), include_deleted=True)
    assert handout["deleted"] is True
    assert store.get("photo", photo["uuid"], include_deleted=True)["deleted"] is True
    assert store.handouts(uuid) == {} and store.photos(uuid) == []
    assert store.history(handout["uuid"])[0]["action"] == "delete"
    assert outbox_rows(store, photo["uuid"])[-1]["revision"] == 2
    # The evidence file itself stays: the deletion may be undone or reviewed at head office.
    assert store.photo_path(photo["sha256"]).exists()


def test_history_says_who_changed_what(store: Store) -> None:
    uuid = store.save("session", session_values())["uuid"]
    store.set_setting("author", "李建国")
    store.save("session", session_values(audience=80, notes="补录人数"), uuid=uuid)

    newest, first = store.history(uuid)
    assert (newest["action"], newest["author"], newest["revision"]) == ("update", "李建国", 2)
    assert newest["changes"] == {
        "audience": [60, 80],
        "notes": ["村委会广场设咨询台", "补录人数"],
    }
    assert (first["action"], first["author"]) == ("create", "测试员")
    assert first["changes"]["place"] == [None, "王家村"]
    assert "online" not in first["changes"], "empty values are not listed as changes"


def test_an_invalid_save_writes_nothing(store: Store) -> None:
    uuid = store.save("session", session_values())["uuid"]
    before = (table_count(store, "history"), store.pending_changes(), store.setting("clock"))
    with pytest.raises(Invalid) as caught:
        store.save("session", session_values(audience=-5, venue_kind="月球"), uuid=uuid)
    assert {i.field for i in caught.value.issues} == {"audience", "venue_kind"}
    with pytest.raises(Invalid):
        store.save("session", session_values(held_on=dt.date.today() + dt.timedelta(days=1)))
    with pytest.raises(Invalid):
        store.save("handout", {"session": "no-such-session", "design": "x", "count": 3})
    after = (table_count(store, "history"), store.pending_changes(), store.setting("clock"))
    assert after == before
    assert store.get("session", uuid)["audience"] == 60
    assert store.count("session") == 1


def test_a_failure_inside_a_transaction_rolls_everything_back(store: Store) -> None:
    design = new_design(store)
    before = (table_count(store, "history"), store.pending_changes(), store.setting("clock"))
    with pytest.raises(RuntimeError), store.transaction():
        session = store.save("session", session_values())
        print_run(store, design, 300)
        store.set_handouts(session["uuid"], {design: 25})
        store.set_setting("team", "城关支行宣讲一队")
        raise RuntimeError("laptop lid closed")
    assert store.count("session") == 0 and store.count("print_run") == 0
    assert store.count("handout") == 0
    assert store.setting("team") is None
    after = (table_count(store, "history"), store.pending_changes(), store.setting("clock"))
    assert after == before
    # The store is still usable and its clock still moves forward.
    again = store.save("session", session_values())
    assert again["hlc"] > before[2]


def test_an_invalid_handout_undoes_the_whole_set_handouts(store: Store) -> None:
    first, second = new_design(store, "甲"), new_design(store, "乙")
    uuid = store.save("session", session_values())["uuid"]
    with pytest.raises(Invalid):
        store.set_handouts(uuid, {first: 30, second: -1})
    assert store.handouts(uuid) == {}


def test_stale_edit_is_refused(store: Store) -> None:
    uuid = store.save("session", session_values())["uuid"]
    store.save("session", session_values(audience=70), uuid=uuid, expected_revision=1)
    pending = store.pending_changes()
    with pytest.raises(StaleEdit) as caught:
        store.save("session", session_values(audience=90), uuid=uuid, expected_revision=1)
    assert (caught.value.expected, caught.value.found) == (1, 2)
    with pytest.raises(StaleEdit):
        store.delete("session", uuid, expected_revision=1)
    record = store.get("session", uuid)
    assert record["audience"] == 70 and record["revision"] == 2
    assert store.pending_changes() == pending


# -- lists ------------------------------------------------------------------------------------


@pytest.fixture
def listed(store: Store) -> dict[str, str]:
    """A handful of sessions that differ in date, venue, topics, text and odd characters."""
    today = dt.date.today()
    rows = {
        "market": session_values(
            held_on=today - dt.timedelta(days=40),
            place="城关农贸市场",
            venue_kind="market",
            topics=["counterfeit", "cash_acceptance"],
            notes="反假币宣传，摊主咨询 50% 折扣券是否合规",
        ),
        "school": session_values(
            held_on=today - dt.timedelta(days=20),
            place="县第一中学",
            venue_kind="school",
            topics=["telecom_fraud", "credit_report"],
            partners=["school_office"],
            staff=["刘芳", "陈晓东"],
            notes="高一_3班主题班会",
        ),
        "village": session_values(
            held_on=today - dt.timedelta(days=10),
            place="王家村",
            notes="联合司法局讲解养老诈骗",
        ),
        "village_pm": session_values(
            held_on=today - dt.timedelta(days=10),
            start_time="15:00",
            end_time="16:30",
            place="王家村文化广场",
        ),
    }
    return {key: store.save("session", values)["uuid"] for key, values in rows.items()}


def places(store: Store, **filter_args: Any) -> list[str]:
    return [s["place"] for s in store.query("session", RecordFilter(**filter_args))]


def test_newest_first_with_paging(store: Store, listed: dict[str, str]) -> None:
    assert places(store) == ["王家村文化广场", "王家村", "县第一中学", "城关农贸市场"]
    page = store.query("session", limit=2, offset=2)
    assert [s["uuid"] for s in page] == [listed["school"], listed["market"]]


def test_date_range_is_inclusive(store: Store, listed: dict[str, str]) -> None:
    today = dt.date.today()
    flt = {
        "date_from": (today - dt.timedelta(days=20)).isoformat(),
        "date_to": (today - dt.timedelta(days=10)).isoformat(),
    }
    assert places(store, **flt) == ["王家村文化广场", "王家村", "县第一中学"]
    assert store.count("session", RecordFilter(**flt)) == 3
    assert places(store, date_to=(today - dt.timedelta(days=30)).isoformat()) == ["城关农贸市场"]


def test_equals_filters_on_ref_and_refs(store: Store, listed: dict[str, str]) -> None:
    assert places(store, equals={"venue_kind": "school"}) == ["县第一中学"]
    assert places(store, equals={"topics": "credit_report"}) == ["县第一中学"]
    assert places(store, equals={"topics": "telecom_fraud"}) == [
        "王家村文化广场",
        "王家村",
        "县第一中学",
    ]
    # Whole codes only: a piece of a code matches nothing.
    assert places(store, equals={"topics": "fraud"}) == []
    assert places(store, equals={"partners": "school_office", "venue_kind": "village"}) == []


def test_text_search_in_chinese_and_in_staff(store: Store, listed: dict[str, str]) -> None:
    assert places(store, text="养老诈骗") == ["王家村"]
    assert places(store, text="王家村") == ["王家村文化广场", "王家村"]
    assert places(store, text="王家村 司法局") == ["王家村"], "every word must match"
    assert places(store, text="陈晓东") == ["县第一中学"], "staff names are searched"
    assert places(store, text="不存在") == []


def test_like_wildcards_are_taken_literally(store: Store, listed: dict[str, str]) -> None:
    assert places(store, text="%") == ["城关农贸市场"]
    assert places(store, text="50%") == ["城关农贸市场"]
    assert places(store, text="_") == ["县第一中学"]
    assert places(store, text="一_3") == ["县第一中学"]
    assert places(store, text="一x3") == []
    assert places(store, text="\\") == []


def test_deleted_records_can_be_listed_on_request(store: Store, listed: dict[str, str]) -> None:
    store.delete("session", listed["school"])
    assert "县第一中学" not in places(store)
    assert "县第一中学" in places(store, include_deleted=True)
    assert store.count("session", RecordFilter(text="陈晓东")) == 0


# -- hand-outs and stock ----------------------------------------------------------------------


def stock_of(store: Store, design: str) -> tuple[int, int, int, bool]:
    row = next(r for r in store.stock() if r["uuid"] == design)
    return row["printed"], row["handed_out"], row["on_hand"], row["low"]


def test_stock_follows_print_runs_session_edits_and_deletions(store: Store) -> None:
    fraud, coins = new_design(store, "守好钱袋子"), new_design(store, "识别假币")
    assert stock_of(store, fraud) == (0, 0, 0, False), "nothing printed yet: unused, not low"
    print_run(store, fraud, 500)
    run = print_run(store, fraud, 300)
    print_run(store, coins, 200)
    assert stock_of(store, fraud) == (800, 0, 800, False)

    morning = store.save("session", session_values())["uuid"]
    evening = store.save("session", session_values(place="李家庄村"))["uuid"]
    store.set_handouts(morning, {fraud: 120, coins: 30})
    store.set_handouts(evening, {fraud: 80})
    assert store.handouts(morning) == {fraud: 120, coins: 30}
    assert stock_of(store, fraud) == (800, 200, 600, False)
    assert stock_of(store, coins) == (200, 30, 170, False)

    # Correcting a count edits the one hand-out record; zero removes it.
    store.set_handouts(morning, {fraud: 100, coins: 0})
    assert store.handouts(morning) == {fraud: 100}
    assert store.count("handout") == 2
    assert stock_of(store, fraud) == (800, 180, 620, False)
    assert stock_of(store, coins) == (200, 0, 200, False)

    store.delete("session", evening)
    assert stock_of(store, fraud) == (800, 100, 700, False)
    store.delete("print_run", run)
    assert stock_of(store, fraud) == (500, 100, 400, False)
    store.set_handouts(morning, {fraud: 460})
    assert stock_of(store, fraud) == (500, 460, 40, True), "below low_stock of 50"


def test_handouts_of_one_session_and_design_are_one_record(store: Store) -> None:
    design = new_design(store)
    uuid = store.save("session", session_values())["uuid"]
    store.set_handouts(uuid, {design: 10})
    store.set_handouts(uuid, {design: 10})
    store.set_handouts(uuid, {design: 15})
    record = store.get("handout", handout_uuid(uuid, design))
    assert record["count"] == 15 and record["revision"] == 2
    assert store.count("handout") == 1


# -- drafts and photos ------------------------------------------------------------------------


def test_drafts_round_trip_and_survive_a_restart(store: Store, tmp_path: Path) -> None:
    assert store.draft("session:new") is None
    store.save_draft("session:new", "session", None, {"place": "王家村", "audience": "4"})
    store.save_draft("session:new", "session", None, {"place": "王家村", "audience": "45"})
    store.save_draft("visit:abc", "visit", "abc", {"village": "柳河村"})
    store.close()
    reopened = Store(tmp_path / "data")
    try:
        assert reopened.draft("session:new") == {"place": "王家村", "audience": "45"}
        reopened.drop_draft("session:new")
        assert reopened.draft("session:new") is None
        assert reopened.draft("visit:abc") == {"village": "柳河村"}
        assert reopened.pending_changes() == 0, "drafts are not shipped"
    finally:
        reopened.close()


def test_photos_are_stored_once_by_content(store: Store, tmp_path: Path) -> None:
    uuid = store.save("session", session_values())["uuid"]
    other = store.save("session", session_values(place="柳河村"))["uuid"]
    picture = tmp_path / "IMG_0001.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0 evidence of a session")
    copy = tmp_path / "copy" / "IMG_0001.jpg"
    copy.parent.mkdir()
    copy.write_bytes(picture.read_bytes())

    first = store.add_photo(uuid, picture, "村委会广场")
    second = store.add_photo(uuid, copy, "村委会广场")
    store.add_photo(other, picture)

    assert first["uuid"] == second["uuid"] and second["revision"] == 1
    assert len(store.photos(uuid)) == 1 and len(store.photos(other)) == 1
    files = [p for p in store.photos_dir.rglob("*") if p.is_file()]
    assert files == [store.photo_path(first["sha256"])]
    assert files[0].read_bytes() == picture.read_bytes()


# -- reference lists --------------------------------------------------------------------------


def test_reference_lists_are_seeded_in_both_languages(store: Store) -> None:
    assert store.count("ref_item") == len(refdata.DEFAULT_ITEMS)
    venues = store.ref_items("venue_kinds")
    assert venues[0]["code"] == "village" and venues[0]["label_zh"] == "进农村"
    assert venues[0]["uuid"] == refdata.item_uuid("venue_kinds", "village")
    assert store.ref_label("topics", "credit_report") == "征信知识"
    assert store.ref_label("topics", "credit_report", "en") == "Credit reports"
    assert store.ref_label("topics", "retired_code") == "retired_code"


def test_resolve_ref_by_code_chinese_or_english_label(store: Store) -> None:
    assert store.resolve_ref("topics", "aml") == "aml"
    assert store.resolve_ref("topics", "反洗钱") == "aml"
    assert store.resolve_ref("topics", " anti-money-laundering ") == "aml"
    assert store.resolve_ref("special_groups", "老年人") == "elderly"
    assert store.resolve_ref("topics", "进农村") is None, "labels of another list do not count"


def test_seeded_entries_are_not_shipped_or_seeded_twice(store: Store, tmp_path: Path) -> None:
    assert store.pending_changes() == 0
    store.close()
    reopened = Store(tmp_path / "data")
    try:
        assert reopened.count("ref_item") == len(refdata.DEFAULT_ITEMS)
        assert reopened.pending_changes() == 0
    finally:
        reopened.close()


def test_an_inactive_entry_still_resolves_for_old_records(store: Store) -> None:
    item = store.ref_items("campaigns")[0]
    values = {k: item[k] for k in ("list", "code", "label_zh", "label_en", "sort")}
    store.save("ref_item", {**values, "active": False}, uuid=item["uuid"])
    assert item["code"] not in [i["code"] for i in store.ref_items("campaigns")]
    assert store.resolve_ref("campaigns", item["label_zh"]) == item["code"]
    assert store.pending_changes() == 1, "a real edit of a list entry is shipped"


# -- clock ------------------------------------------------------------------------------------


def test_stamps_increase_even_when_the_wall_clock_goes_back(tmp_path: Path) -> None:
    wall = [1_800_000_000.0]
    store = Store(tmp_path / "data", wall=lambda: wall[0])
    stamps = []
    try:
        for step in (0.0, -3600.0, -86_400.0, 0.0, 5.0):
            wall[0] += step
            stamps.append(store.save("session", session_values())["hlc"])
    finally:
        store.close()
    wall[0] -= 30 * 86_400  # the battery died and the clock reset a month back
    reopened = Store(tmp_path / "data", wall=lambda: wall[0])
    try:
        stamps.append(reopened.save("session", session_values())["hlc"])
        outbox = [r[0] for r in reopened.conn.execute("SELECT hlc FROM outbox ORDER BY seq")]
    finally:
        reopened.close()
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert outbox == stamps


# -- no Qt in the core ------------------------------------------------------------------------


def test_core_modules_do_not_import_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import desktop.domain, desktop.store\n"
        "for pkg in (desktop.domain, desktop.store):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import desktop.demo\n"
        "print(len([n for n in sys.modules if n.startswith('desktop.')]))\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] == 'PySide6'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    imported, qt = done.stdout.split("\n")[:2]
    assert int(imported) >= 10
    assert qt == "[]"


def test_a_reference_code_is_used_once_per_list(store: Store) -> None:
    entry = {"list": "venue_kinds", "code": "village", "label_zh": "村庄", "label_en": "Village"}
    before = store.pending_changes()
    with pytest.raises(Invalid) as caught:
        store.save("ref_item", entry)
    assert [(i.field, i.code) for i in caught.value.issues] == [("code", "code_taken")]
    assert store.pending_changes() == before
    # A deleted entry's code, given to a new entry, brings that entry back.
    mine = store.save("ref_item", {**entry, "code": "ferry", "label_zh": "渡口"})
    store.delete("ref_item", mine["uuid"])
    again = store.save("ref_item", {**entry, "code": "ferry", "label_zh": "渡口码头"})
    assert again["uuid"] == mine["uuid"] and again["revision"] == 3
    assert store.ref_label("venue_kinds", "ferry", "zh_CN") == "渡口码头"


def test_an_edit_keeps_a_link_to_a_record_deleted_since(store: Store) -> None:
    session = store.save("session", session_values())
    asked = {
        "session": session["uuid"],
        "asked_on": "2026-03-15",
        "category": "cards",
        "question": "银行卡被吞了怎么办？",
    }
    consultation = store.save("consultation", asked)
    assert store.linked("session", session["uuid"]) == {"consultation": 1}
    store.delete("session", session["uuid"])
    edited = store.save(
        "consultation", {**asked, "answer": "带身份证到网点领取。"}, consultation["uuid"]
    )
    assert edited["session"] == session["uuid"] and edited["revision"] == 2
    with pytest.raises(Invalid) as caught:  # a new link must lead to a live record
        store.save("consultation", asked)
    assert [(i.field, i.code) for i in caught.value.issues] == [("session", "unknown_link")]


def test_stock_of_one_team_on_a_laptop_holding_several(store: Store) -> None:
    fraud = new_design(store)
    first, second = print_run(store, fraud, 100), print_run(store, fraud, 250)
    morning = store.save("session", session_values())["uuid"]
    store.set_handouts(morning, {fraud: 30})
    # As pulled by a supervisor: the second run and the session belong to other teams.
    store.conn.execute("UPDATE print_runs SET team = '城关一队' WHERE uuid = ?", (first,))
    store.conn.execute("UPDATE print_runs SET team = '河西二队' WHERE uuid = ?", (second,))
    store.conn.execute("UPDATE sessions SET team = '河西二队' WHERE uuid = ?", (morning,))
    assert stock_of(store, fraud)[:3] == (350, 30, 320)
    (one,) = [r for r in store.stock("城关一队") if r["uuid"] == fraud]
    (two,) = [r for r in store.stock("河西二队") if r["uuid"] == fraud]
    assert (one["printed"], one["handed_out"], two["printed"], two["handed_out"]) == (
        100,
        0,
        250,
        30,
    )
    assert store.teams_of("print_run") == ["城关一队", "河西二队"]


def test_dates_follow_the_clock_as_head_office_corrected_it(tmp_path: Path) -> None:
    """A laptop 3 days fast dates by its own clock until head office's correction is known,
    then by the corrected one: a session held today is today, not three days ahead."""
    fast = 3 * 86400.0
    store = Store(tmp_path / "d", wall=lambda: time.time() + fast)
    assert store.today() == dt.date.today() + dt.timedelta(days=3)
    with store.transaction():  # as sync does when head office's answer tells the time
        store.set_setting("clock_offset", -fast)
        store.clock_offset = -fast
    assert store.today() == dt.date.today()
    store.close()


def test_a_rewound_clock_reaches_every_connection(tmp_path: Path) -> None:
    """The sync worker's connection brings the clock back by head office's time; the window's
    connection must not write the stamps it had followed up there back into the store."""
    wall = [time.time() + 5 * 86400]
    window = Store(tmp_path / "d", wall=lambda: wall[0])
    worker = Store(tmp_path / "d", wall=lambda: wall[0])
    window.save("session", session_values())
    wall[0] = time.time()
    with worker.transaction():
        assert worker.rewind_clock(int(wall[0] * 1000))
    record = window.save("session", session_values(place="回到正确时间"))
    assert int(record["hlc"][:15]) < (time.time() + 60) * 1000
    window.close()
    worker.close()
