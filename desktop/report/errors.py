"""What a user can get wrong when asking for a report: one exception type per failure, each
saying in the user's language what is wrong (context "Report"), so the command line prints one
line and the window shows the same words."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from desktop.domain.fields import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
CONTEXT = "Report"


class ReportError(Exception):
    """A report that cannot be made as asked; `message()` says why."""

    template: ClassVar[str] = ""

    def __init__(self, **params: str) -> None:
        self.params = params
        super().__init__(self.template.format(**params))

    def message(self, translate: Translate | None = None) -> str:
        text = translate(CONTEXT, self.template) if translate is not None else self.template
        return text.format(**self.params)


class BadDate(ReportError):
    template = QT_TRANSLATE_NOOP(
        "Report", "{option}: '{value}' is not a date (write it as 2026-03-31)."
    )


class BadPeriod(ReportError):
    template = QT_TRANSLATE_NOOP(
        "Report",
        "'{value}' is not a period: write a month (2026-03), a quarter (2026Q1) or a year (2026).",
    )


class EndBeforeStart(ReportError):
    template = QT_TRANSLATE_NOOP("Report", "The period ends ({end}) before it starts ({start}).")


class NoPeriod(ReportError):
    template = QT_TRANSLATE_NOOP("Report", "Say which period: --period, or both --from and --to.")


class UnknownTeam(ReportError):
    template = QT_TRANSLATE_NOOP("Report", "No team '{team}' on this laptop: no record names it.")


class UnknownBranch(ReportError):
    template = QT_TRANSLATE_NOOP(
        "Report", "No branch '{branch}' on this laptop: no team here is known to belong to it."
    )


class UnwritableOut(ReportError):
    template = QT_TRANSLATE_NOOP("Report", "Cannot write {path}: {reason}.")


class UnknownFormat(ReportError):
    template = QT_TRANSLATE_NOOP(
        "Report", "Cannot write {path}: the file name must end in {accepted}."
    )


class PeriodTwice(ReportError):
    template = QT_TRANSLATE_NOOP(
        "Report", "Say the period once: either --period or --from and --to, not both."
    )


class NoStore(ReportError):
    template = QT_TRANSLATE_NOOP("Report", "There is no store in {path}: nothing to report on.")
