"""Importing a ledger from the window: in the background, with a report, all or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.ui.main_window import MainWindow

TEMPLATE = Path(__file__).resolve().parents[2] / "assets" / "templates" / "ledger_template.csv"


def test_template_imports_from_the_window(qtbot, ctx, store, monkeypatch, tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ledger = tmp_path / "台账.csv"
    shutil.copy(TEMPLATE, ledger)
    window.import_file(ledger)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert store.count("session") == 2
    assert window.lists["session"].model.total == 2
    assert "2" in shown[0]
    assert window.import_action.isEnabled()


def test_a_broken_ledger_is_refused_with_row_numbers_and_nothing_written(
    qtbot, ctx, store, tmp_path
):
    text = TEMPLATE.read_text(encoding="utf-8-sig").splitlines()
    broken = [text[0], text[1], text[2].replace(text[2].split(",")[0], "2026-13-45", 1)]
    ledger = tmp_path / "bad.csv"
    ledger.write_text("\n".join(broken) + "\n", encoding="utf-8")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.import_file(ledger)
    qtbot.waitUntil(lambda: window.last_import_result is not None, timeout=20_000)
    box = window.import_error_box
    assert 'Row 3, column "日期": Enter a date such as 2026-03-15.' in box.text()
    assert store.count("session") == 0
    assert store.pending_changes() == 0
    box.close()
