"""The demo year: big enough to exercise lists and reports, and as valid as typed data.

Trainers and the report screens rely on it, so it must pass the same validation as real input,
never show an impossible leaflet stock, and never land on a store that already holds real work.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from desktop.demo import (
    CAMPAIGN_TOPICS,
    DEMO_KINDS,
    DEMO_TEAM,
    DESIGNS,
    ROSTER,
    VENUE_TOPICS,
    campaign_windows,
    fill_demo,
)
from desktop.domain.fields import FieldType
from desktop.domain.kinds import KINDS
from desktop.store.store import Store

#: New Year's Eve of a non-leap year: the year window then starts on 1 January of the same year,
#: the case where a campaign could be planned twice.
TODAY = dt.date(2025, 12, 31)
SEED = 7


def _all(store: Store, kind: str) -> list[dict]:
    return store.query(kind, limit=100_000)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[str, int], float]:
    """One filled store shared by the read-only checks (filling takes a moment)."""
    store = Store(tmp_path_factory.mktemp("demo"), today=lambda: TODAY)
    store.set_setting("author", "演示员")
    started = time.perf_counter()
    counts = fill_demo(store, TODAY, seed=SEED)
    elapsed = time.perf_counter() - started
    yield store, counts, elapsed
    store.close()


def test_counts_meet_the_minimums_and_match_the_store(demo) -> None:
    store, counts, elapsed = demo
    assert set(counts) == set(DEMO_KINDS)
    assert counts == {kind: store.count(kind) for kind in DEMO_KINDS}
    assert counts["session"] >= 120
    assert counts["consultation"] >= 2 * counts["session"]
    assert 140 <= counts["visit"] <= 170
    assert counts["leaflet_design"] == 6
    runs = Counter(r["design"] for r in _all(store, "print_run"))
    assert len(runs) == 6 and min(runs.values()) >= 2
    standalone = [c for c in _all(store, "consultation") if c["session"] is None]
    assert len(standalone) >= 20
    assert elapsed < 5


def test_every_record_revalidates_without_any_issue(demo) -> None:
    store, _, _ = demo
    for kind in DEMO_KINDS:
        for record in _all(store, kind):
            values, issues = store.validate(kind, record)
            assert issues == [], (kind, record, issues)
            assert all(values[f.name] == record[f.name] for f in KINDS[kind].fields)


def test_dates_lie_in_the_past_year_except_follow_ups(demo) -> None:
    store, _, _ = demo
    first = TODAY - dt.timedelta(days=365)
    later_follow_ups = 0
    for kind in DEMO_KINDS:
        for record in _all(store, kind):
            for f in KINDS[kind].fields:
                if f.type is not FieldType.DATE or record[f.name] is None:
                    continue
                day = dt.date.fromisoformat(record[f.name])
                if f.name == "follow_up_on":
                    assert day > dt.date.fromisoformat(record["visited_on"])
                    later_follow_ups += day > TODAY
                else:
                    assert first < day <= TODAY, (kind, f.name, day)
    assert later_follow_ups > 0, "some follow-ups should be planned after today"


def test_campaign_sessions_fall_in_their_windows_once(demo) -> None:
    store, _, _ = demo
    windows = {code: (first, last, full) for code, first, last, full in campaign_windows(2025)}
    by_campaign = Counter()
    for s in _all(store, "session"):
        by_campaign[s["campaign"]] += 1
        if s["campaign"] == "adhoc":
            continue
        first, last, _ = windows[s["campaign"]]
        assert first.isoformat() <= s["held_on"] <= last.isoformat(), s
    for code, (_, _, full) in windows.items():
        assert by_campaign[code] == full, code
    assert by_campaign["adhoc"] > 0


def test_sessions_are_coherent_with_their_place(demo) -> None:
    store, _, _ = demo
    recorded = Counter(c["session"] for c in _all(store, "consultation") if c["session"])
    for s in _all(store, "session"):
        allowed = set(VENUE_TOPICS[s["venue_kind"]]) | set(CAMPAIGN_TOPICS[s["campaign"]])
        assert set(s["topics"]) <= allowed or s["online"], s
        assert 2 <= len(s["staff"]) <= 4 and set(s["staff"]) <= set(ROSTER)
        assert recorded[s["uuid"]] <= s["consultation_count"] < s["audience"]
        assert recorded[s["uuid"]] >= (1 if s["online"] else 2)
        assert s["end_time"] > s["start_time"]
        if s["venue_kind"] == "school":
            assert "school_office" in s["partners"]
            assert dt.date.fromisoformat(s["held_on"]).month not in (7, 8)
        if s["online"]:
            assert store.handouts(s["uuid"]) == {}
        else:
            assert store.handouts(s["uuid"]), "an offline session hands leaflets out"


def test_personal_details_only_with_consent(demo) -> None:
    store, _, _ = demo
    consultations, visits = _all(store, "consultation"), _all(store, "visit")
    for c in consultations:
        assert bool(c["contact_name"] or c["contact_phone"]) == c["consent"] == c["follow_up"]
    for v in visits:
        if not v["consent"]:
            assert not (v["client_name"] or v["client_phone"] or v["client_address"])
    assert any(c["follow_up"] for c in consultations)
    assert any(c["special_group"] for c in consultations)
    assert any(v["consent"] for v in visits) and not all(v["consent"] for v in visits)
    assert Counter(v["group"] for v in visits).most_common(1)[0][0] == "elderly"


def test_leaflets_are_the_six_designs_with_links(demo) -> None:
    store, _, _ = demo
    designs = _all(store, "leaflet_design")
    assert sorted(d["title"] for d in designs) == sorted(d.title for d in DESIGNS)
    for d in designs:
        assert d["qr_target"].startswith("https://www.example-bank.cn/")
        assert d["body"] and d["layout"] and d["low_stock"] > 0 and d["active"]


def test_stock_is_never_negative_and_adds_up(demo) -> None:
    store, _, _ = demo
    sessions = {s["uuid"]: s["held_on"] for s in _all(store, "session")}
    events: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    printed: Counter[str] = Counter()
    handed: Counter[str] = Counter()
    for run in _all(store, "print_run"):
        events[run["design"]].append((run["printed_on"], 0, run["copies"]))
        printed[run["design"]] += run["copies"]
    for h in _all(store, "handout"):
        # 0 sorts before 1: a print run of the same day is on the shelf before the session.
        events[h["design"]].append((sessions[h["session"]], 1, -h["count"]))
        handed[h["design"]] += h["count"]
    for design, timeline in events.items():
        on_hand = 0
        for day, _, change in sorted(timeline):
            on_hand += change
            assert on_hand >= 0, (design, day)
    stock = store.stock()
    assert len(stock) == 6
    for row in stock:
        assert row["printed"] == printed[row["uuid"]]
        assert row["handed_out"] == handed[row["uuid"]] > 0
        assert row["on_hand"] == row["printed"] - row["handed_out"] >= 0


def test_second_call_adds_nothing(demo) -> None:
    store, counts, _ = demo
    pending = store.pending_changes()
    assert fill_demo(store, TODAY, seed=SEED + 1) == dict.fromkeys(DEMO_KINDS, 0)
    assert {kind: store.count(kind) for kind in DEMO_KINDS} == counts
    assert store.pending_changes() == pending


def test_a_store_with_only_a_deleted_session_gets_nothing(store: Store) -> None:
    session = store.save(
        "session",
        {
            "held_on": store.today(),
            "place": "王家村",
            "venue_kind": "village",
            "topics": ["telecom_fraud"],
            "audience": 30,
        },
    )
    store.delete("session", session["uuid"])
    assert fill_demo(store) == dict.fromkeys(DEMO_KINDS, 0)
    assert store.count("leaflet_design") == 12, "the shipped designs only, as at its creation"


def test_unenrolled_store_gets_the_demo_team(store: Store) -> None:
    assert store.team == ""
    counts = fill_demo(store)
    assert counts["session"] >= 120
    assert store.team == DEMO_TEAM
    teams = {r[0] for r in store.conn.execute("SELECT DISTINCT team FROM sessions")}
    assert teams == {DEMO_TEAM}


def test_enrolled_team_is_kept_and_used(store: Store) -> None:
    store.set_setting("team", "青石镇支行二队")
    fill_demo(store)
    assert store.team == "青石镇支行二队"
    for kind in DEMO_KINDS:
        table = KINDS[kind].table
        teams = {r[0] for r in store.conn.execute(f"SELECT DISTINCT team FROM {table}")}
        assert teams == {"青石镇支行二队"}, kind


def _content(store: Store) -> list[tuple]:
    """Sessions with their consultations and hand-outs, without uuids and timestamps."""
    titles = {d["uuid"]: d["title"] for d in _all(store, "leaflet_design")}
    questions = defaultdict(list)
    for c in _all(store, "consultation"):
        questions[c["session"]].append((c["question"], c["contact_phone"]))
    rows = []
    for s in _all(store, "session"):
        values = tuple(repr(s[f.name]) for f in KINDS["session"].fields)
        handed = sorted((titles[d], n) for d, n in store.handouts(s["uuid"]).items())
        rows.append((values, sorted(questions[s["uuid"]]), handed))
    return sorted(rows)


def test_same_seed_and_date_give_the_same_year(tmp_path: Path) -> None:
    day = dt.date(2025, 3, 12)
    stores = [Store(tmp_path / name, today=lambda: day) for name in ("a", "b", "c")]
    try:
        fill_demo(stores[0], day, seed=3)
        fill_demo(stores[1], day, seed=3)
        fill_demo(stores[2], day, seed=4)
        assert _content(stores[0]) == _content(stores[1])
        assert _content(stores[0]) != _content(stores[2])
    finally:
        for s in stores:
            s.close()


def test_a_date_after_the_stores_today_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        fill_demo(store, store.today() + dt.timedelta(days=1))
    assert store.count("leaflet_design") == 12, "the shipped designs only, as at its creation"
    assert store.team == ""


def test_the_demo_records_as_one_of_the_teams_officers(demo) -> None:
    store = demo[0]
    assert sorted(o["name"] for o in store.officers()) == sorted(ROSTER)
    current = store.current_officer()
    assert current is not None and current["name"] in ROSTER
    assert {s["author"] for s in _all(store, "session")} == {current["name"]}
