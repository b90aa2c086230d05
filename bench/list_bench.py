"""How the session list behaves on a big store: opening, scrolling a page, filtering.

Run: .venv/bin/python bench/list_bench.py [--sessions 100000]
Prints seconds per step and the process's peak memory. The list model reads a page of rows at a
time, so opening and filtering should stay well under a second however big the store is.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.kinds import KINDS  # noqa: E402
from desktop.store.queries import RecordFilter  # noqa: E402
from desktop.store.store import Store  # noqa: E402
from desktop.ui.models import RecordTableModel  # noqa: E402

VENUES = ("village", "community", "school", "company", "market", "elderly_home", "branch")
TOPICS = ("telecom_fraud", "illegal_fundraising", "counterfeit", "pension_fraud", "aml")


def fill(store: Store, count: int) -> float:
    start = time.perf_counter()
    with store.transaction():
        for i in range(count):
            store.save(
                "session",
                {
                    "held_on": f"{2016 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    "start_time": f"{8 + i % 10:02d}:{(i * 7) % 60:02d}",
                    "place": f"第{i}村",
                    "area": f"{i % 40}镇",
                    "venue_kind": VENUES[i % len(VENUES)],
                    "topics": [TOPICS[i % len(TOPICS)], TOPICS[(i + 2) % len(TOPICS)]],
                    "audience": 20 + i % 300,
                    "consultation_count": i % 20,
                    "staff": ["张三", "李四"],
                    "notes": "宣讲防范电信网络诈骗知识，发放折页。",
                },
            )
    return time.perf_counter() - start


def timed(label: str, fn: Callable[[], object], model: RecordTableModel | None = None) -> None:
    """The UI thread's part (the call), then until a count or page sent to a worker is in."""
    start = time.perf_counter()
    fn()
    held = time.perf_counter() - start
    if model is not None:
        model.wait_for_background()
        QApplication.processEvents()
    print(f"{label:<40} {held:8.3f} s  (results in {time.perf_counter() - start:6.3f} s)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication([])  # noqa: F841 - models need an application object
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        seconds = fill(store, args.sessions)
        print(
            f"{'saved ' + str(args.sessions) + ' sessions':<40} {seconds:8.3f} s "
            f"({args.sessions / seconds:,.0f}/s, with history and outbox)"
        )
        model = RecordTableModel(store, KINDS["session"], "zh_CN")
        timed("open list (count + first page)", model.reload, model)
        timed("fetch next page", model.fetchMore, model)
        timed(
            "filter: venue kind",
            lambda: model.set_filter(RecordFilter(equals={"venue_kind": "school"})),
            model,
        )
        timed(
            "filter: topic (JSON list)",
            lambda: model.set_filter(RecordFilter(equals={"topics": "aml"})),
            model,
        )
        timed(
            "filter: date range",
            lambda: model.set_filter(RecordFilter(date_from="2020-01-01", date_to="2020-12-31")),
            model,
        )
        timed("search text", lambda: model.set_filter(RecordFilter(text="第4242村")), model)
        timed("search 2 characters", lambda: model.set_filter(RecordFilter(text="发放")), model)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'peak memory':<40} {peak:8.1f} MiB")
        store.close()


if __name__ == "__main__":
    main()
