"""The leaflet section: stock by design (printed, handed out, on hand), designs and print runs."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import KINDS
from desktop.ui.context import UiContext
from desktop.ui.labels import translate
from desktop.ui.record_list import RecordListView

LOW = QColor("#b00020")


class StockTable(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.warning = QLabel()
        self.warning.setObjectName("low_stock_warning")
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        layout.addWidget(self.warning)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("stock_table")
        self.table.setHorizontalHeaderLabels(
            [
                translate("Leaflets", "Design"),
                translate("Leaflets", "Printed"),
                translate("Leaflets", "Handed out"),
                translate("Leaflets", "On hand"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        stock = self.ctx.store.stock()
        self.table.setRowCount(len(stock))
        low = []
        for row, design in enumerate(stock):
            cells = [design["title"], design["printed"], design["handed_out"], design["on_hand"]]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if design["low"]:
                    item.setForeground(QBrush(LOW))
                self.table.setItem(row, column, item)
            if design["low"] and design["active"]:
                low.append(design["title"])
        self.warning.setText(
            translate("Leaflets", "Running low: %1").replace("%1", "、".join(low)) if low else ""
        )
        self.warning.setVisible(bool(low))


class LeafletsView(QTabWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaflets")
        self.stock = StockTable(ctx)
        self.designs = RecordListView(ctx, KINDS["leaflet_design"])
        self.runs = RecordListView(ctx, KINDS["print_run"])
        self.addTab(self.stock, translate("Leaflets", "Stock"))
        self.addTab(self.designs, translate("Leaflets", "Designs"))
        self.addTab(self.runs, translate("Leaflets", "Print runs"))
        self.designs.changed.connect(self.refresh)
        self.runs.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.stock.refresh()
        self.designs.refresh()
        self.runs.refresh()
