"""Who changed what, when: a record's edit history, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import RecordKind
from desktop.ui.context import UiContext
from desktop.ui.labels import display, field_label, kind_label, translate

#: The device id head office writes its own versions under (sync.server.auth.HEAD_OFFICE).
HEAD_OFFICE = "headoffice"


def who_label(author: str | None) -> str:
    """The officer who made a change (head office's own changes say so)."""
    if author == HEAD_OFFICE:
        return translate("History", "Head office")
    return author or translate("History", "unknown")


def device_label(device_id: str | None, own: str) -> str:
    """Where a change was made, as a detail of who made it (the who column's tooltip)."""
    if device_id == HEAD_OFFICE:
        return translate("History", "At head office")
    if device_id == own:
        return translate("History", "On this laptop (%1)").replace("%1", own)
    return translate("History", "On laptop %1").replace("%1", device_id or "?")


def action_label(action: str) -> str:
    labels = {
        "create": translate("History", "Created"),
        "update": translate("History", "Changed"),
        "delete": translate("History", "Deleted"),
        "restore": translate("History", "Restored"),
        "received": translate("History", "Received from head office"),
    }
    return labels.get(action, action)


class HistoryDialog(QDialog):
    def __init__(
        self, ctx: UiContext, kind: RecordKind, uuid: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("History", "History: %1").replace("%1", kind_label(kind)))
        layout = QVBoxLayout(self)
        entries = ctx.store.history(uuid)
        self.table = QTableWidget(len(entries), 4)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels(
            [
                translate("History", "When"),
                translate("History", "Who"),
                translate("History", "What"),
                translate("History", "Changes"),
            ]
        )
        self.table.verticalHeader().hide()
        # The whole change, a line per field, wrapped: rows grow to their text.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(entries):
            changes = []
            for name, (old, new) in entry["changes"].items():
                if name not in kind.field_names:
                    continue
                f = kind.field(name)
                before = display(ctx.store, f, old, ctx.lang) if not f.personal else "•••"
                after = display(ctx.store, f, new, ctx.lang) if not f.personal else "•••"
                changes.append(
                    f"{field_label(f)}: {before} → {after}"
                    if old not in (None, [])
                    else f"{field_label(f)}: {after}"
                )
            cells = [
                entry["at"][:19].replace("T", " "),
                who_label(entry["author"]),
                action_label(entry["action"]),
                "\n".join(changes),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 3:
                    item.setToolTip(text)
                if column == 1:  # the officer; where, as a detail
                    item.setToolTip(device_label(entry["device_id"], ctx.store.device_id))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(560, 280)
        self.resize(960, 520)
