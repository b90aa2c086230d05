"""A field laptop's to-do list ("退回修改 N"): the records a supervisor sent back, each with the
comment. Opening one opens the record's own form with the comment above it (saving the fix
makes it "corrected"); Answer… replies in the thread and leaves the record as it is.

The list is reviews.todo (an index probe of review_state: a team's own few records).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import KINDS
from desktop.domain.review import Action
from desktop.store import reviews
from desktop.ui.context import UiContext
from desktop.ui.history import who_label
from desktop.ui.labels import kind_label, translate
from desktop.ui.record_form import RecordForm
from desktop.ui.review.actions import CommentDialog, answer_dialog, show_refusal, take


def comment_banner(item: dict[str, Any]) -> QLabel:
    """The supervisor's comment, shown above the record's form."""
    text = translate("Review", "Sent back by %1 (%2): %3")
    text = text.replace("%1", who_label(item["sent_back_by"]))
    text = text.replace("%2", str(item["sent_back_at"])[:16].replace("T", " "))
    label = QLabel(text.replace("%3", item["comment"]))
    label.setObjectName("review_comment")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("background: #ffe8cc; padding: 6px; border: 1px solid #e0a060;")
    return label


class TodoView(QWidget):
    """The records sent back for correction; `changed` fires after a fix or an answer."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("todo")
        self.items: list[dict[str, Any]] = []
        self.form: RecordForm | None = None
        self.comment_dialog: CommentDialog | None = None
        self.refusal_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Review",
                "A supervisor sent these records back. Open one to correct it, or answer the"
                " comment if the record is right as it is.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("todo_table")
        self.table.setHorizontalHeaderLabels(
            [
                translate("Review", "Date"),
                translate("Review", "Kind"),
                translate("Review", "Place / question"),
                translate("Review", "Sent back by"),
                translate("Review", "Comment"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.empty = QLabel(translate("Review", "Nothing was sent back for correction."))
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        self.open_button = QPushButton(translate("Review", "Open and correct…"))
        self.open_button.setObjectName("open")
        self.open_button.clicked.connect(self.open_selected)
        self.answer_button = QPushButton(translate("Review", "Answer…"))
        self.answer_button.setObjectName("answer")
        self.answer_button.clicked.connect(self.answer_selected)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.answer_button)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.items = reviews.todo(self.ctx.store)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = [
                item["date"],
                kind_label(KINDS[item["kind"]]),
                item["place"],
                who_label(item["sent_back_by"]),
                item["comment"],
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(str(text))
                cell.setToolTip(str(text))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.items)
        if self.items and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.answer_button.setEnabled(chosen)

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def open_selected(self) -> RecordForm | None:
        """The record's own form, with the comment above it (opened, not exec'd)."""
        from desktop.ui.record_list import open_form

        item = self.selected()
        if item is None:
            return None
        kind = KINDS[item["kind"]]
        record = self.ctx.store.get(kind.name, item["uuid"])
        if record is None:
            return None
        form = open_form(self.ctx, kind, record, parent=self)
        layout = form.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, comment_banner(item))
        form.saved.connect(lambda _uuid: self._done())
        form.finished.connect(lambda _code: setattr(self, "form", None))
        self.form = form
        form.open()
        return form

    def answer_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = answer_dialog(self)
        dialog.given.connect(lambda comment: self._answer(item, comment))
        dialog.finished.connect(lambda _code: setattr(self, "comment_dialog", None))
        self.comment_dialog = dialog
        dialog.open()

    def _answer(self, item: dict[str, Any], comment: str) -> None:
        try:
            take(self.ctx.store, [(item["kind"], item["uuid"])], Action.ANSWER, comment)
        except reviews.ReviewRefused as refused:
            self.refusal_box = show_refusal(self, refused)
            return
        self._done()

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()
