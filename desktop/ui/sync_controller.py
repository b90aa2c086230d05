"""Sync running by itself in the background: on a timer, after a save, and on "Sync now".

One sync at a time, in a worker thread with its own store connection, so the window never
waits on the network. After a failure that may pass (no network, server trouble) the next try
comes sooner than the regular interval and backs off step by step; that is how the laptop
notices head office is reachable again. A revoked or outdated laptop stops trying until the
user acts.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from desktop.store.store import Store
from desktop.ui.workers import Progress, run_in_background
from sync.client import SyncClient, SyncError, SyncResult

log = logging.getLogger(__name__)

INTERVAL_S = 300
AFTER_SAVE_S = 5
RETRY_FIRST_S = 15
RETRY_MAX_S = 300


def next_retry(failures: int) -> float:
    """Seconds to wait after `failures` failed tries in a row: 15 s doubling to 5 min, jittered."""
    base = min(RETRY_FIRST_S * 2 ** max(failures - 1, 0), RETRY_MAX_S)
    return base * random.uniform(0.8, 1.2)


class SyncController(QObject):
    started = Signal()
    succeeded = Signal(object)  # SyncResult
    failed = Signal(object)  # SyncError
    progress = Signal(int, int)

    def __init__(
        self, data_dir: Path, pool: QThreadPool | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.pool = pool or QThreadPool.globalInstance()
        self.running = False
        self.failures = 0
        self.stopped_reason: str | None = None
        self._again = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Begin the schedule with a sync straight away."""
        self.schedule(1)

    def schedule(self, seconds: float) -> None:
        if self.stopped_reason is None:
            self.timer.start(int(seconds * 1000))

    def saved(self) -> None:
        """Something was recorded: send it soon, unless a sync is already planned sooner."""
        remaining = self.timer.remainingTime()
        if self.stopped_reason is None and (remaining < 0 or remaining > AFTER_SAVE_S * 1000):
            self.schedule(AFTER_SAVE_S)

    def sync_now(self) -> None:
        self.stopped_reason = None
        if self.running:
            self._again = True
            return
        self.timer.stop()
        self.running = True
        self.started.emit()
        data_dir = self.data_dir

        def work(report: Progress) -> SyncResult:
            store = Store(data_dir)
            try:
                return SyncClient(store).sync(report)
            finally:
                store.close()

        self.worker = run_in_background(
            work, self._succeeded, self._failed, self.progress.emit, self.pool, (SyncError,)
        )

    def _succeeded(self, result: Any) -> None:
        self.running = False
        self.failures = 0
        self.succeeded.emit(result)
        self.schedule(1 if self._again else INTERVAL_S)
        self._again = False

    def _failed(self, error: Any) -> None:
        self.running = False
        if not isinstance(error, SyncError):
            log.error("sync failed unexpectedly: %r", error)
            error = SyncError("server_error", str(error))
        self.failed.emit(error)
        if error.code == "not_enrolled":
            self.stopped_reason = error.code
        elif error.retry_soon:
            self.failures += 1
            self.schedule(next_retry(self.failures))
        else:
            self.stopped_reason = error.code  # revoked, outdated: waits for the user
        self._again = False
