"""A section of the window: one kind's records with search, filters and the usual actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.fields import FieldType
from desktop.domain.kinds import KINDS, RecordKind
from desktop.store.queries import RecordFilter
from desktop.ui.context import UiContext
from desktop.ui.editors import date_filter, filter_date, ref_items
from desktop.ui.history import HistoryDialog
from desktop.ui.labels import field_label, kind_label, translate
from desktop.ui.models import ELIDED_TYPES, RecordTableModel
from desktop.ui.record_form import RecordForm
from desktop.ui.session_form import SessionForm
from sync.client import ROLE

#: Column widths when fitted: as wide as the rows need, no wider than COLUMN_MAX; when they do
#: not all fit, columns of long text give way down to COLUMN_MIN (their text elides, whole in its
#: tooltip) and the title column (a session's place) takes what is left.
COLUMN_MIN = 70
COLUMN_MAX = 220
ELIDED_MIN = 90
ELIDED_ROOMY = 480


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
        #: The list, or in its place a panel for an empty store (`set_empty_state`).
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.body = QWidget()
        self.pages.addWidget(self.body)
        self.empty_state: QWidget | None = None
        self._is_empty: Callable[[], bool] = lambda: False
        layout = QVBoxLayout(self.body)
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
            any_date = translate("RecordList", "any")
            self.date_from = date_filter(
                translate("RecordList", "from"), any_date, self.apply_filter
            )
            self.date_to = date_filter(translate("RecordList", "to"), any_date, self.apply_filter)
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
                # One list at a time (the first at the start), or all of them grouped by list.
                for c in f.choices:
                    combo.addItem(translate("Choice", c.label), c.code)
                combo.addItem(translate("RecordList", "All lists"), "")
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
        #: Set while the window refreshes the lists after this one patched its own rows.
        self._patched = False
        if kind.name == "ref_item":  # its list picker starts on the first list
            self.model.set_filter(self.current_filter())
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
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        names = [f.name for f in self.model.columns]
        #: The column that takes the room left over (the place of a session), else the last
        #: (a reference-list entry's Chinese name is short: the last column is "In use").
        titled = kind.title_field in names and kind.name != "ref_item"
        self.stretch_column = names.index(kind.title_field) if titled else len(names) - 1
        header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)
        self._natural: list[int] = []
        self._wanted: list[int] = []
        self._fitting = False
        self._sized_by_hand = False
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        actions.addWidget(self.count_label)
        #: Shown while a long query (a rare word in a million records) runs in the background.
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setToolTip(translate("RecordList", "Searching…"))
        self.busy.hide()
        actions.addWidget(self.busy)
        actions.addStretch(1)
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
        self.model.counted.connect(lambda _total: self._update_count())
        self.model.busy_changed.connect(self._show_busy)
        self._update_count()
        self._update_buttons()
        self._show_list_column()
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
        """Columns as wide as the loaded rows need, within reason (long topic lists elide), and
        within the width of the list while it has room (`_fit_to_width`).

        Done once there are rows to measure: a list that started empty is fitted again when
        its first records arrive, and never after (the user may have set widths by hand)."""
        self._fitted = self.model.rowCount() > 0
        header = self.table.horizontalHeader()
        self._wanted = [
            max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c), COLUMN_MIN)
            for c in range(self.model.columnCount())
        ]
        self._natural = [min(width, COLUMN_MAX) for width in self._wanted]
        self._fitting = True
        try:
            for column, width in enumerate(self._natural):
                header.resizeSection(column, width)
        finally:
            self._fitting = False
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """Narrow the columns of long text, widest first, until every column fits the view.

        Dates, times and counts keep their width; the stretch column keeps at least the width
        its rows need (within COLUMN_MAX) and gets what is left. Once the user has resized a
        column by hand, their widths stay."""
        available = self.table.viewport().width()
        if self._sized_by_hand or not self._natural or not self.table.isVisible():
            return
        columns = range(len(self._natural))
        hidden = {c for c in columns if self.table.isColumnHidden(c)}
        header = self.table.horizontalHeader()
        elided = [
            c
            for c in columns
            if c not in hidden
            and c != self.stretch_column
            and self.model.columns[c].type in ELIDED_TYPES
        ]
        floor = {c: max(ELIDED_MIN, header.sectionSizeHint(c)) for c in elided}
        fixed = sum(self._natural[c] for c in columns if c not in hidden and c not in elided)
        room = available - fixed
        widths = {c: self._natural[c] for c in elided}
        # The smallest cap on the elided columns that fits, found by lowering it a step at a time.
        cap = max(widths.values(), default=0)
        while elided and sum(widths.values()) > room and cap > ELIDED_MIN:
            cap -= 4
            widths = {c: max(min(self._natural[c], cap), floor[c]) for c in elided}
        # With room to spare, long text shows more of itself (up to ELIDED_ROOMY) before the
        # stretch column takes the rest.
        while elided and cap < ELIDED_ROOMY:
            wider = {c: max(min(self._wanted[c], cap + 4), widths[c]) for c in elided}
            if sum(wider.values()) > room or wider == widths:
                break
            cap += 4
            widths = wider
        self._fitting = True
        try:
            for c, width in widths.items():
                header.resizeSection(c, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != self.stretch_column:
            self._sized_by_hand = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_to_width()
        return super().eventFilter(watched, event)

    def _show_list_column(self) -> None:
        """Reference-list entries of one list need no column saying which list."""
        combo = self.ref_filters.get("list") if self.kind.name == "ref_item" else None
        if combo is not None:
            self._fitting = True  # hiding a column resizes it: not the user's doing
            try:
                self.table.setColumnHidden(0, bool(combo.currentData()))
            finally:
                self._fitting = False

    # -- filtering ----------------------------------------------------------------------------

    def current_filter(self) -> RecordFilter:
        return RecordFilter(
            date_from=filter_date(self.date_from),
            date_to=filter_date(self.date_to),
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
        self._show_list_column()
        if self.kind.name == "ref_item" and not self._sized_by_hand:
            self.fit_columns()  # each list has codes and names of its own lengths
        else:
            self._fit_to_width()

    def refresh(self) -> None:
        self._fill_teams()
        if not self._patched:
            self.model.set_filter(self.current_filter())
        self._update_count()
        if not self._fitted and self.model.rowCount() > 0:
            self.fit_columns()
        self._update_empty_state()

    def set_empty_state(self, panel: QWidget, is_empty: Callable[[], bool]) -> None:
        """Show `panel` instead of the list while `is_empty()` says there is nothing to list."""
        self.empty_state = panel
        self._is_empty = is_empty
        self.pages.addWidget(panel)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        panel = self.empty_state
        self.pages.setCurrentWidget(panel if panel is not None and self._is_empty() else self.body)

    def _show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _update_count(self) -> None:
        total = self.model.total  # a plain name: lupdate skips a count that is an expression
        if total is None:
            text = translate("RecordList", "counting…")
        else:
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
        form.saved.connect(self._saved)
        form.exec()

    def _saved(self, uuid: str | None = None) -> None:
        """After a save or deletion here: the record is put in place among the loaded rows
        (the list is not read again), then the window refreshes the other lists."""
        if uuid is None:
            self.model.set_filter(self.current_filter())
        else:
            self.model.record_changed(uuid)
        self._patched = True
        try:
            self.refresh()  # teams, count, empty state
            self.changed.emit()
        finally:
            self._patched = False

    def new_record(self) -> None:
        if not self.read_only:
            # A new reference-list entry goes into the list shown.
            chosen = self.ref_filters["list"].currentData() if self.kind.name == "ref_item" else ""
            preset = {"list": chosen} if chosen else None
            self._run_form(open_form(self.ctx, self.kind, preset=preset, parent=self))

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
            self._saved(record["uuid"])

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.edit_selected()
            return
        super().keyPressEvent(event)
