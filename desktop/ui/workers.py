"""Running long work (import, later sync and printing) off the UI thread.

Modelled on Anki's QueryOp: a plain function runs in the pool and reports back through signals,
which Qt delivers on the UI thread. Workers never touch widgets, and open their own Store
(SQLite connections belong to the thread that made them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class WorkerSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    def __init__(
        self, fn: Callable[[Progress], Any], expected: tuple[type[Exception], ...] = ()
    ) -> None:
        super().__init__()
        self.fn = fn
        #: Failures users meet in normal work (no network...): logged without a traceback.
        self.expected = expected
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except Exception as exc:  # reported to the UI thread, which decides what to show
            if isinstance(exc, self.expected):
                log.info("background work stopped: %s", exc)
            else:
                log.exception("background work failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


#: Workers that have not reported yet. Their signals must outlive the run: a caller that keeps
#: only its latest worker (a detail pane asked again before the last answer came) would
#: otherwise free signals a worker thread is about to emit, and the app crashes.
_running: set[Worker] = set()


def run_in_background(
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    on_progress: Progress | None = None,
    pool: QThreadPool | None = None,
    expected: tuple[type[Exception], ...] = (),
) -> Worker:
    worker = Worker(fn, expected)
    worker.signals.finished.connect(on_success)
    worker.signals.failed.connect(on_failure)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    # Let go of it after the caller's slots ran (connected last: delivered last).
    _running.add(worker)
    worker.signals.finished.connect(lambda _result: _running.discard(worker))
    worker.signals.failed.connect(lambda _error: _running.discard(worker))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
