"""The Qt binding itself: a known-bad release would crash the app after a long session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 takes a reference from None on every void Qt call; once
    None's count reaches zero the interpreter aborts. This fails on such a release."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setObjectName("x")
        label.setText("y")
    assert sys.getrefcount(None) >= before - 50
