"""Who is recording: the laptop's current officer, chosen from the team's roster.

A team laptop is shared by several officers. The window asks for a name at the first start
(OfficerDialog), and a button in the menu bar ("Officer: NAME ▾", OfficerButton) switches to
another officer or adds one. Once the laptop is enrolled the roster is head office's: the
laptop adds an officer only while its team has none (see Store.may_add_officers).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import officer_key
from desktop.domain.validation import Invalid
from desktop.ui.context import UiContext
from desktop.ui.labels import translate
from sync.client import is_enrolled


class OfficerDialog(QDialog):
    """Ask who is recording: a name from the roster, or a new one where the laptop may add."""

    chosen = Signal(dict)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, first: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        store = ctx.store
        self.setObjectName("officer_dialog")
        self.may_add = store.may_add_officers(is_enrolled(store))
        self.roster = store.officers()
        self.setWindowTitle(
            translate("Officers", "Who is recording?")
            if first
            else translate("Officers", "Add an officer")
        )
        layout = QVBoxLayout(self)
        if first:
            intro = translate(
                "Officers",
                "Several officers can share this laptop. Every record and every change names "
                "the officer who made it. Who is using the laptop now?",
            )
        else:
            intro = translate("Officers", "The officer's name, as records should show it:")
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.name = QComboBox()
        self.name.setObjectName("officer_name")
        self.name.setEditable(self.may_add)
        if first:
            for officer in self.roster:
                self.name.addItem(str(officer["name"]), officer["uuid"])
        if self.may_add:
            line = self.name.lineEdit()
            assert line is not None  # an editable combo box has one
            line.setPlaceholderText(translate("Officers", "Your name"))
            line.setMaxLength(60)
            older = store.setting("author")  # what an older version recorded under
            if not self.roster:
                line.setText(str(older) if first and older else "")
        else:
            note = QLabel(
                translate(
                    "Officers",
                    "The team's roster comes from head office. Not on it? Ask head office to "
                    "add you.",
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.name)
        self.problem = QLabel()
        self.problem.setObjectName("officer_problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        store = self.ctx.store
        text = " ".join(self.name.currentText().split())
        if not text:
            self._say(translate("Officers", "Give a name, as records should show it."))
            return
        key = officer_key(text)
        officer = next((o for o in self.roster if officer_key(o["name"]) == key), None)
        if officer is None:
            if not self.may_add:
                self._say(translate("Officers", "This name is not on the team's roster."))
                return
            try:
                officer = store.add_officer(text)
            except Invalid:
                self._say(translate("Officers", "A name has at most 60 characters."))
                return
        self.chosen.emit(store.set_current_officer(officer["uuid"]))
        super().accept()

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()


class OfficerButton(QToolButton):
    """The "Officer: NAME ▾" button: who records now; its menu switches or adds an officer."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("officer_button")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # ▾ is in the text
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self.fill_menu)
        self.setMenu(self.menu_)
        self.refresh()

    def refresh(self) -> None:
        current = self.ctx.store.current_officer()
        name = str(current["name"]) if current else translate("Officers", "nobody chosen")
        self.setText(translate("Officers", "Officer: %1 ▾").replace("%1", name))
        self.setToolTip(
            translate("Officers", "Who records on this laptop now: switch or add an officer")
        )

    def fill_menu(self) -> None:
        store = self.ctx.store
        self.menu_.clear()
        current = store.current_officer()
        for officer in store.officers():
            action = QAction(str(officer["name"]), self.menu_)
            action.setCheckable(True)
            action.setChecked(current is not None and current["uuid"] == officer["uuid"])
            action.triggered.connect(lambda _=False, uuid=officer["uuid"]: self.switch_to(uuid))
            self.menu_.addAction(action)
        self.menu_.addSeparator()
        add = QAction(translate("Officers", "Add an officer…"), self.menu_)
        add.setObjectName("add_officer")
        if store.may_add_officers(is_enrolled(store)):
            add.triggered.connect(self.ask_for_new)
        else:
            add.setEnabled(False)
            add.setText(translate("Officers", "Add an officer… (head office keeps the roster)"))
        self.menu_.addAction(add)

    def _added(self, _officer: dict[str, object]) -> None:
        self.refresh()
        self.changed.emit()

    def switch_to(self, uuid: str) -> None:
        self.ctx.store.set_current_officer(uuid)
        self.refresh()
        self.changed.emit()

    def ask_for_new(self) -> OfficerDialog:
        dialog = OfficerDialog(self.ctx, self.window())
        dialog.chosen.connect(self._added)
        dialog.open()
        self.dialog = dialog
        return dialog
