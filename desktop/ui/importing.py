"""Importing a ledger from the window, step by step, never blocking it.

1. In the background: the file is read and its mapping proposed (a busy indicator, after a
   moment); a certain one (the template's headers, or a mapping confirmed before) is imported
   straight away, with the progress on a bar.
2. Otherwise the mapping step (desktop.ui.import_mapping) opens, before anything is written;
   Cancel ends it there.
3. OK imports in the background with the confirmed mapping, the progress on a bar.
4. The result dialog (desktop.ui.import_result) or the error dialog (desktop.ui.import_errors).

Workers open their own Store (SQLite connections belong to the thread that made them).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from desktop.importer.ledger import MappingNeeded, import_file
from desktop.importer.mapping import Mapping, lists_owned
from desktop.store.errors import store_failure
from desktop.store.store import Store
from desktop.ui.context import UiContext
from desktop.ui.import_errors import ImportErrorDialog, show_import_errors
from desktop.ui.import_mapping import ImportMappingDialog
from desktop.ui.import_result import ImportResultDialog
from desktop.ui.workers import Progress, Worker, run_in_background

#: Show the progress dialog only for work that takes longer than this (no flashing).
PROGRESS_DELAY_MS = 600


class LedgerImport(QObject):
    """One import of one file. `finished` carries the report, the exception that stopped it,
    or None when the user cancelled the mapping step."""

    finished = Signal(object)

    def __init__(self, ctx: UiContext, pool: QThreadPool, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pool = pool
        self.window = parent
        self.path = Path()
        self.owned = True
        self.progress: QProgressDialog | None = None
        self.worker: Worker | None = None
        self.mapping_dialog: ImportMappingDialog | None = None
        #: Whether the mapping step was shown.
        self.asked = False
        self.result_dialog: ImportResultDialog | None = None
        self.error_dialog: ImportErrorDialog | None = None

    def start(self, path: Path) -> None:
        """Propose (and, when the proposal is certain, import) in the background."""
        self.path = path
        self.owned = lists_owned(self.ctx.store)
        self._run(None, self.tr("Reading %1…").replace("%1", path.name))

    def _run(self, mapping: Mapping | None, label: str) -> None:
        data_dir, path, owned = self.ctx.store.data_dir, self.path, self.owned
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setObjectName("import_progress")
        progress.setWindowTitle(self.tr("Importing a ledger"))
        progress.setCancelButton(None)  # all or nothing: it is over in one go
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        importing = self.tr("Importing %1…").replace("%1", path.name)

        def work(report_progress: Progress) -> Any:
            store = Store(data_dir)
            try:
                return import_file(store, path, report_progress, mapping=mapping, owned=owned)
            except sqlite3.Error as error:  # a full disk, a lock: in our words, not SQLite's
                raise store_failure(store.path, error) from error
            finally:
                store.close()

        def on_progress(done: int, total: int) -> None:
            if progress.maximum() != total:
                progress.setLabelText(importing)  # the reading is done: now the rows
                progress.setMaximum(total)
            progress.setValue(done)

        self.worker = run_in_background(
            work, self._imported, self._failed, on_progress, self.pool, (MappingNeeded,)
        )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _imported(self, report: Any) -> None:
        self._close_progress()
        # The worker's connection may have added list entries: read the lists again.
        self.ctx.store.forget_cached_lists()
        self.result_dialog = ImportResultDialog(report, self.path.name, self.window)
        self.result_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_dialog.open()
        self.finished.emit(report)

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        if isinstance(exc, MappingNeeded):
            self._ask(exc)
            return
        self.error_dialog = show_import_errors(exc, self.window)
        self.finished.emit(exc)

    def _ask(self, needed: MappingNeeded) -> None:
        dialog = ImportMappingDialog(
            self.ctx.store,
            needed.proposal,
            self.path,
            self.owned,
            self.ctx.lang,
            self.pool,
            self.window,
        )
        dialog.finished.connect(self._answered)
        self.mapping_dialog = dialog
        self.asked = True
        dialog.open()

    def _answered(self, code: int) -> None:
        dialog = self.mapping_dialog
        assert dialog is not None
        self.mapping_dialog = None
        dialog.deleteLater()
        if code != QDialog.DialogCode.Accepted:
            self.finished.emit(None)  # nothing written
            return
        self._run(dialog.mapping(), self.tr("Importing %1…").replace("%1", self.path.name))
