"""The report as rows of cells, shared by the XLSX and CSV exports (and the window's tables):
the summary (figures, the paragraph, what was counted), the month-by-month table, and each
record kind's counted records with readable column names and list names, not codes.

Columns come from the record kinds (desktop.domain.kinds), so a field added there is
exported with no change here; personal fields (Field.personal: names, phones, addresses) are
left out unless asked for. Record rows are read from a cursor one at a time: an export of a
million records never holds them all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP, TEAM_FIELD, Field, FieldType
from desktop.domain.kinds import KINDS, REVIEWED_KINDS
from desktop.domain.review import STATE_LABELS, ReviewState
from desktop.report.errors import CONTEXT, Translate
from desktop.report.figures import LABELS, MONTHLY, TOPICS_NOTE, Report
from desktop.report.rounding import published
from desktop.report.summary import counting_note, paragraph
from desktop.store.store import Store, quote

#: The kinds exported, one sheet or file each: the reviewed kinds, then the hand-outs of the
#: counted sessions.
EXPORTED_KINDS = (*REVIEWED_KINDS, "handout")

RECORD_ID = QT_TRANSLATE_NOOP("Report", "Record id")
OFFICER = QT_TRANSLATE_NOOP("Report", "Officer")
REVIEW_STATE = QT_TRANSLATE_NOOP("Report", "Review state")
YES = QT_TRANSLATE_NOOP("Report", "yes")
NO = QT_TRANSLATE_NOOP("Report", "no")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Report", ", ")
FIGURE = QT_TRANSLATE_NOOP("Report", "Figure")
EXACT = QT_TRANSLATE_NOOP("Report", "Exact")
AS_PUBLISHED = QT_TRANSLATE_NOOP("Report", "As published")
YEAR_BEFORE = QT_TRANSLATE_NOOP("Report", "A year before")
CHANGE = QT_TRANSLATE_NOOP("Report", "Change (%)")
MONTH = QT_TRANSLATE_NOOP("Report", "Month")
PERIOD = QT_TRANSLATE_NOOP("Report", "Period")
SUMMARY = QT_TRANSLATE_NOOP("Report", "Summary")
BY_MONTH = QT_TRANSLATE_NOOP("Report", "By month")
SPECIAL_SHARE = QT_TRANSLATE_NOOP("Report", "Special-group share of consultations (%)")
PERSONAL_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "This report holds personal data (names, phones, addresses): keep it safe and share it"
    " only with those who need it.",
)
NO_PERSONAL_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Personal data (names, phones, addresses) is left out of this report."
)
SCANS_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Scans of tracked QR codes are counted by head office and are not in this report."
)
STOCK = QT_TRANSLATE_NOOP("Report", "Leaflet stock by design")
PRINTED = QT_TRANSLATE_NOOP("Report", "Printed in the period")
HANDED_OUT = QT_TRANSLATE_NOOP("Report", "Handed out in the period")
ON_HAND = QT_TRANSLATE_NOOP("Report", "On hand at the end of the period")


@dataclass(frozen=True)
class Column:
    header: str
    #: The field, or None for the record id, officer and review state columns.
    field: Field | None
    #: Whether the cells hold dates (as dt.date in `record_rows`).
    is_date: bool = False
    width: int = 14


def _width(f: Field) -> int:
    if f.type in (FieldType.LONG_TEXT, FieldType.REFS, FieldType.TEXT_LIST):
        return 36
    if f.type in (FieldType.TEXT, FieldType.LINK):
        return 24
    return 14


def columns(kind: str, translate: Translate, include_personal: bool = False) -> list[Column]:
    """The export's columns for `kind`: its fields (personal ones only if asked), then team,
    officer and (reviewed kinds) review state, then the record id."""
    k = KINDS[kind]
    result = [
        Column(translate("Field", f.label), f, f.type is FieldType.DATE, _width(f))
        for f in k.fields
        if include_personal or not f.personal
    ]
    result.append(Column(translate("Field", TEAM_FIELD.label), TEAM_FIELD))
    result.append(Column(translate(CONTEXT, OFFICER), None))
    if kind in REVIEWED_KINDS:
        result.append(Column(translate(CONTEXT, REVIEW_STATE), None, width=18))
    result.append(Column(translate(CONTEXT, RECORD_ID), None, width=38))
    return result


class _Cells:
    """Turns stored values into what a reader wants: names for codes, dates for dates."""

    def __init__(self, store: Store, translate: Translate, lang: str) -> None:
        self.translate, self.lang = translate, lang
        self.names: dict[str, dict[str, str]] = {}
        for item in store.conn.execute(
            "SELECT list, code, label_zh, label_en FROM ref_items WHERE deleted = 0"
        ):
            zh = lang.startswith("zh")
            self.names.setdefault(item[0], {})[item[1]] = item[2] if zh else item[3]
        self.separator = translate(CONTEXT, LIST_SEPARATOR)

    def ref(self, list_name: str | None, code: str | None) -> str:
        return self.names.get(list_name or "", {}).get(code or "", code or "")

    def cell(self, f: Field, value: Any, dates: bool) -> Any:
        if value is None or value == "":
            return None
        if f.type is FieldType.DATE:
            return dt.date.fromisoformat(value) if dates else value
        if f.type is FieldType.BOOL:
            return self.translate(CONTEXT, YES if value else NO)
        if f.type is FieldType.CHOICE:
            label = next((c.label for c in f.choices if c.code == value), value)
            return self.translate("Choice", label)
        if f.type is FieldType.REF:
            return self.ref(f.ref_list, value)
        if f.type is FieldType.REFS:
            return self.separator.join(self.ref(f.ref_list, c) for c in json.loads(value))
        if f.type is FieldType.TEXT_LIST:
            return self.separator.join(json.loads(value))
        return value


def _link_title(f: Field, alias: str) -> str:
    """SQL giving a linked record's readable name (a session's place and date, a design's
    title) instead of its uuid."""
    k = KINDS[f.link_kind or ""]
    shown = f"coalesce(l.\"{k.title_field}\", '')" if k.title_field else "l.uuid"
    if k.date_field:
        shown += f" || ' ' || coalesce(l.\"{k.date_field}\", '')"
    return f'(SELECT {shown} FROM {k.table} l WHERE l.uuid = {alias}."{f.name}")'


def record_rows(
    store: Store,
    report: Report,
    kind: str,
    translate: Translate,
    include_personal: bool = False,
    dates: bool = True,
) -> Iterator[list[Any]]:
    """The counted records of `kind`, one row of cells each (in `columns` order), oldest
    first; dates as dt.date, or ISO text if not `dates`. Hand-outs are those of the counted
    sessions."""
    cols = columns(kind, translate, include_personal)
    k = KINDS[kind]
    selected = []
    for col in cols[:-1]:
        f = col.field
        if f is None:
            continue
        if f.type is FieldType.LINK:
            selected.append(_link_title(f, "t"))
        else:
            selected.append(f"t.{quote(f.name)}")
    selected += ["t.author", "q.state"] if kind in REVIEWED_KINDS else ["t.author"]
    selected.append("t.uuid")
    if kind == "handout":
        where, params = report.selection.where("session")
        source = (
            "FROM handouts t JOIN sessions r ON r.uuid = t.session"
            f" WHERE t.deleted = 0 AND {where} ORDER BY r.held_on, t.uuid"
        )
    else:
        where, params = report.selection.where(kind, alias="t")
        source = (
            f"FROM {k.table} t LEFT JOIN review_state q ON q.uuid = t.uuid WHERE {where}"
            f' ORDER BY t."{k.date_field}", t.uuid'
        )
    cells = _Cells(store, translate, report.lang)
    fields = [c.field for c in cols if c.field is not None]
    cursor = store.conn.execute(f"SELECT {', '.join(selected)} {source}", params)
    for values in cursor:
        row = [
            value if f.type is FieldType.LINK else cells.cell(f, value, dates)
            for f, value in zip(fields, values, strict=False)
        ]
        rest = list(values[len(fields) :])
        if kind in REVIEWED_KINDS:
            state = ReviewState(rest[1] or ReviewState.RECEIVED.value)
            rest[1] = translate("Review", STATE_LABELS[state])
        yield row + rest


def _change(report: Report, key: str) -> float | None:
    change = report.change(key)
    return None if change is None else round(change, 1)


def summary_rows(
    report: Report, translate: Translate, include_personal: bool = False
) -> Iterator[list[Any]]:
    """The summary sheet: title lines, the paragraph, what was counted, then each figure
    (exact, as published, a year before, change) and each breakdown, and the stock."""
    text = paragraph(report, translate).text
    yield [translate(CONTEXT, PERIOD), report.selection.period.first, report.selection.period.last]
    yield [translate(CONTEXT, SUMMARY), text]
    yield [counting_note(report, translate)]
    yield [translate(CONTEXT, PERSONAL_NOTE if include_personal else NO_PERSONAL_NOTE)]
    yield [translate(CONTEXT, TOPICS_NOTE)]
    yield [translate(CONTEXT, SCANS_NOTE)]
    yield []
    headers = [FIGURE, EXACT, AS_PUBLISHED, YEAR_BEFORE, CHANGE]
    yield [translate(CONTEXT, h) for h in headers]
    for key, figure in report.figures.items():
        before = report.previous.value(key) if report.previous else None
        yield [
            translate(CONTEXT, LABELS[key]),
            figure.value,
            published(figure.value, report.lang),
            before,
            _change(report, key),
        ]
    share = report.special_group_share
    yield [translate(CONTEXT, SPECIAL_SHARE), None if share is None else round(share, 1)]
    for key, rows in report.breakdowns.items():
        yield []
        yield [translate(CONTEXT, LABELS[key]), translate(CONTEXT, EXACT)]
        for figure in rows:
            yield [figure.name, figure.value]
    yield []
    yield [translate(CONTEXT, h) for h in (STOCK, PRINTED, HANDED_OUT, ON_HAND)]
    for stock in report.stock:
        yield [stock.title, stock.printed, stock.handed_out, stock.on_hand]


def month_header(translate: Translate) -> list[str]:
    return [translate(CONTEXT, MONTH), *(translate(CONTEXT, LABELS[k]) for k in MONTHLY)]


def month_rows(report: Report) -> Iterator[list[Any]]:
    for month in report.months:
        yield [month.period.first[:7], *(month.figures[k].value for k in MONTHLY)]


def sheet_name(kind: str, translate: Callable[[str, str], str]) -> str:
    """A kind's sheet (or file) title: its plural, as a sheet name may hold it."""
    name = translate("Kind", KINDS[kind].plural)
    return "".join(c for c in name if c not in "[]:*?/\\")[:31]
