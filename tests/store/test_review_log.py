"""The supervisor's review log (desktop.store.review_log) over a real store: one list across
kinds newest first, each filter, keyset pages, and the v8 upgrade of a v7 store."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.review import Action
from desktop.store import branches, migrations, review_log, reviews
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
    conn.execute("DROP INDEX record_codes_by_code")
    conn.execute("DROP TABLE team_branches")
    conn.execute("DROP TABLE filed_reports")
    conn.execute("DROP TABLE filed_report_parts")
    conn.execute("DROP INDEX visits_follow_up")
    conn.execute("PRAGMA user_version = 7")
    assert migrations.migrate(conn) == list(range(8, migrations.LATEST + 1))
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


# -- the code filters: venue kind, campaign, topic, special group ------------------------------

VENUES = ("village", "community", "school")
CAMPAIGNS = ("cr315", "wanlixing")
TOPICS = ("telecom_fraud", "illegal_fundraising", "counterfeit")
GROUPS = ("elderly", "disabled")


def generate(store: Store, n: int = 36) -> None:
    """Records of every reviewed kind with codes drawn from a seeded generator."""
    import random

    rnd = random.Random(11)
    for i in range(n):
        day = f"2026-02-{1 + i % 28:02d}"
        which = i % 3
        if which == 0:
            changes: dict[str, object] = {
                "held_on": day,
                "venue_kind": rnd.choice(VENUES),
                "topics": rnd.sample(TOPICS, rnd.randint(1, 2)),
            }
            if rnd.random() < 0.6:
                changes["campaign"] = rnd.choice(CAMPAIGNS)
            store.save("session", session(**changes))
        elif which == 1:
            store.save(
                "consultation",
                {
                    "asked_on": day,
                    "category": "deposits",
                    "question": f"问题{i}",
                    "topic": rnd.choice(TOPICS),
                    "special_group": rnd.choice(GROUPS),
                },
            )
        else:
            store.save(
                "visit",
                {
                    "visited_on": day,
                    "village": f"村{i}",
                    "group": rnd.choice(GROUPS),
                    "services": ["account_activation"],
                    "outcome": "done",
                },
            )


def expected(store: Store, name: str, code: str, **other: str) -> set[str]:
    """The filter's answer computed independently: each record read whole, in Python."""
    fields = review_log.CODED[name][1]
    found = set()
    for kind, field_name in fields.items():
        for record in store.query(kind, limit=10_000):
            value = record[field_name]
            if (code in value if isinstance(value, list) else value == code) and all(
                record.get(k) == v for k, v in other.items()
            ):
                found.add(record["uuid"])
    return found


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("venue_kind", VENUES),
        ("campaign", CAMPAIGNS),
        ("topic", TOPICS),
        ("special_group", GROUPS),
    ],
)
def test_each_code_filter_matches_an_independent_count(
    sup: tuple[Store, dict[str, str]], name: str, codes: tuple[str, ...]
) -> None:
    store, _m = sup
    generate(store)
    kinds = set(review_log.CODED[name][1])
    for code in codes:
        flt = LogFilter(**{name: code})  # type: ignore[arg-type]
        rows = review_log.read_page(store.conn, flt, 1000)
        want = expected(store, name, code)
        assert want and {r["uuid"] for r in rows} == want, (name, code)
        assert {r["kind"] for r in rows} <= kinds  # only kinds that have the field
        assert review_log.read_count(store.conn, flt) == len(want)
        # As SQL would count it, independently of the log's clause.
        assert all(review_log.matches(store.conn, flt, u) for u in want)
        # Pages by key give the same rows.
        seen, after = [], None
        while page := review_log.read_page(store.conn, flt, 5, after):
            seen += [r["uuid"] for r in page]
            after = review_log.key_of(page[-1])
        assert seen == [r["uuid"] for r in rows]


def test_code_filters_combine_with_each_other_and_the_rest(
    sup: tuple[Store, dict[str, str]],
) -> None:
    store, _m = sup
    generate(store)
    both = LogFilter(topic="counterfeit", special_group="elderly")
    want = {
        r["uuid"]
        for r in store.query("consultation", limit=10_000)
        if r["topic"] == "counterfeit" and r["special_group"] == "elderly"
    }
    assert {r["uuid"] for r in review_log.read_page(store.conn, both, 1000)} == want
    # A visit has no topic: a topic filter with the visit kind lists nothing.
    assert review_log.read_page(store.conn, LogFilter(topic="counterfeit", kind="visit"), 10) == []
    # Venue kind and special group: no kind has both.
    assert (
        review_log.read_count(store.conn, LogFilter(venue_kind="village", special_group="elderly"))
        == 0
    )
    sql = store.conn.execute(
        "SELECT count(*) FROM sessions s JOIN record_codes c ON c.uuid = s.uuid"
        " WHERE s.deleted = 0 AND c.field = 'topics' AND c.code = ? AND s.venue_kind = ?",
        ("telecom_fraud", "school"),
    ).fetchone()[0]
    flt = LogFilter(topic="telecom_fraud", venue_kind="school", kind="session")
    assert review_log.read_count(store.conn, flt) == sql


def test_code_filters_are_index_probes(sup: tuple[Store, dict[str, str]]) -> None:
    """Each code filter searches an index: no scan of review_state, of a record table or of
    record_codes."""
    store, _m = sup
    generate(store, 12)
    for flt in (
        LogFilter(venue_kind="village"),
        LogFilter(campaign="cr315"),
        LogFilter(topic="counterfeit"),
        LogFilter(special_group="elderly"),
        LogFilter(topic="counterfeit", team="A", state="received"),
        LogFilter(special_group="elderly", kind="visit"),
        LogFilter(venue_kind="school", topic="counterfeit", text="王家"),
    ):
        where, params = review_log.where_clause(flt)
        for sql in (
            f"SELECT s.uuid FROM review_state s WHERE {where} AND (s.on_date, s.uuid) < (?, ?)"
            " ORDER BY s.on_date DESC, s.uuid DESC LIMIT 200",
            f"SELECT count(*) FROM review_state s WHERE {where}",
        ):
            extra = ["9", "9"] if "LIMIT" in sql else []
            plan = " | ".join(
                str(row[-1])
                for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, *extra])
            )
            assert not re.search(r"\bSCAN ", plan), (flt, plan)
            for table in ("sessions", "consultations", "visits", "record_codes"):
                assert not re.search(rf"\bSCAN {table}\b", plan), (flt, plan)


def test_a_version_8_store_gets_the_topic_index(tmp_path: Path) -> None:
    folder = tmp_path / "v8"
    store = Store(folder)
    fill(store)
    store.close()
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    conn.execute("DROP INDEX record_codes_by_code")
    conn.execute("DROP TABLE team_branches")
    conn.execute("DROP TABLE filed_reports")
    conn.execute("DROP TABLE filed_report_parts")
    conn.execute("DROP INDEX visits_follow_up")
    conn.execute("PRAGMA user_version = 8")
    assert migrations.migrate(conn) == list(range(9, migrations.LATEST + 1))
    plan = " | ".join(
        str(r[-1])
        for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT uuid FROM record_codes WHERE field = ? AND code = ?",
            ("topics", "aml"),
        )
    )
    assert "record_codes_by_code" in plan
    conn.close()
    store = Store(folder)
    try:
        assert len(uuids(store, LogFilter(topic="aml"))) == 2
    finally:
        store.close()


def test_the_branch_filter_follows_what_head_office_said(sup: tuple[Store, dict[str, str]]) -> None:
    store, m = sup
    assert branches.branches(store.conn) == []
    assert uuids(store, LogFilter(branch="青山支行")) == []  # nothing said yet: no team in it
    with store.transaction():
        branches.replace(store.conn, [("A", "青山支行"), ("B", "城关支行")])
    assert branches.branches(store.conn) == ["城关支行", "青山支行"]
    assert uuids(store, LogFilter(branch="青山支行")) == [m["c1"], m["s1"]]
    assert uuids(store, LogFilter(branch="城关支行", kind="visit")) == [m["v1"]]
    # Team A moved: the next answer replaces the whole list.
    with store.transaction():
        branches.replace(store.conn, [("A", "城关支行"), ("B", "城关支行")])
    assert uuids(store, LogFilter(branch="青山支行")) == []
    assert branches.teams_of(store.conn, "城关支行") == ["A", "B"]
    assert len(uuids(store, LogFilter(branch="城关支行"))) == 4
