"""The main window: a section per record kind, import, and a status line."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.domain.kinds import KINDS
from desktop.store.reviews import is_supervisor
from desktop.store.store import OFFICER_SETTING
from desktop.ui.about import AboutDialog
from desktop.ui.context import UiContext
from desktop.ui.empty_state import EmptyStorePanel, store_is_empty
from desktop.ui.home import HomePage
from desktop.ui.labels import kind_label, translate
from desktop.ui.leaflets import LeafletsView
from desktop.ui.officers import OfficerButton, OfficerDialog
from desktop.ui.record_list import RecordListView
from desktop.ui.report.view import ReportView
from desktop.ui.review.log import ReviewLogView
from desktop.ui.review.todo import TodoView
from desktop.ui.sync_controller import SyncController
from desktop.ui.sync_panel import SyncStatus
from sync.client import ROLE, is_enrolled

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: UiContext,
        pool: QThreadPool | None = None,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.pool = pool or QThreadPool.globalInstance()
        self.sync = sync or SyncController(ctx.store.data_dir, self.pool, self)
        self.sync.succeeded.connect(self._synced)
        title = translate("MainWindow", "Outreach Log")
        if ctx.store.holds_demo:
            title += " · " + translate("MainWindow", "demo records, never sent to head office")
        self.setWindowTitle(title)
        self.setObjectName("main_window")

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.sections: dict[str, QWidget] = {}
        self.lists: dict[str, RecordListView] = {}
        # A supervisor's laptop opens on the review log; a field laptop gets the to-do list.
        self.review: ReviewLogView | None = None
        self.report_view: ReportView | None = None
        self.todo: TodoView | None = None
        self.home: HomePage | None = None
        if not is_supervisor(ctx.store):  # the field laptop opens on its home page
            self.home = HomePage(
                ctx,
                self.open_list,
                self.open_section,
                EmptyStorePanel(
                    self.choose_import_file,
                    lambda: self.lists["session"].new_record(),
                    lambda: self.sync_status.connect_to_head_office(),
                ),
                self.pool,
            )
            self._add_section("home", translate("MainWindow", "Home"), self.home)
        if is_supervisor(ctx.store):
            self.review = ReviewLogView(ctx)
            self._add_section("review", translate("MainWindow", "Review"), self.review)
            self.review.changed.connect(self._recorded)
            self.report_view = ReportView(ctx)
            self._add_section("report", translate("MainWindow", "Report"), self.report_view)
        for name in ("session", "consultation", "visit"):
            view = RecordListView(ctx, KINDS[name])
            view.changed.connect(self.refresh)
            view.changed.connect(self._recorded)
            self._add_section(name, kind_label(KINDS[name], plural=True), view)
            self.lists[name] = view
        self.leaflets = LeafletsView(ctx)
        self.leaflets.designs.changed.connect(self.refresh)
        self.leaflets.runs.changed.connect(self.refresh)
        self._add_section("leaflets", translate("MainWindow", "Leaflets"), self.leaflets)
        self.ref_lists = RecordListView(ctx, KINDS["ref_item"])
        self._add_section("ref_lists", translate("MainWindow", "Reference lists"), self.ref_lists)
        if self.review is None:
            self.todo = TodoView(ctx)
            self.todo.changed.connect(self.refresh)
            self.todo.changed.connect(self._recorded)
            self._add_section("todo", "", self.todo)
            self._update_todo_label()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.statusBar().addWidget(self.status)
        self.sync_status = SyncStatus(ctx, self.sync)
        self.statusBar().addWidget(self.sync_status, 1)
        self.empty_state = EmptyStorePanel(
            self.choose_import_file,
            self.lists["session"].new_record,
            self.sync_status.connect_to_head_office,
        )
        self.lists["session"].set_empty_state(self.empty_state, lambda: store_is_empty(ctx.store))
        self._build_menus()
        self.refresh_status()
        if self.home is not None:
            self.home.refresh()
        self.resize(1280, 800)

    def _add_section(self, key: str, title: str, widget: QWidget) -> None:
        self.nav.addItem(title)
        self.stack.addWidget(widget)
        self.sections[key] = widget

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.import_action = QAction(translate("MainWindow", "&Import ledger…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_import_file)
        file_menu.addAction(self.import_action)
        folder = QAction(translate("MainWindow", "Open &data folder"), self)
        folder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.store.data_dir)))
        )
        file_menu.addAction(folder)
        file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        about = QAction(translate("MainWindow", "&About Outreach Log"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)
        self.officer_button = OfficerButton(self.ctx, self)
        self.menuBar().setCornerWidget(self.officer_button, Qt.Corner.TopRightCorner)
        self.officer_dialog: OfficerDialog | None = None

    def ensure_officer(self) -> OfficerDialog | None:
        """Ask who is recording when nobody is (the first start, or head office took the
        officer off the roster), before anything is recorded; None when someone is."""
        if self.ctx.store.current_officer() is not None or self.officer_dialog is not None:
            return None
        dialog = OfficerDialog(self.ctx, self, first=True)
        dialog.chosen.connect(lambda _officer: self.officer_button.refresh())
        dialog.finished.connect(lambda _code: setattr(self, "officer_dialog", None))
        dialog.open()
        self.officer_dialog = dialog
        return dialog

    # -- refreshing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        for view in self.lists.values():
            view.refresh()
        self.ref_lists.refresh()
        self.leaflets.refresh()
        if self.review is not None:
            self.review.refresh()
        if self.todo is not None:
            self.todo.refresh()
            self._update_todo_label()
        if self.home is not None:
            self.home.refresh()
        if self.report_view is not None:
            self.report_view.refresh()
        self.refresh_status()

    def open_section(self, key: str) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(self.sections[key]))

    def open_list(self, kind: str, period: Any = None) -> None:
        """A home-page card: the kind's list, dated to the card's period (a report Period)."""
        view = self.lists[kind]
        if period is not None and view.date_from is not None and view.date_to is not None:
            view.date_from.setDate(QDate.fromString(period.first, "yyyy-MM-dd"))
            view.date_to.setDate(QDate.fromString(period.last, "yyyy-MM-dd"))
        self.open_section(kind)

    def _update_todo_label(self) -> None:
        """The field laptop's to-do entry says how many records wait for a correction."""
        if self.todo is not None:
            waiting = len(self.todo.items)
            item = self.nav.item(self.stack.indexOf(self.todo))
            if waiting:
                item.setText(translate("MainWindow", "Sent back %n", None, waiting))
            else:
                item.setText(translate("MainWindow", "Sent back"))

    def _recorded(self) -> None:
        """Something was saved: a connected laptop sends it soon; any laptop shows it waiting."""
        store = self.ctx.store
        if is_enrolled(store) and not store.holds_demo:
            self.sync.saved()
        self.sync_status.refresh()

    def refresh_status(self) -> None:
        team = self.ctx.store.team or translate("MainWindow", "not enrolled")
        if self.ctx.store.setting(ROLE) == "supervisor":
            text = translate("MainWindow", "Supervisor (%1): every team's records")
        else:
            text = translate("MainWindow", "Team: %1")
        self.status.setText(text.replace("%1", team))
        self.sync_status.refresh()
        self.empty_state.set_can_connect(not is_enrolled(self.ctx.store))
        self.ref_lists.set_read_only(
            translate(
                "MainWindow",
                "Reference lists come from head office: ask head office to change an entry.",
            )
            if is_enrolled(self.ctx.store)
            else None
        )

    def _synced(self, _result: object) -> None:
        """Sync wrote through its own connection: drop what this one cached, show the news."""
        store = self.ctx.store
        store.forget_cached_lists()
        store.clock_offset = float(store.setting("clock_offset", 0.0))
        self.refresh()
        self.officer_button.refresh()  # the roster may have come from head office
        if store.setting(OFFICER_SETTING) and store.current_officer() is None:
            self.ensure_officer()  # head office took the current officer off the roster

    # -- import -------------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Import an activity ledger"),
            str(Path.home()),
            translate("MainWindow", "Ledgers (*.csv *.xlsx)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Import in the background, through the mapping step when the file needs one; the
        store is written by the worker's own connection (desktop.ui.importing)."""
        from desktop.ui.importing import LedgerImport

        self.import_action.setEnabled(False)
        self.last_import_result: Any = None  # the report or the exception, once it is done
        previous: QObject | None = getattr(self, "importing", None)
        if previous is not None:
            previous.deleteLater()  # its dialogs are the window's, and stay until closed
        self.importing: LedgerImport = LedgerImport(self.ctx, self.pool, self)
        self.importing.finished.connect(self._imported)
        self.importing.start(path)

    def _imported(self, result: Any) -> None:
        """The import ended: `result` is its report, what stopped it, or None (cancelled)."""
        self.import_action.setEnabled(True)
        self.last_import_result = result
        self.import_error_box = self.importing.error_dialog
        self.refresh()

    # -- misc -----------------------------------------------------------------------------------

    def about(self) -> AboutDialog:
        """Help → About: the version and how the laptop stands, with the last sync's error
        (only this window knows it), for the officer to copy to support."""
        error = self.sync_status.error
        self.about_dialog = AboutDialog(
            self.ctx, error.message(translate) if error else None, self.pool, parent=self
        )
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # made afresh
        self.about_dialog.open()
        return self.about_dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        for form in self.findChildren(QWidget):
            if hasattr(form, "write_draft"):
                form.write_draft()
        self.sync.timer.stop()
        self.pool.waitForDone(10_000)
        if self.report_view is not None:
            self.report_view.wait_for_background(10_000)
        event.accept()
