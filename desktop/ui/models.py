"""Table models over the store: rows are fetched a page at a time as the view scrolls."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)

from desktop.domain.fields import QT_TRANSLATE_NOOP, TEAM_FIELD, Field, FieldType
from desktop.domain.kinds import RecordKind
from desktop.store.queries import RecordFilter, SortKey, order_terms, sort_key, where_clause
from desktop.store.reader import ListReader, TooSlow, read_count, read_page, within
from desktop.store.store import Record, Store
from desktop.ui.labels import display, field_label, translate
from desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)

PAGE = 200
#: Pages of records kept for drawing (the rows in view and around); beyond them only keys.
CACHED_PAGES = 20
#: How long a page or a count may hold the UI thread before a worker takes it over (seconds);
#: the goal is no interaction over 200 ms, and the rest of the work (drawing) needs its share.
UI_BUDGET_S = 0.05
UUID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex

#: Column headers shorter than the field's label, where the label would make a narrow column of
#: numbers wide; the header's tooltip gives the whole label.
SHORT_HEADERS = {
    "consultation_count": QT_TRANSLATE_NOOP("Header", "Consultations"),
}

#: Columns whose text can be long: elided in the list, shown whole in the cell's tooltip.
ELIDED_TYPES = (
    FieldType.TEXT,
    FieldType.LONG_TEXT,
    FieldType.REF,
    FieldType.REFS,
    FieldType.TEXT_LIST,
    FieldType.LINK,
    FieldType.CHOICE,
)


def header_label(f: Field, lang: str) -> str:
    """The short header where there is one: in English, or once the catalogue translates it
    (until then a Chinese list shows the whole label, not an English word)."""
    short = SHORT_HEADERS.get(f.name)
    if short:
        text = translate("Header", short)
        if text != short or not lang.startswith("zh"):
            return text
    return field_label(f)


def _compact(key: SortKey) -> SortKey:
    """A key with its repeated values (dates, times) shared: a million keys in little room."""
    return tuple(
        sys.intern(v) if isinstance(v, str) and i < len(key) - 1 else v for i, v in enumerate(key)
    )


class RecordTableModel(QAbstractTableModel):
    """The live records of one kind matching a filter, newest first.

    Only the rows scrolled into view are read from SQLite, a page at a time after the last
    row's key (keyset paging: a page costs the same at row 10 and at row 900,000), so a list of
    a million records opens as fast as one of ten; filters are SQL, not loops over rows.

    Nothing holds the UI thread for long: a page or a count is first tried on the window's
    connection within `budget` seconds; one that overruns is stopped and run again by a worker
    on a connection of its own (store.reader), and arrives by a signal. Meanwhile `busy` is
    true (a page is on its way) or `total` is None (counting); `busy_changed` and `counted`
    say when that ends. A newer filter makes older results stale: they are stopped or dropped.
    """

    #: Emitted when the number of matching records is known (also after each recount).
    counted = Signal(int)
    #: Emitted when a page starts or stops being read in the background.
    busy_changed = Signal(bool)

    def __init__(
        self,
        store: Store,
        kind: RecordKind,
        lang: str,
        parent: Any = None,
        teams: bool = False,
        *,
        budget: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.lang = lang
        #: With `teams`, a last column says whose each record is (a supervisor's list).
        self.columns = (*kind.listed_fields, TEAM_FIELD) if teams else kind.listed_fields
        self.filter = RecordFilter()
        #: Seconds a page or count may take on the UI thread before it goes to a worker.
        self.budget = UI_BUDGET_S if budget is None else budget
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # a count and a page side by side
        #: The loaded rows' keys, in order (the uuid last): all the model keeps of a row.
        self._keys: list[SortKey] = []
        #: Records of recently shown pages (row // PAGE -> records), read again when needed.
        self._pages: OrderedDict[int, list[Record]] = OrderedDict()
        self._total: int | None = 0
        self._complete = False  # every matching row is loaded
        self._busy = False
        self._generation = 0  # bumped by each new filter: older results are stale
        self._readers: set[ListReader] = set()
        self._lock = threading.Lock()
        self.reload()

    # -- loading --------------------------------------------------------------------------

    def set_filter(self, flt: RecordFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start over with the first page (read inside the reset, so views see it at once,
        unless it overruns the budget: then the list is empty and busy until it arrives) and
        count the matches (within the budget, else in the background)."""
        self._generation += 1
        self._stop_readers()
        self.beginResetModel()
        self._keys, self._complete = [], False
        self._pages.clear()
        self._set_busy(False)
        page = self._try(lambda: read_page(self.store.conn, self.kind.name, self.filter, PAGE))
        if page is not None:
            self._take(page)
        self.endResetModel()
        if page is None:
            self._in_background_page(None)
        self.recount(keep_shown=False)

    def recount(self, keep_shown: bool = True) -> None:
        """Count the matches again; with `keep_shown`, the count shown stays until the new one
        is known (after a save: no "counting…" flicker)."""
        found = self._try(lambda: read_count(self.store.conn, self.kind.name, self.filter))
        if found is not None:
            self._set_total(found)
            return
        if not keep_shown:
            self._total = None
        generation, flt = self._generation, self.filter
        self._background(
            lambda reader: reader.count(self.kind.name, flt),
            lambda total: self._set_total(total) if generation == self._generation else None,
        )

    @property
    def total(self) -> int | None:
        """Matching records, loaded or not; None while they are being counted."""
        return self._total

    @property
    def busy(self) -> bool:
        """A page is being read in the background."""
        return self._busy

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and not self._busy

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete or self._busy:
            return
        after = self._keys[-1] if self._keys else None
        page = self._try(
            lambda: read_page(self.store.conn, self.kind.name, self.filter, PAGE, after)
        )
        if page is None:
            self._in_background_page(after)
        else:
            self._append(page)

    def record_changed(self, uuid: str) -> None:
        """A record was saved or deleted here: put it where it now belongs among the loaded
        rows (or take it out) without reading the list again, then count again (within the
        budget, else in the background)."""
        old = next((i for i, k in enumerate(self._keys) if k[-1] == uuid), None)
        if old is not None:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._keys[old]
            self._pages.clear()  # rows moved up: pages are read again as shown
            self.endRemoveRows()
        sql, params = where_clause(self.kind, self.filter)
        found = self._try(
            lambda: (
                self.store.conn.execute(
                    f"SELECT 1 FROM {self.kind.table} WHERE uuid = ? AND ({sql})", [uuid, *params]
                ).fetchone()
                or False
            )
        )
        if found is None:  # a word found in many records: matching them all overran
            self.reload()
            return
        record = self.store.get(self.kind.name, uuid, include_deleted=True) if found else None
        if record is not None:
            key = sort_key(self.kind, record)
            row = self._position(key)
            if row < len(self._keys) or self._complete:  # else it comes with a later page
                self.beginInsertRows(QModelIndex(), row, row)
                self._keys.insert(row, key)
                self._pages.clear()
                self.endInsertRows()
        self.recount()

    def _position(self, key: SortKey) -> int:
        """Where a row with `key` goes among the loaded rows, in the list's order."""
        descending = order_terms(self.kind)[1]
        low, high = 0, len(self._keys)
        while low < high:
            middle = (low + high) // 2
            if (self._keys[middle] > key) if descending else (self._keys[middle] < key):
                low = middle + 1
            else:
                high = middle
        return low

    def _try(self, read: Callable[[], Any]) -> Any:
        """`read()` within the budget on the UI thread's connection; None if it overran (or
        the budget is 0: everything goes to the worker)."""
        if self.budget <= 0:
            return None
        try:
            with within(self.store.conn, self.budget):
                return read()
        except TooSlow:
            log.debug("%s list query over %.0f ms: to a worker", self.kind.name, self.budget * 1e3)
            return None

    def _in_background_page(self, after: SortKey | None) -> None:
        generation, flt = self._generation, self.filter
        self._set_busy(True)

        def arrived(page: list[Record]) -> None:
            if generation == self._generation:
                self._set_busy(False)
                self._append(page)

        self._background(lambda reader: reader.page(self.kind.name, flt, PAGE, after), arrived)

    def _background(self, work: Callable[[ListReader], Any], done: Callable[[Any], None]) -> None:
        path = self.store.path
        generation = self._generation

        def run(_progress: Any) -> Any:
            reader = ListReader(path)
            with self._lock:
                self._readers.add(reader)
            try:
                return work(reader)
            except sqlite3.OperationalError:
                if generation != self._generation:
                    return None  # interrupted: a newer filter came (`finished` drops it)
                raise
            finally:
                with self._lock:
                    self._readers.discard(reader)
                reader.close()

        def finished(result: Any) -> None:
            done(result)

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return  # stopped because a newer filter came: expected
            log.error("list query failed: %s", exc)
            self._set_busy(False)

        run_in_background(run, finished, failed, pool=self.pool)  # (it keeps the worker)

    def _stop_readers(self) -> None:
        with self._lock:
            for reader in self._readers:
                reader.interrupt()

    def wait_for_background(self, msecs: int = -1) -> bool:
        """Wait until background reads end (tests, closing the window)."""
        return self.pool.waitForDone(msecs)

    def _take(self, page: list[Record]) -> None:
        first = len(self._keys)
        self._keys.extend(_compact(sort_key(self.kind, r)) for r in page)
        if first % PAGE == 0:
            self._keep_page(first // PAGE, page)
        if len(page) < PAGE:
            self._complete = True
            if self._total is not None and len(self._keys) > self._total:
                self._set_total(len(self._keys))

    def _keep_page(self, number: int, records: list[Record]) -> None:
        self._pages[number] = records
        self._pages.move_to_end(number)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)

    def _append(self, page: list[Record]) -> None:
        if not page:
            self._complete = True
            return
        first = len(self._keys)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._take(page)
        self.endInsertRows()

    def _set_total(self, total: int) -> None:
        self._total = total
        self.counted.emit(total)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        record = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            f = self.columns[index.column()]
            return display(self.store, f, record[f.name], self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            f = self.columns[index.column()]
            if f.type in ELIDED_TYPES:
                return display(self.store, f, record[f.name], self.lang) or None
            return None
        if role == UUID_ROLE:
            return record["uuid"]
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_label(self.columns[section], self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return field_label(self.columns[section])  # whole, where the header is short
        return None

    def record(self, row: int) -> Record:
        """The record at `row` (read with its page when that page is no longer cached)."""
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            uuids = [k[-1] for k in self._keys[number * PAGE : (number + 1) * PAGE]]
            page = self.store.records_by_uuid(self.kind.name, uuids)
            self._keep_page(number, page)
        else:
            self._pages.move_to_end(number)
        return page[row - number * PAGE]
