"""The summary paragraph in the style of the published reports ("共开展线上线下宣传活动848场,
发放宣传折页2000余份..."), with the rounding they use and the exact figures beside it, and the
note saying which records the report counted."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.report.errors import CONTEXT, Translate
from desktop.report.figures import Report
from desktop.report.periods import Period
from desktop.report.rounding import published

PARAGRAPH = QT_TRANSLATE_NOOP(
    "Report",
    "{period}, {scope} held {sessions} outreach sessions online and offline ({online} of them"
    " online), reaching {places} villages, communities and other places together with"
    " {partners} partner organisations; handed out {leaflets} leaflets, answered"
    " {consultations} on-site consultations and reached {audience} people in all; and made"
    " {visits} home visits to elderly and other special-group clients.",
)
#: The figures the paragraph names, by its placeholders.
PARAGRAPH_FIGURES = {
    "sessions": "sessions",
    "online": "sessions_online",
    "places": "places",
    "partners": "partners",
    "leaflets": "leaflets",
    "consultations": "consultations_reported",
    "audience": "audience",
    "visits": "visits",
}
YEAR = QT_TRANSLATE_NOOP("Report", "In {year}")
QUARTER = QT_TRANSLATE_NOOP("Report", "In quarter {quarter} of {year}")
MONTH = QT_TRANSLATE_NOOP("Report", "In {year}-{month}")
BETWEEN = QT_TRANSLATE_NOOP("Report", "From {start} to {end}")
WHOLE_BANK = QT_TRANSLATE_NOOP("Report", "the bank")
TEAMS_SEPARATOR = QT_TRANSLATE_NOOP("Report", ", ")
COUNTED_ALL = QT_TRANSLATE_NOOP(
    "Report", "Counted: every record received, whatever its review state."
)
COUNTED_APPROVED = QT_TRANSLATE_NOOP("Report", "Counted: approved records only.")
HELD_BACK = QT_TRANSLATE_NOOP(
    "Report",
    "In the period, {waiting} records were still waiting for review and {sent_back} had been"
    " sent back for correction.",
)


@dataclass(frozen=True)
class Part:
    """A figure the paragraph names: as written, and exactly."""

    key: str
    exact: int
    written: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    parts: tuple[Part, ...]


def period_words(period: Period, translate: Translate) -> str:
    """The period as the paragraph opens with it: a year, a quarter, a month, or two dates."""
    start = period.start
    for named in (f"{start.year}", f"{start.year}Q{(start.month + 2) // 3}", start.isoformat()[:7]):
        if Period.named(named) == period:
            if len(named) == 4:
                return translate(CONTEXT, YEAR).format(year=start.year)
            if "Q" in named:
                return translate(CONTEXT, QUARTER).format(
                    year=start.year, quarter=(start.month + 2) // 3
                )
            return translate(CONTEXT, MONTH).format(year=start.year, month=f"{start.month:02d}")
    return translate(CONTEXT, BETWEEN).format(start=period.first, end=period.last)


def scope_words(report: Report, translate: Translate) -> str:
    scope = report.selection.scope
    if scope.branch is not None:
        return scope.branch
    if report.selection.teams is None:
        return translate(CONTEXT, WHOLE_BANK)
    return translate(CONTEXT, TEAMS_SEPARATOR).join(report.selection.teams)


def paragraph(report: Report, translate: Translate) -> Paragraph:
    """The paragraph in the report's language (`report.lang` picks the rounding's words; the
    template comes from `translate`, which must be of the same language)."""
    parts = tuple(
        Part(key, report.value(key), published(report.value(key), report.lang))
        for key in PARAGRAPH_FIGURES.values()
    )
    written = {name: part.written for name, part in zip(PARAGRAPH_FIGURES, parts, strict=True)}
    text = translate(CONTEXT, PARAGRAPH).format(
        period=period_words(report.selection.period, translate),
        scope=scope_words(report, translate),
        **written,
    )
    return Paragraph(text, parts)


def counting_note(report: Report, translate: Translate) -> str:
    """Which records the report counted, and how many were held back from it."""
    chosen = COUNTED_APPROVED if report.selection.approved_only else COUNTED_ALL
    waiting = sum(c.waiting for c in report.review)
    sent_back = sum(c.sent_back for c in report.review)
    held = translate(CONTEXT, HELD_BACK).format(waiting=waiting, sent_back=sent_back)
    return f"{translate(CONTEXT, chosen)} {held}"
