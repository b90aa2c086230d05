"""The history dialog shows every change whole: a line per field, wrapped, rows as tall as that."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from desktop.domain.kinds import KINDS
from desktop.ui.history import HistoryDialog
from tests.ui.conftest import session_values

NOTES = (
    "在村委会广场设咨询台，现场演示如何识别冒充公检法的诈骗电话，"
    "并为老人逐一讲解手机银行的安全设置和转账前的核实步骤。" * 3
)


def needed_height(table, row: int, column: int) -> int:
    """The height the cell's text takes wrapped at its column's width (less the cell margins)."""
    text = table.item(row, column).text()
    width = table.columnWidth(column) - 8
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    return table.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, text).height()


def test_every_change_is_shown_whole(qtbot, ctx, store):
    record = store.save("session", session_values(notes=NOTES, staff=["王芳", "李强"]))
    store.save(
        "session",
        {**record, "place": "柳树村村委会广场", "audience": 85, "notes": NOTES + "（补记）"},
        uuid=record["uuid"],
    )
    dialog = HistoryDialog(ctx, KINDS["session"], record["uuid"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    changed, created = table.item(0, 3).text(), table.item(1, 3).text()
    assert changed.splitlines() == [
        "Place: 王家村 → 柳树村村委会广场",
        "Audience: 40 → 85",
        f"Notes: {NOTES} → {NOTES}（补记）",
    ]
    assert f"Notes: {NOTES}" in created.splitlines()
    assert "Staff present: 王芳, 李强" in created.splitlines()
    for row in range(2):
        assert table.rowHeight(row) >= needed_height(table, row, 3)
        assert table.item(row, 3).toolTip() == table.item(row, 3).text()
    assert table.wordWrap()
    # Nothing of the column is off to the right.
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(3) + header.sectionSize(3) <= table.viewport().width()


def test_the_dialog_is_resizable_and_rows_follow(qtbot, ctx, store):
    record = store.save("session", session_values(notes=NOTES))
    dialog = HistoryDialog(ctx, KINDS["session"], record["uuid"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.isSizeGripEnabled()
    assert dialog.width() >= 900 and dialog.height() >= 480
    tall = dialog.table.rowHeight(0)
    dialog.resize(600, 480)
    qtbot.waitUntil(lambda: dialog.table.rowHeight(0) > tall)
    assert dialog.table.rowHeight(0) >= needed_height(dialog.table, 0, 3)
