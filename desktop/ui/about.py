"""Help → About: the app's version and how the laptop stands, for a field officer talking to
support, with "Copy diagnostics" to paste all of it (no personal data: desktop.diagnostics)."""

from __future__ import annotations

import logging
from typing import Any

import PySide6
from PySide6.QtCore import Qt, QThreadPool, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import diagnostics
from desktop.diagnostics import Counts, Diagnostics
from desktop.store.reader import TooSlow, within
from desktop.ui.context import UiContext
from desktop.ui.labels import translate
from desktop.ui.workers import Worker, run_in_background

log = logging.getLogger(__name__)

#: How long the UI thread may count the outbox before the count goes to a worker (it is an
#: index count: 0.1 s at a million waiting changes).
UI_BUDGET_S = 0.05
#: Room for a Windows data folder's path (under the user's AppData/Local/OutreachLog) on one line.
MIN_WIDTH = 640


def qt_versions() -> str:
    return f"{qVersion()} (PySide6 {PySide6.__version__})"


class AboutDialog(QDialog):
    """The version, the data folder (a button opens it), the store's size, what waits for head
    office, the last sync and its error, who records, and the versions under the app."""

    def __init__(
        self,
        ctx: UiContext,
        sync_error: str | None = None,
        pool: QThreadPool | None = None,
        budget: float = UI_BUDGET_S,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(translate("About", "About Outreach Log"))
        self.ctx = ctx
        self.pool = pool or QThreadPool.globalInstance()
        self.worker: Worker | None = None
        self.facts: Diagnostics = diagnostics.gather(
            ctx.store, sync_error=sync_error, qt=qt_versions()
        )

        layout = QVBoxLayout(self)
        heading = QLabel(translate("About", "Outreach Log %1").replace("%1", self.facts.version))
        heading.setObjectName("about_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            translate(
                "About",
                "Records financial-literacy outreach offline and sends it to head office.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label, _value in self.facts.rows(translate):
            value = QLabel()
            value.setObjectName(f"about_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(key != "data_dir")  # a path wraps at odd places: kept whole
            self.values[key] = value
            if key == "data_dir":
                self.open_folder = QPushButton(translate("About", "Open"))
                self.open_folder.setObjectName("about_open_folder")
                self.open_folder.clicked.connect(self.open_data_folder)
                row = QHBoxLayout()
                row.addWidget(value, 1)
                row.addWidget(self.open_folder)
                form.addRow(label, row)
            else:
                form.addRow(label, value)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            translate("About", "Copy diagnostics"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("about_copy")
        self.copy_button.setToolTip(
            translate(
                "About",
                "Puts all of the above on the clipboard as text, to paste into a message to "
                "support. It holds no client's data.",
            )
        )
        self.copy_button.clicked.connect(self.copy_diagnostics)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copied = QLabel()
        self.copied.setObjectName("about_copied")
        layout.addWidget(self.copied)

        self.setMinimumWidth(MIN_WIDTH)
        self._show()
        self._count(budget)

    def _count(self, budget: float) -> None:
        """The outbox's counts: on the UI thread's connection if they come within `budget`
        (a budget of 0: always in the background), else from a worker with a connection of
        its own, while the rows say "counting…"."""
        if budget > 0:
            try:
                with within(self.ctx.store.conn, budget):
                    self._counted(diagnostics.count(self.ctx.store.conn))
                return
            except TooSlow:
                log.debug("outbox count over %.0f ms: to a worker", budget * 1e3)
        data_dir = self.ctx.store.data_dir
        self.worker = run_in_background(
            lambda _progress: diagnostics.count_file(data_dir),
            self._counted,
            self._not_counted,
            pool=self.pool,
        )

    def _counted(self, counts: Any) -> None:
        if isinstance(counts, Counts):
            self.facts = self.facts.with_counts(counts)
            self._show()

    def _not_counted(self, error: Any) -> None:
        log.warning("the About box could not count the outbox: %s", error)
        self.facts = self.facts.with_counts(None)
        self._show()

    def _show(self) -> None:
        for key, _label, value in self.facts.rows(translate):
            self.values[key].setText(value)

    def diagnostics_text(self) -> str:
        return self.facts.text(translate)

    def copy_diagnostics(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.diagnostics_text())
        self.copied.setText(translate("About", "Copied: paste it into your message to support."))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.store.data_dir)))
