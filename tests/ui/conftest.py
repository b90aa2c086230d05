"""GUI fixtures: a window context over a real store, translated like the app does it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.context import UiContext


@pytest.fixture
def ctx(store, qapp):
    return UiContext(store, "en")


def session_values(**changes):
    values = {
        "held_on": "2026-03-15",
        "place": "王家村",
        "venue_kind": "village",
        "topics": ["telecom_fraud"],
        "audience": 40,
        "consultation_count": 5,
    }
    values.update(changes)
    return values


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit (as pinyin input gives) else."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
