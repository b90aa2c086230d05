"""What an import tells the user: a summary when it worked, every reason when it did not.

Texts stay untranslated templates until `lines(tr)`, so the window and the command line each show
them in their own language; Qt's lupdate finds them through the QT_TRANSLATE_NOOP marks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP
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

    def warn(self, warning: RowProblem) -> None:
        self.warning_count += 1
        if len(self.warnings) < WARNINGS_KEPT:
            self.warnings.append(warning)

    def lines(self, tr: Translate) -> list[str]:
        counts = {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}
        lines = [say(tr, SUMMARY, rows=self.rows, **counts)]
        if self.warnings:
            lines.append(say(tr, CHECK_THESE))
            lines.extend(w.line(tr) for w in self.warnings)
        if self.warning_count > len(self.warnings):
            lines.append(say(tr, MORE_TO_CHECK, count=self.warning_count - len(self.warnings)))
        return lines
