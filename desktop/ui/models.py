"""Table models over the store: rows are fetched a page at a time as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.fields import TEAM_FIELD
from desktop.domain.kinds import RecordKind
from desktop.store.queries import RecordFilter
from desktop.store.store import Record, Store
from desktop.ui.labels import display, field_label

PAGE = 200
UUID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """The live records of one kind matching a filter, newest first.

    Only the rows scrolled into view are read from SQLite, so a list of a hundred thousand
    records opens as fast as one of ten; filters are SQL, not loops over rows.
    """

    def __init__(
        self, store: Store, kind: RecordKind, lang: str, parent: Any = None, teams: bool = False
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.lang = lang
        #: With `teams`, a last column says whose each record is (a supervisor's list).
        self.columns = (*kind.listed_fields, TEAM_FIELD) if teams else kind.listed_fields
        self.filter = RecordFilter()
        self._rows: list[Record] = []
        self._total = 0
        self.reload()

    # -- loading --------------------------------------------------------------------------

    def set_filter(self, flt: RecordFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start over with the first page (read inside the reset, so views see it at once)."""
        self.beginResetModel()
        self._total = self.store.count(self.kind.name, self.filter)
        self._rows = self.store.query(self.kind.name, self.filter, limit=PAGE)
        self.endResetModel()

    @property
    def total(self) -> int:
        """Matching records, loaded or not."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self.store.query(self.kind.name, self.filter, limit=PAGE, offset=len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            f = self.columns[index.column()]
            return display(self.store, f, record[f.name], self.lang)
        if role == UUID_ROLE:
            return record["uuid"]
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return field_label(self.columns[section])
        return None

    def record(self, row: int) -> Record:
        return self._rows[row]
