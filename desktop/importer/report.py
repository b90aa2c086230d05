"""What an import tells the user: a summary when it worked, every reason when it did not.

Texts stay untranslated templates until `lines(tr)`, so the window and the command line each show
them in their own language; Qt's lupdate finds them through the QT_TRANSLATE_NOOP marks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.domain.refdata import REF_LISTS
from desktop.domain.validation import Issue
from desktop.oserrors import OsReason

# `tr(context, text)`: desktop.i18n.Translator, or `lambda c, t: t` for the English source.
Translate = Callable[[str, str], str]

# Warnings kept for the summary; the rest are only counted, so a big file stays small in memory.
WARNINGS_KEPT = 100

ROW_IN_COLUMN = QT_TRANSLATE_NOOP("Import", 'Row {row}, column "{column}": {message}')
ROW_ONLY = QT_TRANSLATE_NOOP("Import", "Row {row}: {message}")
FAILED_FILE = QT_TRANSLATE_NOOP(
    "Import", "Nothing was imported: this file cannot be read as a ledger."
)
FAILED_ROWS = QT_TRANSLATE_NOOP("Import", "Nothing was imported. Rows with errors: {count}.")
FIX_AND_RETRY = QT_TRANSLATE_NOOP(
    "Import", "Correct these rows and import the whole file again; nothing will be doubled."
)
SUMMARY = QT_TRANSLATE_NOOP(
    "Import", "Rows imported: {rows} (new: {added}, updated: {updated}, unchanged: {unchanged})."
)
CHECK_THESE = QT_TRANSLATE_NOOP("Import", "Saved, but worth a second look:")
MORE_TO_CHECK = QT_TRANSLATE_NOOP("Import", "... and {count} more.")
SKIPPED = QT_TRANSLATE_NOOP("Import", "Not imported:")
CHANGED = QT_TRANSLATE_NOOP("Import", "Read otherwise than written:")
READ_AS = QT_TRANSLATE_NOOP("Import", '"{text}" read as {value}')
ROWS_IN_COLUMN = QT_TRANSLATE_NOOP("Import", 'Rows {rows}, column "{column}": {message}')
MORE_ROWS = QT_TRANSLATE_NOOP("Import", "{rows} and {count} more")
ADDED_ENTRIES = QT_TRANSLATE_NOOP("Import", "Added to the list {list}: {entries}")
SHEETS_NOT_READ = QT_TRANSLATE_NOOP(
    "Import",
    'The ledger is read from the sheet "{sheet}"; other sheets are not read: {others}. To'
    " import another sheet, save it as a workbook of its own.",
)

# Rows named per changed value; distinct changed values kept (the rest are only counted).
ROWS_KEPT = 20
CHANGES_KEPT = 5000


# The translation context of import messages (a name, so lupdate reads only the marks above).
CONTEXT = "Import"


def _untranslated(context: str, text: str) -> str:
    return text


def say(tr: Translate, template: str, **params: Any) -> str:
    """`template` translated, then filled in: placeholders survive translation unchanged."""
    return tr(CONTEXT, template).format(**params)


@dataclass(frozen=True)
class Problem:
    """One import message and its values, translated only when shown."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, tr: Translate) -> str:
        params = {k: v.text(tr) if isinstance(v, OsReason) else v for k, v in self.params.items()}
        return say(tr, self.template, **params)


@dataclass(frozen=True)
class RowProblem:
    """What is wrong (or odd) in one cell or row, with the row number the spreadsheet shows."""

    row: int
    # The header as written in the file; empty when the whole row is meant.
    column: str
    reason: Issue | Problem

    def line(self, tr: Translate) -> str:
        message = self.reason.message(tr)
        if self.column:
            return say(tr, ROW_IN_COLUMN, row=self.row, column=self.column, message=message)
        return say(tr, ROW_ONLY, row=self.row, message=message)


class ImportFailed(Exception):
    """Nothing was written: the file as a whole is unusable, or some rows have errors."""

    def __init__(self, problems: Sequence[Problem] = (), rows: Sequence[RowProblem] = ()) -> None:
        self.problems = tuple(problems)
        self.rows = tuple(rows)
        super().__init__(" ".join(self.lines(_untranslated)[:2]))

    def lines(self, tr: Translate) -> list[str]:
        if self.problems:
            return [say(tr, FAILED_FILE), *(p.message(tr) for p in self.problems)]
        return [
            say(tr, FAILED_ROWS, count=len({r.row for r in self.rows})),
            *(r.line(tr) for r in self.rows),
            say(tr, FIX_AND_RETRY),
        ]


@dataclass
class ImportReport:
    """What a successful import did, row by row counted once."""

    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    # The first WARNINGS_KEPT warnings (odd but allowed values), in row order.
    warnings: list[RowProblem] = field(default_factory=list)
    warning_count: int = 0
    # Rows not imported on purpose (totals rows), with why.
    skipped: list[RowProblem] = field(default_factory=list)
    # Each value read otherwise than written: (column, as written, as read) -> (first rows,
    # on how many rows).
    changes: dict[tuple[str, str, str], tuple[list[int], int]] = field(default_factory=dict)
    change_count: int = 0
    # New list entries added: (list, label).
    entries_added: list[tuple[str, str]] = field(default_factory=list)
    # For a workbook: the sheet read, and its other visible sheets, which were not read.
    sheet: str = ""
    other_sheets: tuple[str, ...] = ()

    def warn(self, warning: RowProblem) -> None:
        self.warning_count += 1
        if len(self.warnings) < WARNINGS_KEPT:
            self.warnings.append(warning)

    def skip(self, row: RowProblem) -> None:
        self.skipped.append(row)

    def changed(self, row: int, column: str, text: Any, read: str) -> None:
        """`text` in `column` of `row` was read as `read` (already in the form shown)."""
        self.change_count += 1
        key = (column, str(text), read)
        held = self.changes.get(key)
        if held is None:
            if len(self.changes) < CHANGES_KEPT:
                self.changes[key] = ([row], 1)
            return
        rows, count = held
        if len(rows) < ROWS_KEPT:
            rows.append(row)
        self.changes[key] = (rows, count + 1)

    def change_lines(self, tr: Translate) -> list[str]:
        """One line per value read otherwise than written, naming its rows."""
        lines = []
        for (column, text, read), (rows, count) in self.changes.items():
            message = say(tr, READ_AS, text=text, value=read)
            if count == 1:
                lines.append(say(tr, ROW_IN_COLUMN, row=rows[0], column=column, message=message))
                continue
            named = ", ".join(str(r) for r in rows)
            if count > len(rows):
                named = say(tr, MORE_ROWS, rows=named, count=count - len(rows))
            lines.append(say(tr, ROWS_IN_COLUMN, rows=named, column=column, message=message))
        return lines

    def lines(self, tr: Translate) -> list[str]:
        counts = {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}
        lines = [say(tr, SUMMARY, rows=self.rows, **counts)]
        if self.other_sheets:
            lines.append(sheets_line(tr, self.sheet, self.other_sheets))
        if self.skipped:
            lines.append(say(tr, SKIPPED))
            lines.extend(r.line(tr) for r in self.skipped)
        if self.changes:
            lines.append(say(tr, CHANGED))
            lines.extend(self.change_lines(tr))
        by_list: dict[str, list[str]] = {}
        for list_name, label in self.entries_added:
            by_list.setdefault(list_name, []).append(label)
        for list_name, labels in by_list.items():
            name = tr("Choice", REF_LISTS.get(list_name, list_name))
            lines.append(say(tr, ADDED_ENTRIES, list=name, entries="、".join(labels)))
        if self.warnings:
            lines.append(say(tr, CHECK_THESE))
            lines.extend(w.line(tr) for w in self.warnings)
        if self.warning_count > len(self.warnings):
            lines.append(say(tr, MORE_TO_CHECK, count=self.warning_count - len(self.warnings)))
        return lines


def sheets_line(tr: Translate, sheet: str, others: Sequence[str]) -> str:
    """Which sheet of a workbook is read, and which are not."""
    return say(tr, SHEETS_NOT_READ, sheet=sheet, others="、".join(f'"{o}"' for o in others))
