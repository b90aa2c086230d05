"""Review actions from the window: approve many at once, send back or answer with a comment.

The same store calls as `outreach review` / `outreach todo` (desktop.review_cli): approving
several records is one transaction (all or none), and a refusal (reviews.ReviewRefused) is
shown in a dialog in the user's words, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.review import MAX_COMMENT, Action
from desktop.store import reviews
from desktop.store.store import Store
from desktop.ui.labels import translate


def show_refusal(parent: QWidget, refused: reviews.ReviewRefused) -> QMessageBox:
    """The refusal in a window-modal box (opened, not exec'd: the window keeps running)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Review", "Not done"),
        refused.message(translate),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("review_refusal")
    box.open()
    return box


def take(
    store: Store, targets: Iterable[tuple[str, str]], action: Action, comment: str = ""
) -> None:
    """`action` on every (kind, uuid) in one transaction: all of them, or none (raises the
    first refusal)."""
    with store.transaction():
        for kind, uuid in targets:
            reviews.review(store, kind, uuid, action, comment)


class CommentDialog(QDialog):
    """A required comment: "needs correction" (what to correct) or an officer's answer.
    OK stays disabled until something is written; `given` carries the comment."""

    given = Signal(str)

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comment_dialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(translate("Review", "Required"))
        layout.addWidget(self.comment, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.comment.textChanged.connect(self._edited)
        self.resize(460, 240)

    def _edited(self) -> None:
        text = self.comment.toPlainText().strip()
        self.ok.setEnabled(0 < len(text) <= MAX_COMMENT)

    def accept(self) -> None:
        text = self.comment.toPlainText().strip()
        if not text:
            return
        super().accept()
        self.given.emit(text)


def send_back_dialog(count: int, parent: QWidget | None = None) -> CommentDialog:
    return CommentDialog(
        translate("Review", "Needs correction"),
        translate(
            "Review",
            "Send %n record(s) back to the officer. Say what to correct (required):",
            None,
            count,
        ),
        parent,
    )


def answer_dialog(parent: QWidget | None = None) -> CommentDialog:
    return CommentDialog(
        translate("Review", "Answer the supervisor"),
        translate(
            "Review",
            "Your answer goes to the supervisor with the record unchanged (required):",
        ),
        parent,
    )
