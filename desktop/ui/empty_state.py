"""What a fresh store shows instead of an empty list: the three ways to start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.store.store import Store
from desktop.ui.labels import translate

#: The kinds of records a user starts with; the panel goes once any of them has a record.
STARTING_KINDS = ("session", "consultation", "visit")
TEXT_WIDTH = 520


def store_is_empty(store: Store) -> bool:
    # One row each, not a count: a supervisor's store holds a million records.
    return not any(store.query(kind, limit=1) for kind in STARTING_KINDS)


class EmptyStorePanel(QFrame):
    """Import a ledger, record a session, or connect to head office: each button runs the
    window's own action for it."""

    def __init__(
        self,
        on_import: Callable[[], None],
        on_record: Callable[[], None],
        on_connect: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addStretch(1)
        heading = QLabel(translate("EmptyState", "Nothing is recorded on this laptop yet"))
        heading.setObjectName("empty_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self._add_text(layout, heading)
        intro = QLabel(translate("EmptyState", "Start in one of three ways:"))
        self._add_text(layout, intro)
        layout.addSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        self.notes: dict[str, QLabel] = {}
        for name, text, note, action in (
            (
                "import",
                translate("EmptyState", "Import a ledger…"),
                translate(
                    "EmptyState", "Bring in the sessions the branch already keeps in Excel or CSV."
                ),
                on_import,
            ),
            (
                "record",
                translate("EmptyState", "Record a session…"),
                translate("EmptyState", "Enter an outreach session held today or earlier."),
                on_record,
            ),
            (
                "connect",
                translate("EmptyState", "Connect to head office…"),
                translate(
                    "EmptyState",
                    "With an enrolment code from head office: what you record is then sent "
                    "there, and the reference lists come from there.",
                ),
                on_connect,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"start_{name}")
            button.setMinimumWidth(280)
            button.clicked.connect(lambda _checked=False, act=action: act())
            label = QLabel(note)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self._add_text(layout, label)
            layout.addSpacing(10)
            self.buttons[name] = button
            self.notes[name] = label
        layout.addStretch(2)

    @staticmethod
    def _add_text(layout: QVBoxLayout, label: QLabel) -> None:
        """Centred, wrapped at TEXT_WIDTH, as tall as its lines (a centred box layout item
        gets no height-for-width of its own)."""
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFixedWidth(TEXT_WIDTH)
        label.setMinimumHeight(label.heightForWidth(TEXT_WIDTH))
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_can_connect(self, can: bool) -> None:
        """An enrolled (or demo) laptop has nothing to connect: its records come by sync."""
        self.buttons["connect"].setVisible(can)
        self.notes["connect"].setVisible(can)
