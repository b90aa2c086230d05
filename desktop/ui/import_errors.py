"""Why nothing was imported: every row's problem in a table as wide as its text needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.labels import translate

#: Rows shown in the table; a file with more errors says how many more (its lines have them all).
ROWS_SHOWN = 1000
#: The problem column wraps beyond this width rather than making the dialog wider.
PROBLEM_MAX = 640


def _row_cells(exc: Exception) -> list[list[str]] | None:
    """[row, column, problem] per row problem, or None when the failure is about the whole file."""
    rows = getattr(exc, "rows", None)
    if not rows:
        return None
    try:
        return [[str(r.row), str(r.column), r.reason.message(translate)] for r in rows]
    except AttributeError:  # not row problems as the importer reports them: show the lines
        return None


class ImportErrorDialog(QDialog):
    """The summary line, a table of the rows with errors (or the file's problems), the advice."""

    def __init__(self, exc: Exception, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_errors")
        self.setWindowTitle(translate("MainWindow", "Nothing was imported"))
        self.setSizeGripEnabled(True)
        self.lines: list[str] = list(exc.lines(translate)) if hasattr(exc, "lines") else [str(exc)]
        layout = QVBoxLayout(self)
        summary = QLabel(self.lines[0] if self.lines else "")
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)

        cells = _row_cells(exc)
        if cells is not None:
            headers = [
                translate("ImportErrors", "Row"),
                translate("ImportErrors", "Column"),
                translate("ImportErrors", "Problem"),
            ]
            advice = self.lines[-1] if len(self.lines) > 1 else ""
        else:
            headers = [translate("ImportErrors", "Problem")]
            cells = [[line] for line in self.lines[1:]]
            advice = ""
        more = len(cells) - ROWS_SHOWN
        cells = cells[:ROWS_SHOWN]
        self.table = QTableWidget(len(cells), len(headers))
        self.table.setObjectName("import_error_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        for row, values in enumerate(cells):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        last = len(headers) - 1
        if header.sectionSize(last) > PROBLEM_MAX:
            header.resizeSection(last, PROBLEM_MAX)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        if more > 0:
            # The importer's own words for it (context "Import", like the lines above).
            note = QLabel(translate("Import", "... and {count} more.").format(count=more))
            layout.addWidget(note)
        if advice:
            advice_label = QLabel(advice)
            advice_label.setObjectName("advice")
            advice_label.setWordWrap(True)
            layout.addWidget(advice_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # To paste into a message to whoever keeps the ledger.
        copy = buttons.addButton(
            translate("ImportErrors", "Copy the list"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.setObjectName("copy")
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._size_to_table(layout)

    def _size_to_table(self, layout: QVBoxLayout) -> None:
        """As wide as the table's columns (within the screen), tall enough for a dozen rows."""
        header = self.table.horizontalHeader()
        style = self.style()
        scroll = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.table.frameWidth()
        margins = layout.contentsMargins()
        width = header.length() + scroll + frame + margins.left() + margins.right()
        screen = self.screen() or QGuiApplication.primaryScreen()
        limit = screen.availableGeometry().width() - 40 if screen is not None else 1600
        width = max(min(width, limit), 560)
        self.setMinimumWidth(min(width, limit))
        self.resize(width, 460)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text())

    def text(self) -> str:
        """Everything the dialog says, a line each (for copying, and the tests)."""
        return "\n".join(self.lines)


def show_import_errors(exc: Any, parent: QWidget | None = None) -> ImportErrorDialog:
    dialog = ImportErrorDialog(exc, parent)
    dialog.open()
    return dialog
