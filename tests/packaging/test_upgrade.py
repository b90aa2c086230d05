"""An upgrade through the frozen app keeps every record, and a copy of the store as it was.

A laptop that installs a newer bundle opens a store the earlier release wrote. The frozen app
must copy it into backups/ ("before-v<N>-<time>.sqlite3", N the version it came from) before it
migrates it, then migrate it with every record intact, and never copy it again once migrated.

There is no released version yet, so "the earlier release's store" is played by two stores: the
oldest the suite can build (the version-1 snapshot, tests/store/test_migrations.py), and one
the current code wrote and then stepped back to the schema before the last migration (what the
last migration added dropped, user_version set back), with records of every reviewed kind, a
print run's hand-outs, an approval and a sending back in it.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.kinds import KINDS, REVIEWED_KINDS
from desktop.domain.review import Action
from desktop.store import backups, migrations, reviews
from desktop.store.store import DB_NAME, Store
from tests.packaging.conftest import Bundle
from tests.store.test_migrations import build_v1
from tests.store.test_review_log import fill

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(sys.platform != "linux", reason="packaging/build-linux builds on Linux"),
]

PREVIOUS = migrations.LATEST - 1

Rows = dict[str, tuple[list[str], list[tuple]]]


def rows(path: Path) -> Rows:
    """Every table's columns and rows (sorted), but the text indexes' own tables, which
    hold no record and are SQLite's to lay out."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%\\_fts%' ESCAPE '\\'"
            )
        ]
        found = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            found[table] = (columns, sorted(conn.execute(f'SELECT * FROM "{table}"'), key=repr))
        return found
    finally:
        conn.close()


def drawn(shot: Path) -> bool:
    """Whether the screenshot shows a window (a supervisor's grows wider than MainWindow's
    1280 px, so its size is not checked here)."""
    with Image.open(shot) as picture:
        return len(picture.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 50


def pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def kept(old: Rows, new: Rows) -> None:
    """Every table of `old` is in `new` with the same rows in its old columns (a migration
    may add columns and tables, never change or lose what was there)."""
    for table, (columns, before) in old.items():
        assert table in new, table
        now_columns, now = new[table]
        at = [now_columns.index(c) for c in columns]
        assert sorted((tuple(r[i] for i in at) for r in now), key=repr) == before, table


def layout(conn: sqlite3.Connection) -> dict[tuple[str, str], object]:
    """A schema as comparable facts: each table's columns, each index's and trigger's SQL."""
    found: dict[tuple[str, str], object] = {}
    for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ):
        if kind == "table":
            found[kind, name] = [r[1:3] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        else:
            found[kind, name] = sql
    return found


def fresh_layout(version: int) -> dict[tuple[str, str], object]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(conn, target=version)
        return layout(conn)
    finally:
        conn.close()


def step_back(path: Path) -> None:
    """Take a store of the current schema back to the one before the last migration: drop
    what that migration added (triggers, indexes, tables, columns; found by comparing fresh
    stores of both versions, so a next migration needs no change here) and say so in
    user_version. Records of the tables that stay are untouched."""
    now, before = fresh_layout(migrations.LATEST), fresh_layout(PREVIOUS)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for kind in ("trigger", "index", "table"):
            for k, name in now:
                if k == kind and (k, name) not in before:
                    conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
        for (k, name), columns in now.items():
            if k == "table" and (k, name) in before:
                for column, _type in columns:  # type: ignore[attr-defined]
                    if (column, _type) not in before[k, name]:  # type: ignore[operator]
                        conn.execute(f'ALTER TABLE "{name}" DROP COLUMN "{column}"')
        conn.execute(f"PRAGMA user_version = {PREVIOUS}")
        assert layout(conn) == before, "the step back must leave the previous schema exactly"
    finally:
        conn.close()


def previous_release(data: Path) -> Path:
    """A store at schema LATEST - 1 with records of every reviewed kind and reviews of them."""
    store = Store(data)
    try:
        made = fill(store)  # two teams' sessions, a consultation, a visit; a supervisor laptop
        design = store.query("leaflet_design", limit=1)[0]
        store.save(
            "print_run", {"design": design["uuid"], "printed_on": "2026-03-10", "copies": 500}
        )
        store.save("handout", {"session": made["s1"], "design": design["uuid"], "count": 40})
        reviews.review(store, None, made["s2"], Action.APPROVE)
        reviews.review(store, None, made["c1"], Action.SEND_BACK, "问题写清楚")
        store.delete("visit", made["v1"])
    finally:
        store.close()
    path = data / DB_NAME
    step_back(path)
    return path


STORES: dict[str, tuple[int, Callable[[Path], Path]]] = {
    "v1-snapshot": (1, build_v1),
    f"v{PREVIOUS}-previous-schema": (PREVIOUS, previous_release),
}


def reviewed_uuids(old: Rows) -> set[str]:
    """The records `outreach review list` lists: every one of the reviewed kinds."""
    found = set()
    for kind in REVIEWED_KINDS:
        columns, records = old[KINDS[kind].table]
        found |= {r[columns.index("uuid")] for r in records}
    return found


@pytest.mark.parametrize("name", list(STORES))
def test_frozen_app_upgrades_an_older_store_and_copies_it_first(
    bundle: Bundle, tmp_path: Path, name: str
) -> None:
    version, build = STORES[name]
    data = tmp_path / "data"
    path = build(data)
    assert pragma(path, "user_version") == version
    old = rows(path)
    listed = reviewed_uuids(old)
    assert listed, "the old store holds records"

    done = bundle.run("review", "list", "--lang", "en", "--data-dir", data)
    assert done.returncode == 0, done.stdout + done.stderr + bundle.log()[-3000:]
    # The frozen app read the migrated store: every record, by its id.
    assert {line.split("\t")[0] for line in done.stdout.splitlines()} == listed
    assert pragma(path, "user_version") == migrations.LATEST
    assert pragma(path, "integrity_check") == "ok"
    kept(old, rows(path))

    (copy,) = backups.migration_copies(data)
    assert re.fullmatch(rf"before-v{version}-\d{{8}}-\d{{6}}\.sqlite3", copy.name)
    assert copy.parent == data / "backups", "beside the daily copies"
    assert pragma(copy, "user_version") == version
    assert pragma(copy, "integrity_check") == "ok"
    assert rows(copy) == old, "the store as the earlier release left it"
    assert f"store at schema version {version} copied to {copy}" in bundle.log()

    # Once migrated, neither the command nor the window copies it again.
    again = bundle.run("review", "list", "--lang", "en", "--data-dir", data)
    assert again.returncode == 0, again.stderr
    assert again.stdout == done.stdout
    shot = tmp_path / "upgraded.png"
    window = bundle.run("--lang", "en", "--screenshot", shot, "--data-dir", data)
    assert window.returncode == 0, window.stderr + bundle.log()[-3000:]
    assert drawn(shot)
    assert backups.migration_copies(data) == [copy]
    assert pragma(path, "user_version") == migrations.LATEST
    kept(old, rows(path))
    assert not list((data / "backups").glob("*.part"))


def test_frozen_window_upgrades_an_older_store_too(bundle: Bundle, tmp_path: Path) -> None:
    """The window, not only a command, copies a store of the previous schema before it
    migrates it (a field officer upgrades and opens the app from the menu)."""
    data = tmp_path / "data"
    path = previous_release(data)
    old = rows(path)
    shot = tmp_path / "window.png"
    done = bundle.run("--lang", "en", "--screenshot", shot, "--data-dir", data)
    assert done.returncode == 0, done.stderr + bundle.log()[-3000:]
    assert drawn(shot)
    assert pragma(path, "user_version") == migrations.LATEST
    kept(old, rows(path))
    (copy,) = backups.migration_copies(data)
    assert copy.name.startswith(f"before-v{PREVIOUS}-")
    assert rows(copy) == old
