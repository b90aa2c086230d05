"""What the user sees of sync: the status line, "Connect to head office", refused changes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store import replication
from desktop.store.store import Store
from desktop.ui.context import UiContext
from desktop.ui.labels import translate
from desktop.ui.record_form import ERROR_STYLE, WARNING_STYLE
from desktop.ui.sync_controller import SyncController
from desktop.ui.workers import run_in_background
from sync import protocol, refusals
from sync.client import LAST_SYNC, SyncClient, SyncError, is_enrolled


class SyncStatus(QWidget):
    """Pending changes, last successful sync, and why the last try failed."""

    def __init__(
        self, ctx: UiContext, controller: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.error: SyncError | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("sync_status")
        row.addWidget(self.label, 1)
        self.refused_button = QPushButton()
        self.refused_button.setObjectName("refused")
        self.refused_button.setStyleSheet(ERROR_STYLE)
        self.refused_button.setFlat(True)
        self.refused_button.clicked.connect(self.show_refused)
        row.addWidget(self.refused_button)
        self.overruled_button = QPushButton()
        self.overruled_button.setObjectName("overruled")
        self.overruled_button.setFlat(True)
        self.overruled_button.setStyleSheet(WARNING_STYLE)
        self.overruled_button.clicked.connect(self.show_overruled)
        row.addWidget(self.overruled_button)
        self.connect_button = QPushButton(translate("Sync", "Connect to head office…"))
        self.connect_button.setObjectName("connect")
        self.connect_button.clicked.connect(self.connect_to_head_office)
        row.addWidget(self.connect_button)
        self.sync_button = QPushButton(translate("Sync", "Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(controller.sync_now)
        row.addWidget(self.sync_button)
        controller.started.connect(self.refresh)
        controller.succeeded.connect(self._succeeded)
        controller.failed.connect(self._failed)
        self.refresh()

    def _succeeded(self, _result: Any) -> None:
        self.error = None
        self.refresh()

    def _failed(self, error: SyncError) -> None:
        self.error = error
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        if store.holds_demo:
            self.label.setText(translate("Sync", "Demo records stay on this laptop."))
            self.label.setStyleSheet("")
            for button in (
                self.connect_button,
                self.sync_button,
                self.refused_button,
                self.overruled_button,
            ):
                button.setVisible(False)
            return
        enrolled = is_enrolled(store)
        if not enrolled and self.error is not None and self.error.code == "not_enrolled":
            self.error = None  # working unconnected is the normal state, not a failure
        # Counts go in as plain names: lupdate skips a numerus call whose count is an expression.
        waiting = store.pending_changes()
        parts = [translate("Sync", "%n change(s) waiting to go to head office", None, waiting)]
        last = store.setting(LAST_SYNC)
        if last:
            parts.append(translate("Sync", "last sync %1").replace("%1", _local(last)))
        if self.controller.running:
            parts.append(translate("Sync", "syncing…"))
        elif self.error is not None:
            parts.append(self.error.message(translate))
        self.label.setText("  ·  ".join(parts))
        self.label.setStyleSheet(ERROR_STYLE if self.error and not self.controller.running else "")
        held = replication.refused(store)
        refused = len(held)  # a plain name: lupdate skips a count that is an expression
        clash = any(e["reason"].get("code") == protocol.REJECT_CLASH for e in held)
        self.refused_button.setText(
            translate("Sync", "%n change(s) refused by head office", None, refused)
        )
        self.refused_button.setVisible(refused > 0)
        gave_way = len(refusals.overruled(store))  # a plain name, for lupdate
        self.overruled_button.setText(
            translate("Sync", "%n of your edits gave way to later ones", None, gave_way)
        )
        self.overruled_button.setVisible(gave_way > 0)
        self.connect_button.setVisible(
            not enrolled
            or clash  # another laptop shares this one's identity: enrol again for a new one
            or (self.error is not None and self.error.code in ("revoked", "unauthorized"))
        )
        self.sync_button.setVisible(enrolled)
        self.sync_button.setEnabled(not self.controller.running)

    def connect_to_head_office(self) -> None:
        dialog = ConnectDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.error = None
            self.controller.sync_now()
        self.refresh()

    def show_refused(self) -> None:
        RefusedDialog(self.ctx, self).exec()
        self.refresh()

    def show_overruled(self) -> None:
        OverruledDialog(self.ctx, self).exec()
        self.refresh()


def _local(iso: str) -> str:
    """A stored UTC time as the laptop's local time, to the minute."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16].replace("T", " ")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class ConnectDialog(QDialog):
    """Head-office address and the one-time enrolment code (or the text of its QR code)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("Sync", "Connect to head office"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Sync",
                "Ask head office for an enrolment code. Paste the text of its QR code, or "
                "type the address and the code.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.server = QLineEdit(str(ctx.store.setting("sync:server") or ""))
        self.server.setObjectName("server")
        self.server.setPlaceholderText("http://192.168.1.10:8765")
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        form.addRow(translate("Sync", "Head-office address"), self.server)
        form.addRow(translate("Sync", "Enrolment code"), self.code)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Sync", "Connect")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Sync", "Cancel")
        )
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 220)

    def enrol(self) -> None:
        if not self.code.text().strip():
            self._show(translate("Sync", "Enter the enrolment code."))
            return
        self.buttons.setEnabled(False)
        data_dir = self.ctx.store.data_dir
        text, server = self.code.text(), self.server.text()

        def work(_progress: Any) -> dict[str, Any]:
            store = Store(data_dir)
            try:
                return SyncClient(store, timeout=15).enrol(text, server)
            finally:
                store.close()

        self.worker = run_in_background(work, self._done, self._failed)

    def _done(self, _reply: Any) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: Any) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, SyncError):
            self._show(error.message(translate))
        else:
            self._show(translate("Sync", "Connecting failed: %1").replace("%1", str(error)))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class _EntriesDialog(QDialog):
    """A table of what the laptop keeps to show (a row per entry, the last column wrapped) and
    one action on all of them."""

    def __init__(
        self,
        ctx: UiContext,
        title: str,
        name: str,
        headers: list[str],
        rows: list[list[str]],
        action: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # reasons can be long, or a line per field
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().resizeSection(len(headers) - 1, 420)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        acting = buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        acting.clicked.connect(self.act)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def act(self) -> None:
        raise NotImplementedError


class RefusedDialog(_EntriesDialog):
    """Changes head office refused: kept on the laptop with the reason, can be sent again."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        rows = [
            [
                refusals.title(entry, translate),
                _local(entry["created_at"]),
                refusals.reason(entry, translate),
            ]
            for entry in replication.refused(ctx.store)
        ]
        super().__init__(
            ctx,
            translate("Sync", "Changes refused by head office"),
            "refused_table",
            [translate("Sync", "Record"), translate("Sync", "Saved"), translate("Sync", "Reason")],
            rows,
            translate("Sync", "Send again"),
            parent,
        )

    def act(self) -> None:
        self.retry()

    def retry(self) -> None:
        replication.retry_refused(self.ctx.store)
        self.accept()


class OverruledDialog(_EntriesDialog):
    """This laptop's edits that gave way to later edits of the same fields made elsewhere.

    Nothing is lost (head office keeps every version), but what the user typed is no longer
    what everyone sees: they should know, and can type it again if it was right.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        rows = [
            [
                refusals.overruled_title(ctx.store, entry, translate),
                _local(entry["at"]),
                refusals.gave_way(ctx.store, entry, translate, ctx.lang),
            ]
            for entry in reversed(refusals.overruled(ctx.store))
        ]
        super().__init__(
            ctx,
            translate("Sync", "Edits that gave way to later ones"),
            "overruled_table",
            [
                translate("Sync", "Record"),
                translate("Sync", "When"),
                translate("Sync", "What gave way"),
            ],
            rows,
            translate("Sync", "Seen: clear the list"),
            parent,
        )

    def act(self) -> None:
        self.forget()

    def forget(self) -> None:
        refusals.forget_overruled(self.ctx.store)
        self.accept()
