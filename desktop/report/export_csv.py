"""The report as CSV files, UTF-8 with a byte-order mark so that Excel opens Chinese text
right: for `--out NAME.csv`, NAME-summary.csv, NAME-months.csv and one NAME-<kind>.csv per
record kind (sessions, consultations, visits, print_runs, handouts) beside it. Rows are
written as they are read."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.domain.kinds import KINDS
from desktop.report.errors import Translate
from desktop.report.figures import Report
from desktop.report.tables import (
    EXPORTED_KINDS,
    columns,
    month_header,
    month_rows,
    record_rows,
    summary_rows,
)
from desktop.store.store import Store

ENCODING = "utf-8-sig"


def csv_paths(path: Path) -> dict[str, Path]:
    """The files an export to `path` writes, by part: summary, months and each kind's table
    (named after it: sessions, consultations...)."""
    parts = ["summary", "months", *(KINDS[k].table for k in EXPORTED_KINDS)]
    return {part: path.with_name(f"{path.stem}-{part}{path.suffix}") for part in parts}


def _write(path: Path, rows: Iterable[list[Any]]) -> None:
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding=ENCODING, newline="") as out:
        writer = csv.writer(out)
        for row in rows:
            writer.writerow(row)
    partial.replace(path)


def write_csv(
    store: Store,
    report: Report,
    path: Path,
    translate: Translate,
    include_personal: bool = False,
) -> list[Path]:
    """Write the CSV files for `path`; returns them."""
    paths = csv_paths(path)
    _write(paths["summary"], summary_rows(report, translate, include_personal))
    _write(paths["months"], [month_header(translate), *month_rows(report)])
    for kind in EXPORTED_KINDS:
        header = [c.header for c in columns(kind, translate, include_personal)]
        rows = record_rows(store, report, kind, translate, include_personal, dates=False)
        _write(paths[KINDS[kind].table], _prepend(header, rows))
    return list(paths.values())


def _prepend(header: list[str], rows: Iterable[list[Any]]) -> Iterable[list[Any]]:
    yield header
    yield from rows
