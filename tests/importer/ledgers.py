"""Ledger files written on the fly, and a snapshot of everything an import could touch."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.importer.template import headers
from desktop.store.store import Store

#: A valid row under the template's headers; tests change single cells.
VALID = {
    "日期": "2026-03-14",
    "开始时间": "09:30",
    "结束时间": "11:00",
    "地点": "柳树村",
    "乡镇": "城关镇",
    "场所类型": "进农村",
    "活动名称": "金融知识普及月",
    "宣传主题": "防范电信网络诈骗、反洗钱",
    "合作单位": "司法局",
    "参与人员": "王芳、李强",
    "受众人数": "85",
    "咨询人数": "12",
    "线上": "否",
    "备注": "现场宣传",
}


def row(**changes: Any) -> dict[str, Any]:
    """VALID with some cells changed; keyword names are the Chinese headers."""
    return {**VALID, **changes}


def write_csv(
    path: Path,
    rows: Sequence[dict[str, Any]],
    header: Sequence[str] | None = None,
    encoding: str = "utf-8-sig",
) -> Path:
    header = list(header or headers())
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows([r.get(h, "") for h in header] for r in rows)
    return path


def snapshot(store: Store) -> dict[str, int]:
    """Row counts of every table an import writes, deleted records and all."""
    tables = ("sessions", "handouts", "outbox", "history")
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def same(context: str, text: str) -> str:
    """The English source texts, as `tr`."""
    return text
