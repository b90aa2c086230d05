"""The leaflet section: stock by design (printed, handed out, on hand), designs and print runs.

A design selected in any of the three tabs can be printed or exported as a PDF, and given a
picture. A store that never held a design gets the shipped ones the first time it is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import KINDS
from desktop.leaflets.designs import add_image
from desktop.store.store import Record
from desktop.ui.context import UiContext
from desktop.ui.labels import translate
from desktop.ui.leaflet_print import LeafletPrinting
from desktop.ui.record_list import RecordListView
from sync.client import ROLE

LOW = QColor("#b00020")
RETIRED = QColor("#8a8a8a")
UUID_ROLE = Qt.ItemDataRole.UserRole


class StockTable(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        #: A supervisor's laptop holds every team's print runs and sessions: one team's stock.
        self.team_filter: QComboBox | None = None
        if ctx.store.setting(ROLE) == "supervisor":
            self.team_filter = QComboBox()
            self.team_filter.setObjectName("stock_team")
            self.team_filter.addItem(translate("Leaflets", "All teams together"), "")
            teams = {*ctx.store.teams_of("print_run"), *ctx.store.teams_of("session")}
            for team in sorted(teams):
                self.team_filter.addItem(team, team)
            self.team_filter.currentIndexChanged.connect(self.refresh)
            layout.addWidget(self.team_filter)
        self.warning = QLabel()
        self.warning.setObjectName("low_stock_warning")
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("stock_table")
        self.table.setHorizontalHeaderLabels(
            [
                translate("Leaflets", "Design"),
                translate("Leaflets", "Printed"),
                translate("Leaflets", "Handed out"),
                translate("Leaflets", "On hand"),
                translate("Leaflets", "Warn below"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table)
        self.rows: list[Record] = []
        self.refresh()

    def refresh(self) -> None:
        keep = self.selected_uuid()
        team = self.team_filter.currentData() if self.team_filter else None
        self.rows = stock = self.ctx.store.stock(team or None)
        self.table.setRowCount(len(stock))
        low = []
        for row, design in enumerate(stock):
            cells = [
                design["title"],
                design["printed"],
                design["handed_out"],
                design["on_hand"],
                design["low_stock"] or "",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                item.setData(UUID_ROLE, design["uuid"])
                if not design["active"]:
                    item.setForeground(QBrush(RETIRED))
                elif design["low"]:
                    item.setForeground(QBrush(LOW))
                self.table.setItem(row, column, item)
            if design["low"] and design["active"]:
                low.append(design["title"])
            if design["uuid"] == keep:
                self.table.selectRow(row)
        self.warning.setText(
            translate("Leaflets", "Running low: %1").replace("%1", "、".join(low)) if low else ""
        )
        self.warning.setVisible(bool(low))

    def selected_uuid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(UUID_ROLE))

    def select(self, uuid: str) -> None:
        for row, design in enumerate(self.rows):
            if design["uuid"] == uuid:
                self.table.selectRow(row)


class LeafletsView(QTabWidget):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("leaflets")
        self.stock = StockTable(ctx)
        self.designs = RecordListView(ctx, KINDS["leaflet_design"])
        self.runs = RecordListView(ctx, KINDS["print_run"])
        self.addTab(self.stock, translate("Leaflets", "Stock"))
        self.addTab(self.designs, translate("Leaflets", "Designs"))
        self.addTab(self.runs, translate("Leaflets", "Print runs"))
        self.designs.changed.connect(self.refresh)
        self.runs.changed.connect(self.refresh)

        self.printing = LeafletPrinting(ctx, pool, self)
        # A recorded run changes stock: refresh here and tell the window (it listens to runs).
        self.printing.printed.connect(lambda _run: self.runs.changed.emit())

        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 4, 0)
        self.print_button = QPushButton(translate("Leaflets", "Print…"))
        self.print_button.setObjectName("print_leaflets")
        self.print_button.clicked.connect(self.print_selected)
        self.pdf_button = QPushButton(translate("Leaflets", "Export PDF…"))
        self.pdf_button.setObjectName("export_leaflets")
        self.pdf_button.clicked.connect(self.export_selected)
        self.picture_button = QPushButton(translate("Leaflets", "Picture"))
        self.picture_button.setObjectName("leaflet_picture")
        menu = QMenu(self.picture_button)
        menu.addAction(translate("Leaflets", "Choose a picture…"), self.choose_picture)
        menu.addAction(translate("Leaflets", "Remove the picture"), self.remove_picture)
        self.picture_button.setMenu(menu)
        for button in (self.print_button, self.pdf_button, self.picture_button):
            row.addWidget(button)
        self.setCornerWidget(corner)

        self.currentChanged.connect(lambda _i: self.update_actions())
        self.stock.table.itemSelectionChanged.connect(self.update_actions)
        for view in (self.designs, self.runs):
            view.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
            view.model.modelReset.connect(self.update_actions)
        self.update_actions()

    def warning_text(self) -> str:
        """The low-stock warning as shown (empty when nothing runs low)."""
        return self.stock.warning.text() if self.stock.warning.isVisibleTo(self) else ""

    def refresh(self) -> None:
        self.stock.refresh()
        self.designs.refresh()
        self.runs.refresh()
        self.update_actions()

    # -- the selected design ---------------------------------------------------------------------

    def selected_design(self) -> Record | None:
        """The design selected in the current tab (for a print run: the design it printed)."""
        current = self.currentWidget()
        uuid: str | None = None
        if current is self.stock:
            uuid = self.stock.selected_uuid()
        elif current is self.designs:
            record = self.designs.selected()
            uuid = record["uuid"] if record else None
        elif current is self.runs:
            record = self.runs.selected()
            uuid = record["design"] if record else None
        return self.ctx.store.get("leaflet_design", uuid) if uuid else None

    def update_actions(self) -> None:
        design = self.selected_design()
        for button in (self.print_button, self.pdf_button, self.picture_button):
            button.setEnabled(design is not None)

    # -- actions ---------------------------------------------------------------------------------

    def print_selected(self) -> None:
        design = self.selected_design()
        if design is not None:
            self.printing.print_design(design, self)

    def export_selected(self) -> None:
        design = self.selected_design()
        if design is not None:
            self.printing.export_design(design, self)

    def choose_picture(self) -> None:
        design = self.selected_design()
        if design is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("Leaflets", "Choose a picture for the leaflet"),
            str(Path.home()),
            translate("Leaflets", "Pictures (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.set_picture(design, Path(name))

    def remove_picture(self) -> None:
        design = self.selected_design()
        if design is not None:
            self.set_picture(design, None)

    def set_picture(self, design: Record, source: Path | None) -> Record:
        """Keep `source` in the data dir under its checksum and point the design at it."""
        digest = add_image(self.ctx.store, source) if source is not None else None
        values: dict[str, Any] = {f.name: design[f.name] for f in KINDS["leaflet_design"].fields}
        values["image"] = digest
        saved = self.ctx.store.save(
            "leaflet_design", values, uuid=design["uuid"], expected_revision=design["revision"]
        )
        self.designs.changed.emit()
        return saved
