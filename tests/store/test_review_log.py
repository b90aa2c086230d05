"""The supervisor's review log (desktop.store.review_log) over a real store: one list across
kinds newest first, each filter, keyset pages, and the v8 upgrade of a v7 store."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.review import Action
from desktop.store import migrations, review_log, reviews
from desktop.store.review_log import LogFilter
from desktop.store.store import DB_NAME, Store


def session(**changes: object) -> dict[str, object]:
    return {
        "held_on": "2026-03-15",
        "place": "王家村",
        "venue_kind": "village",
        "topics": ["aml"],
        "audience": 40,
        **changes,
    }


def fill(store: Store) -> dict[str, str]:
    """Records of two teams and three kinds, by two officers; returns name -> uuid."""
    made = {}
    store.set_setting("team", "A")
    store.set_setting("author", "王芳")
    made["s1"] = store.save("session", session(held_on="2026-03-01", place="王家村"))["uuid"]
    made["c1"] = store.save(
        "consultation", {"asked_on": "2026-03-03", "category": "deposits", "question": "存款利率"}
    )["uuid"]
    store.set_setting("team", "B")
    store.set_setting("author", "张伟")
    made["s2"] = store.save("session", session(held_on="2026-03-05", place="李家镇集市"))["uuid"]
    made["v1"] = store.save(
        "visit",
        {
            "visited_on": "2026-03-04",
            "village": "赵庄",
            "group": "elderly",
            "services": ["account_activation"],
            "outcome": "done",
        },
    )["uuid"]
    store.set_setting("team", "消保部")
    store.set_setting("author", "李主任")
    store.set_setting(reviews.ROLE_SETTING, reviews.SUPERVISOR)
    return made


@pytest.fixture
def sup(tmp_path: Path) -> Iterator[tuple[Store, dict[str, str]]]:
    store = Store(tmp_path / "sup")
    made = fill(store)
    yield store, made
    store.close()


def uuids(store: Store, flt: LogFilter, **kw: object) -> list[str]:
    return [r["uuid"] for r in review_log.read_page(store.conn, flt, 100, **kw)]  # type: ignore[arg-type]


def test_the_log_lists_every_kind_newest_first(sup: tuple[Store, dict[str, str]]) -> None:
    store, m = sup
    rows = review_log.read_page(store.conn, LogFilter(), 100)
    assert [r["uuid"] for r in rows] == [m["s2"], m["v1"], m["c1"], m["s1"]]
    assert rows[0]["title"] == "李家镇集市" and rows[0]["officer"] == "张伟"
    assert rows[0]["team"] == "B" and rows[2]["kind"] == "consultation"
    assert review_log.read_count(store.conn, LogFilter()) == 4


def test_each_filter_narrows_the_log(sup: tuple[Store, dict[str, str]]) -> None:
    store, m = sup
    assert uuids(store, LogFilter(kind="session")) == [m["s2"], m["s1"]]
    assert uuids(store, LogFilter(team="A")) == [m["c1"], m["s1"]]
    assert uuids(store, LogFilter(officer="张伟")) == [m["s2"], m["v1"]]
    assert uuids(store, LogFilter(date_from="2026-03-03", date_to="2026-03-04")) == [
        m["v1"],
        m["c1"],
    ]
    assert uuids(store, LogFilter(text="集市")) == [m["s2"]]  # two characters: LIKE
    assert uuids(store, LogFilter(text="李家镇")) == [m["s2"]]  # three: the trigram index
    assert uuids(store, LogFilter(text="利率")) == [m["c1"]]
    assert uuids(store, LogFilter(text="赵庄", kind="session")) == []
    reviews.review(store, None, m["c1"], Action.APPROVE)
    assert uuids(store, LogFilter(state="approved")) == [m["c1"]]
    assert uuids(store, LogFilter(state="received")) == [m["s2"], m["v1"], m["s1"]]
    assert review_log.teams(store.conn) == ["A", "B"]
    assert review_log.officers(store.conn) == ["张伟", "王芳"]


def test_keyset_pages_follow_each_other(sup: tuple[Store, dict[str, str]]) -> None:
    store, m = sup
    first = review_log.read_page(store.conn, LogFilter(), 2)
    rest = review_log.read_page(store.conn, LogFilter(), 2, review_log.key_of(first[-1]))
    assert [r["uuid"] for r in first + rest] == [m["s2"], m["v1"], m["c1"], m["s1"]]
    assert review_log.rows_by_uuid(store.conn, [m["s1"], m["s2"]])[1]["uuid"] == m["s2"]


def test_a_save_keeps_the_log_in_step(sup: tuple[Store, dict[str, str]]) -> None:
    store, m = sup
    store.save("session", session(held_on="2026-02-01", place="王家村"), uuid=m["s1"])
    row = review_log.rows_by_uuid(store.conn, [m["s1"]])[0]
    assert row["date"] == "2026-02-01"
    assert row["officer"] == "李主任"  # the last to save it
    store.delete("session", m["s2"])  # never reviewed: out of the log
    assert m["s2"] not in uuids(store, LogFilter())


def test_a_version_7_store_is_upgraded_with_its_log(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    store = Store(folder)
    made = fill(store)
    store.close()
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    # Back to version 7 as an older app left it: the v8 columns and indexes gone.
    for column in ("kind", "team", "state", "author"):
        conn.execute(f"DROP INDEX review_log_by_{column}")
    conn.execute("DROP INDEX review_log_order")
    conn.execute("ALTER TABLE review_state DROP COLUMN on_date")
    conn.execute("ALTER TABLE review_state DROP COLUMN author")
    conn.execute("PRAGMA user_version = 7")
    assert migrations.migrate(conn) == [8]
    conn.close()
    store = Store(folder)
    try:
        assert uuids(store, LogFilter()) == [made["s2"], made["v1"], made["c1"], made["s1"]]
        assert uuids(store, LogFilter(officer="王芳")) == [made["c1"], made["s1"]]
    finally:
        store.close()


def test_search_mixes_short_and_long_words(sup: tuple[Store, dict[str, str]]) -> None:
    store, m = sup
    assert uuids(store, LogFilter(text="李家镇 集市")) == [m["s2"]]
    assert uuids(store, LogFilter(text="李家镇 王家")) == []
    assert uuids(store, LogFilter(text="王家村", team="A")) == [m["s1"]]


def test_every_filter_is_an_index_walk_or_probe(sup: tuple[Store, dict[str, str]]) -> None:
    """A page of the log over a million records never scans review_state."""
    store, _m = sup
    for flt in (
        LogFilter(),
        LogFilter(kind="visit"),
        LogFilter(team="A"),
        LogFilter(officer="王芳"),
        LogFilter(state="received"),
        LogFilter(team="A", state="received", kind="session"),
        LogFilter(date_from="2026-01-01"),
        LogFilter(text="集市"),
        LogFilter(text="李家镇"),
    ):
        where, params = review_log.where_clause(flt)
        plan = " | ".join(
            str(row[-1])
            for row in store.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT s.uuid FROM review_state s WHERE {where}"
                " AND (s.on_date, s.uuid) < (?, ?) ORDER BY s.on_date DESC, s.uuid DESC"
                " LIMIT 200",
                [*params, "9", "9"],
            )
        )
        assert not re.search(r"\bSCAN (s|review_state)\b", plan), (flt, plan)


def test_a_bulk_load_is_in_the_log(sup: tuple[Store, dict[str, str]]) -> None:
    store, _m = sup
    record = {
        "uuid": "0190aaaa-0000-7000-8000-0000000000ff",
        "created_at": "2026-04-01T08:00:00.000+00:00",
        "updated_at": "2026-04-01T08:00:00.000+00:00",
        "author": "赵六",
        "device_id": "elsewhere",
        "team": "C",
        "revision": 1,
        "hlc": "001743494400000-00000-elsewhere",
        **session(held_on="2026-04-01", place="柳树湾村"),
    }
    assert store.bulk_load("session", [record]) == 1
    (row,) = review_log.read_page(store.conn, LogFilter(team="C"), 10)
    assert (row["uuid"], row["officer"], row["date"]) == (record["uuid"], "赵六", "2026-04-01")
    assert reviews.counts(store)["C"] == {"waiting": 1, "sent_back": 0}


def test_print_runs_and_deleted_records_under_review(sup: tuple[Store, dict[str, str]]) -> None:
    store, m = sup
    design = store.query("leaflet_design", limit=1)[0]
    run = store.save(
        "print_run", {"design": design["uuid"], "printed_on": "2026-03-10", "copies": 500}
    )
    (row,) = review_log.read_page(store.conn, LogFilter(kind="print_run"), 10)
    assert (row["uuid"], row["title"]) == (run["uuid"], design["title"])
    reviews.review(store, None, m["c1"], Action.SEND_BACK, "问题写清楚")
    store.delete("consultation", m["c1"])
    (gone,) = [r for r in review_log.read_page(store.conn, LogFilter(), 100) if r["deleted"]]
    assert gone["uuid"] == m["c1"]  # under review: still listed, as deleted
