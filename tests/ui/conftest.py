"""GUI fixtures: a window context over a real store, translated like the app does it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.context import UiContext


@pytest.fixture(autouse=True)
def reads_wait_for_the_database(monkeypatch):
    """Lists read on the UI thread within 50 ms, else in a worker: which one depends on how
    busy the machine is. Tests read on the UI thread unless they test the worker (budget=0)."""
    import desktop.ui.models
    import desktop.ui.review.log

    monkeypatch.setattr(desktop.ui.models, "UI_BUDGET_S", 30.0)
    monkeypatch.setattr(desktop.ui.review.log, "UI_BUDGET_S", 30.0)


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
