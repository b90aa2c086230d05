"""What an import did, once it worked: the counts, the rows not imported (totals rows...), every
value read otherwise than written with its rows, the list entries added, and what is worth a
second look; in sections, wrapped, as wide as its lines need within the screen."""

from __future__ import annotations

import html

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.refdata import REF_LISTS
from desktop.importer.report import (
    ADDED_ENTRIES,
    CHANGED,
    CHECK_THESE,
    MORE_TO_CHECK,
    SKIPPED,
    ImportReport,
    say,
)
from desktop.ui.labels import translate

#: The text wraps beyond this width rather than making the dialog wider.
TEXT_MAX = 760
TEXT_MIN = 420


def sections(report: ImportReport) -> list[tuple[str, list[str]]]:
    """(heading, lines) per part of the report that has anything, in the order shown."""
    found: list[tuple[str, list[str]]] = []
    if report.skipped:
        found.append((say(translate, SKIPPED), [r.line(translate) for r in report.skipped]))
    changes = report.change_lines(translate)
    if changes:
        found.append((say(translate, CHANGED), changes))
    by_list: dict[str, list[str]] = {}
    for list_name, label in report.entries_added:
        by_list.setdefault(list_name, []).append(label)
    if by_list:
        added = [
            say(
                translate,
                ADDED_ENTRIES,
                list=translate("Choice", REF_LISTS.get(name, name)),
                entries="、".join(labels),
            )
            for name, labels in by_list.items()
        ]
        found.append((translate("ImportResult", "Added to the reference lists:"), added))
    if report.warnings:
        lines = [w.line(translate) for w in report.warnings]
        if report.warning_count > len(report.warnings):
            more = report.warning_count - len(report.warnings)
            lines.append(say(translate, MORE_TO_CHECK, count=more))
        found.append((say(translate, CHECK_THESE), lines))
    return found


class ImportResultDialog(QDialog):
    """The summary line on top, then each section as a heading and its lines."""

    def __init__(self, report: ImportReport, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_result")
        self.setWindowTitle(self.tr("Imported: %1").replace("%1", name))
        self.setSizeGripEnabled(True)
        self.report = report
        self.lines: list[str] = report.lines(translate)
        layout = QVBoxLayout(self)
        summary = QLabel(self.lines[0])
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.sections = sections(report)
        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        self.details.setHtml(self._html())
        layout.addWidget(self.details, 1)
        if not self.sections:
            self.details.hide()
            summary.setText(self.lines[0] + "\n" + self.tr("Every value was read as written."))
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy the list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copy")
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setDefault(True)
            close.setFocus()
        self._size_to_text(layout)

    def _html(self) -> str:
        parts = []
        for heading, lines in self.sections:
            parts.append(f"<h4>{html.escape(heading)}</h4><ul>")
            parts.extend(f"<li>{html.escape(line)}</li>" for line in lines)
            parts.append("</ul>")
        return "".join(parts)

    def _size_to_text(self, layout: QVBoxLayout) -> None:
        """As wide as the longest line (up to TEXT_MAX, then wrapped), as tall as the text,
        within the screen."""
        document = self.details.document()
        document.setTextWidth(-1)
        text_width = min(max(int(document.idealWidth()) + 8, TEXT_MIN), TEXT_MAX)
        document.setTextWidth(text_width)
        text_height = int(document.size().height()) + 8
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = layout.contentsMargins()
        frame = 2 * self.details.frameWidth()
        width = text_width + scroll + frame + margins.left() + margins.right()
        if not self.sections:
            self.resize(max(self.sizeHint().width(), TEXT_MIN), self.sizeHint().height())
            return
        height = text_height + frame + 120
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        max_width = available.width() - 40 if available is not None else 1600
        max_height = int(available.height() * 0.8) if available is not None else 900
        self.resize(min(width, max_width), min(max(height, 200), max_height))

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text())

    def text(self) -> str:
        """Everything the dialog says, a line each (for copying, and the tests)."""
        return "\n".join(self.lines)
