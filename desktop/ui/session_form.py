"""The session form: the generic record form plus leaflet counts per design and photos."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.domain.kinds import HANDOUT
from desktop.domain.validation import ERROR, Issue, clean, stock_issue
from desktop.ui.labels import translate
from desktop.ui.record_form import ERROR_STYLE, WARNING_STYLE, RecordForm

THUMB = 96


def leaflet_key(design: str) -> str:
    return f"leaflets:{design}"


class SessionForm(RecordForm):
    def build_extras(self, layout: QVBoxLayout) -> None:
        self.leaflet_edits: dict[str, QLineEdit] = {}
        self.leaflet_messages: dict[str, QLabel] = {}
        designs = [d for d in self.store.stock() if d["active"]]
        self.on_hand = {d["uuid"]: int(d["on_hand"]) for d in designs}
        box = QGroupBox(translate("SessionForm", "Leaflets handed out"))
        box.setObjectName("leaflets_box")
        form = QFormLayout(box)
        if not designs:
            form.addRow(QLabel(translate("SessionForm", "No leaflet designs yet.")))
        for design in designs:
            edit = QLineEdit()
            edit.setObjectName(f"leaflets_{design['uuid']}")
            edit.setMaximumWidth(120)
            edit.setPlaceholderText("0")
            edit.textChanged.connect(self._edited)
            message = QLabel()
            message.setStyleSheet(ERROR_STYLE)
            message.hide()
            stock = translate("SessionForm", "%1 in stock").replace("%1", str(design["on_hand"]))
            form.addRow(f"{design['title']} ({stock})", edit)
            form.addRow("", message)
            self.leaflet_edits[design["uuid"]] = edit
            self.leaflet_messages[design["uuid"]] = message
        layout.addWidget(box)

        photos = QGroupBox(translate("SessionForm", "Photos"))
        column = QVBoxLayout(photos)
        self.photo_list = QListWidget()
        self.photo_list.setObjectName("photo_list")
        self.photo_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(THUMB, THUMB))
        self.photo_list.setMaximumHeight(THUMB + 40)
        self.add_photo_button = QPushButton(translate("SessionForm", "Add photos…"))
        self.add_photo_button.clicked.connect(self.pick_photos)
        column.addWidget(self.photo_list)
        column.addWidget(self.add_photo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(photos)
        self.new_photos: list[str] = []

    # -- values ---------------------------------------------------------------------------

    def load_extras(self, values: dict[str, Any]) -> None:
        if "uuid" in values:  # a stored record: counts and photos come from the store
            counts = self.store.handouts(values["uuid"])
            for design, edit in self.leaflet_edits.items():
                edit.setText(str(counts[design]) if counts.get(design) else "")
            self.photo_list.clear()
            for photo in self.store.photos(values["uuid"]):
                self._show_photo(self.store.photo_path(photo["sha256"]), photo["file_name"])
            return
        for design, edit in self.leaflet_edits.items():
            edit.setText(str(values.get(leaflet_key(design)) or ""))
        self.photo_list.clear()
        self.new_photos = []
        for path in values.get("new_photos", []):
            self.add_photo(Path(path))

    def extras_raw(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            leaflet_key(design): edit.text() for design, edit in self.leaflet_edits.items()
        }
        values["new_photos"] = list(self.new_photos)
        return values

    def validate_extras(self) -> list[Issue]:
        """Counts must be whole numbers; more than the stock on hand is worth a second look
        (a print run not recorded yet), not an error."""
        issues: list[Issue] = []
        held = self.store.handouts(self.record["uuid"]) if self.record else {}
        for design, edit in self.leaflet_edits.items():
            message = self.leaflet_messages[design]
            found = [i for i in self._count_issues(edit.text()) if i.field == "count"]
            count = 0 if found else self._count(edit.text())
            short = stock_issue(count, held.get(design, 0), self.on_hand[design])
            if short is not None:
                found.append(short)
            message.setText(" ".join(i.message(translate) for i in found))
            message.setStyleSheet(
                ERROR_STYLE if any(i.severity == ERROR for i in found) else WARNING_STYLE
            )
            message.setVisible(bool(found))
            issues.extend(Issue(leaflet_key(design), i.code, i.severity, i.params) for i in found)
        return issues

    def _count_issues(self, text: str) -> list[Issue]:
        if not text.strip():
            return []
        _, issues = clean(HANDOUT, {"session": "-", "design": "-", "count": text})
        return issues

    @staticmethod
    def _count(text: str) -> int:
        values, _ = clean(HANDOUT, {"session": "-", "design": "-", "count": text or "0"})
        return int(values["count"] or 0)

    def _counts(self) -> dict[str, int]:
        return {design: self._count(edit.text()) for design, edit in self.leaflet_edits.items()}

    def write(self, raw: dict[str, Any]) -> str:
        with self.store.transaction():
            uuid = super().write(raw)
            self.store.set_handouts(uuid, self._counts())
            for path in self.new_photos:
                self.store.add_photo(uuid, Path(path))
        return uuid

    # -- photos ---------------------------------------------------------------------------

    def pick_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("SessionForm", "Add photos"),
            str(Path.home()),
            translate("SessionForm", "Pictures (*.jpg *.jpeg *.png)"),
        )
        for name in files:
            self.add_photo(Path(name))
        if files:
            self._edited()

    def add_photo(self, path: Path) -> None:
        if str(path) in self.new_photos or not path.exists():
            return
        self.new_photos.append(str(path))
        self._show_photo(path, path.name)

    def _show_photo(self, path: Path, name: str) -> None:
        pixmap = QPixmap(str(path))
        item = QListWidgetItem(name)
        if not pixmap.isNull():
            item.setIcon(
                QIcon(
                    pixmap.scaled(
                        THUMB,
                        THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
        self.photo_list.addItem(item)
