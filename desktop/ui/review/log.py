"""The supervisor's review log: every team's sessions, consultations, special-group visits and
print runs in one list, newest first, with filters, per-team counts above it and the detail
pane beside it. Keyboard-first: up/down moves, A (or Ctrl+Return) approves the selected
records together, R sends them back with a required comment.

The rows come from desktop.store.review_log (indexed SQL, keyset pages); as in the field lists
(desktop.ui.models.RecordTableModel) a page or a count is tried on the window's connection
within a budget, and what overruns it runs again in a worker on a reader of its own.
"""

from __future__ import annotations

import html
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
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
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.fields import FieldType
from desktop.domain.kinds import KINDS, REVIEWED_KINDS
from desktop.domain.review import STATE_LABELS, Action, ReviewState
from desktop.store import branches, review_log, reviews
from desktop.store.errors import StoreUnavailable, store_failure
from desktop.store.reader import ListReader, TooSlow, within
from desktop.store.review_log import LogFilter, LogKey
from desktop.store.store import Store
from desktop.ui.context import UiContext
from desktop.ui.editors import date_filter, filter_date
from desktop.ui.history import who_label
from desktop.ui.labels import display, kind_label, ref_list_label, translate
from desktop.ui.models import UI_BUDGET_S
from desktop.ui.review.actions import CommentDialog, send_back_dialog, show_refusal, take
from desktop.ui.review.detail import ReviewDetail
from desktop.ui.workers import Worker, run_in_background

log = logging.getLogger(__name__)

PAGE = 200
CACHED_PAGES = 20
#: Counts get this share of the UI thread's budget: the rows matter first, and "counting…"
#: for a moment costs the user nothing (a count of a million rows always goes to a worker).
COUNT_SHARE = 0.4
#: Review actions on up to this many records are saved on the UI thread; more go to a worker.
INLINE_ACTIONS = 20
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("date", "kind", "team", "officer", "title", "state")
#: States that need the supervisor: their rows are drawn in colour.
STATE_COLOURS = {
    ReviewState.NEEDS_CORRECTION: "#b35900",
    ReviewState.CORRECTED: "#1f5fbf",
    ReviewState.CHANGED_AFTER_APPROVAL: "#1f5fbf",
    ReviewState.APPROVED: "#2e7d32",
}


class Reads:
    """Reads tried on the UI thread's connection within a budget, else in a worker on a
    reader of its own; a newer `generation` drops (and interrupts) older results."""

    def __init__(self, store: Any, pool: QThreadPool, budget: float) -> None:
        self.store, self.pool, self.budget = store, pool, budget
        self.generation = 0
        self._readers: set[ListReader] = set()
        self._lock = threading.Lock()

    def now(self, read: Callable[[sqlite3.Connection], Any], share: float = 1.0) -> Any:
        """`read(conn)` within `share` of the budget; None when it overran (or the budget is
        0)."""
        if self.budget <= 0:
            return None
        try:
            with within(self.store.conn, self.budget * share):
                return read(self.store.conn)
        except TooSlow:
            log.debug("review log query over %.0f ms: to a worker", self.budget * 1e3)
            return None

    def later(
        self,
        read: Callable[[sqlite3.Connection], Any],
        done: Callable[[Any], None],
        failed: Callable[[], None] | None = None,
    ) -> None:
        path, generation = self.store.path, self.generation

        def run(_progress: Any) -> Any:
            reader = ListReader(path)
            with self._lock:
                self._readers.add(reader)
            try:
                return read(reader.conn)
            except sqlite3.OperationalError:
                if generation != self.generation:
                    return None
                raise
            finally:
                with self._lock:
                    self._readers.discard(reader)
                reader.close()

        def finished(result: Any) -> None:
            if generation == self.generation:
                done(result)

        def went_wrong(exc: Exception) -> None:
            if generation == self.generation:
                log.error("review log query failed: %s", exc)
                if failed is not None:
                    failed()

        run_in_background(run, finished, went_wrong, pool=self.pool)  # (it keeps the worker)

    def renew(self) -> None:
        """A newer question: stop what runs for the older one."""
        self.generation += 1
        with self._lock:
            for reader in self._readers:
                reader.interrupt()


class ReviewLogModel(QAbstractTableModel):
    """The log's rows under a filter; only keys are kept, pages of rows cached for drawing."""

    counted = Signal(int)
    busy_changed = Signal(bool)

    def __init__(self, ctx: UiContext, parent: Any = None, *, budget: float | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = LogFilter()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.reads = Reads(ctx.store, self.pool, UI_BUDGET_S if budget is None else budget)
        self._keys: list[LogKey] = []
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._total: int | None = 0
        self._complete = False
        self._busy = False
        self.reload()

    # -- loading ------------------------------------------------------------------------------

    def set_filter(self, flt: LogFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.reads.renew()
        flt = self.filter
        self.beginResetModel()
        self._keys, self._complete = [], False
        self._pages.clear()
        self._set_busy(False)
        page = self.reads.now(lambda conn: self.read_page(conn, flt, None))
        if page is not None:
            self._take(page)
        self.endResetModel()
        if page is None:
            self._page_later(None)
        # A filter whose first page overran the budget counts slower still: straight to a
        # worker, not a second budget spent on the UI thread.
        self.recount(keep_shown=False, try_now=page is not None)

    def recount(self, keep_shown: bool = True, try_now: bool = True) -> None:
        flt = self.filter
        found = (
            self.reads.now(lambda conn: self.read_count(conn, flt), COUNT_SHARE)
            if try_now
            else None
        )
        if found is not None:
            self._set_total(found)
            return
        if not keep_shown:
            self._total = None
        self.reads.later(lambda conn: self.read_count(conn, flt), self._set_total)

    def read_page(
        self, conn: sqlite3.Connection, flt: LogFilter, after: LogKey | None
    ) -> list[dict[str, Any]]:
        """One page of rows after `after` (a subclass lists other rows, e.g. a report's
        drill-down: desktop.ui.report.drill)."""
        return review_log.read_page(conn, flt, PAGE, after)

    def read_count(self, conn: sqlite3.Connection, flt: LogFilter) -> int:
        return review_log.read_count(conn, flt)

    def _page_later(self, after: LogKey | None) -> None:
        flt = self.filter
        self._set_busy(True)

        def arrived(page: list[dict[str, Any]]) -> None:
            self._append(page)
            self._set_busy(False)  # (after: the rows are in when "not busy" is heard)

        self.reads.later(
            lambda conn: self.read_page(conn, flt, after),
            arrived,
            lambda: self._set_busy(False),
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and not self._busy

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete or self._busy:
            return
        after = self._keys[-1] if self._keys else None
        flt = self.filter
        page = self.reads.now(lambda conn: self.read_page(conn, flt, after))
        if page is None:
            self._page_later(after)
        else:
            self._append(page)

    def _take(self, page: list[dict[str, Any]]) -> None:
        first = len(self._keys)
        self._keys.extend(review_log.key_of(r) for r in page)
        if first % PAGE == 0:
            self._keep_page(first // PAGE, page)
        if len(page) < PAGE:
            self._complete = True

    def _append(self, page: list[dict[str, Any]]) -> None:
        if not page:
            self._complete = True
            return
        first = len(self._keys)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._take(page)
        self.endInsertRows()

    def _keep_page(self, number: int, rows: list[dict[str, Any]]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)

    def rows_changed(self, uuids: list[str]) -> None:
        """Review actions changed these records: rows that left the filter go, the others are
        drawn again (the list is not read again), then the count follows."""
        wanted = set(uuids)
        kept = review_log.matching(self.ctx.store.conn, self.filter, sorted(wanted))
        gone = [i for i, key in enumerate(self._keys) if key[1] in wanted and key[1] not in kept]
        while gone:  # in runs of neighbouring rows, from the bottom
            last = first = gone.pop()
            while gone and gone[-1] == first - 1:
                first = gone.pop()
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._keys[first : last + 1]
            self.endRemoveRows()
        self._pages.clear()
        if self._keys:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._keys) - 1, len(COLUMNS) - 1)
            )
        self.recount()

    def _set_total(self, total: int) -> None:
        self._total = total
        self.counted.emit(total)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @property
    def total(self) -> int | None:
        return self._total

    @property
    def busy(self) -> bool:
        return self._busy

    def wait_for_background(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row(self, row: int) -> dict[str, Any]:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            uuids = [k[1] for k in self._keys[number * PAGE : (number + 1) * PAGE]]
            page = review_log.rows_by_uuid(self.ctx.store.conn, uuids)
            self._keep_page(number, page)
        else:
            self._pages.move_to_end(number)
        return page[row - number * PAGE]

    def uuid_at(self, row: int) -> str:
        return self._keys[row][1]

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, k in enumerate(self._keys) if k[1] == uuid), None)

    def text(self, item: dict[str, Any], column: str) -> str:
        if column == "kind":
            return kind_label(KINDS[item["kind"]])
        if column == "officer":
            return who_label(item["officer"]) if item["officer"] else ""
        if column == "state":
            text = translate("Review", STATE_LABELS[item["state"]])
            if item["deleted"]:
                text = translate("Review", "%1, deleted").replace("%1", text)
            return text
        return str(item[column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        item = self.row(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return item["title"] or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            colour = STATE_COLOURS.get(item["state"])
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return item["uuid"]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return {
            "date": translate("Review", "Date"),
            "kind": translate("Review", "Kind"),
            "team": translate("Review", "Team"),
            "officer": translate("Review", "Officer"),
            "title": translate("Review", "Place / question"),
            "state": translate("Review", "Review state"),
        }[COLUMNS[section]]


class ReviewTable(QTableView):
    """The log's table: A or Ctrl+Return approves, R sends back (up/down move as usual)."""

    approve_requested = Signal()
    send_back_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if (key == Qt.Key.Key_A and plain) or (
            ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.approve_requested.emit()
            return
        if key == Qt.Key.Key_R and plain:
            self.send_back_requested.emit()
            return
        super().keyPressEvent(event)


class ReviewLogView(QWidget):
    """The supervisor's Review section; `changed` fires after review actions are saved."""

    changed = Signal()

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, budget: float | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("review_log")
        self.refusal_box: QMessageBox | None = None
        #: A worker is saving review actions (see _act).
        self.acting = False
        self.action_worker: Worker | None = None
        self.comment_dialog: CommentDialog | None = None
        outer = QVBoxLayout(self)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("review_counts")
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.counts_label)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(translate("Review", "Search place, notes, questions…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        filters.addWidget(self.search, 2)
        self.kind_filter = self._combo("filter_kind", translate("Review", "All kinds"))
        for name in REVIEWED_KINDS:
            self.kind_filter.addItem(kind_label(KINDS[name], plural=True), name)
        #: Shown when the laptop sees teams of more than one branch (head office says which).
        self.branch_filter = self._combo("filter_branch", translate("Review", "All branches"))
        self.team_filter = self._combo("filter_team", translate("Review", "All teams"))
        self.officer_filter = self._combo("filter_officer", translate("Review", "All officers"))
        self.state_filter = self._combo("filter_state", translate("Review", "Any review state"))
        for st in ReviewState:
            self.state_filter.addItem(translate("Review", STATE_LABELS[st]), st.value)
        for combo in (
            self.kind_filter,
            self.branch_filter,
            self.team_filter,
            self.officer_filter,
            self.state_filter,
        ):
            filters.addWidget(combo, 1)
        # A second row: one row of every filter is wider than a 1366-pixel laptop screen.
        more = QHBoxLayout()
        # Reference-list filters (list names, not codes); each applies only to the kinds that
        # have the field.
        everything = {
            "venue_kind": translate("Review", "All venue kinds"),
            "campaign": translate("Review", "All campaigns"),
            "topic": translate("Review", "All topics"),
            "special_group": translate("Review", "All special groups"),
        }
        self.code_filters: dict[str, QComboBox] = {}
        for name in review_log.CODED:
            combo = self._combo(f"filter_{name}", everything[name])
            combo.setToolTip(ref_list_label(review_log.CODED[name][0]))
            self.code_filters[name] = combo
            more.addWidget(combo, 1)
        self.venue_filter = self.code_filters["venue_kind"]
        self.campaign_filter = self.code_filters["campaign"]
        self.topic_filter = self.code_filters["topic"]
        self.group_filter = self.code_filters["special_group"]
        more.addWidget(QLabel(translate("Review", "Date")))
        any_date = translate("Review", "any")
        self.date_from = date_filter(translate("Review", "from"), any_date, self.apply_filter)
        self.date_to = date_filter(translate("Review", "to"), any_date, self.apply_filter)
        more.addWidget(self.date_from)
        more.addWidget(QLabel("–"))
        more.addWidget(self.date_to)
        outer.addLayout(filters)
        outer.addLayout(more)

        self.model = ReviewLogModel(ctx, self, budget=budget)
        self.table = ReviewTable()
        self.table.setObjectName("review_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        for column, width in zip(range(len(COLUMNS)), (96, 150, 100, 80, 200, 140), strict=True):
            header.resizeSection(column, width)
        self.table.approve_requested.connect(self.approve_selected)
        self.table.send_back_requested.connect(self.send_back_selected)
        self.detail = ReviewDetail(ctx)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        actions.addWidget(self.count_label)
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        actions.addWidget(self.busy)
        actions.addStretch(1)
        keys = QLabel(translate("Review", "Keys: ↑/↓ move · A approve · R needs correction"))
        keys.setStyleSheet("color:#666")
        actions.addWidget(keys)
        self.approve_button = QPushButton(translate("Review", "Approve (A)"))
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self.approve_selected)
        self.send_back_button = QPushButton(translate("Review", "Needs correction… (R)"))
        self.send_back_button.setObjectName("send_back")
        self.send_back_button.clicked.connect(self.send_back_selected)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.send_back_button)
        outer.addLayout(actions)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.counted.connect(lambda _n: self._update_count())
        self.model.busy_changed.connect(self.busy.setVisible)
        self.model.modelReset.connect(self._selection_changed)
        self.refresh_choices()
        self.refresh_counts()
        self._update_count()
        self._selection_changed()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem(everything, "")
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    # -- filters and counts -------------------------------------------------------------------

    def current_filter(self) -> LogFilter:
        return LogFilter(
            kind=self.kind_filter.currentData() or None,
            branch=self.branch_filter.currentData() or None,
            team=self.team_filter.currentData() or None,
            officer=self.officer_filter.currentData() or None,
            date_from=filter_date(self.date_from),
            date_to=filter_date(self.date_to),
            state=self.state_filter.currentData() or None,
            text=self.search.text().strip(),
            **{name: combo.currentData() or None for name, combo in self.code_filters.items()},
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.set_filter(flt)

    def refresh_choices(self) -> None:
        """Teams and officers there are records of, and the reference lists' entries (they
        arrive with syncs); choices kept."""
        conn = self.ctx.store.conn
        known_branches = branches.branches(conn)
        self.branch_filter.setVisible(len(known_branches) > 1)
        choices: list[tuple[QComboBox, list[tuple[str, str]]]] = [
            (self.branch_filter, [(v, v) for v in known_branches]),
            (self.team_filter, [(v, v) for v in review_log.teams(conn)]),
            (self.officer_filter, [(v, v) for v in review_log.officers(conn)]),
        ]
        for name, combo in self.code_filters.items():
            list_name, fields = review_log.CODED[name]
            kind_name, field_name = next(iter(fields.items()))
            f = KINDS[kind_name].field(field_name)  # (each field of a filter: one list)
            many = f.type is FieldType.REFS
            labels = [
                (display(self.ctx.store, f, [code] if many else code, self.ctx.lang), code)
                for code in (
                    str(i["code"])
                    for i in self.ctx.store.ref_items(list_name, include_inactive=True)
                )
            ]
            choices.append((combo, labels))
        for combo, values in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in values:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(chosen or ""), 0))
            combo.blockSignals(False)

    def refresh_counts(self) -> None:
        """Per team, above the list: waiting for review, sent back and not yet fixed."""
        found = self.model.reads.now(reviews.counts_on, COUNT_SHARE)
        if found is None:
            self.counts_label.setText(translate("Review", "counting…"))
            self.model.reads.later(reviews.counts_on, self._show_counts)
        else:
            self._show_counts(found)

    def _show_counts(self, found: dict[str, dict[str, int]]) -> None:
        if not found:
            self.counts_label.setText(translate("Review", "No records from the teams yet."))
            return
        parts = []
        for team, entry in found.items():
            waiting, back = entry["waiting"], entry["sent_back"]
            text = translate("Review", "%1: waiting for review %2 · sent back, not yet fixed %3")
            text = html.escape(text).replace("%1", f"<b>{html.escape(team or '?')}</b>")
            parts.append(text.replace("%2", str(waiting)).replace("%3", str(back)))
        self.counts_label.setText(" &nbsp;|&nbsp; ".join(parts))

    def _update_count(self) -> None:
        total = self.model.total
        if total is None:
            self.count_label.setText(translate("Review", "counting…"))
        else:
            self.count_label.setText(translate("Review", "%n record(s)", None, total))

    def refresh(self) -> None:
        """After a sync or a save elsewhere: read the log again, keeping the selection of the
        records still listed (and the current one, when it still is)."""
        chosen = [self.model.uuid_at(r) for r in self.selected_rows()]
        current = self.table.selectionModel().currentIndex()
        at = self.model.uuid_at(current.row()) if current.isValid() else None
        self.refresh_choices()
        self.model.filter = self.current_filter()  # (a choice gone from its list: all)
        self.model.reload()
        if chosen:
            if self.model.busy:  # the first page comes from a worker: select when it is in
                self._keep_after_page(chosen, at)
            else:
                self.keep_selection(chosen, at)
        self.refresh_counts()

    def _keep_after_page(self, chosen: list[str], at: str | None) -> None:
        def arrived(busy: bool) -> None:
            if not busy:
                self.model.busy_changed.disconnect(arrived)
                self.keep_selection(chosen, at)

        self.model.busy_changed.connect(arrived)

    def keep_selection(self, chosen: list[str], at: str | None = None) -> None:
        """Select again those of `chosen` that are listed (among the rows read so far)."""
        rows = [r for r in (self.model.row_of(u) for u in chosen) if r is not None]
        if not rows:
            self._selection_changed()
            return
        current = self.model.row_of(at) if at else None
        rows.sort()
        if current is not None and current in rows:  # the current row last: select_rows
            rows.remove(current)
            rows.append(current)
        self.select_rows(rows)
        self._selection_changed()

    # -- selection and actions ----------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected(self) -> list[dict[str, Any]]:
        return [self.model.row(r) for r in self.selected_rows()]

    def _selection_changed(self, *_args: Any) -> None:
        rows = self.selected_rows()
        self.approve_button.setEnabled(bool(rows))
        self.send_back_button.setEnabled(bool(rows))
        if len(rows) == 1:
            item = self.model.row(rows[0])
            self.detail.show_record(item["kind"], item["uuid"])
        else:
            self.detail.clear_record(len(rows))

    def select_rows(self, rows: list[int]) -> None:
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, len(COLUMNS) - 1))
        model = self.table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            model.setCurrentIndex(
                self.model.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def approve_selected(self) -> None:
        items = self.selected()
        if items:
            self._act(items, Action.APPROVE)

    def send_back_selected(self) -> None:
        items = self.selected()
        if not items:
            return
        dialog = send_back_dialog(len(items), self)
        dialog.given.connect(lambda comment: self._act(items, Action.SEND_BACK, comment))
        dialog.finished.connect(lambda _code: setattr(self, "comment_dialog", None))
        self.comment_dialog = dialog
        dialog.open()

    def _act(self, items: list[dict[str, Any]], action: Action, comment: str = "") -> None:
        """Take the action on the records, in one transaction; on this thread for a few
        (INLINE_ACTIONS: each a few writes), else in a worker with its own store while the
        list waits (500 approvals rewrite 2,500 index entries of a million-row log)."""
        if self.acting:
            return
        rows = self.selected_rows()
        after = rows[-1] + 1 if rows else None
        following = (
            self.model.uuid_at(after)
            if after is not None and after < self.model.rowCount()
            else None
        )
        targets = [(i["kind"], i["uuid"]) for i in items]
        uuids = [uuid for _kind, uuid in targets]
        if len(targets) <= INLINE_ACTIONS:
            try:
                take(self.ctx.store, targets, action, comment)
            except reviews.ReviewRefused as refused:
                self.refusal_box = show_refusal(self, refused)
                return
            self._acted(uuids, following)
            return
        data_dir = self.ctx.store.data_dir

        def work(_report: Any) -> None:
            store = Store(data_dir)
            try:
                take(store, targets, action, comment)
            except sqlite3.Error as error:  # a full disk, a lock: in our words, not SQLite's
                raise store_failure(store.path, error) from error
            finally:
                store.close()

        def done(_result: Any) -> None:
            self._set_acting(False)
            self._acted(uuids, following)

        def failed(error: Exception) -> None:
            self._set_acting(False)
            if isinstance(error, reviews.ReviewRefused):
                self.refusal_box = show_refusal(self, error)
            else:
                message = error.message(translate) if isinstance(error, StoreUnavailable) else ""
                self.refusal_box = QMessageBox(
                    QMessageBox.Icon.Critical,
                    translate("Review", "Review"),
                    message
                    or translate("Review", "The review could not be saved: {error}").format(
                        error=error
                    ),
                    QMessageBox.StandardButton.Ok,
                    self,
                )
                self.refusal_box.open()

        self._set_acting(True, len(targets))
        self.action_worker = run_in_background(
            work,
            done,
            failed,
            pool=self.model.pool,
            expected=(reviews.ReviewRefused, StoreUnavailable),
        )

    def _set_acting(self, acting: bool, count: int = 0) -> None:
        """While a worker saves the actions: the list takes no new ones, and says why."""
        self.acting = acting
        self.table.setEnabled(not acting)
        if acting:
            self.count_label.setText(translate("Review", "Saving %n review(s)…", None, count))
        else:
            self._update_count()

    def _acted(self, uuids: list[str], following: str | None) -> None:
        """After the actions were saved: the rows follow, and on to the next record."""
        self.model.rows_changed(uuids)
        # On to the next record, as a supervisor works down the list.
        row = self.model.row_of(following) if following else None
        if row is None:
            row = self.model.rowCount() - 1
        self.select_rows([row] if row >= 0 else [])
        self._selection_changed()  # the same row may stay selected: show its new thread
        self.table.setFocus()
        self.refresh_counts()
        self.changed.emit()
