"""Daily copies of the store: complete, readable, a few kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.store import backups
from desktop.store.store import Store
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
