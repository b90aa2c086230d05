"""Big lists at the store: full-text search, the code side table, keyset paging, schema v7.

Search and code filters are checked against a plain reference (the substring test LIKE does,
the codes held in the row's JSON) on generated records edited, deleted and pulled from another
laptop, so the triggers that keep the FTS tables and record_codes in step are checked on every
write path.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import orjson
import pytest

from desktop.domain.kinds import KINDS
from desktop.store import migrations, replication
from desktop.store.queries import RecordFilter, fts_table, sort_key
from desktop.store.reader import ListReader, TooSlow, within
from desktop.store.store import DB_NAME, Record, Store
from tests.store.test_migrations import build_v1

SESSION = KINDS["session"]
#: A small alphabet, so that short random words are found in many records and long ones in few.
CHARS = "防范电信诈骗宣讲老人养金村"
TOPICS = ("telecom_fraud", "illegal_fundraising", "counterfeit", "pension_fraud", "aml")


def text(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choices(CHARS, k=rng.randint(low, high)))


def random_session(rng: random.Random, day: int | None = None) -> dict:
    return {
        "held_on": f"2026-0{1 + rng.randrange(8)}-1{rng.randrange(9)}"
        if day is None
        else f"2026-0{1 + day}-10",
        "start_time": rng.choice((None, "09:00", "14:30")),
        "place": text(rng, 2, 8),
        "area": text(rng, 0, 4) or None,
        "venue_kind": rng.choice(("village", "school", "market")),
        "topics": rng.sample(TOPICS, rng.randint(1, 3)),
        "staff": [text(rng, 2, 3) for _ in range(rng.randint(0, 2))],
        "audience": rng.randint(1, 100),
        "notes": text(rng, 0, 20) or None,
    }


def stored_text(record: Record, name: str) -> str:
    """A search field as its column holds it (lists as JSON, as LIKE sees them)."""
    value = record[name]
    if isinstance(value, list):
        return orjson.dumps(value).decode()
    return value or ""


def like_reference(store: Store, kind: str, query: str) -> set[str]:
    """What the old LIKE search found: every word in some search field of a live record."""
    k = KINDS[kind]
    found = set()
    for record in store.query(kind, limit=1_000_000):
        if all(any(w in stored_text(record, f) for f in k.search_fields) for w in query.split()):
            found.add(record["uuid"])
    return found


def searched(store: Store, kind: str, query: str) -> set[str]:
    return {r["uuid"] for r in store.query(kind, RecordFilter(text=query), limit=1_000_000)}


def test_every_list_kind_with_search_fields_has_its_fts_table() -> None:
    for kind in ("session", "consultation", "visit", "leaflet_design", "ref_item", "officer"):
        assert fts_table(KINDS[kind]) == KINDS[kind].table + "_fts"


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        (
            "session",
            {
                "held_on": "2026-03-15",
                "place": "柳河镇王家坪村委会",
                "area": "青山乡石门镇",
                "venue_kind": "village",
                "topics": ["aml"],
                "audience": 40,
                "staff": ["欧阳明月", "张三"],
                "notes": "宣讲防范电信网络诈骗知识",
            },
        ),
        (
            "consultation",
            {
                "asked_on": "2026-03-15",
                "category": "cards",
                "question": "银行卡被冻结了怎么解冻",
                "answer": "携带身份证到开户网点办理",
            },
        ),
        (
            "visit",
            {
                "visited_on": "2026-03-15",
                "village": "柳河镇王家坪村",
                "group": "elderly",
                "services": ["fraud_warning"],
                "outcome": "done",
                "consent": True,
                "client_name": "欧阳明月",
                "notes": "上门为行动不便老人激活社保卡",
            },
        ),
    ],
)
def test_search_finds_a_record_by_any_part_of_a_word_in_each_search_field(
    store: Store, kind: str, values: dict
) -> None:
    record = store.save(kind, values)
    decoy = {f: ["其他人"] if f == "staff" else "别的内容" for f in KINDS[kind].search_fields}
    store.save(kind, {**values, **decoy})
    for name in KINDS[kind].search_fields:
        whole = values[name][0] if isinstance(values[name], list) else values[name]
        middle = len(whole) // 2
        for fragment in (whole[middle - 1 : middle + 2], whole[middle : middle + 2], whole[-1]):
            found = searched(store, kind, fragment)
            assert record["uuid"] in found, (name, fragment)
    assert searched(store, kind, "没有这个词") == set()


def test_search_equals_the_like_reference_through_edits_deletes_and_pulls(
    store: Store, tmp_path: Path
) -> None:
    rng = random.Random(3)
    made = [store.save("session", random_session(rng)) for _ in range(150)]
    for record in rng.sample(made, 40):  # edits of the searched fields
        store.save(
            "session",
            {**record, "place": text(rng, 2, 8), "notes": text(rng, 0, 20)},
            uuid=record["uuid"],
        )
    for record in rng.sample(made, 20):
        store.delete("session", record["uuid"])
    restored = next(r for r in made if store.get("session", r["uuid"]) is None)
    store.save("session", {**restored, "place": "复原的村"}, uuid=restored["uuid"])
    other = Store(tmp_path / "other")
    try:  # what another laptop made and edited arrives by sync
        pulled = [other.save("session", random_session(rng)) for _ in range(30)]
        mine = store.get("session", made[0]["uuid"], include_deleted=True)
        assert mine is not None
        remote = [*pulled, {**mine, "place": "同步来的村", "hlc": other.clock.now()}]
        assert replication.apply_remote(store, SESSION, remote) == 31
    finally:
        other.close()
    queries = ["复原", "同步来的", "村", "诈骗", "防范电", "电信诈骗宣", "老 金", "宣讲 养老人"]
    queries += [text(rng, 1, 5) for _ in range(40)]
    for query in queries:
        assert searched(store, "session", query) == like_reference(store, "session", query), query
        assert store.count("session", RecordFilter(text=query)) == len(
            like_reference(store, "session", query)
        )
    # and the index agrees with the table row for row (raises if not)
    store.conn.execute("INSERT INTO sessions_fts(sessions_fts, rank) VALUES ('integrity-check', 1)")


def test_a_search_combines_with_the_other_filters(store: Store) -> None:
    rng = random.Random(5)
    for _ in range(80):
        store.save("session", random_session(rng))
    flt = RecordFilter(text="诈骗 老", equals={"venue_kind": "school", "topics": "aml"})
    expected = {
        r["uuid"]
        for r in store.query("session", limit=1000)
        if r["uuid"] in like_reference(store, "session", "诈骗 老")
        and r["venue_kind"] == "school"
        and "aml" in r["topics"]
    }
    assert {r["uuid"] for r in store.query("session", flt, limit=1000)} == expected


def topic_reference(store: Store, topic: str) -> set[str]:
    return {r["uuid"] for r in store.query("session", limit=100_000) if topic in r["topics"]}


def test_topic_filter_follows_edits_deletes_and_pulls_through_the_side_table(
    store: Store, tmp_path: Path
) -> None:
    rng = random.Random(11)
    made = [store.save("session", random_session(rng)) for _ in range(120)]
    for record in rng.sample(made, 50):
        store.save(
            "session",
            {**record, "topics": rng.sample(TOPICS, rng.randint(1, 2))},
            uuid=record["uuid"],
        )
    for record in rng.sample(made, 15):
        store.delete("session", record["uuid"])
    other = Store(tmp_path / "other")
    try:
        copy = store.get("session", made[1]["uuid"], include_deleted=True)
        assert copy is not None
        pulled = [{**copy, "topics": ["counterfeit"], "hlc": other.clock.now()}]
        pulled += [other.save("session", random_session(rng)) for _ in range(10)]
        replication.apply_remote(store, SESSION, pulled)
    finally:
        other.close()
    for topic in TOPICS:
        flt = RecordFilter(equals={"topics": topic})
        found = {r["uuid"] for r in store.query("session", flt, limit=100_000)}
        assert found == topic_reference(store, topic), topic
        assert store.count("session", flt) == len(found)
    codes = store.conn.execute(
        "SELECT count(*) FROM record_codes WHERE kind = 'session' AND field = 'topics'"
    ).fetchone()[0]
    every = store.query("session", RecordFilter(include_deleted=True), limit=100_000)
    assert codes == sum(len(r["topics"]) for r in every), "one row per code held, no leftovers"


def test_services_of_visits_filter_through_the_side_table(store: Store) -> None:
    base = {"visited_on": "2026-03-01", "village": "王家村", "group": "elderly", "outcome": "done"}
    a = store.save("visit", {**base, "services": ["fraud_warning", "identity_check"]})
    b = store.save("visit", {**base, "services": ["identity_check"]})
    store.save("visit", {**a, "services": ["pension_withdrawal"]}, uuid=a["uuid"])

    def with_service(code: str) -> set[str]:
        flt = RecordFilter(equals={"services": code})
        return {r["uuid"] for r in store.query("visit", flt)}

    assert with_service("identity_check") == {b["uuid"]}
    assert with_service("fraud_warning") == set()
    assert with_service("pension_withdrawal") == {a["uuid"]}


def page_through(store: Store, kind: str, flt: RecordFilter, size: int) -> list[Record]:
    rows: list[Record] = []
    while True:
        after = sort_key(KINDS[kind], rows[-1]) if rows else None
        page = store.query(kind, flt, limit=size, after=after)
        rows.extend(page)
        if len(page) < size:
            return rows


def test_keyset_paging_returns_every_row_once_in_order_despite_ties(store: Store) -> None:
    rng = random.Random(2)
    with store.transaction():
        # Many sessions on each of three days at the same times (and none): ties but the uuid.
        for _ in range(230):
            store.save("session", random_session(rng, day=rng.randrange(3)))
    everything = store.query("session", limit=10_000)
    for size in (1, 7, 50, 229, 230, 500):
        paged = page_through(store, "session", RecordFilter(), size)
        assert [r["uuid"] for r in paged] == [r["uuid"] for r in everything], size
    keys = [sort_key(SESSION, r) for r in everything]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    assert len({k[:2] for k in keys}) < len(keys) / 10, "the test has ties of date and time"
    # and with a filter, and with the old offset paging giving the same rows
    flt = RecordFilter(equals={"topics": "aml"})
    paged = page_through(store, "session", flt, 9)
    by_offset = [r for start in range(0, 300, 9) for r in store.query("session", flt, 9, start)]
    assert [r["uuid"] for r in paged] == [r["uuid"] for r in by_offset]
    assert len(paged) == store.count("session", flt)


def test_keyset_paging_of_reference_lists_follows_their_ascending_order(store: Store) -> None:
    everything = store.query("ref_item", limit=10_000)
    paged = page_through(store, "ref_item", RecordFilter(), 4)
    assert [r["uuid"] for r in paged] == [r["uuid"] for r in everything]


def test_the_list_order_is_read_through_an_index_not_sorted(store: Store) -> None:
    for flt in (
        RecordFilter(),
        RecordFilter(team="城关支行宣讲一队"),
        RecordFilter(equals={"venue_kind": "school"}),
        RecordFilter(equals={"campaign": "cr315"}),
        RecordFilter(equals={"topics": "aml"}),
    ):
        from desktop.store.queries import list_sql

        sql, params = list_sql(SESSION, flt, 200, after=("2026-01-01", "", "0" * 36))
        plan = " ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (flt, plan)
        assert "SCAN sessions" not in plan or "USING INDEX" in plan, (flt, plan)


def test_a_query_over_its_budget_is_stopped_and_a_reader_runs_it(store: Store) -> None:
    rng = random.Random(1)
    with store.transaction():
        for _ in range(300):
            store.save("session", random_session(rng))
    with pytest.raises(TooSlow), within(store.conn, 0):
        store.count("session", RecordFilter(text="诈"))
    assert store.count("session") == 300, "the connection works after it"
    reader = ListReader(store.path)
    try:
        assert reader.count("session", RecordFilter()) == 300
        assert [r["uuid"] for r in reader.page("session", RecordFilter(), 5)] == [
            r["uuid"] for r in store.query("session", limit=5)
        ]
        with pytest.raises(sqlite3.OperationalError):
            reader.conn.execute("DELETE FROM sessions")
    finally:
        reader.close()


def test_bulk_load_fills_the_tables_the_search_and_the_codes(store: Store, tmp_path: Path) -> None:
    other = Store(tmp_path / "other")
    try:
        made = [other.save("session", random_session(random.Random(i))) for i in range(20)]
    finally:
        other.close()
    assert store.bulk_load("session", made) == 20
    assert store.bulk_load("session", made[:5]) == 0, "records held are left as they are"
    for record in made:
        assert store.get("session", record["uuid"]) == record
    assert searched(store, "session", made[0]["place"]) >= {made[0]["uuid"]}
    assert topic_reference(store, "aml") == {
        r["uuid"] for r in store.query("session", RecordFilter(equals={"topics": "aml"}))
    }
    assert store.pending_changes() == 0, "not this laptop's changes"


def test_a_store_of_the_previous_version_gets_the_search_and_finds_its_records(
    tmp_path: Path,
) -> None:
    path = build_v1(tmp_path / "data")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        migrations.migrate(conn, target=6)
        assert migrations.version(conn) == 6
        conn.execute(
            "INSERT INTO sessions (uuid, created_at, updated_at, device_id, team, revision,"
            " hlc, held_on, place, venue_kind, topics, audience, notes) VALUES"
            " ('0190aaaa-0000-7000-8000-000000000001', '2025-04-01T08:00:00.000+00:00',"
            " '2025-04-01T08:00:00.000+00:00', 'olddev', '城关支行宣讲一队', 1,"
            " '001743494400000-00000-olddev', '2025-04-01', '柳树湾村', 'village',"
            " '[\"aml\",\"counterfeit\"]', 30, '讲解反洗钱知识')"
        )
    finally:
        conn.close()
    store = Store(tmp_path / "data")
    try:
        assert migrations.version(store.conn) == migrations.LATEST
        assert [r["place"] for r in store.query("session", RecordFilter(text="柳树"))] == [
            "柳树湾村"
        ]
        assert [r["place"] for r in store.query("session", RecordFilter(text="反洗钱"))] == [
            "柳树湾村"
        ]
        assert [r["place"] for r in store.query("session", RecordFilter(text="王家"))] == ["王家村"]
        aml = store.query("session", RecordFilter(equals={"topics": "counterfeit"}))
        assert aml[0]["place"] == "柳树湾村"
        assert {r["uuid"] for r in aml} == topic_reference(store, "counterfeit")
        village = store.query("session", RecordFilter(equals={"topics": "consumer_rights"}))
        assert [r["place"] for r in village] == ["王家村"]
        # and it keeps in step from then on
        edited = store.save("session", {**aml[0], "place": "桃花坞村"}, uuid=aml[0]["uuid"])
        assert searched(store, "session", "桃花坞") == {edited["uuid"]}
        assert searched(store, "session", "柳树") == set()
    finally:
        store.close()
    assert (tmp_path / "data" / DB_NAME).exists()


def test_writes_in_one_transaction_reach_the_index_once_at_commit(
    store: Store, tmp_path: Path
) -> None:
    rng = random.Random(8)
    other = Store(tmp_path / "other")
    try:
        theirs = other.save("session", {**random_session(rng), "place": "对方的村"})
    finally:
        other.close()
    with store.transaction():
        first = store.save("session", {**random_session(rng), "place": "第一稿村"})
        store.save("session", {**first, "place": "第二稿村"}, uuid=first["uuid"])
        assert searched(store, "session", "第二稿") == {first["uuid"]}, "found inside it too"
        store.save("session", {**first, "place": "第三稿村"}, uuid=first["uuid"])
        gone = store.save("session", {**random_session(rng), "place": "删掉的村"})
        store.delete("session", gone["uuid"])
        replication.apply_remote(store, SESSION, [theirs])
        # the same record written here and by a pull in one transaction (an upsert)
        replication.apply_remote(
            store, SESSION, [{**theirs, "place": "对方改过的村", "hlc": store.clock.now()}]
        )
    for table in migrations.FTS_COLUMNS:
        assert store.conn.execute(f"SELECT count(*) FROM {table}_fts_pending").fetchone() == (0,)
    assert searched(store, "session", "第三稿") == {first["uuid"]}
    assert searched(store, "session", "第一稿") == searched(store, "session", "第二稿") == set()
    assert searched(store, "session", "删掉的") == set()
    assert searched(store, "session", "对方改过") == {theirs["uuid"]}
    assert searched(store, "session", "对方的") == set()
    check = store.conn.execute(
        "INSERT INTO sessions_fts(sessions_fts, rank) VALUES ('integrity-check', 1)"
    )
    assert check is not None  # raises if the index and the table disagree


def test_records_pulled_in_pages_are_found_as_the_saved_ones_are(tmp_path: Path) -> None:
    """A laptop that pulls another's sessions page by page (new records, newer versions in the
    same page and in later ones, deletions) searches, filters by topic and holds review states
    exactly as the laptop that saved them does."""
    rng = random.Random(23)
    source, pulled = Store(tmp_path / "source"), Store(tmp_path / "pulled")
    try:
        made = [source.save("session", random_session(rng)) for _ in range(120)]
        for record in rng.sample(made, 30):
            source.save(
                "session",
                {**record, "place": text(rng, 2, 8), "topics": rng.sample(TOPICS, 1)},
                uuid=record["uuid"],
            )
        for record in rng.sample(made, 10):
            source.delete("session", record["uuid"])
        changes = replication.pending(source, 10_000)
        assert len(changes) == 160
        for start in range(0, len(changes), 37):  # versions of one record in one page too
            page = [c.record for c in changes[start : start + 37]]
            replication.apply_remote(pulled, SESSION, page)
        queries = ["村", "诈骗", "防范电", "老 金"] + [text(rng, 1, 4) for _ in range(30)]
        for query in queries:
            assert searched(pulled, "session", query) == searched(source, "session", query)
            assert searched(pulled, "session", query) == like_reference(source, "session", query)
        for topic in TOPICS:
            flt = RecordFilter(equals={"topics": topic})
            found = {r["uuid"] for r in pulled.query("session", flt, limit=1000)}
            assert found == topic_reference(source, topic), topic
            assert pulled.count("session", flt) == len(found)

        def side_rows(store: Store, sql: str) -> list[tuple[object, ...]]:
            return sorted(store.conn.execute(sql).fetchall())

        for sql in (
            "SELECT uuid, field, code, kind FROM record_codes",
            "SELECT uuid, kind, team, deleted, record_hlc, state, sent_back, on_date, author"
            " FROM review_state",
        ):
            assert side_rows(pulled, sql) == side_rows(source, sql)
        pulled.conn.execute(
            "INSERT INTO sessions_fts(sessions_fts, rank) VALUES ('integrity-check', 1)"
        )
    finally:
        source.close()
        pulled.close()
