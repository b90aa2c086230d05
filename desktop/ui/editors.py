"""One editor widget per field type, each reading and writing plain (JSON-able) values.

Editors hand back what the user typed, not parsed values: parsing and its error messages belong
to the shared validation, so a form and a spreadsheet import judge input the same way. Plain
values also go straight into drafts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.fields import Field, FieldType
from desktop.domain.kinds import kind as kind_named
from desktop.store.queries import RecordFilter
from desktop.store.store import Store
from desktop.ui.labels import choice_label, link_title, translate

DATE_FORMAT = "yyyy-MM-dd"
#: A list's date filter at this date (its minimum, shown as "any") filters nothing.
NO_DATE = QDate(2000, 1, 1)


class Editor(QWidget):
    """Common face of all editors: `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        self.setObjectName(f"editor_{f.name}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self


class LineEditor(Editor):
    def __init__(self, f: Field, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        if f.type is FieldType.INT:
            self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            self.edit.setMaximumWidth(140)
        if f.type is FieldType.TIME:
            self.edit.setMaximumWidth(100)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        if f.type in (FieldType.INT, FieldType.TIME):
            self._layout.addStretch()
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        if isinstance(value, list):
            value = "、".join(str(v) for v in value)
        self.edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class TextEditor(Editor):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(80)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


class BoolEditor(Editor):
    def __init__(self, f: Field, label: str, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.box = QCheckBox(label)
        self.box.toggled.connect(self.changed)
        self._layout.addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class DateEditor(Editor):
    """A calendar date; optional dates have a tick box so "no date" stays possible."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.enabled_box: QCheckBox | None = None
        if not f.required:
            self.enabled_box = QCheckBox()
            self.enabled_box.setToolTip(translate("Editors", "Set a date"))
            self.enabled_box.toggled.connect(self._toggled)
            self._layout.addWidget(self.enabled_box)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setDate(QDate.currentDate())
        self.edit.setMaximumWidth(160)
        self.edit.dateChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self._layout.addStretch()
        self.setFocusProxy(self.edit)
        self._toggled(self.enabled_box is None)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.changed.emit()

    def value(self) -> Any:
        if self.enabled_box is not None and not self.enabled_box.isChecked():
            return ""
        return self.edit.date().toString(DATE_FORMAT)

    def set_value(self, value: Any) -> None:
        if value:
            self.edit.setDate(QDate.fromString(str(value), DATE_FORMAT))
        if self.enabled_box is not None:
            self.enabled_box.setChecked(bool(value))


class ComboEditor(Editor):
    """One choice out of a list of (label, code); optional fields start with an empty entry."""

    def __init__(
        self,
        f: Field,
        items: list[tuple[str, str]],
        parent: QWidget | None = None,
        describe: Callable[[str], str] = str,
    ) -> None:
        super().__init__(f, parent)
        #: The label of a value the list does not offer (a retired entry, an old or deleted
        #: record that is linked to).
        self.describe = describe
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(18)
        if not f.required:
            self.combo.addItem("", "")
        for label, code in items:
            self.combo.addItem(label, code)
        if f.required:
            self.combo.setCurrentIndex(-1)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)
        self._layout.addStretch()
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        data = self.combo.currentData()
        return data or ""

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value or "")
        if index < 0 and value:
            # Not in the list (a retired entry, a record too old or deleted): keep it visible
            # and selectable.
            self.combo.addItem(self.describe(str(value)), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class CheckListEditor(Editor):
    """Several entries of a reference list, ticked with mouse or space bar."""

    def __init__(
        self, f: Field, items: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(f, parent)
        self.list = QListWidget()
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMaximumHeight(86)
        for label, code in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self._layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def value(self) -> Any:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def ref_items(store: Store, list_name: str, lang: str) -> list[tuple[str, str]]:
    key = "label_zh" if lang.startswith("zh") else "label_en"
    return [(str(i[key]), str(i["code"])) for i in store.ref_items(list_name)]


def link_items(store: Store, link_kind: str, limit: int = 300) -> list[tuple[str, str]]:
    """Recent records of a kind to link to (newest first)."""
    return [
        (link_title(store, link_kind, r["uuid"]), r["uuid"])
        for r in store.query(link_kind, RecordFilter(), limit=limit)
    ]


def link_label(store: Store, kind: str, uuid: str) -> str:
    """A linked record as the user knows it, saying so if it has been deleted."""
    record = store.get(kind, uuid, include_deleted=True)
    if record is None:
        return uuid
    title = link_title(store, kind, uuid)
    if record["deleted"]:
        title += " " + translate("Editors", "(deleted)")
    return title


def make_editor(store: Store, f: Field, lang: str) -> Editor:
    t = f.type
    if t is FieldType.LONG_TEXT:
        return TextEditor(f)
    if t is FieldType.BOOL:
        return BoolEditor(f, translate("Field", f.label))
    if t is FieldType.DATE:
        return DateEditor(f)
    if t is FieldType.CHOICE:
        return ComboEditor(f, [(choice_label(f, c.code), c.code) for c in f.choices])
    if t is FieldType.REF:
        assert f.ref_list
        return ComboEditor(f, ref_items(store, f.ref_list, lang))
    if t is FieldType.REFS:
        assert f.ref_list
        return CheckListEditor(f, ref_items(store, f.ref_list, lang))
    if t is FieldType.LINK:
        assert f.link_kind
        linked = kind_named(f.link_kind).name
        return ComboEditor(
            f, link_items(store, linked), describe=lambda uuid: link_label(store, linked, uuid)
        )
    if t is FieldType.TIME:
        return LineEditor(f, translate("Editors", "e.g. 09:30"))
    if t is FieldType.TEXT_LIST:
        return LineEditor(f, translate("Editors", "names, separated by 、 or commas"))
    return LineEditor(f)


def date_filter(tip: str, anything: str, changed: Callable[[], None]) -> QDateEdit:
    """One end of a list's date filter: blank ("any", `anything`) until a date is picked."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(anything)
    edit.setDate(NO_DATE)
    edit.setToolTip(tip)
    edit.dateChanged.connect(changed)
    return edit


def filter_date(edit: QDateEdit | None) -> str | None:
    """The ISO date a date filter holds, None for "any"."""
    if edit is None or edit.date() == NO_DATE:
        return None
    return edit.date().toString(DATE_FORMAT)
