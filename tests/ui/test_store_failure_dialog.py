"""A store failure met in the window (a full disk during a save) is said in our words, not
as "something went wrong" nor in SQLite's English."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from desktop.store.store import Store
from desktop.ui import app


def test_a_full_disk_while_saving_is_said_in_our_words(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    app._install_excepthook(tmp_path)
    s = Store(tmp_path)
    try:
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(sqlite3.OperationalError) as raised, s.transaction():
            s.set_setting("filler", "x" * 100_000)
    finally:
        s.close()
    sys.excepthook(type(raised.value), raised.value, raised.value.__traceback__)
    assert len(shown) == 1
    assert shown[0].startswith(f"The disk that holds {tmp_path} is full")
    assert "database or disk is full" not in shown[0]


def test_an_import_held_up_by_another_program_says_so_in_our_words(
    qtbot, ctx, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store import store as store_module
    from desktop.ui.main_window import MainWindow
    from tests.ui.test_import_window import TEMPLATE

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing, for longer than the wait
        window.import_file(TEMPLATE)
        qtbot.waitUntil(lambda: window.last_import_result is not None, timeout=20_000)
    finally:
        other.close()
    text = window.import_error_box.text()
    window.import_error_box.close()
    assert "is busy in another program; close it and try again." in text
    assert "database is locked" not in text
    assert store.count("session") == 0
