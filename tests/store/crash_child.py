"""Child process of test_crash.py: records sessions as fast as it can until it is killed.

Usage: python crash_child.py DATA_DIR. Each line on stdout is written only after the change it
names has committed, so the parent knows exactly which changes the store promised to keep:
``new <uuid> <leaflets>`` after a session and its hand-outs were saved together, and
``edit <uuid>`` after that session was corrected in a second transaction.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from pathlib import Path

from desktop.store.store import Store

#: Fixed, so every round of the crash test hands out the same design.
DESIGN = "7d0c1c5e-4a52-4f0e-9d39-000000000001"


def main(data_dir: Path) -> None:
    store = Store(data_dir)
    store.save(
        "leaflet_design",
        {"title": "守好钱袋子 谨防电信网络诈骗", "topic": "telecom_fraud", "low_stock": 200},
        uuid=DESIGN,
    )
    for n in itertools.count():
        (stock,) = [d for d in store.stock() if d["uuid"] == DESIGN]
        if stock["on_hand"] < 1000:
            store.save(
                "print_run",
                {"design": DESIGN, "printed_on": dt.date.today(), "copies": 5000},
            )
        leaflets = 10 + n % 40
        with store.transaction():
            session = store.save(
                "session",
                {
                    "held_on": dt.date.today(),
                    "place": f"王家村{n}组",
                    "venue_kind": "village",
                    "topics": ["telecom_fraud"],
                    "staff": ["张丽", "王强"],
                    "audience": 40 + n % 50,
                    "notes": "断电测试" * (n % 7),
                },
            )
            store.set_handouts(session["uuid"], {DESIGN: leaflets})
        print("new", session["uuid"], leaflets, flush=True)
        store.save(
            "session",
            {**session, "audience": session["audience"] + 1},
            uuid=session["uuid"],
            expected_revision=1,
        )
        print("edit", session["uuid"], flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
