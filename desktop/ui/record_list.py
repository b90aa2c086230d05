"""A section of the window: one kind's records with search, filters and the usual actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.fields import FieldType
from desktop.domain.kinds import KINDS, RecordKind
from desktop.store.queries import RecordFilter
from desktop.ui.context import UiContext
from desktop.ui.editors import DATE_FORMAT, ref_items
from desktop.ui.history import HistoryDialog
from desktop.ui.labels import field_label, kind_label, translate
from desktop.ui.models import RecordTableModel
from desktop.ui.record_form import RecordForm
from desktop.ui.session_form import SessionForm
from sync.client import ROLE

NO_DATE = QDate(2000, 1, 1)


def open_form(
    ctx: UiContext,
    kind: RecordKind,
    record: dict[str, Any] | None = None,
    preset: dict[str, Any] | None = None,
    parent: QWidget | None = None,
) -> RecordForm:
    form_class = SessionForm if kind.name == "session" else RecordForm
    return form_class(ctx, kind, record, preset, parent)


class RecordListView(QWidget):
    """Records of one kind, newest first; `changed` fires after any save or deletion."""

    changed = Signal()

    def __init__(self, ctx: UiContext, kind: RecordKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setObjectName(f"list_{kind.name}")
        self.read_only = False
        layout = QVBoxLayout(self)
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        layout.addWidget(self.read_only_note)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(translate("RecordList", "Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        filters.addWidget(self.search, 2)
        self.date_from = self.date_to = None
        if kind.date_field:
            self.date_from = self._date_edit(translate("RecordList", "from"))
            self.date_to = self._date_edit(translate("RecordList", "to"))
            filters.addWidget(QLabel(translate("RecordList", "Date")))
            filters.addWidget(self.date_from)
            filters.addWidget(QLabel("–"))
            filters.addWidget(self.date_to)
        self.ref_filters: dict[str, QComboBox] = {}
        for f in kind.listed_fields:
            if f.type in (FieldType.REF, FieldType.REFS) and f.ref_list:
                combo = QComboBox()
                combo.setObjectName(f"filter_{f.name}")
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(12)
                combo.addItem(translate("RecordList", "All: %1").replace("%1", field_label(f)), "")
                for label, code in ref_items(ctx.store, f.ref_list, ctx.lang):
                    combo.addItem(label, code)
                combo.currentIndexChanged.connect(self.apply_filter)
                filters.addWidget(combo, 1)
                self.ref_filters[f.name] = combo
            elif f.type is FieldType.CHOICE and kind.name == "ref_item":
                combo = QComboBox()
                combo.setObjectName(f"filter_{f.name}")
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(12)
                combo.addItem(translate("RecordList", "All lists"), "")
                for c in f.choices:
                    combo.addItem(translate("Choice", c.label), c.code)
                combo.currentIndexChanged.connect(self.apply_filter)
                filters.addWidget(combo, 1)
                self.ref_filters[f.name] = combo
        #: A supervisor's laptop holds every team's records: say whose, and filter by team.
        self.team_filter: QComboBox | None = None
        teams = ctx.store.setting(ROLE) == "supervisor" and kind.name != "ref_item"
        if teams:
            self.team_filter = QComboBox()
            self.team_filter.setObjectName("filter_team")
            self.team_filter.currentIndexChanged.connect(self.apply_filter)
            self._fill_teams()
            filters.addWidget(self.team_filter, 1)
        layout.addLayout(filters)

        self.model = RecordTableModel(ctx.store, kind, ctx.lang, self, teams=teams)
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        actions.addWidget(self.count_label, 1)
        self.new_button = QPushButton(translate("RecordList", "New…"))
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(self.new_record)
        actions.addWidget(self.new_button)
        if kind.name == "session":
            self.consult_button = QPushButton(translate("RecordList", "Add consultations…"))
            self.consult_button.setObjectName("add_consultations")
            self.consult_button.clicked.connect(self.add_consultations)
            actions.addWidget(self.consult_button)
        self.edit_button = QPushButton(translate("RecordList", "Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.history_button = QPushButton(translate("RecordList", "History"))
        self.history_button.clicked.connect(self.show_history)
        self.delete_button = QPushButton(translate("RecordList", "Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.edit_button, self.history_button, self.delete_button):
            actions.addWidget(button)
        layout.addLayout(actions)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_count()
        self._update_buttons()
        self.fit_columns()

    def _fill_teams(self) -> None:
        """The teams there are records of (they arrive with syncs); the choice is kept."""
        combo = self.team_filter
        if combo is None:
            return
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("RecordList", "All teams"), "")
        for team in self.ctx.store.teams_of(self.kind.name):
            combo.addItem(team, team)
        combo.setCurrentIndex(max(combo.findData(chosen or ""), 0))
        combo.blockSignals(False)

    def fit_columns(self) -> None:
        """Columns as wide as the loaded rows need, within reason (long topic lists elide).

        Done once there are rows to measure: a list that started empty is fitted again when
        its first records arrive, and never after (the user may have set widths by hand)."""
        self._fitted = self.model.rowCount() > 0
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 70), 220))

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(translate("RecordList", "any"))
        edit.setDate(NO_DATE)
        edit.setToolTip(tip)
        edit.dateChanged.connect(self.apply_filter)
        return edit

    # -- filtering ----------------------------------------------------------------------------

    def current_filter(self) -> RecordFilter:
        def iso(edit: QDateEdit | None) -> str | None:
            if edit is None or edit.date() == NO_DATE:
                return None
            return edit.date().toString(DATE_FORMAT)

        return RecordFilter(
            date_from=iso(self.date_from),
            date_to=iso(self.date_to),
            text=self.search.text(),
            team=(self.team_filter.currentData() or None) if self.team_filter else None,
            equals={
                name: combo.currentData()
                for name, combo in self.ref_filters.items()
                if combo.currentData()
            },
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def refresh(self) -> None:
        self._fill_teams()
        self.model.set_filter(self.current_filter())
        self._update_count()
        if not self._fitted and self.model.rowCount() > 0:
            self.fit_columns()

    def _update_count(self) -> None:
        total = self.model.total  # a plain name: lupdate skips a count that is an expression
        text = translate("RecordList", "%n record(s)", None, total)
        dates = self.current_filter()
        if dates.date_from and dates.date_to and dates.date_from > dates.date_to:
            text += " · " + translate("RecordList", "“from” is after “to”")
        self.count_label.setText(text)

    def set_read_only(self, note: str | None) -> None:
        """Show these records without letting them be changed here, saying why (`note`).

        Reference lists of an enrolled laptop come from head office, which refuses edits made
        on a laptop: better not to offer them than to have them refused later.
        """
        self.read_only = note is not None
        self.read_only_note.setText(note or "")
        self.read_only_note.setVisible(self.read_only)
        self.new_button.setVisible(not self.read_only)
        self.edit_button.setVisible(not self.read_only)
        self.delete_button.setVisible(not self.read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        for button in (self.edit_button, self.history_button, self.delete_button):
            button.setEnabled(selected)
        if self.kind.name == "session":
            self.consult_button.setEnabled(selected)

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # -- actions ------------------------------------------------------------------------------

    def _run_form(self, form: RecordForm) -> None:
        form.saved.connect(lambda _uuid: self._saved())
        form.exec()

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def new_record(self) -> None:
        if not self.read_only:
            self._run_form(open_form(self.ctx, self.kind, parent=self))

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None and not self.read_only:
            self._run_form(open_form(self.ctx, self.kind, record, parent=self))

    def add_consultations(self) -> None:
        record = self.selected()
        if record is None:
            return
        preset = {"session": record["uuid"], "asked_on": record["held_on"]}
        topics = record.get("topics") or []
        if topics:
            preset["topic"] = topics[0]
        form = open_form(self.ctx, KINDS["consultation"], preset=preset, parent=self)
        form.saved.connect(lambda _uuid: self.changed.emit())
        form.exec()

    def show_history(self) -> None:
        record = self.selected()
        if record is not None:
            HistoryDialog(self.ctx, self.kind, record["uuid"], self).exec()

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or self.read_only:
            return
        question = translate(
            "RecordList",
            "Delete this record? It stays in the history and the deletion is sent to head office.",
        )
        for kind_name, count in self.ctx.store.linked(self.kind.name, record["uuid"]).items():
            question += "\n" + translate(
                "RecordList", "%1 linked to it (%2) stay, with a link to the deleted record."
            ).replace("%1", kind_label(KINDS[kind_name], plural=True)).replace("%2", str(count))
        answer = QMessageBox.question(self, kind_label(self.kind), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.store.delete(self.kind.name, record["uuid"])
            self._saved()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.edit_selected()
            return
        super().keyPressEvent(event)
