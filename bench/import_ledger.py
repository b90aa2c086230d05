"""How long a 100,000-row branch-style ledger takes to import, and how much memory it needs.

    .venv/bin/python bench/import_ledger.py --rows 100000 --format xlsx

The ledger is laid out as branches keep theirs (a title row, a sequence column, their own
headers, qualified counts such as "约80", near-miss list entries, a totals row), written by a
child process first so the figures are the import's alone: the proposal (one streamed reading)
and the import with that mapping (a check reading, then the write of all rows in one
transaction). Peak memory is the process's peak resident size (getrusage), with the size after
start-up, so that flat memory shows as a small difference between a small and a big file.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEADERS = [
    "序号",
    "活动时间",
    "宣传地点",
    "场所",
    "宣传内容",
    "合作单位",
    "参与人数（人）",
    "咨询人次",
    "发放宣传资料（份）",
    "其他说明",
]
VENUES = ["进农村", "进社区", "进校园", "进企业", "老年之家 / 敬老院"]
TOPICS = ["防范电信网络诈骗", "养老诈骗防范", "反洗钱、征信知识", "防范非法集资"]
PARTNERS = ["城关县司法局", "派出所", "卫生院", "村委会", ""]


def ledger_rows(count: int) -> Iterator[list[Any]]:
    yield ["城关支行金融知识宣传活动台账"]
    yield []
    yield HEADERS
    start = dt.date(2020, 1, 1)
    for i in range(count):
        audience = 40 + i % 200
        yield [
            i + 1,
            (start + dt.timedelta(days=i % 1800)).isoformat(),
            f"第{i}村村委会",
            VENUES[i % len(VENUES)],
            TOPICS[i % len(TOPICS)],
            PARTNERS[i % len(PARTNERS)],
            f"约{audience}" if i % 7 == 0 else str(audience),
            str(i % 12),
            f"{audience}余" if i % 11 == 0 else str(audience),
            "雨天" if i % 13 == 0 else "",
        ]
    yield ["合计", "", "", "", "", "", "", "", "", ""]


def generate(path: Path, count: int) -> None:
    if path.suffix == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows(ledger_rows(count))
        return
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("台账")
    for cells in ledger_rows(count):
        sheet.append(cells)
    workbook.save(path)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.rows)
        return

    from desktop.importer.ledger import import_file
    from desktop.importer.mapping import propose
    from desktop.store.store import Store

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"ledger.{args.format}"
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--rows", str(args.rows), "--generate", str(path)],
            check=True,
        )
        print(
            f"generated {args.rows} rows ({path.stat().st_size / 2**20:.1f} MiB) in "
            f"{time.perf_counter() - began:.1f} s"
        )
        store = Store(Path(folder) / "data")
        base = peak_mib()
        began = time.perf_counter()
        proposal = propose(path, store, owned=True)
        proposed = time.perf_counter() - began
        began = time.perf_counter()
        report = import_file(store, path, mapping=proposal.mapping(), owned=True)
        imported = time.perf_counter() - began
        store.close()
    print(
        f"proposal: {proposed:.1f} s; import: {imported:.1f} s "
        f"({report.rows / imported:,.0f} rows/s); added {report.added}, "
        f"values read otherwise {report.change_count}, skipped {len(report.skipped)}"
    )
    print(f"peak memory: {peak_mib():.0f} MiB (after start-up: {base:.0f} MiB)")


if __name__ == "__main__":
    main()
