"""Help → About over a real store: the right facts, the folder button, and a diagnostics text
for support that holds none of the clients' data."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import sqlite3
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QThreadPool, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel

from desktop import diagnostics
from desktop.store import migrations
from desktop.store.store import DB_NAME, Store
from desktop.ui.about import AboutDialog
from desktop.ui.main_window import MainWindow
from sync.client import LAST_SYNC, SyncError
from tests.ui.conftest import session_values

CLIENT = {"name": "钱奶奶", "phone": "13900000000", "address": "赵庄3组", "notes": "腿脚不便"}


def _visit(store: Store) -> None:
    store.save(
        "visit",
        {
            "visited_on": dt.date.today().isoformat(),
            "village": "赵庄",
            "group": "elderly",
            "services": ["pension_withdrawal"],
            "outcome": "done",
            "consent": True,
            "client_name": CLIENT["name"],
            "client_phone": CLIENT["phone"],
            "client_address": CLIENT["address"],
            "notes": CLIENT["notes"],
        },
    )


def _value(dialog: AboutDialog, key: str) -> str:
    return dialog.values[key].text()


def test_about_shows_the_laptop_and_copies_diagnostics_without_client_data(
    qtbot, ctx, store, monkeypatch
):
    officer = store.add_officer("李明")
    store.set_current_officer(officer["uuid"])
    store.save("session", session_values(place="王家村"))
    _visit(store)
    with store.transaction():
        store.set_setting(LAST_SYNC, "2026-12-01T08:30:00.000+00:00")
    pending = store.pending_changes()
    assert pending == 3  # the officer, the session, the visit
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.sync_status.error = SyncError("offline", "", "http://10.0.0.5:8765")

    dialog = window.about()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    version = importlib.metadata.version("outreach-log")
    assert _value(dialog, "version") == version
    assert dialog.findChild(QLabel, "about_heading").text() == f"Outreach Log {version}"
    assert _value(dialog, "data_dir") == str(store.data_dir)
    size = (store.data_dir / DB_NAME).stat().st_size
    wal = store.data_dir / f"{DB_NAME}-wal"
    size += wal.stat().st_size if wal.exists() else 0
    assert _value(dialog, "store_size") == diagnostics.size_text(size)
    assert _value(dialog, "pending") == "3" and _value(dialog, "refused") == "0"
    assert _value(dialog, "last_sync") == "2026-12-01 08:30 UTC"
    assert "http://10.0.0.5:8765" in _value(dialog, "sync_error")
    assert _value(dialog, "officer") == "李明"
    assert _value(dialog, "device") == store.device_id
    assert _value(dialog, "schema") == f"{migrations.LATEST} (this app's: {migrations.LATEST})"
    assert _value(dialog, "qt") == f"{qVersion()} (PySide6 {PySide6.__version__})"
    assert _value(dialog, "head_office") == "not connected"

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(store.data_dir))]

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == dialog.diagnostics_text() and text.startswith("Outreach Log diagnostics\n")
    assert f"App version: {version}\n" in text
    assert "Changes not yet at head office: 3\n" in text
    assert f"Device id: {store.device_id}\n" in text and "Current officer: 李明\n" in text
    assert f"Data folder: {store.data_dir}\n" in text
    for personal in (*CLIENT.values(), "王家村", "赵庄"):
        assert personal not in text, personal
    assert dialog.findChild(QLabel, "about_copied").text().startswith("Copied")


def test_the_counts_come_from_a_worker_when_the_ui_thread_may_not_wait(qtbot, ctx, store):
    store.save("session", session_values())
    pool = QThreadPool()
    dialog = AboutDialog(ctx, pool=pool, budget=0)
    qtbot.addWidget(dialog)
    assert _value(dialog, "pending") == "counting…"
    qtbot.waitUntil(lambda: _value(dialog, "pending") == "1", timeout=10_000)
    assert pool.waitForDone(10_000)


def test_counts_that_cannot_be_read_say_so(qtbot, ctx, store, monkeypatch):
    def broken(_data_dir: Path) -> diagnostics.Counts:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(diagnostics, "count_file", broken)
    pool = QThreadPool()
    dialog = AboutDialog(ctx, pool=pool, budget=0)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "could not be read" in _value(dialog, "pending"), timeout=10_000)
    assert pool.waitForDone(10_000)


def test_the_diagnostics_text_needs_no_qt(tmp_path: Path) -> None:
    """A future `outreach about` prints the same text: the facts come without Qt."""
    repo = Path(diagnostics.__file__).resolve().parent.parent
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop import diagnostics\n"
        "from desktop.store.store import Store\n"
        f"store = Store(Path({str(tmp_path / 'data')!r}))\n"
        "print(diagnostics.gather(store, counts=diagnostics.count(store.conn)).text(), end='')\n"
        "store.close()\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] == 'PySide6'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True
    )
    *text, qt = done.stdout.splitlines()
    assert qt == "[]"
    assert "Qt: not loaded" in text and "Last sync: never" in text
    assert "Changes not yet at head office: 0" in text
    assert f"Store schema version: {migrations.LATEST} (this app's: {migrations.LATEST})" in text


def test_the_version_falls_back_to_pyproject_then_to_unknown(monkeypatch, tmp_path):
    def missing(_name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(_name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert diagnostics.app_version() == _pyproject_version()
    monkeypatch.setattr(diagnostics, "_PYPROJECT", tmp_path / "nowhere.toml")
    assert diagnostics.app_version() == diagnostics.UNKNOWN_VERSION


def _pyproject_version() -> str:
    import tomllib

    with (Path(diagnostics.__file__).parent.parent / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def test_sizes_read_at_a_glance():
    assert diagnostics.size_text(512) == "512 B"
    assert diagnostics.size_text(1536) == "1.5 KiB"
    assert diagnostics.size_text(5 * 1024**2) == "5.0 MiB"
    assert diagnostics.size_text(3 * 1024**3) == "3.0 GiB"
