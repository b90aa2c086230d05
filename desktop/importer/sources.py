"""Reading a ledger file row by row, whether Excel saved it as CSV (UTF-8 or GBK) or as .xlsx.

Rows are streamed, never all held, so a 50,000-row ledger does not sit in memory. The kind of
file is told by its first bytes, not its name, so a renamed file still reads.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator, Sequence
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
    """An open ledger file: its rows from the header on, and how many lie below the header."""

    # Cell values: text for CSV, typed (dates, numbers...) for .xlsx.
    rows: Iterator[Sequence[Any]]
    # Rows below the header, blank ones included: what progress is measured in.
    below_header: int


@contextmanager
def open_ledger(path: Path) -> Iterator[Ledger]:
    """Open `path` for one reading; raises ImportFailed when it cannot be read at all."""
    with _open(path, "rb") as f:
        magic = f.read(4)
    if magic == _OLE:
        raise ImportFailed([Problem(OLD_EXCEL)])
    opener = _open_workbook if magic == _ZIP else _open_csv
    with opener(path) as ledger:
        yield ledger


def _open(path: Path, mode: str, encoding: str | None = None) -> IO[Any]:
    try:
        return open(path, mode, encoding=encoding, newline=None if encoding is None else "")
    except OSError as error:
        raise ImportFailed([Problem(UNREADABLE, {"reason": OsReason.of(error)})]) from None


@contextmanager
def _open_csv(path: Path) -> Iterator[Ledger]:
    encoding, records = _csv_shape(path)
    with _open(path, "r", encoding) as f:
        yield Ledger(_csv_records(f), max(records - 1, 0))


def _csv_shape(path: Path) -> tuple[str, int]:
    """The first encoding the whole file decodes in, and its number of CSV records."""
    for encoding in ENCODINGS:
        try:
            with _open(path, "r", encoding) as f:
                return encoding, sum(1 for _ in _csv_records(f))
        except UnicodeDecodeError:
            continue
    raise ImportFailed([Problem(NOT_TEXT)])


def _csv_records(f: IO[str]) -> Iterator[list[str]]:
    reader = csv.reader(f)
    try:
        yield from reader
    except csv.Error as error:
        if str(error).startswith("field larger than field limit"):
            problem = Problem(BIG_CELL, {"line": reader.line_num, "limit": csv.field_size_limit()})
        else:
            problem = Problem(BAD_LINE, {"line": reader.line_num, "reason": str(error)})
        raise ImportFailed([problem]) from None


@contextmanager
def _open_workbook(path: Path) -> Iterator[Ledger]:
    """The first sheet. Its size comes from the sheet's own record of it (Excel and WPS write
    one); sheets from writers that leave it out are counted, at the cost of one more reading."""
    with _open(path, "rb") as f:
        workbook = _load(f)
        try:
            sheet = workbook.worksheets[0]
            size = sheet.max_row or sum(1 for _ in sheet.iter_rows(values_only=True))
            yield Ledger(sheet.iter_rows(values_only=True), max(size - 1, 0))
        finally:
            workbook.close()


def _load(f: IO[bytes]) -> Workbook:
    try:
        return openpyxl.load_workbook(f, read_only=True, data_only=True)
    except Exception:  # a damaged workbook fails in many ways (zip, XML, missing parts)
        log.warning("cannot read workbook", exc_info=True)
        raise ImportFailed([Problem(NOT_WORKBOOK)]) from None
