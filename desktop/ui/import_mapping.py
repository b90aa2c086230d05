"""The mapping step of an import: what each column of a ledger holds, and what each list value
not in its list is, confirmed by the user before anything is written.

Built from a `Proposal` (desktop.importer.mapping): one row per column of the file (header,
sample values, a drop-down of targets pre-set to the proposal, the reason, a marker on guesses),
then one row per list value not in its list (a drop-down of the list's entries, or "add as a new
entry" on a laptop that keeps its own lists). Required fields no column holds, or two columns
given the same field, are named and keep OK disabled. `mapping()` is what OK confirms.

A column newly mapped to (or away from) a list field changes which values need a word: the
file is proposed again in the background (it can take seconds for a big workbook), with the
choices made so far kept.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import SESSION
from desktop.importer.mapping import (
    NEW,
    REASONS,
    ColumnProposal,
    Mapping,
    Proposal,
    ValueProposal,
    letter,
    propose,
    targets,
)
from desktop.importer.report import CONTEXT
from desktop.store.errors import store_failure
from desktop.store.store import Store
from desktop.ui.labels import field_label, ref_list_label, translate
from desktop.ui.workers import Progress, Worker, run_in_background

log = logging.getLogger(__name__)

#: Columns of the column table and of the value table.
COL_NAME, COL_SAMPLES, COL_TARGET, COL_WHY = range(4)
VAL_LIST, VAL_TEXT, VAL_ROWS, VAL_ENTRY, VAL_WHY = range(5)
#: Text columns wrap beyond this width rather than widening the dialog.
TEXT_MAX = 320
#: The drop-downs' width; their lists open as wide as their entries.
COMBO_WIDTH = 280
#: Rows of each table shown without scrolling, at most.
ROWS_VISIBLE = 12


def _ref_fields() -> set[str]:
    return {f.name for f in SESSION.fields if f.ref_list}


class _FocusFollower(QObject):
    """Keeps a focused drop-down's row in view when Tab moves through a table's drop-downs."""

    def __init__(self, table: QTableWidget, row: int, column: int) -> None:
        super().__init__(table)
        self.table, self.row, self.column = table, row, column

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            item = self.table.item(self.row, self.column)
            if item is not None:
                self.table.scrollToItem(item)
        return False


class ImportMappingDialog(QDialog):
    """Confirm how a ledger maps; `mapping()` once accepted. Writes nothing itself."""

    #: A proposal made again came back (for tests: the table is up to date).
    reproposed = Signal()

    def __init__(
        self,
        store: Store,
        proposal: Proposal,
        path: Path,
        owned: bool,
        lang: str,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_mapping")
        self.store = store
        self.proposal = proposal
        self.path = path
        self.owned = owned
        self.lang = lang
        self.pool = pool or QThreadPool.globalInstance()
        self.worker: Worker | None = None
        self.busy = False
        #: Values the user chose by hand: (list, folded text) -> entry or None.
        self.chosen: dict[tuple[str, str], str | None] = {}
        #: Each column's target as last chosen (to see whether the values need proposing again).
        self.last_targets: dict[int, str] = {}
        self.setWindowTitle(self.tr("How the columns of %1 are read").replace("%1", path.name))
        self.setSizeGripEnabled(True)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This file is not laid out as the template. Check what each column holds"
                " (guesses are marked), then import. Nothing is written until you do."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QLabel(
            self.tr("Header row: %1 (rows above it are skipped). Rows below it: %2.")
            .replace("%1", str(proposal.header_row))
            .replace("%2", str(proposal.data_rows))
        )
        where.setObjectName("header_row")
        layout.addWidget(where)

        self.columns_label = QLabel(self.tr("&Columns"))
        self.columns_label.setObjectName("section")
        self.columns_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.columns_label)
        self.columns = self._table(
            [self.tr("Column"), self.tr("Sample values"), self.tr("Goes to"), self.tr("Why")]
        )
        self.columns.setObjectName("mapping_columns")
        layout.addWidget(self.columns, 3)

        self.values_label = QLabel(self.tr("&List values not in their lists"))
        self.values_label.setObjectName("section")
        self.values_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.values_label)
        self.values_hint = QLabel(
            self.tr("Each value is asked once; your choice is remembered for later files.")
        )
        self.values_hint.setWordWrap(True)
        layout.addWidget(self.values_hint)
        self.values = self._table(
            [
                self.tr("List"),
                self.tr("As written"),
                self.tr("Rows"),
                self.tr("Read as"),
                self.tr("Why"),
            ]
        )
        self.values.setObjectName("mapping_values")
        layout.addWidget(self.values, 2)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        layout.addWidget(self.problem)

        bottom = QHBoxLayout()
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Reading the file again…"))
        for widget in (self.busy_bar, self.busy_label):
            widget.hide()
            bottom.addWidget(widget)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert self.ok is not None
        self.ok.setText(self.tr("&Import"))
        self.ok.setObjectName("import")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.target_boxes: list[QComboBox] = []
        self.entry_boxes: list[QComboBox] = []
        self._fill_columns(proposal.columns)
        self._fill_values(proposal.values)
        self._check()
        self._size_to_tables(layout)

    # -- building -----------------------------------------------------------------------------

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        # Wrapped cells take the height their width needs, also when the dialog is resized.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setTabKeyNavigation(False)
        # Tab goes from drop-down to drop-down; the text cells are read, not edited.
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return table

    def _item(self, text: str, tip: str = "") -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(tip or text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _marker(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _why(self, reason: str, confidence: float, guessed: bool) -> QTableWidgetItem:
        text = translate(CONTEXT, REASONS.get(reason, reason))
        if guessed:
            text = self.tr("Check: %1 (%2%)").replace("%1", text)
            text = text.replace("%2", str(round(confidence * 100)))
            item = self._item(text, self.tr("A guess: check it before importing."))
            item.setIcon(self._marker())
            return item
        return self._item(text)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        return box

    def _widen_popup(self, box: QComboBox) -> None:
        view = box.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)

    def _fill_columns(self, columns: tuple[ColumnProposal, ...]) -> None:
        choices = [
            (t.code, translate(t.context, t.label) if t.context else t.label)
            for t in targets(self.store)
        ]
        self.columns.setRowCount(len(columns))
        for row, column in enumerate(columns):
            name = f"{letter(column.index)}  {column.header}" if column.header else ""
            name = name or letter(column.index)
            self.columns.setItem(row, COL_NAME, self._item(name))
            samples = " | ".join(column.samples)
            self.columns.setItem(row, COL_SAMPLES, self._item(samples))
            box = self._combo(f"column_{column.index}")
            box.setAccessibleName(self.tr("What column %1 holds").replace("%1", name))
            fields = len(SESSION.fields)
            for at, (code, label) in enumerate(choices):
                if at == fields:
                    box.insertSeparator(box.count())
                box.addItem(label, code)
            found = box.findData(column.target)
            if found < 0:  # a design deleted since: shown, so that nothing changes silently
                box.addItem(column.target, column.target)
                found = box.count() - 1
            box.setCurrentIndex(found)
            self._widen_popup(box)
            box.currentIndexChanged.connect(lambda _i, r=row: self._column_changed(r))
            self.columns.setItem(row, COL_TARGET, self._item("", ""))
            self.columns.setCellWidget(row, COL_TARGET, box)
            box.installEventFilter(_FocusFollower(self.columns, row, COL_TARGET))
            self.target_boxes.append(box)
            self.columns.setItem(
                row, COL_WHY, self._why(column.reason, column.confidence, not column.certain)
            )

    def _entry_choices(self, list_name: str) -> list[tuple[str, str]]:
        zh = self.lang.startswith("zh")
        found = []
        for item in self.store.ref_items(list_name):
            label = str(item["label_zh"] if zh else item["label_en"])
            other = str(item["label_en"] if zh else item["label_zh"])
            found.append((str(item["code"]), f"{label} ({other})" if other != label else label))
        return found

    def _fill_values(self, values: tuple[ValueProposal, ...]) -> None:
        for box in self.entry_boxes:
            box.deleteLater()
        self.entry_boxes = []
        self.value_proposals = values
        self.values.clearContents()
        self.values.setRowCount(len(values))
        for row, value in enumerate(values):
            self.values.setItem(row, VAL_LIST, self._item(ref_list_label(value.list_name)))
            self.values.setItem(row, VAL_TEXT, self._item(value.text))
            rows = ", ".join(str(r) for r in value.rows)
            if value.count > len(value.rows):
                rows = self.tr("%1 and %2 more").replace("%1", rows)
                rows = rows.replace("%2", str(value.count - len(value.rows)))
            where = self.tr('Column "%1": %2').replace("%1", value.column).replace("%2", rows)
            self.values.setItem(row, VAL_ROWS, self._item(rows, where))
            box = self._combo(f"value_{row}")
            box.setAccessibleName(self.tr("What %1 is read as").replace("%1", value.text))
            if value.entry is None and not self.owned:
                box.addItem(self.tr("Not chosen: its rows will be refused"), None)
            if self.owned:
                box.addItem(self.tr("Add as a new entry"), NEW)
            for code, label in self._entry_choices(value.list_name):
                box.addItem(label, code)
            entry = self.chosen.get(value.key, value.entry)
            found = box.findData(entry) if entry is not None else 0
            box.setCurrentIndex(max(found, 0))
            self._widen_popup(box)
            box.currentIndexChanged.connect(lambda _i, r=row: self._value_changed(r))
            self.values.setItem(row, VAL_ENTRY, self._item("", ""))
            self.values.setCellWidget(row, VAL_ENTRY, box)
            box.installEventFilter(_FocusFollower(self.values, row, VAL_ENTRY))
            self.entry_boxes.append(box)
            if value.key in self.chosen:
                why = self._why("given", 1.0, False)
            else:
                why = self._why(value.reason, value.confidence, value.confidence < 1.0)
            self.values.setItem(row, VAL_WHY, why)
        self._layout_table(self.values, VAL_ENTRY)
        none = not values
        self.values.setVisible(not none)
        self._fit_values()
        self.values_hint.setText(
            self.tr("Every list value is in its list.")
            if none
            else self.tr("Each value is asked once; your choice is remembered for later files.")
        )
        self._tab_order()

    def _fit_values(self) -> None:
        """No taller than its rows: the columns' table takes the room that is left."""
        shown = min(self.values.rowCount(), ROWS_VISIBLE)
        content = sum(self.values.rowHeight(r) for r in range(shown))
        header = self.values.horizontalHeader().sizeHint().height()
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.values.setMaximumHeight(content + header + 2 * self.values.frameWidth() + scroll)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The rows have their final heights once laid out at the dialog's width.
        QTimer.singleShot(0, self._fit_values)

    def _tab_order(self) -> None:
        chain: list[QWidget] = [*self.target_boxes, *self.entry_boxes]
        if chain:
            self.columns_label.setBuddy(self.target_boxes[0] if self.target_boxes else chain[0])
            self.values_label.setBuddy(self.entry_boxes[0] if self.entry_boxes else chain[0])
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert self.ok is not None and cancel is not None
        chain.extend([self.ok, cancel])
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _layout_table(self, table: QTableWidget, choice: int) -> int:
        """Text columns as wide as their text (wrapped beyond TEXT_MAX), the drop-down's column
        COMBO_WIDTH, the last one taking what is left."""
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        total = 0
        for column in range(table.columnCount()):
            wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            width = COMBO_WIDTH if column == choice else min(wanted, TEXT_MAX)
            header.resizeSection(column, width)
            total += width
        header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return total

    def _size_to_tables(self, layout: QVBoxLayout) -> None:
        """As wide as the wider table's columns and tall enough for its rows, within the
        screen."""
        columns = self._layout_table(self.columns, COL_TARGET)
        values = self._layout_table(self.values, VAL_ENTRY)
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = layout.contentsMargins()
        frame = 2 * self.columns.frameWidth()
        width = max(columns, values) + frame + scroll + margins.left() + margins.right()
        rows = self.columns.verticalHeader()
        shown = min(self.columns.rowCount(), ROWS_VISIBLE)
        height = sum(rows.sectionSize(r) for r in range(shown))
        height += self.columns.horizontalHeader().sizeHint().height() + frame
        value_rows = self.values.verticalHeader()
        shown = min(self.values.rowCount(), ROWS_VISIBLE // 2)
        height += sum(value_rows.sectionSize(r) for r in range(shown))
        height += self.values.horizontalHeader().sizeHint().height() + frame
        height += 220  # the texts, the buttons and the spacing between
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        max_width = available.width() - 40 if available is not None else 1600
        max_height = available.height() - 60 if available is not None else 1000
        if width > max_width:  # a small screen: the samples wrap rather than scroll away
            header = self.columns.horizontalHeader()
            samples = header.sectionSize(COL_SAMPLES)
            header.resizeSection(COL_SAMPLES, max(samples - (width - max_width), 120))
            self.columns.resizeRowsToContents()
        self.resize(max(min(width, max_width), 640), max(min(height, max_height), 420))

    # -- what the user changes ----------------------------------------------------------------

    def target(self, row: int) -> str:
        return str(self.target_boxes[row].currentData())

    def _column_changed(self, row: int) -> None:
        column = self.proposal.columns[row]
        box = self.target_boxes[row]
        self.columns.setItem(row, COL_WHY, self._why("given", 1.0, False))
        box.setToolTip("")
        before = self.last_targets.get(row, column.target)
        self.last_targets[row] = self.target(row)
        lists = _ref_fields()
        self._check()
        if before in lists or self.target(row) in lists:
            self.propose_again()

    def _value_changed(self, row: int) -> None:
        value = self.value_proposals[row]
        self.chosen[value.key] = self.entry_boxes[row].currentData()
        self.values.setItem(row, VAL_WHY, self._why("given", 1.0, False))
        self._check()

    def _problems(self) -> list[str]:
        chosen = [self.target(r) for r in range(len(self.target_boxes))]
        problems = []
        missing = [f for f in SESSION.fields if f.required and f.name not in chosen]
        if missing:
            sep = "、" if self.lang.startswith("zh") else ", "
            names = sep.join(field_label(f) for f in missing)
            text = self.tr(
                "No column holds these required fields: %1. Choose the columns that hold them."
            )
            problems.append(text.replace("%1", names))
        seen: dict[str, int] = {}
        for row, target in enumerate(chosen):
            if target in SESSION.field_names and target != "notes":
                if target in seen:
                    text = self.tr('Columns "%1" and "%2" both go to %3: choose one.')
                    first = self.proposal.columns[seen[target]].name
                    second = self.proposal.columns[row].name
                    label = field_label(SESSION.field(target))
                    text = text.replace("%1", first).replace("%2", second).replace("%3", label)
                    problems.append(text)
                seen.setdefault(target, row)
        return problems

    def _check(self) -> None:
        problems = self._problems()
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        assert self.ok is not None
        self.ok.setEnabled(not problems and not self.busy)

    # -- proposing again ----------------------------------------------------------------------

    def propose_again(self) -> None:
        """The values to decide follow the columns: read the file again in the background with
        the columns as chosen now, keeping the values chosen so far."""
        columns: dict[int | str, str] = {
            c.index: self.target(r) for r, c in enumerate(self.proposal.columns)
        }
        given = {}
        for value in self.value_proposals:
            entry = self.chosen.get(value.key)
            if entry is not None:
                given[(value.list_name, value.text)] = entry
        self._set_busy(True)
        data_dir, path, owned = self.store.data_dir, self.path, self.owned

        def work(_progress: Progress) -> Proposal:
            store = Store(data_dir)
            try:
                return propose(path, store, columns, given, owned)
            except sqlite3.Error as error:
                raise store_failure(store.path, error) from error
            finally:
                store.close()

        self.worker = run_in_background(work, self._proposed, self._propose_failed, None, self.pool)

    def _proposed(self, proposal: Proposal) -> None:
        self._set_busy(False)
        # The columns stay as the user has them; only the values follow.
        self.proposal = replace(self.proposal, values=proposal.values)
        self._fill_values(proposal.values)
        self._check()
        self.reproposed.emit()

    def _propose_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        lines = exc.lines(translate) if hasattr(exc, "lines") else [str(exc)]
        self.problem.setText("\n".join(lines))
        self.problem.show()
        assert self.ok is not None
        self.ok.setEnabled(False)
        self.reproposed.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        for box in self.entry_boxes:
            box.setEnabled(not busy)
        self._check()

    # -- the result ---------------------------------------------------------------------------

    def mapping(self) -> Mapping:
        """What the dialog says now: every column's target and every chosen value."""
        columns = {c.index: self.target(r) for r, c in enumerate(self.proposal.columns)}
        values: dict[tuple[str, str], str] = {}
        for row, value in enumerate(self.value_proposals):
            entry = self.entry_boxes[row].currentData()
            if entry is not None:
                values[value.key] = str(entry)
        return Mapping(self.proposal.header_row, self.proposal.headers, columns, values)

    def accept(self) -> None:
        if self._problems() or self.busy:
            return
        super().accept()

    def done(self, result: int) -> None:
        # A proposal still being made is not waited for: its answer goes nowhere.
        if self.worker is not None:
            try:
                self.worker.signals.finished.disconnect(self._proposed)
                self.worker.signals.failed.disconnect(self._propose_failed)
            except (RuntimeError, TypeError):
                pass
        super().done(result)


def set_choice(box: QComboBox, data: Any) -> None:
    """Select the item of `box` holding `data` (for tests and callers)."""
    found = box.findData(data)
    if found < 0:
        raise KeyError(data)
    box.setCurrentIndex(found)
