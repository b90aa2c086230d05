"""The figures head office reports for a selection of records, computed in SQL, each carrying
the records behind it (desktop.report.drilldown).

Every figure is a count or a sum over the records its drill-down yields, computed with the same
selection condition, so "open the records behind it" lists exactly what was counted. A session
with two topics counts once under each topic and once in the session total (TOPICS_NOTE says so
in the report). Tracked-QR scans are head office's and are not on the laptop: not here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.domain.kinds import KINDS
from desktop.report.drilldown import Drilldown, Measure
from desktop.report.periods import Period
from desktop.report.scope import ReviewCounts, Selection, review_counts
from desktop.store.store import Store

#: The figures' names (context "Report"), by key.
LABELS: dict[str, str] = {
    "sessions": QT_TRANSLATE_NOOP("Report", "Sessions held"),
    "sessions_online": QT_TRANSLATE_NOOP("Report", "Sessions held online"),
    "sessions_offline": QT_TRANSLATE_NOOP("Report", "Sessions held on site"),
    "audience": QT_TRANSLATE_NOOP("Report", "People reached"),
    "places": QT_TRANSLATE_NOOP("Report", "Places reached"),
    "partner_sessions": QT_TRANSLATE_NOOP("Report", "Sessions with partner organisations"),
    "partners": QT_TRANSLATE_NOOP("Report", "Partner organisations taking part"),
    "consultations_reported": QT_TRANSLATE_NOOP(
        "Report", "Consultations answered at sessions (as counted on the session)"
    ),
    "leaflets": QT_TRANSLATE_NOOP("Report", "Leaflets handed out"),
    "consultations": QT_TRANSLATE_NOOP("Report", "Consultations recorded"),
    "consultations_special": QT_TRANSLATE_NOOP(
        "Report", "Consultations from special-group clients"
    ),
    "visits": QT_TRANSLATE_NOOP("Report", "Special-group visits"),
    "follow_ups_due": QT_TRANSLATE_NOOP("Report", "Follow-ups due"),
    "follow_ups_done": QT_TRANSLATE_NOOP("Report", "Follow-ups done"),
    "print_runs": QT_TRANSLATE_NOOP("Report", "Print runs"),
    "copies_printed": QT_TRANSLATE_NOOP("Report", "Leaflets printed"),
    "sessions_by_venue_kind": QT_TRANSLATE_NOOP("Report", "Sessions by venue kind"),
    "sessions_by_campaign": QT_TRANSLATE_NOOP("Report", "Sessions by campaign"),
    "sessions_by_topic": QT_TRANSLATE_NOOP("Report", "Sessions by topic"),
    "sessions_by_partner": QT_TRANSLATE_NOOP("Report", "Sessions by partner organisation"),
    "leaflets_by_design": QT_TRANSLATE_NOOP("Report", "Leaflets handed out by design"),
    "consultations_by_category": QT_TRANSLATE_NOOP("Report", "Consultations by business category"),
    "consultations_by_special_group": QT_TRANSLATE_NOOP("Report", "Consultations by special group"),
    "visits_by_group": QT_TRANSLATE_NOOP("Report", "Special-group visits by group"),
    "visits_by_service": QT_TRANSLATE_NOOP("Report", "Special-group visits by service"),
    "copies_by_design": QT_TRANSLATE_NOOP("Report", "Leaflets printed by design"),
}
TOPICS_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "A session on several topics counts once under each of its topics and once in the total.",
)
#: The main figures of the month-by-month table, in its column order.
MONTHLY = ("sessions", "audience", "leaflets", "consultations", "visits")
_MONTHLY_KINDS = {"sessions": "session", "consultations": "consultation", "visits": "visit"}


def _handouts(design: bool) -> str:
    """A session's live hand-outs (of one design, a parameter, if `design`)."""
    return "FROM handouts h WHERE h.session = r.uuid AND h.deleted = 0" + (
        " AND h.design = ?" if design else ""
    )


_HAS_HANDOUTS = f"EXISTS (SELECT 1 {_handouts(False)} AND h.count > 0)"
_LEAFLETS = f"coalesce((SELECT sum(h.count) {_handouts(False)}), 0)"
#: A special-group consultation: the person's group is given.
_SPECIAL = "coalesce(r.special_group, '') <> ''"
#: A follow-up is done when another live visit to the same village and group was made on or
#: after the follow-up date (visits do not name the visit they follow up).
FOLLOWED_UP = (
    "EXISTS (SELECT 1 FROM visits v WHERE v.deleted = 0 AND v.uuid <> r.uuid"
    ' AND v.village = r.village AND v."group" = r."group"'
    " AND v.visited_on >= r.follow_up_on)"
)


def _codes(field_name: str, param: bool) -> str:
    return f"r.uuid IN (SELECT uuid FROM record_codes WHERE field = '{field_name}'" + (
        " AND code = ?)" if param else ")"
    )


@dataclass(frozen=True)
class Figure:
    """One figure: its value and the records behind it.

    For a row of a breakdown, `code` is the list entry (or design uuid) and `name` its name in
    the report's language.
    """

    key: str
    value: int
    drill: Drilldown
    measure: Measure = Measure.RECORDS
    #: For SUM and DISTINCT: the SQL expression over the kind's table aliased r.
    of: str = ""
    code: str = ""
    name: str = ""


@dataclass(frozen=True)
class StockRow:
    """One design's leaflets in scope: printed and handed out in the period, and on hand at
    its end (everything printed up to then, less everything handed out up to then; physical
    stock, so counted whatever the review state)."""

    design: str
    title: str
    printed: int
    handed_out: int
    on_hand: int


@dataclass(frozen=True)
class Month:
    period: Period
    figures: dict[str, Figure]


@dataclass(frozen=True)
class Report:
    selection: Selection
    lang: str
    figures: dict[str, Figure]
    breakdowns: dict[str, tuple[Figure, ...]]
    months: tuple[Month, ...]
    stock: tuple[StockRow, ...]
    review: tuple[ReviewCounts, ...]
    #: The same figures for the same period a year before (None in that report itself).
    previous: Report | None = None
    notes: tuple[str, ...] = field(default=(TOPICS_NOTE,))

    def value(self, key: str) -> int:
        return self.figures[key].value

    def change(self, key: str) -> float | None:
        """Change against a year before, in percent (None when there is nothing to compare:
        no previous report, or zero a year before)."""
        if self.previous is None or not self.previous.value(key):
            return None
        before = self.previous.value(key)
        return (self.value(key) - before) * 100.0 / before

    @property
    def special_group_share(self) -> float | None:
        """Special-group consultations as a percentage of all consultations recorded."""
        total = self.value("consultations")
        return self.value("consultations_special") * 100.0 / total if total else None

    @property
    def held_back(self) -> int:
        """Records in the period and scope not counted, or not yet settled: waiting for a
        supervisor's look or sent back."""
        return sum(c.waiting + c.sent_back for c in self.review)


class _Builder:
    def __init__(self, store: Store, selection: Selection, lang: str) -> None:
        self.store, self.conn, self.selection, self.lang = store, store.conn, selection, lang

    def _select(self, kind: str, expr: str, drill: Drilldown, tail: str = "") -> list[Any]:
        where, params = drill.selection.where(kind, date_field=drill.date_field)
        sql = f"SELECT {expr} FROM {KINDS[kind].table} r WHERE {where} AND ({drill.where}) {tail}"
        return self.conn.execute(sql, [*params, *drill.params]).fetchall()

    def figure(
        self, key: str, drill: Drilldown, measure: Measure = Measure.RECORDS, of: str = ""
    ) -> Figure:
        expr = {
            Measure.RECORDS: "count(*)",
            Measure.SUM: f"coalesce(sum({of}), 0)",
            Measure.DISTINCT: f"count(DISTINCT {of})",
        }[measure]
        (value,) = self._select(drill.kind, expr, drill)[0]
        return Figure(key, int(value), drill, measure, of)

    def breakdown(
        self,
        key: str,
        kind: str,
        group: str,
        where_one: str,
        name: Callable[[str], str],
        measure: Measure = Measure.RECORDS,
        of: str = "",
        source: str = "",
    ) -> tuple[Figure, ...]:
        """Rows by `group` (an SQL expression, over the kind's table r joined with `source`),
        largest first; each row's drill-down is `where_one` with its code as parameter."""
        where, params = self.selection.where(kind)
        value = "count(*)" if measure is Measure.RECORDS else f"coalesce(sum({of}), 0)"
        rows = self.conn.execute(
            f"SELECT {group} AS g, {value} FROM {KINDS[kind].table} r {source}"
            f" WHERE {where} AND {group} IS NOT NULL AND {group} <> '' GROUP BY g",
            params,
        ).fetchall()
        figures = [
            Figure(
                key,
                int(v),
                Drilldown(kind, self.selection, where_one, (g,)),
                measure,
                of,
                str(g),
                name(g),
            )
            for g, v in rows
            if v
        ]
        return tuple(sorted(figures, key=lambda f: (-f.value, f.name)))

    def ref(self, list_name: str) -> Callable[[str], str]:
        return lambda code: self.store.ref_label(list_name, code, self.lang)

    def design_title(self, uuid: str) -> str:
        row = self.conn.execute(
            "SELECT title FROM leaflet_designs WHERE uuid = ?", (uuid,)
        ).fetchone()
        return str(row[0]) if row and row[0] else uuid

    def totals(self) -> dict[str, Figure]:
        s, c, v, p = (
            Drilldown(k, self.selection) for k in ("session", "consultation", "visit", "print_run")
        )
        handouts = Drilldown("session", self.selection, _HAS_HANDOUTS)
        partnered = Drilldown("session", self.selection, _codes("partners", False))
        due = Drilldown("visit", self.selection, "1", date_field="follow_up_on")
        found = [
            self.figure("sessions", s),
            self.figure("sessions_online", Drilldown("session", self.selection, "r.online = 1")),
            self.figure(
                "sessions_offline",
                Drilldown("session", self.selection, "coalesce(r.online, 0) = 0"),
            ),
            self.figure("audience", s, Measure.SUM, "r.audience"),
            self.figure("places", s, Measure.DISTINCT, "nullif(trim(r.place), '')"),
            self.figure("partner_sessions", partnered),
            self.figure("consultations_reported", s, Measure.SUM, "r.consultation_count"),
            self.figure("leaflets", handouts, Measure.SUM, _LEAFLETS),
            self.figure("consultations", c),
            self.figure(
                "consultations_special", Drilldown("consultation", self.selection, _SPECIAL)
            ),
            self.figure("visits", v),
            self.figure("follow_ups_due", due),
            self.figure(
                "follow_ups_done",
                Drilldown("visit", self.selection, FOLLOWED_UP, date_field="follow_up_on"),
            ),
            self.figure("print_runs", p),
            self.figure("copies_printed", p, Measure.SUM, "r.copies"),
        ]
        figures = {f.key: f for f in found}
        partners = self._partner_count(partnered)
        figures["partners"] = partners
        return figures

    def _partner_count(self, partnered: Drilldown) -> Figure:
        """Distinct partner organisations among the sessions that name one."""
        where, params = self.selection.where("session")
        (value,) = self.conn.execute(
            "SELECT count(DISTINCT c.code) FROM sessions r JOIN record_codes c"
            f" ON c.uuid = r.uuid AND c.field = 'partners' WHERE {where}",
            params,
        ).fetchone()
        return Figure("partners", int(value), partnered, Measure.DISTINCT, "partners")

    def breakdowns(self) -> dict[str, tuple[Figure, ...]]:
        b = self.breakdown
        codes = "JOIN record_codes c ON c.uuid = r.uuid AND c.field = '{}'"
        found = {
            "sessions_by_venue_kind": b(
                "sessions_by_venue_kind",
                "session",
                "r.venue_kind",
                "r.venue_kind = ?",
                self.ref("venue_kinds"),
            ),
            "sessions_by_campaign": b(
                "sessions_by_campaign",
                "session",
                "r.campaign",
                "r.campaign = ?",
                self.ref("campaigns"),
            ),
            "sessions_by_topic": b(
                "sessions_by_topic",
                "session",
                "c.code",
                _codes("topics", True),
                self.ref("topics"),
                source=codes.format("topics"),
            ),
            "sessions_by_partner": b(
                "sessions_by_partner",
                "session",
                "c.code",
                _codes("partners", True),
                self.ref("partners"),
                source=codes.format("partners"),
            ),
            "consultations_by_category": b(
                "consultations_by_category",
                "consultation",
                "r.category",
                "r.category = ?",
                self.ref("consultation_categories"),
            ),
            "consultations_by_special_group": b(
                "consultations_by_special_group",
                "consultation",
                "r.special_group",
                "r.special_group = ?",
                self.ref("special_groups"),
            ),
            "visits_by_group": b(
                "visits_by_group", "visit", 'r."group"', 'r."group" = ?', self.ref("special_groups")
            ),
            "visits_by_service": b(
                "visits_by_service",
                "visit",
                "c.code",
                _codes("services", True),
                self.ref("service_kinds"),
                source=codes.format("services"),
            ),
            "copies_by_design": b(
                "copies_by_design",
                "print_run",
                "r.design",
                "r.design = ?",
                self.design_title,
                Measure.SUM,
                "r.copies",
            ),
        }
        found["leaflets_by_design"] = self._leaflets_by_design()
        return found

    def _leaflets_by_design(self) -> tuple[Figure, ...]:
        """Hand-outs of the counted sessions, by design; each row's drill-down is the sessions
        that handed out that design, summed over their hand-outs of it."""
        where, params = self.selection.where("session")
        rows = self.conn.execute(
            "SELECT h.design, sum(h.count) FROM handouts h JOIN sessions r ON r.uuid = h.session"
            f" WHERE h.deleted = 0 AND {where} GROUP BY h.design",
            params,
        ).fetchall()
        has = f"EXISTS (SELECT 1 {_handouts(True)} AND h.count > 0)"
        figures = []
        for design, value in rows:
            if not value:
                continue
            # The summed expression holds the design itself: Figure.of takes no parameters.
            of = _handouts(False) + f" AND h.design = {_literal(str(design))}"
            figures.append(
                Figure(
                    "leaflets_by_design",
                    int(value),
                    Drilldown("session", self.selection, has, (design,)),
                    Measure.SUM,
                    f"coalesce((SELECT sum(h.count) {of}), 0)",
                    str(design),
                    self.design_title(str(design)),
                )
            )
        return tuple(sorted(figures, key=lambda f: (-f.value, f.name)))

    def months(self) -> tuple[Month, ...]:
        result = []
        for month in self.selection.period.months():
            part = _Builder(self.store, self.selection.with_period(month), self.lang)
            result.append(Month(month, {key: part.monthly(key) for key in MONTHLY}))
        return tuple(result)

    def monthly(self, key: str) -> Figure:
        if key == "audience":
            return self.figure(key, Drilldown("session", self.selection), Measure.SUM, "r.audience")
        if key == "leaflets":
            return self.figure(
                key, Drilldown("session", self.selection, _HAS_HANDOUTS), Measure.SUM, _LEAFLETS
            )
        return self.figure(key, Drilldown(_MONTHLY_KINDS[key], self.selection))

    def stock(self) -> tuple[StockRow, ...]:
        team_p = "" if self.selection.teams is None else self._in_teams("p.team")
        team_s = "" if self.selection.teams is None else self._in_teams("s.team")
        teams = list(self.selection.teams or ())
        first, last = self.selection.period.first, self.selection.period.last
        rows = self.conn.execute(
            f"""
            SELECT d.uuid, d.title,
              (SELECT coalesce(sum(p.copies), 0) FROM print_runs p WHERE p.design = d.uuid
                 AND p.deleted = 0 AND p.printed_on BETWEEN ? AND ? {team_p}),
              (SELECT coalesce(sum(h.count), 0) FROM handouts h
                 JOIN sessions s ON s.uuid = h.session AND s.deleted = 0
                 WHERE h.design = d.uuid AND h.deleted = 0 AND s.held_on BETWEEN ? AND ? {team_s}),
              (SELECT coalesce(sum(p.copies), 0) FROM print_runs p WHERE p.design = d.uuid
                 AND p.deleted = 0 AND p.printed_on <= ? {team_p}),
              (SELECT coalesce(sum(h.count), 0) FROM handouts h
                 JOIN sessions s ON s.uuid = h.session AND s.deleted = 0
                 WHERE h.design = d.uuid AND h.deleted = 0 AND s.held_on <= ? {team_s})
            FROM leaflet_designs d WHERE d.deleted = 0 ORDER BY d.title
            """,
            [first, last, *teams, first, last, *teams, last, *teams, last, *teams],
        ).fetchall()
        return tuple(
            StockRow(str(u), str(t or ""), int(p), int(h), int(pa) - int(ha))
            for u, t, p, h, pa, ha in rows
            if p or h or pa or ha
        )

    def _in_teams(self, column: str) -> str:
        return f"AND {column} IN ({', '.join('?' for _ in self.selection.teams or ())})"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def build(store: Store, selection: Selection, lang: str, compare: bool = True) -> Report:
    """The report of `selection`, with names in `lang`; with the same period a year before
    unless `compare` is off."""
    builder = _Builder(store, selection, lang)
    previous = None
    if compare:
        previous = build(store, selection.with_period(selection.period.year_before()), lang, False)
    return Report(
        selection=selection,
        lang=lang,
        figures=builder.totals(),
        breakdowns=builder.breakdowns(),
        months=builder.months(),
        stock=builder.stock(),
        review=tuple(review_counts(store.conn, selection)),
        previous=previous,
    )
