"""Upgrading a laptop's database in place: old records survive, new features work.

A laptop in a village may open its database months later with a newer app. data/schema_v1.sql is
a frozen snapshot of a store written at schema version 1 (made once with
``migrations.migrate(conn, target=1)`` and ``conn.iterdump()``); it must never be regenerated, or
the test would stop proving anything about databases that already exist.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.domain import refdata
from desktop.domain.fields import META_COLUMNS
from desktop.domain.kinds import KINDS
from desktop.store import migrations
from desktop.store.store import DB_NAME, Store

SNAPSHOT = Path(__file__).parent / "data" / "schema_v1.sql"


def build_v1(data_dir: Path) -> Path:
    """A real database file made from the version-1 snapshot."""
    data_dir.mkdir(parents=True)
    path = data_dir / DB_NAME
    conn = sqlite3.connect(path)
    try:
        conn.executescript(SNAPSHOT.read_text(encoding="utf-8"))
    finally:
        conn.close()
    return path


def raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def schema(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Table -> column -> declared type, for every table."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        t: {row[1]: row[2] for row in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables
    }


def indexes(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql NOT NULL")
    return set(rows.fetchall())


def test_snapshot_is_a_version_1_database(tmp_path: Path) -> None:
    path = build_v1(tmp_path / "data")
    assert raw(path, "PRAGMA user_version") == [(1,)]
    tables = {r[0] for r in raw(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "sessions" in tables and "drafts" not in tables


def test_version_1_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = build_v1(tmp_path / "data")
    settings = dict(raw(path, "SELECT key, value FROM settings"))
    store = Store(tmp_path / "data")
    try:
        assert migrations.version(store.conn) == migrations.LATEST
        assert f'"{store.device_id}"' == settings["device_id"]
        assert store.team == "城关支行宣讲一队" and store.author == "张丽"

        # The old rows read back with their values, lists and links.
        market, village = store.query("session")[::-1][:2]
        assert market["place"] == "城关农贸市场" and market["held_on"] == "2025-03-12"
        assert village["held_on"] == "2025-03-14" and village["place"] == "王家村"
        assert village["topics"] == ["consumer_rights", "telecom_fraud"]
        assert village["staff"] == ["张丽", "王强", "刘芳"]
        assert village["audience"] == 86 and village["online"] is False
        (design,) = store.stock()
        assert (design["printed"], design["handed_out"], design["on_hand"]) == (2000, 70, 1930)
        assert store.handouts(village["uuid"]) == {design["uuid"]: 70}
        (consultation,) = store.query("consultation")
        assert consultation["session"] == village["uuid"]
        (visit,) = store.query("visit")
        assert visit["consent"] is True and visit["client_name"] == "王桂兰"
        assert visit["services"] == ["pension_withdrawal", "fraud_warning"]
        assert store.history(village["uuid"])[0]["action"] == "create"
        assert store.pending_changes() == 7
        assert store.count("ref_item") == len(refdata.DEFAULT_ITEMS), "not seeded again"

        # What version 2 brought works on the upgraded file.
        store.save_draft("session:new", "session", None, {"place": "柳河村"})
        assert store.draft("session:new") == {"place": "柳河村"}
        # (its list index gave way to version 7's, which ends in the list's total order)
        assert ("sessions_order",) in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'"
        ).fetchall()

        # Editing an old record continues its revisions and the device's clock.
        edited = store.save(
            "session", {**village, "audience": 90}, uuid=village["uuid"], expected_revision=1
        )
        assert edited["revision"] == 2 and edited["hlc"] > settings["clock"].strip('"')
    finally:
        store.close()


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = build_v1(tmp_path / "data")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(migrations.TooNew) as caught:
        Store(tmp_path / "data")
    assert caught.value.found == migrations.LATEST + 1

    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert raw(path, "PRAGMA user_version") == [(migrations.LATEST + 1,)]
    assert raw(path, "PRAGMA journal_mode") == [("delete",)]


def test_upgraded_schema_is_exactly_a_fresh_one(tmp_path: Path) -> None:
    build_v1(tmp_path / "old")
    upgraded, fresh = Store(tmp_path / "old"), Store(tmp_path / "new")
    try:
        assert schema(upgraded.conn) == schema(fresh.conn)
        assert indexes(upgraded.conn) == indexes(fresh.conn)
        assert migrations.migrate(upgraded.conn) == [], "nothing left to apply"
    finally:
        upgraded.close()
        fresh.close()


@pytest.mark.parametrize("start", ["fresh", "v1"])
def test_every_field_of_every_kind_has_a_column_of_its_type(tmp_path: Path, start: str) -> None:
    if start == "v1":
        build_v1(tmp_path / "data")
    store = Store(tmp_path / "data", today=dt.date.today)
    try:
        columns = schema(store.conn)
    finally:
        store.close()
    for kind in KINDS.values():
        table = columns[kind.table]
        for name, sql_type in META_COLUMNS:
            assert table.get(name) == sql_type, (kind.table, name)
        for f in kind.fields:
            assert table.get(f.name) == f.type.sql_type, (kind.table, f.name)
        assert len(table) == len(META_COLUMNS) + len(kind.fields), "no stray columns"


def test_an_upgraded_laptop_gets_a_roster_and_keeps_its_author_until_it_names_one(
    tmp_path: Path,
) -> None:
    """Version 5 brought officers: an older laptop's records keep the author they were saved
    under, and the older "author" setting stands until an officer is chosen."""
    build_v1(tmp_path / "data")
    store = Store(tmp_path / "data")
    try:
        assert store.officers() == [] and store.author == "张丽"
        (old,) = store.query("consultation")
        assert old["author"] == "张丽"
        officer = store.add_officer("王芳")
        store.set_current_officer(officer["uuid"])
        assert store.author == "王芳" and officer["team"] == "城关支行宣讲一队"
        edited = store.save("consultation", {**old, "question": "问"}, uuid=old["uuid"])
        assert edited["author"] == "王芳"
        assert [h["author"] for h in store.history(old["uuid"])] == ["王芳", "张丽"]
    finally:
        store.close()
