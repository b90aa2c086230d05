"""Copies of the store: the daily ones (complete, readable, a few kept) and the one made
before a migration (kept; no migration without it)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from pathlib import Path

import pytest

from desktop.store import backups, migrations
from desktop.store.errors import StoreUnavailable
from desktop.store.store import Store
from tests.store.test_migrations import build_v1
from tests.store.test_store import session_values


def test_a_copy_holds_the_store_and_only_the_newest_are_kept(store: Store) -> None:
    for place in ("一村", "二村"):
        store.save("session", session_values(place=place))
    assert backups.due(store.data_dir)
    start = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)
    made = backups.make(store.path, store.data_dir, start)
    assert not backups.due(store.data_dir)
    copy = Store(_alone(made, store.data_dir.parent / "restored"))
    try:
        assert sorted(r["place"] for r in copy.query("session")) == ["一村", "二村"]
    finally:
        copy.close()
    for day in range(1, 10):
        backups.make(store.path, store.data_dir, start + dt.timedelta(days=day))
    kept = backups.copies(store.data_dir)
    assert len(kept) == backups.KEEP and kept[-1].name == "outreach-20261110-080000.sqlite3"
    assert not list(backups.folder_of(store.data_dir).glob("*.part"))


def _alone(copy: Path, folder: Path) -> Path:
    """A data folder holding only the copy, as a user restoring it would make."""
    folder.mkdir()
    (folder / "outreach.sqlite3").write_bytes(copy.read_bytes())
    return folder


def test_the_window_makes_the_days_copy_in_the_background(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QThreadPool

    from desktop.ui.app import _back_up

    store = Store(tmp_path / "data")
    try:
        worker = _back_up(store, store.data_dir)
        qtbot.waitUntil(lambda: len(backups.copies(store.data_dir)) == 1, timeout=10_000)
        assert QThreadPool.globalInstance().waitForDone(10_000) and worker is not None
    finally:
        store.close()


def test_restoring_a_copy_leaves_the_later_write_ahead_log_aside(tmp_path: Path, capsys) -> None:
    """A laptop that died mid-work leaves a write-ahead log beside the store: laid over the
    store with that log still there, the copy would be damaged by its replay."""
    from desktop import cli

    data = tmp_path / "data"
    store = Store(data)
    for place in ("一村", "二村"):
        store.save("session", session_values(place=place))
    backups.make(store.path, data)
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(200):
        store.save("session", session_values(place=f"后来的村{i}"))
    log = Path(f"{store.path}-wal")
    left = log.read_bytes()  # what a crash would leave beside the store
    store.close()
    log.write_bytes(left)

    assert cli.main(["restore", "--data-dir", str(data), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("The store is now the copy ") and "comes back at the next sync" in said
    restored = Store(data)
    try:
        assert restored.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert sorted(r["place"] for r in restored.query("session")) == ["一村", "二村"]
    finally:
        restored.close()
    (aside,) = data.glob("replaced-*")
    assert "outreach.sqlite3" in {p.name for p in aside.iterdir()}
    assert not Path(f"{restored.path}-wal").exists() or restored.count("session") == 2


def test_restoring_without_a_copy_says_so(tmp_path: Path, capsys) -> None:
    from desktop import cli

    Store(tmp_path / "data").close()
    assert cli.main(["restore", "--data-dir", str(tmp_path / "data"), "--lang", "en"]) == 1
    assert "There is no whole copy of the store in" in capsys.readouterr().err


def test_a_store_in_use_is_not_replaced_and_a_damaged_copy_is_passed_over(
    tmp_path: Path, capsys
) -> None:
    from desktop import cli

    data = tmp_path / "data"
    store = Store(data)
    store.save("session", session_values(place="一村"))
    good = backups.make(store.path, data, dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    bad = backups.make(store.path, data, dt.datetime(2026, 11, 2, tzinfo=dt.UTC))
    bad.write_bytes(b"\x00damaged" * 512)
    assert cli.main(["restore", "--data-dir", str(data), "--lang", "en"]) == 1
    assert "busy in another program" in capsys.readouterr().err, "the window has it open"
    store.close()

    assert backups.newest_good(data) == good
    assert cli.main(["restore", "--data-dir", str(data), "--lang", "en", str(bad)]) == 1
    assert "is damaged too" in capsys.readouterr().err
    assert cli.main(["restore", "--data-dir", str(data), "--lang", "en"]) == 0
    assert good.name in capsys.readouterr().out


# -- the copy made before a migration ---------------------------------------------------------


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


_SESSIONS = "SELECT uuid, place, held_on, revision, hlc FROM sessions ORDER BY uuid"
_OUTBOX = "SELECT seq, change_id, payload FROM outbox ORDER BY seq"


def test_an_older_store_is_copied_before_it_is_migrated_and_only_then(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = build_v1(data)
    sessions, outbox = _rows(path, _SESSIONS), _rows(path, _OUTBOX)
    assert sessions and outbox

    Store(data).close()
    (copy,) = backups.migration_copies(data)
    assert re.fullmatch(r"before-v1-\d{8}-\d{6}\.sqlite3", copy.name)
    assert copy.parent == backups.folder_of(data), "beside the daily copies"
    assert _rows(copy, "PRAGMA user_version") == [(1,)]
    assert _rows(copy, _SESSIONS) == sessions and _rows(copy, _OUTBOX) == outbox
    assert _rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(path, "PRAGMA user_version") == [(migrations.LATEST,)], "then migrated"
    assert backups.copies(data) == [], "not a daily copy: the daily one is still due"
    assert backups.due(data)

    Store(data).close()
    assert backups.migration_copies(data) == [copy], "a migrated store is not copied again"
    assert not list(backups.folder_of(data).glob("*.part"))


def test_a_store_one_version_behind_is_copied_under_that_version(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / "outreach.sqlite3", isolation_level=None)
    migrations.migrate(conn, target=migrations.LATEST - 1)
    conn.close()
    Store(data).close()
    (copy,) = backups.migration_copies(data)
    assert copy.name.startswith(f"before-v{migrations.LATEST - 1}-")
    assert _rows(copy, "PRAGMA user_version") == [(migrations.LATEST - 1,)]


def test_the_copy_holds_what_a_laptop_that_died_left_in_the_write_ahead_log(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "outreach.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.migrate(conn, target=migrations.LATEST - 1)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO settings (key, value) VALUES ('probe', '\"last words\"')")
    log = Path(f"{path}-wal")
    left = log.read_bytes()  # what a power cut leaves beside the store
    conn.close()
    log.write_bytes(left)

    Store(data).close()
    (copy,) = backups.migration_copies(data)
    assert _rows(copy, "SELECT value FROM settings WHERE key = 'probe'") == [('"last words"',)]
    assert _rows(copy, "PRAGMA integrity_check") == [("ok",)]


def test_a_new_store_is_not_copied(tmp_path: Path) -> None:
    Store(tmp_path / "data").close()
    Store(tmp_path / "data").close()
    assert backups.migration_copies(tmp_path / "data") == []
    assert not backups.folder_of(tmp_path / "data").exists()


def test_the_daily_rotation_keeps_the_copy_and_restore_can_put_it_back(
    tmp_path: Path, capsys
) -> None:
    from desktop import cli

    data = tmp_path / "data"
    build_v1(data)
    store = Store(data)
    store.save("session", session_values(place="升级以后"))
    start = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    for day in range(backups.KEEP + 3):
        backups.make(store.path, data, start + dt.timedelta(days=day))
    store.close()
    (copy,) = backups.migration_copies(data)
    assert len(backups.copies(data)) == backups.KEEP
    assert backups.newest_good(data) == backups.copies(data)[-1], "the newest of all copies"

    assert cli.main(["restore", "--data-dir", str(data), "--lang", "en", str(copy)]) == 0
    assert copy.name in capsys.readouterr().out
    restored = Store(data)  # migrated again, and copied again first
    try:
        assert "升级以后" not in {r["place"] for r in restored.query("session")}
        assert {r["place"] for r in restored.query("session")} >= {"王家村", "城关农贸市场"}
    finally:
        restored.close()
    assert len(backups.migration_copies(data)) in (1, 2)  # 1 when made in the same second


def test_the_newest_copy_may_be_the_one_made_before_a_migration(tmp_path: Path) -> None:
    """A store damaged soon after an upgrade: its newest copy is the one from the upgrade."""
    data = tmp_path / "data"
    build_v1(data)
    old_day = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    backups.make(data / "outreach.sqlite3", data, old_day)
    Store(data).close()
    (copy,) = backups.migration_copies(data)
    assert backups.newest_good(data) == copy


def _refused(data: Path) -> backups.CopyBeforeMigrationFailed:
    path = data / "outreach.sqlite3"
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(backups.CopyBeforeMigrationFailed) as caught:
        Store(data)
    assert isinstance(caught.value, StoreUnavailable), "the store's own failure type"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "not migrated, untouched"
    assert _rows(path, "PRAGMA user_version") == [(1,)]
    return caught.value


def test_no_migration_when_a_file_is_in_the_copys_way(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    build_v1(data)
    backups.folder_of(data).write_text("not a folder")
    failure = _refused(data)
    message = failure.message()
    assert str(backups.folder_of(data)) in message
    assert "a file of that name is in the way" in message and "Nothing was changed" in message

    from desktop import cli

    assert cli.main(["todo", "--data-dir", str(data), "--lang", "en"]) == 1
    assert str(backups.folder_of(data)) in capsys.readouterr().err, "the command says it too"
    assert _rows(data / "outreach.sqlite3", "PRAGMA user_version") == [(1,)]

    backups.folder_of(data).unlink()  # the user makes room: the next start upgrades
    Store(data).close()
    assert len(backups.migration_copies(data)) == 1


def test_no_migration_on_a_full_disk_and_no_half_copy_left(tmp_path: Path, monkeypatch) -> None:
    class FullDisk:
        """sqlite3 as backups.py sees it, on a disk with room for two pages."""

        Error = sqlite3.Error
        SQLITE_FULL = sqlite3.SQLITE_FULL

        @staticmethod
        def connect(path: Path) -> sqlite3.Connection:
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA max_page_count = 2")
            return conn

    data = tmp_path / "data"
    build_v1(data)
    monkeypatch.setattr(backups, "sqlite3", FullDisk)
    failure = _refused(data)
    assert "the disk is full" in failure.message()
    assert "database or disk is full" not in failure.message(), "SQLite's English: to the log"
    assert list(backups.folder_of(data).iterdir()) == [], "no .part left behind"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_no_migration_when_the_backups_folder_is_read_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    build_v1(data)
    backups.folder_of(data).mkdir()
    backups.folder_of(data).chmod(0o500)
    try:
        assert "no permission" in _refused(data).message()
    finally:
        backups.folder_of(data).chmod(0o700)


def test_sqlites_own_words_go_only_to_the_log(tmp_path: Path) -> None:
    failure = backups.CopyBeforeMigrationFailed(tmp_path / "backups", "disk I/O error")
    assert "disk I/O error" in str(failure), "the log has them"
    assert "disk I/O error" not in failure.message()
    assert "the details are in the log file" in failure.message()
