"""The import error dialog is as wide as its table needs: every row's problem readable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from desktop.importer.ledger import import_file
from desktop.ui.import_errors import ImportErrorDialog

TEMPLATE = Path(__file__).resolve().parents[2] / "assets" / "templates" / "ledger_template.csv"
LONG_TOPIC = "一个不在基础数据里的宣传主题名字写得很长很长要占满整整一行还不止" * 3


def failure(store, tmp_path: Path) -> Exception:
    lines = TEMPLATE.read_text(encoding="utf-8-sig").splitlines()
    header, first, second = lines[:3]
    rows = [
        header,
        first.replace("2026-03-14", "2026-13-45"),
        second.replace("征信知识、银行卡与手机银行安全", LONG_TOPIC),
        first.replace(",85,", ",-3,"),
    ]
    ledger = tmp_path / "bad.csv"
    ledger.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        import_file(store, ledger, owned=False)  # lists from head office: no entry to propose
    return caught.value


def test_the_table_is_wide_enough_for_its_rows(qtbot, ctx, store, tmp_path):
    exc = failure(store, tmp_path)
    dialog = ImportErrorDialog(exc)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() == 3
    assert [table.item(r, 0).text() for r in range(3)] == ["2", "3", "4"]
    assert LONG_TOPIC in table.item(1, 2).text()
    header = table.horizontalHeader()
    # Row and column numbers whole; the problem column gets the rest and wraps within it.
    for column in range(table.columnCount() - 1):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)
    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert table.wordWrap()
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row)
    assert dialog.width() >= 560 and dialog.minimumWidth() >= 560
    # Everything the old message said is still there, in order, for copying.
    assert dialog.text().splitlines() == exc.lines(lambda _c, t: t)
    dialog.findChild(QPushButton, "copy").click()
    assert QGuiApplication.clipboard().text() == dialog.text()


def test_a_file_that_is_not_a_ledger_lists_its_problems(qtbot, ctx, store, tmp_path):
    ledger = tmp_path / "notes.csv"
    ledger.write_text("hello,world\n1,2\n", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        import_file(store, ledger)
    dialog = ImportErrorDialog(caught.value)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == len(caught.value.lines(lambda _c, t: t)) - 1
    assert dialog.table.rowCount() >= 1
