"""Who changed what, when: a record's edit history, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
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
                f"{entry['author']} ({entry['device_id']})",
                action_label(entry["action"]),
                "; ".join(changes),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 360)
