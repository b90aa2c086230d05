"""The record form: built from a kind's fields, quick to fill in, and never loses what was typed.

Every edit is written to a draft in the store a moment later, so a laptop that dies or a window
closed by accident gives the input back the next time the form opens. Errors and warnings come
from the shared validation and are shown under the field they concern; warnings ask for a
second click instead of blocking.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.fields import FieldType
from desktop.domain.kinds import RecordKind
from desktop.domain.validation import ERROR, Invalid, Issue
from desktop.store.store import Record, StaleEdit
from desktop.ui.context import UiContext
from desktop.ui.editors import Editor, make_editor
from desktop.ui.labels import field_label, kind_label, translate

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #9a5b00;"
DRAFT_DELAY_MS = 400


def remembered_key(kind: str, field: str) -> str:
    return f"last:{kind}:{field}"


class RecordForm(QDialog):
    """Create or edit one record of `kind`; `saved` carries the record's uuid."""

    saved = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        kind: RecordKind,
        record: Record | None = None,
        preset: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.kind = kind
        self.record = record
        self.preset = preset or {}
        self.draft_key = f"{kind.name}:{record['uuid'] if record else 'new'}"
        self.editors: dict[str, Editor] = {}
        self.messages: dict[str, QLabel] = {}
        self._attempted = False
        self._warned: dict[str, Any] | None = None
        self._dirty = False
        self._loading = True
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)

        title = kind_label(kind)
        self.setWindowTitle(
            translate("RecordForm", "Edit: %1").replace("%1", title)
            if record
            else translate("RecordForm", "New: %1").replace("%1", title)
        )
        self.setObjectName(f"form_{kind.name}")
        outer = QVBoxLayout(self)
        self.banner = QWidget()
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(6, 4, 6, 4)
        self.banner.setStyleSheet("background: #fff4d6;")
        self.banner_text = QLabel()
        self.discard_button = QPushButton(translate("RecordForm", "Discard restored input"))
        self.discard_button.clicked.connect(self.discard_draft)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.discard_button)
        self.banner.hide()
        outer.addWidget(self.banner)

        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body_layout.addLayout(form)
        personal = [f for f in kind.fields if f.personal]
        for f in kind.fields:
            if f.personal or (f.name == "consent" and personal) or not f.editable:
                continue
            self._add_row(form, f)
        if personal:
            box = QGroupBox(translate("RecordForm", "Personal data (kept only with consent)"))
            box.setObjectName("personal_box")
            personal_form = QFormLayout(box)
            self._add_row(personal_form, kind.field("consent"))
            for f in personal:
                self._add_row(personal_form, f)
            self.body_layout.addWidget(box)
            self.editors["consent"].changed.connect(self._update_personal_enabled)
        self.build_extras(self.body_layout)
        self.body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.general_message = QLabel()
        self.general_message.setWordWrap(True)
        self.general_message.hide()
        outer.addWidget(self.general_message)

        buttons = QHBoxLayout()
        buttons.addStretch()
        self.cancel_button = QPushButton(translate("RecordForm", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(translate("RecordForm", "Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(lambda: self.save())
        self.save_another_button: QPushButton | None = None
        if kind.name == "consultation" and record is None:
            self.save_another_button = QPushButton(translate("RecordForm", "Save and add another"))
            self.save_another_button.setToolTip("Ctrl+Return")
            self.save_another_button.clicked.connect(lambda: self.save(add_another=True))
            QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.save(add_another=True))
            buttons.addWidget(self.save_another_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())

        self.load(self.initial_values())
        self.restore_draft()
        self._loading = False
        for editor in self.editors.values():
            editor.changed.connect(self._edited)
        self.resize(640, 720)

    # -- building -----------------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, f: Any) -> None:
        editor = make_editor(self.store, f, self.ctx.lang)
        message = QLabel()
        message.setObjectName(f"message_{f.name}")
        message.setWordWrap(True)
        message.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(message)
        label = "" if f.type is FieldType.BOOL else field_label(f) + (" *" if f.required else "")
        form.addRow(label, cell)
        self.editors[f.name] = editor
        self.messages[f.name] = message

    def build_extras(self, layout: QVBoxLayout) -> None:
        """Room for kind-specific parts (the session's leaflets and photos)."""

    def _update_personal_enabled(self) -> None:
        """Personal details are kept only with consent: withdrawing it empties them too (greyed
        out but still filled, they could neither be saved nor be changed)."""
        allowed = bool(self.editors["consent"].value())
        for f in self.kind.personal_fields:
            editor = self.editors[f.name]
            editor.setEnabled(allowed)
            if not allowed and not self._loading:
                editor.set_value(None)

    # -- values -------------------------------------------------------------------------------

    def initial_values(self) -> dict[str, Any]:
        if self.record is not None:
            return dict(self.record)
        values: dict[str, Any] = {}
        for f in self.kind.fields:
            if f.remember_last:
                last = self.store.setting(remembered_key(self.kind.name, f.name))
                if last not in (None, "", []):
                    values[f.name] = last
        if self.kind.date_field:
            values[self.kind.date_field] = self.store.today().isoformat()
        values.update(self.preset)
        return values

    def load(self, values: dict[str, Any]) -> None:
        """Show `values` (a record, a draft or the starting values): every field, so what a
        field held before does not stay behind where `values` has nothing."""
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))
        self.load_extras(values)
        if "consent" in self.editors and self.kind.personal_fields:
            self._update_personal_enabled()

    def load_extras(self, values: dict[str, Any]) -> None:
        """Kind-specific parts read their share of `values` (a record or a draft)."""

    def raw(self) -> dict[str, Any]:
        # Fields without an editor (set by the app) keep what the record or preset holds.
        kept = {**(self.record or {}), **self.preset}
        values = {f.name: kept.get(f.name) for f in self.kind.fields if f.name not in self.editors}
        values.update({name: editor.value() for name, editor in self.editors.items()})
        values.update(self.extras_raw())
        return values

    def extras_raw(self) -> dict[str, Any]:
        return {}

    # -- drafts -------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._draft_timer.start()
        if self._attempted:
            self.show_issues(self.validate())

    def write_draft(self) -> None:
        if self._dirty:
            self.store.save_draft(
                self.draft_key,
                self.kind.name,
                self.record["uuid"] if self.record else None,
                self.raw(),
            )

    def restore_draft(self) -> None:
        draft = self.store.draft(self.draft_key)
        if draft is None:
            return
        self.load(draft)
        self._dirty = True
        self.banner_text.setText(
            translate("RecordForm", "Input that was not saved last time has been restored.")
        )
        self.banner.show()

    def discard_draft(self) -> None:
        self.store.drop_draft(self.draft_key)
        self._loading = True
        self.load(self.initial_values())
        self._loading = False
        self._dirty = False
        self.banner.hide()

    # -- validation and saving ----------------------------------------------------------------

    def validate(self) -> list[Issue]:
        uuid = self.record["uuid"] if self.record else None
        _, issues = self.store.validate(self.kind.name, self.raw(), uuid)
        return issues + self.validate_extras()

    def validate_extras(self) -> list[Issue]:
        return []

    def show_issues(self, issues: list[Issue]) -> None:
        by_field: dict[str, list[Issue]] = {}
        general: list[Issue] = []
        for issue in issues:
            if issue.field in self.messages:
                by_field.setdefault(issue.field, []).append(issue)
            elif issue.field is None:
                general.append(issue)
        for name, label in self.messages.items():
            found = by_field.get(name, [])
            if not found:
                label.hide()
                continue
            worst = ERROR if any(i.severity == ERROR for i in found) else "warning"
            label.setStyleSheet(ERROR_STYLE if worst == ERROR else WARNING_STYLE)
            label.setText(" ".join(i.message(translate) for i in found))
            label.show()
        if general:
            self.general_message.setStyleSheet(ERROR_STYLE)
            self.general_message.setText(" ".join(i.message(translate) for i in general))
        self.general_message.setVisible(bool(general))

    def save(self, add_another: bool = False) -> bool:
        """Validate, ask once about warnings, then write; returns whether it was written."""
        self._attempted = True
        issues = self.validate()
        self.show_issues(issues)
        errors = [i for i in issues if i.severity == ERROR]
        if errors:
            self._focus(errors[0].field)
            return False
        raw = self.raw()
        if any(i.severity != ERROR for i in issues) and self._warned != raw:
            self._warned = raw
            self.save_button.setText(translate("RecordForm", "Save anyway"))
            return False
        try:
            uuid = self.write(raw)
        except Invalid as invalid:
            self.show_issues(invalid.issues)
            return False
        except StaleEdit:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                translate(
                    "RecordForm",
                    "This record was changed elsewhere (for example by "
                    "sync) while you were editing. Close the form and open it again; "
                    "your input is kept as a draft.",
                ),
            )
            self.write_draft()
            return False
        self._draft_timer.stop()
        self.store.drop_draft(self.draft_key)
        self.remember(raw)
        self._dirty = False
        self.saved.emit(uuid)
        if add_another:
            self.start_another(raw)
        else:
            self.accept()
        return True

    def write(self, raw: dict[str, Any]) -> str:
        """Store the record (and its parts) in one transaction; returns its uuid."""
        record = self.store.save(
            self.kind.name,
            raw,
            uuid=self.record["uuid"] if self.record else None,
            expected_revision=self.record["revision"] if self.record else None,
        )
        return str(record["uuid"])

    def remember(self, raw: dict[str, Any]) -> None:
        with self.store.transaction():
            for f in self.kind.fields:
                if f.remember_last:
                    self.store.set_setting(remembered_key(self.kind.name, f.name), raw[f.name])

    def start_another(self, previous: dict[str, Any]) -> None:
        """Clear the form for the next attendee in the queue, keeping session and date."""
        keep = {"session", self.kind.date_field}
        values = self.initial_values()
        values.update({k: v for k, v in previous.items() if k in keep})
        self._loading = True
        for editor in self.editors.values():
            editor.set_value(None)
        self.load(values)
        self._loading = False
        self._attempted = False
        self._warned = None
        self.save_button.setText(translate("RecordForm", "Save"))
        self.show_issues([])
        self._focus("question")

    def _focus(self, name: str | None) -> None:
        if name in self.editors:
            self.editors[name].focus_widget().setFocus()

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                translate("RecordForm", "Discard what you typed in this form?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
            self._draft_timer.stop()
            self.store.drop_draft(self.draft_key)
            self._dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by the window manager or at exit: keep the input as a draft, ask nothing."""
        self._draft_timer.stop()
        self.write_draft()
        event.accept()
        QDialog.reject(self)
