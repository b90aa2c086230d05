"""Pulling sessions into a fresh laptop store: `replication.apply_remote`, page by page.

    .venv/bin/python bench/pull_bench.py [--records 50000] [--page 2000] [--repeat 3]
                                         [--dates random|recorded] [--profile FILE]

The records are made once, in memory, as head office sends them (a saved session's values with
a new uuid and stamp each, the text and topics varied); each run pulls them into a new store in
pages and prints records/s; then the process's peak memory (VmHWM). `--dates random` (the
default, as sync_bench.py) spreads the sessions' dates over five years in no relation to their
order; `recorded` has them follow the order they were made in, as when officers record a
session on the day (the list and review-log indexes end in the date, so random dates make each
page's inserts land all over them: the harder case). `--profile FILE` runs
cProfile over one run and prints the top functions (cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.domain.kinds import KINDS
from desktop.store import replication
from desktop.store.store import Store

PLACES = ("韦家坪村", "青山镇中心校", "城关社区", "红星农贸市场", "幸福养老院", "东风村委会")
TOPICS = ("telecom_fraud", "illegal_fundraising", "counterfeit", "pension_fraud", "aml")
VENUES = ("village", "community", "school", "company", "market", "elderly_home", "branch")
NOTES = (
    "发放折页并现场答疑，村民反映冒充客服电话较多。",
    "宣讲防范电信网络诈骗知识，发放折页。",
    "讲解养老诈骗常见手法，老人提问踊跃。",
)


def make_records(
    folder: Path, count: int, kind: str, dates: str = "random"
) -> list[dict[str, Any]]:
    """`count` versions from another laptop, as a pull delivers them."""
    rng = random.Random(7)
    source = Store(folder)
    try:
        if kind == "session":
            values: dict[str, Any] = {
                "held_on": "2026-05-01",
                "start_time": "09:30",
                "place": PLACES[0],
                "area": "青山镇",
                "venue_kind": "village",
                "campaign": "adhoc",
                "topics": ["aml"],
                "staff": ["王芳", "李明"],
                "audience": 50,
                "consultation_count": 3,
                "notes": NOTES[0],
            }
        else:
            raise SystemExit(f"no template for {kind}")
        template = source.save(kind, values)
        records = []
        for i in range(count):
            record = dict(template)
            record["uuid"] = source.new_uuid()
            record["hlc"] = source.clock.now()
            if dates == "recorded":
                day = 5 * 336 * i // count
                record["held_on"] = (
                    f"{2021 + day // 336}-{1 + day % 336 // 28:02d}-{1 + day % 28:02d}"
                )
            else:
                record["held_on"] = f"{2021 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            record["place"] = rng.choice(PLACES) + str(i % 1000)
            record["venue_kind"] = rng.choice(VENUES)
            record["topics"] = rng.sample(TOPICS, 2)
            record["notes"] = rng.choice(NOTES)
            records.append(record)
        return records
    finally:
        source.close()


def pull(folder: Path, records: list[dict[str, Any]], page: int, kind: str) -> float:
    store = Store(folder)
    try:
        start = time.perf_counter()
        for at in range(0, len(records), page):
            replication.apply_remote(store, KINDS[kind], records[at : at + page])
        took = time.perf_counter() - start
        held = store.conn.execute(f"SELECT count(*) FROM {KINDS[kind].table}").fetchone()[0]
        assert held >= len(records), held
        return took
    finally:
        store.close()


def peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--page", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--kind", default="session")
    parser.add_argument("--dates", choices=("random", "recorded"), default="random")
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        records = make_records(root / "source", args.records, args.kind, args.dates)
        rates = []
        for run in range(args.repeat):
            took = pull(root / f"laptop{run}", records, args.page, args.kind)
            rates.append(len(records) / took)
            print(
                f"run {run + 1}: {len(records):,} {args.kind}s in {took:.2f} s,"
                f" {rates[-1]:,.0f} records/s",
                flush=True,
            )
        print(
            f"median {statistics.median(rates):,.0f} records/s"
            f" ({min(rates):,.0f}-{max(rates):,.0f}), peak memory {peak_mib():.0f} MiB"
        )
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            pull(root / "profiled", records, args.page, args.kind)
            profiler.disable()
            profiler.dump_stats(args.profile)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
