"""Reading a ledger file row by row, whether Excel saved it as CSV (UTF-8 or GBK; tab-separated
text and Excel's "Unicode text" too) or as .xlsx.

Rows are streamed, never all held, so a 100,000-row ledger does not sit in memory. The kind of
file is told by its first bytes, not its name, so a renamed file still reads.

Merged cells of a workbook read as the value they show (the top-left cell's) in every cell of
the range. openpyxl's streaming mode knows nothing of merged ranges, so they are read from the
sheet's XML on their own (they follow the rows there): the bytes are scanned for the
`<mergeCells>` element, which alone is parsed, so memory stays flat.
"""

from __future__ import annotations

import csv
import logging
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import openpyxl
from openpyxl.workbook.workbook import Workbook

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.importer.report import ImportFailed, Problem
from desktop.oserrors import OsReason

log = logging.getLogger(__name__)

# Tried in order: Excel's "CSV UTF-8" (with BOM) and plain UTF-8, then what Excel on Chinese
# Windows writes for plain "CSV" (GBK, which GB18030 contains).
ENCODINGS = ("utf-8-sig", "gb18030")
_ZIP = b"PK\x03\x04"  # .xlsx is a zip archive
_OLE = b"\xd0\xcf\x11\xe0"  # the old binary .xls

UNREADABLE = QT_TRANSLATE_NOOP("Import", "The file could not be opened: {reason}")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Import", 'The file is not UTF-8 or GBK text. In Excel, save it as "CSV UTF-8" or as .xlsx.'
)
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "Import", "Old Excel files (.xls) cannot be read. In Excel, save it as .xlsx first."
)
NOT_WORKBOOK = QT_TRANSLATE_NOOP(
    "Import", "The file looks like an Excel workbook but cannot be read; it may be damaged."
)
BAD_LINE = QT_TRANSLATE_NOOP("Import", "Line {line} of the file cannot be read: {reason}")
BIG_CELL = QT_TRANSLATE_NOOP(
    "Import",
    "Line {line} of the file has a cell of more than {limit} characters (a quote left open?).",
)


@dataclass(frozen=True)
class Ledger:
    """An open ledger file: its rows from the first on, and how many there are."""

    # Cell values: text for CSV, typed (dates, numbers...) for .xlsx.
    rows: Iterator[Sequence[Any]]
    # Rows in all, blank ones included: what progress is measured in.
    size: int
    # For a workbook: the name of the sheet read, and of its other visible sheets (not read).
    sheet: str = ""
    other_sheets: tuple[str, ...] = ()


#: How many top rows of each sheet `choose` is shown.
TOP_ROWS = 15
#: Picks the sheet to read among a workbook's visible sheets, from their top rows.
Choose = Callable[[Sequence[Sequence[Sequence[Any]]]], int]


@contextmanager
def open_ledger(path: Path, choose: Choose | None = None) -> Iterator[Ledger]:
    """Open `path` for one reading; raises ImportFailed when it cannot be read at all.

    A workbook of several visible sheets is read from the one `choose` picks (the same for the
    same file every time), else from the first."""
    with _open(path, "rb") as f:
        magic = f.read(4)
    if magic == _OLE:
        raise ImportFailed([Problem(OLD_EXCEL)])
    if magic == _ZIP:
        with _open_workbook(path, choose) as ledger:
            yield ledger
    else:
        with _open_csv(path) as ledger:
            yield ledger


def _open(path: Path, mode: str, encoding: str | None = None) -> IO[Any]:
    try:
        return open(path, mode, encoding=encoding, newline=None if encoding is None else "")
    except OSError as error:
        raise ImportFailed([Problem(UNREADABLE, {"reason": OsReason.of(error)})]) from None


@contextmanager
def _open_csv(path: Path) -> Iterator[Ledger]:
    encoding, delimiter, records = _csv_shape(path)
    with _open(path, "r", encoding) as f:
        yield Ledger(_csv_records(f, delimiter), records)


def _csv_shape(path: Path) -> tuple[str, str, int]:
    """The first encoding the whole file decodes in, the delimiter, and its number of CSV
    records. Excel's "Unicode text" (UTF-16 with a BOM) is read too."""
    with _open(path, "rb") as f:
        start = f.read(2)
    encodings = ("utf-16",) if start in (_UTF16_LE, _UTF16_BE) else ENCODINGS
    for encoding in encodings:
        try:
            with _open(path, "r", encoding) as f:
                delimiter = _delimiter(f.read(_SNIFF))
                f.seek(0)
                return encoding, delimiter, sum(1 for _ in _csv_records(f, delimiter))
        except UnicodeDecodeError:
            continue
    raise ImportFailed([Problem(NOT_TEXT)])


_UTF16_LE, _UTF16_BE = b"\xff\xfe", b"\xfe\xff"
_SNIFF = 1 << 16


def _delimiter(text: str) -> str:
    """A tab when the first line that holds a tab or a comma has more tabs ("text, tab
    separated" saved by Excel, or cells pasted from a sheet), else a comma."""
    for line in text.splitlines():
        if "\t" in line or "," in line:
            return "\t" if line.count("\t") > line.count(",") else ","
    return ","


def _csv_records(f: IO[str], delimiter: str = ",") -> Iterator[list[str]]:
    reader = csv.reader(f, delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as error:
        if str(error).startswith("field larger than field limit"):
            problem = Problem(BIG_CELL, {"line": reader.line_num, "limit": csv.field_size_limit()})
        else:
            problem = Problem(BAD_LINE, {"line": reader.line_num, "reason": str(error)})
        raise ImportFailed([problem]) from None


@contextmanager
def _open_workbook(path: Path, choose: Choose | None) -> Iterator[Ledger]:
    """The sheet `choose` picks, else the first visible one. Its size comes from the sheet's own
    record of it (Excel and WPS write one); for sheets from writers that leave it out, from the
    last row number in its XML (a scan of the bytes, not a reading of the cells)."""
    with _open(path, "rb") as f:
        workbook = _load(f)
        try:
            sheets = [s for s in workbook.worksheets if s.sheet_state == "visible"]
            sheets = sheets or list(workbook.worksheets)
            at = 0
            if choose is not None and len(sheets) > 1:
                at = choose([list(s.iter_rows(max_row=TOP_ROWS, values_only=True)) for s in sheets])
            sheet = sheets[at]
            others = tuple(str(s.title) for s in sheets if s is not sheet)
            member = getattr(sheet, "_worksheet_path", "")
            size = sheet.max_row or _last_row(path, member)
            if size is None:
                size = sum(1 for _ in sheet.iter_rows(values_only=True))
            rows: Iterator[Sequence[Any]] = sheet.iter_rows(values_only=True)
            merged = _merged_ranges(path, member)
            rows = fill_merged(rows, merged) if merged else rows
            yield Ledger(rows, size, str(sheet.title), others)
        finally:
            workbook.close()


# A merged range as (first row, first column, last row, last column), from 1 as in A1.
Range = tuple[int, int, int, int]

_MERGE_START = re.compile(rb"<(?:\w+:)?mergeCells[\s>/]")
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")
_CHUNK = 1 << 20


_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\s[^>]*?\br=\"(\d+)\"")


def _last_row(path: Path, member: str) -> int | None:
    """The number of the sheet's last row, scanning its XML; None when it cannot be read."""
    if not member:
        return None
    last = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member.lstrip("/")) as xml:
            tail = b""
            while True:
                chunk = xml.read(_CHUNK)
                if not chunk:
                    return last
                text = tail + chunk
                cut = text.rfind(b"<")  # a tag cut in two waits for the next chunk
                found = _ROW_NUMBER.findall(text, 0, cut)
                if found:
                    last = max(last, int(found[-1]))
                tail = text[cut:]
    except (KeyError, zipfile.BadZipFile, OSError):
        return None


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + char - ord("A") + 1
    return number


def _merged_ranges(path: Path, member: str) -> list[Range]:
    """The sheet's merged ranges (taller or wider than one cell), read from its XML."""
    if not member:
        return []
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member.lstrip("/")) as xml:
            tail = b""
            while True:
                chunk = xml.read(_CHUNK)
                if not chunk:
                    return []
                text = tail + chunk
                start = _MERGE_START.search(text)
                if start is not None:
                    rest = text[start.start() :] + xml.read()
                    break
                tail = text[-64:]
    except (KeyError, zipfile.BadZipFile, OSError):
        log.warning("cannot read the merged cells of %s", member, exc_info=True)
        return []
    end = rest.find(b"mergeCells>", 12)
    section = rest if end < 0 else rest[:end]
    ranges = []
    for m in _MERGE_REF.finditer(section):
        top, left = int(m[2]), _column_number(m[1])
        bottom, right = int(m[4]), _column_number(m[3])
        if (bottom, right) != (top, left):
            ranges.append((top, left, bottom, right))
    return sorted(ranges)


def fill_merged(rows: Iterator[Sequence[Any]], ranges: Sequence[Range]) -> Iterator[Sequence[Any]]:
    """`rows` with each merged range's cells holding its top-left value. Only the ranges
    that cover the current row are held, with their values."""
    waiting = list(reversed(ranges))  # by first row, the next at the end
    open_ranges: list[tuple[Range, Any]] = []
    for number, cells in enumerate(rows, start=1):
        while waiting and waiting[-1][0] == number:
            found = waiting.pop()
            value = cells[found[1] - 1] if found[1] - 1 < len(cells) else None
            open_ranges.append((found, value))
        while waiting and waiting[-1][0] < number:  # a range of rows the sheet does not have
            waiting.pop()
        if open_ranges:
            filled = list(cells)
            for (top, left, _bottom, right), value in open_ranges:
                if len(filled) < right:
                    filled.extend([None] * (right - len(filled)))
                for column in range(left - 1, right):
                    if (number, column + 1) != (top, left):
                        filled[column] = value
            cells = filled
            open_ranges = [(r, v) for r, v in open_ranges if r[2] > number]
        yield cells


def _load(f: IO[bytes]) -> Workbook:
    try:
        return openpyxl.load_workbook(f, read_only=True, data_only=True)
    except Exception:  # a damaged workbook fails in many ways (zip, XML, missing parts)
        log.warning("cannot read workbook", exc_info=True)
        raise ImportFailed([Problem(NOT_WORKBOOK)]) from None
