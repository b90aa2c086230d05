"""The report as an XLSX workbook, streamed (openpyxl's write-only mode: rows go to the file as
they are read, so memory stays flat in the record count): a summary sheet, a month sheet and
one sheet per record kind, with frozen header rows, column widths and dates as dates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desktop.report.errors import CONTEXT, Translate
from desktop.report.figures import Report
from desktop.report.tables import (
    BY_MONTH,
    EXPORTED_KINDS,
    SUMMARY,
    columns,
    month_header,
    month_rows,
    record_rows,
    sheet_name,
    summary_rows,
)
from desktop.store.store import Store

DATE_FORMAT = "yyyy-mm-dd"
_BOLD = Font(bold=True)


def _header(sheet: Any, names: list[str], widths: list[int]) -> None:
    """Widths and the frozen first row: both must come before the first row is written.
    (`sheet` is a WriteOnlyWorksheet, whose stubs lack the dimensions it has.)"""
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    row = []
    for name in names:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = _BOLD
        row.append(cell)
    sheet.append(row)


def write_xlsx(
    store: Store,
    report: Report,
    path: Path,
    translate: Translate,
    include_personal: bool = False,
) -> None:
    """Write the workbook to `path` (through a temporary file beside it, put in place at the
    end, so a failed export leaves no half-written workbook)."""
    book = Workbook(write_only=True)
    summary = book.create_sheet(translate(CONTEXT, SUMMARY))
    for column, width in zip("ABCDE", (44, 16, 16, 16, 16), strict=True):
        summary.column_dimensions[column].width = width
    for row in summary_rows(report, translate, include_personal):
        summary.append(row)
    months = book.create_sheet(translate(CONTEXT, BY_MONTH))
    header = month_header(translate)
    _header(months, header, [12] + [16] * (len(header) - 1))
    for row in month_rows(report):
        months.append(row)
    for kind in EXPORTED_KINDS:
        cols = columns(kind, translate, include_personal)
        sheet = book.create_sheet(sheet_name(kind, translate))
        _header(sheet, [c.header for c in cols], [c.width for c in cols])
        dated = [i for i, c in enumerate(cols) if c.is_date]
        for values in record_rows(store, report, kind, translate, include_personal):
            sheet.append(_dated(sheet, values, dated))
    partial = path.with_name(path.name + ".part")
    book.save(partial)
    partial.replace(path)


def _dated(sheet: WriteOnlyWorksheet, values: list[Any], dated: list[int]) -> list[Any]:
    """Date cells with a date format (Excel shows a bare date as a number otherwise)."""
    for i in dated:
        if values[i] is not None:
            cell = WriteOnlyCell(sheet, value=values[i])
            cell.number_format = DATE_FORMAT
            values[i] = cell
    return values
