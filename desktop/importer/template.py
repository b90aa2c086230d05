"""The ledger templates teams fill in (assets/templates), written from the session kind's fields.

The shipped files are this module's output (`python -m desktop.importer.template` rewrites them),
and a test checks they still match, so the template can never drift from what the import reads.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop.domain.fields import FieldType
from desktop.domain.kinds import SESSION
from desktop.importer.columns import template_header

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "assets" / "templates"
CSV_NAME = "ledger_template.csv"
XLSX_NAME = "ledger_template.xlsx"
SHEET_TITLE = "台账"
LIST_SEPARATOR = "、"

# Two sessions as a team would log them, written the way people type them (labels, not codes).
EXAMPLES: tuple[dict[str, Any], ...] = (
    {
        "held_on": dt.date(2026, 3, 14),
        "start_time": dt.time(9, 30),
        "end_time": dt.time(11, 0),
        "place": "柳树村村委会",
        "area": "城关镇",
        "venue_kind": "进农村",
        "campaign": "3·15 消费者权益保护教育宣传周",
        "topics": ["防范电信网络诈骗", "防范养老诈骗"],
        "partners": ["司法局", "村委会"],
        "staff": ["王芳", "李强"],
        "audience": 85,
        "consultation_count": 12,
        "online": False,
        "notes": "在村委会广场设咨询台，现场演示如何识别冒充公检法的诈骗电话。",
    },
    {
        "held_on": dt.date(2026, 9, 10),
        "start_time": dt.time(14, 0),
        "end_time": dt.time(16, 30),
        "place": "河西镇中心小学",
        "area": "河西镇",
        "venue_kind": "进校园",
        "campaign": "金融知识普及月",
        "topics": ["征信知识", "银行卡与手机银行安全"],
        "partners": ["学校"],
        "staff": ["张伟"],
        "audience": 260,
        "consultation_count": 8,
        "online": False,
        "notes": "面向五、六年级学生和家长，讲解不良校园贷和保护个人信息。",
    },
)


def headers() -> list[str]:
    """One column per session field, under its Chinese header."""
    return [template_header(f) for f in SESSION.fields]


def _cell(value: Any) -> Any:
    """A value as a spreadsheet cell: dates and numbers stay typed, lists and flags become text."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return value


def _text(value: Any) -> str:
    """A value as CSV text, in the forms the import reads."""
    value = _cell(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def rows() -> list[list[Any]]:
    """The example rows as typed cells, in column order."""
    return [[_cell(example.get(f.name)) for f in SESSION.fields] for example in EXAMPLES]


def write_csv(path: Path) -> None:
    """UTF-8 with a BOM: without it Excel on Chinese Windows reads the file as GBK."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers())
        writer.writerows([_text(v) for v in row] for row in rows())


def write_xlsx(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.worksheets[0]  # a new workbook's one sheet (`active` may be None to mypy)
    sheet.title = SHEET_TITLE
    sheet.append(headers())
    for row in rows():
        sheet.append(row)
    for index, f in enumerate(SESSION.fields, start=1):
        sheet.cell(1, index).font = Font(bold=True)
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 30 if f.type is FieldType.LONG_TEXT else 16
        for cell in sheet[letter][1:]:
            if f.type is FieldType.DATE:
                cell.number_format = "yyyy-mm-dd"
            elif f.type is FieldType.TIME:
                cell.number_format = "hh:mm"
    sheet.freeze_panes = "A2"
    workbook.save(path)


def write_templates(folder: Path = TEMPLATES_DIR) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_csv(folder / CSV_NAME)
    write_xlsx(folder / XLSX_NAME)


if __name__ == "__main__":
    write_templates()
