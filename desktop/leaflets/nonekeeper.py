"""A guard against a reference-counting bug of shiboken6 6.12 on Python 3.11.

There, every call of a Qt function that returns nothing (QPainter.setPen, drawLine, save...)
takes one reference away from Python's None without having added it. None's count starts in the
thousands; painting a few hundred sheets makes hundreds of thousands of such calls, and when the
count reaches zero the interpreter aborts ("Fatal Python error: none_dealloc"). Painting code
therefore notes None's count before it starts and gives back what went missing at checkpoints.
Giving back too much is harmless (None is never freed); on Python 3.12 and later None is immortal,
its count never moves, and this does nothing.
"""

from __future__ import annotations

import ctypes
import sys
import threading

_lock = threading.Lock()


class NoneKeeper:
    def __init__(self) -> None:
        self.level = sys.getrefcount(None)

    def top_up(self) -> int:
        """Give None back the references lost since the last checkpoint; returns how many."""
        with _lock:
            lost = self.level - sys.getrefcount(None)
            for _ in range(max(0, lost)):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
            self.level = sys.getrefcount(None)
        return max(0, lost)
