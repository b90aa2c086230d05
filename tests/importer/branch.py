"""Ledgers laid out the way branches keep them, never written for this app: a title row, a
sequence column, their own headers, counts with qualifiers, near-miss list entries, totals."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

TITLE = "城关支行2025年金融知识宣传活动台账"
HEADERS = (
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
)
ROWS: tuple[tuple[Any, ...], ...] = (
    (
        1,
        "2025-03-14",
        "柳树村村委会",
        "进农村",
        "防范电信网络诈骗",
        "城关县司法局",
        "约80",
        "12",
        "200余",
        "雨天",
    ),
    (
        2,
        "2025-03-15",
        "河西镇中心小学",
        "进校园",
        "养老诈骗防范、反洗钱",
        "学校",
        "260",
        "",
        "300",
        "",
    ),
    (
        3,
        "2025-03-20",
        "锦屏镇敬老院",
        "老年之家 / 敬老院",
        "养老诈骗防范",
        "卫生院",
        "80人",
        "5",
        "1,200",
        "与卫生院联合",
    ),
)
TOTALS = ("合计", "", "", "", "", "", "420", "17", "1700", "")


def branch_rows(rows: Sequence[Sequence[Any]] = ROWS) -> list[list[Any]]:
    """Every row of the sheet, from the title down to the totals."""
    return [[TITLE], [], list(HEADERS), *(list(r) for r in rows), list(TOTALS), []]


def write_branch_csv(path: Path, rows: Sequence[Sequence[Any]] = ROWS) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(branch_rows(rows))
    return path


def write_branch_xlsx(path: Path, rows: Sequence[Sequence[Any]] = ROWS) -> Path:
    """The same ledger as a workbook: the title merged across, dates typed, and the venue of
    the first two sessions in one merged cell (the way people save typing)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.worksheets[0]
    for at, cells in enumerate(branch_rows(rows)):
        typed = list(cells)
        if 3 <= at < 3 + len(rows):
            typed[1] = dt.date.fromisoformat(typed[1])
        sheet.append(typed)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.cell(5, 4).value = None
    sheet.merge_cells("D4:D5")
    workbook.save(path)
    return path
