"""Background work reports back even when the caller keeps no reference to its worker (a
detail pane asked again before the last answer came): its signals live until it reported."""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QThreadPool

from desktop.ui.workers import run_in_background


def test_unreferenced_workers_all_report(qtbot) -> None:
    pool = QThreadPool()
    results: list[int] = []
    failures: list[Exception] = []

    def slow(n: int):
        def work(_report):
            time.sleep(0.01)
            if n % 5 == 0:
                raise ValueError(n)
            return n

        return work

    for n in range(40):
        run_in_background(slow(n), results.append, failures.append, pool=pool)
        gc.collect()
    qtbot.waitUntil(lambda: len(results) + len(failures) == 40, timeout=10_000)
    assert sorted(results) == [n for n in range(40) if n % 5]
    assert sorted(int(str(e)) for e in failures) == list(range(0, 40, 5))
    pool.waitForDone()
