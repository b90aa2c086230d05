"""Every figure of the report against a count written here in SQL of our own (not the
report's), on the generated store of conftest.py; and every figure's drill-down lists exactly
the records it counts or sums."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from desktop.report import drilldown
from desktop.report.drilldown import Measure
from desktop.report.figures import Figure, Report, build
from desktop.report.periods import Period
from desktop.report.scope import Scope, Selection, resolve
from desktop.store.store import Store
from tests.report.conftest import Made

CASES = {
    "bank-2026": (Period.named("2026"), Scope(), False),
    "team-q1": (Period.named("2026Q1"), Scope(("城关一队",)), False),
    "two-teams-march": (Period.named("2026-03"), Scope(("城关二队", "青山队")), False),
    "branch-2025": (Period.named("2025"), Scope(branch="城关支行"), False),
    "approved-2026": (Period.named("2026"), Scope(), True),
    "campaign-weeks": (Period.between("2026-03-09", "2026-03-22"), Scope(), False),
}
DATES = {
    "sessions": "held_on",
    "consultations": "asked_on",
    "visits": "visited_on",
    "print_runs": "printed_on",
}


class Expect:
    """The counts, written independently: plain SQL over the record tables."""

    def __init__(self, store: Store, period: Period, teams: tuple[str, ...] | None, ok: bool):
        self.conn, self.period, self.teams, self.approved = store.conn, period, teams, ok

    def base(self, table: str, alias: str = "", date: str | None = None) -> tuple[str, list[Any]]:
        a = f"{alias}." if alias else ""
        where = f"{a}deleted = 0 AND {a}{date or DATES[table]} BETWEEN ? AND ?"
        params: list[Any] = [self.period.first, self.period.last]
        if self.teams is not None:
            where += f" AND {a}team IN ({','.join('?' * len(self.teams))})"
            params += list(self.teams)
        if self.approved:
            where += f" AND {a}uuid IN (SELECT uuid FROM review_state WHERE state = 'approved')"
        return where, params

    def one(self, sql: str, params: list[Any]) -> int:
        return int(self.conn.execute(sql, params).fetchone()[0] or 0)

    def count(self, table: str, extra: str = "1", date: str | None = None) -> int:
        where, params = self.base(table, date=date)
        return self.one(f"SELECT count(*) FROM {table} WHERE {where} AND {extra}", params)

    def total(self, table: str, column: str) -> int:
        where, params = self.base(table)
        return self.one(f"SELECT sum({column}) FROM {table} WHERE {where}", params)

    def leaflets(self) -> dict[str, int]:
        where, params = self.base("sessions", "s")
        rows = self.conn.execute(
            "SELECT h.design, sum(h.count) FROM handouts h JOIN sessions s ON s.uuid = h.session"
            f" WHERE h.deleted = 0 AND {where} GROUP BY h.design HAVING sum(h.count) > 0",
            params,
        )
        return dict(rows.fetchall())

    def grouped(self, table: str, column: str, summed: str = "") -> dict[str, int]:
        where, params = self.base(table)
        value = f"sum({summed})" if summed else "count(*)"
        rows = self.conn.execute(
            f"SELECT {column}, {value} FROM {table} WHERE {where} AND coalesce({column}, '') <> ''"
            f" GROUP BY {column}",
            params,
        )
        return dict(rows.fetchall())

    def codes(self, table: str, column: str) -> dict[str, int]:
        where, params = self.base(table, "t")
        rows = self.conn.execute(
            f"SELECT j.value, count(*) FROM {table} t, json_each(t.{column}) j WHERE {where}"
            " GROUP BY j.value",
            params,
        )
        return dict(rows.fetchall())

    def distinct_places(self) -> int:
        where, params = self.base("sessions")
        places = {
            p.strip()
            for (p,) in self.conn.execute(f"SELECT place FROM sessions WHERE {where}", params)
            if p and p.strip()
        }
        return len(places)

    def follow_ups_done(self) -> int:
        where, params = self.base("visits", date="follow_up_on")
        due = self.conn.execute(
            f'SELECT uuid, village, "group", follow_up_on FROM visits WHERE {where}', params
        ).fetchall()
        live = self.conn.execute(
            'SELECT uuid, village, "group", visited_on FROM visits WHERE deleted = 0'
        ).fetchall()
        return sum(
            any(u2 != u and v2 == v and g2 == g and d2 >= f for u2, v2, g2, d2 in live)
            for u, v, g, f in due
        )

    def totals(self) -> dict[str, int]:
        places = self.distinct_places()
        partners = len(self.codes("sessions", "partners"))
        return {
            "sessions": self.count("sessions"),
            "sessions_online": self.count("sessions", "online = 1"),
            "sessions_offline": self.count("sessions", "coalesce(online, 0) = 0"),
            "audience": self.total("sessions", "audience"),
            "places": places,
            "partner_sessions": self.count("sessions", "json_array_length(partners) > 0"),
            "partners": partners,
            "consultations_reported": self.total("sessions", "consultation_count"),
            "leaflets": sum(self.leaflets().values()),
            "consultations": self.count("consultations"),
            "consultations_special": self.count("consultations", "special_group <> ''"),
            "visits": self.count("visits"),
            "follow_ups_due": self.count("visits", date="follow_up_on"),
            "follow_ups_done": self.follow_ups_done(),
            "print_runs": self.count("print_runs"),
            "copies_printed": self.total("print_runs", "copies"),
        }

    def breakdowns(self) -> dict[str, dict[str, int]]:
        return {
            "sessions_by_venue_kind": self.grouped("sessions", "venue_kind"),
            "sessions_by_campaign": self.grouped("sessions", "campaign"),
            "sessions_by_topic": self.codes("sessions", "topics"),
            "sessions_by_partner": self.codes("sessions", "partners"),
            "leaflets_by_design": self.leaflets(),
            "consultations_by_category": self.grouped("consultations", "category"),
            "consultations_by_special_group": self.grouped("consultations", "special_group"),
            "visits_by_group": self.grouped("visits", '"group"'),
            "visits_by_service": self.codes("visits", "services"),
            "copies_by_design": self.grouped("print_runs", "design", "copies"),
        }


def report_for(sup: Store, case: str) -> tuple[Report, Expect]:
    period, scope, approved = CASES[case]
    teams = resolve(sup.conn, scope)
    report = build(sup, Selection(period, teams, approved, scope), "zh_CN")
    return report, Expect(sup, period, teams, approved)


@pytest.mark.parametrize("case", CASES)
def test_every_figure_equals_an_independent_count(sup: Store, case: str) -> None:
    report, expect = report_for(sup, case)
    assert {k: f.value for k, f in report.figures.items()} == expect.totals()
    found = {k: {f.code: f.value for f in rows} for k, rows in report.breakdowns.items()}
    assert found == expect.breakdowns()


@pytest.mark.parametrize("case", CASES)
def test_the_year_before_and_the_months(sup: Store, case: str) -> None:
    report, _ = report_for(sup, case)
    assert report.previous is not None
    period, scope, approved = CASES[case]
    before = Expect(sup, period.year_before(), resolve(sup.conn, scope), approved)
    assert {k: f.value for k, f in report.previous.figures.items()} == before.totals()
    for key in report.figures:
        old, new = report.previous.value(key), report.value(key)
        assert report.change(key) == (None if not old else pytest.approx((new - old) * 100 / old))
    months = [m.period for m in report.months]
    assert months[0].start == period.start and months[-1].end == period.end
    for month in report.months:
        inside = Expect(sup, month.period, resolve(sup.conn, scope), approved).totals()
        assert {k: f.value for k, f in month.figures.items()} == {
            k: inside[k] for k in month.figures
        }


def _drilled_value(sup: Store, figure: Figure) -> int:
    """The figure worked out again from nothing but the uuids its drill-down lists."""
    uuids = drilldown.uuids(sup.conn, figure.drill)
    assert len(uuids) == len(set(uuids))
    table = {"session": "sessions", "consultation": "consultations", "visit": "visits"}.get(
        figure.drill.kind, "print_runs"
    )
    rows = sup.records_by_uuid(figure.drill.kind, uuids)
    assert all(not r["deleted"] for r in rows), table
    if figure.measure is Measure.RECORDS:
        return len(uuids)
    if figure.key in ("leaflets", "leaflets_by_design"):
        marks = ",".join("?" * len(uuids))
        design = " AND design = ?" if figure.code else ""
        return int(
            sup.conn.execute(
                f"SELECT coalesce(sum(count), 0) FROM handouts WHERE deleted = 0"
                f" AND session IN ({marks}){design}",
                [*uuids, *([figure.code] if figure.code else [])],
            ).fetchone()[0]
        )
    if figure.key == "places":
        return len({r["place"].strip() for r in rows})
    if figure.key == "partners":
        return len({p for r in rows for p in r["partners"]})
    column = {"audience": "audience", "consultations_reported": "consultation_count"}.get(
        figure.key, "copies"
    )
    return sum(r[column] or 0 for r in rows)


@pytest.mark.parametrize("case", CASES)
def test_every_figure_opens_to_exactly_its_records(sup: Store, case: str) -> None:
    report, _ = report_for(sup, case)
    figures = [
        *report.figures.values(),
        *(f for rows in report.breakdowns.values() for f in rows),
        *(f for m in report.months for f in m.figures.values()),
    ]
    for figure in figures:
        assert _drilled_value(sup, figure) == figure.value, (figure.key, figure.code)
        if figure.measure is Measure.RECORDS:
            assert drilldown.count(sup.conn, figure.drill) == figure.value


@pytest.mark.parametrize("key", ["sessions", "follow_ups_due", "consultations_special"])
def test_the_log_shows_exactly_the_drilled_records(sup: Store, key: str) -> None:
    for case in ("bank-2026", "approved-2026", "branch-2025"):
        report, _ = report_for(sup, case)
        drill = report.figures[key].drill
        shown: list[dict[str, Any]] = []
        after = None
        while page := drilldown.read_page(sup.conn, drill, 37, after):
            shown.extend(page)
            after = (page[-1]["date"], page[-1]["uuid"])
        assert len(shown) == report.value(key)
        assert {r["uuid"] for r in shown} == set(drilldown.uuids(sup.conn, drill))
        assert [(r["date"], r["uuid"]) for r in shown] == sorted(
            ((r["date"], r["uuid"]) for r in shown), reverse=True
        )


def test_topics_count_once_each_and_once_in_the_total(sup: Store) -> None:
    report, _ = report_for(sup, "bank-2026")
    pairs = sum(
        len(json.loads(t))
        for (t,) in sup.conn.execute(
            "SELECT topics FROM sessions WHERE deleted = 0 AND held_on LIKE '2026-%'"
        )
    )
    assert sum(f.value for f in report.breakdowns["sessions_by_topic"]) == pairs
    assert pairs > report.value("sessions")
    assert any("several topics" in note for note in report.notes)


def _single(sup: Store, uuid: str, team: str | None, approved: bool = False) -> Report:
    day = sup.get("session", uuid)
    assert day is not None
    period = Period(dt.date.fromisoformat(day["held_on"]), dt.date.fromisoformat(day["held_on"]))
    teams = (team,) if team else None
    return build(sup, Selection(period, teams, approved), "en", compare=False)


def test_deleted_edited_and_moved_records(sup: Store, filled: Made) -> None:
    deleted = [u for (u,) in sup.conn.execute("SELECT uuid FROM sessions WHERE deleted = 1")]
    assert deleted
    every = build(sup, Selection(Period.between("2025-01-01", "2026-12-31")), "en", False)
    counted = set(drilldown.uuids(sup.conn, every.figures["sessions"].drill))
    assert counted.isdisjoint(deleted)
    edited = _single(sup, filled.uuids["edited"], None)
    assert filled.uuids["edited"] in drilldown.uuids(sup.conn, edited.figures["audience"].drill)
    assert edited.value("audience") >= 999
    moved, to = filled.uuids["moved"], filled.uuids["moved_to"]
    old_team = next(
        str(t) for (t,) in sup.conn.execute("SELECT DISTINCT team FROM sessions") if t != to
    )
    there = _single(sup, moved, to)
    assert moved in drilldown.uuids(sup.conn, there.figures["sessions"].drill)
    left = _single(sup, moved, old_team)
    assert moved not in drilldown.uuids(sup.conn, left.figures["sessions"].drill)


def test_approved_only_leaves_out_sent_back_and_changed_records(sup: Store, filled: Made) -> None:
    for name in ("sent_back", "changed_after_approval"):
        uuid = filled.uuids[name]
        everything = _single(sup, uuid, None)
        approved = _single(sup, uuid, None, approved=True)
        assert uuid in drilldown.uuids(sup.conn, everything.figures["sessions"].drill)
        assert uuid not in drilldown.uuids(sup.conn, approved.figures["sessions"].drill)
    report, expect = report_for(sup, "approved-2026")
    sessions = next(c for c in report.review if c.kind == "session")
    where, params = Expect(sup, expect.period, None, False).base("sessions", "t")
    states = dict(
        sup.conn.execute(
            "SELECT q.state, count(*) FROM sessions t JOIN review_state q ON q.uuid = t.uuid"
            f" WHERE {where} GROUP BY q.state",
            params,
        ).fetchall()
    )
    assert sessions.approved == states.get("approved", 0) == report.value("sessions")
    assert sessions.sent_back == states.get("needs_correction", 0) >= 1
    assert sessions.waiting == sum(
        states.get(s, 0) for s in ("received", "corrected", "changed_after_approval")
    )
    assert report.held_back == sum(c.waiting + c.sent_back for c in report.review) > 0


def test_stock_by_design(sup: Store) -> None:
    report, _ = report_for(sup, "team-q1")
    team, last, first = "城关一队", "2026-03-31", "2026-01-01"
    for row in report.stock:
        printed = sup.conn.execute(
            "SELECT coalesce(sum(copies), 0) FROM print_runs WHERE deleted = 0 AND design = ?"
            " AND team = ? AND printed_on <= ?",
            (row.design, team, last),
        ).fetchone()[0]
        handed = sup.conn.execute(
            "SELECT coalesce(sum(h.count), 0) FROM handouts h JOIN sessions s ON s.uuid ="
            " h.session WHERE h.deleted = 0 AND s.deleted = 0 AND h.design = ? AND s.team = ?"
            " AND s.held_on <= ?",
            (row.design, team, last),
        ).fetchone()[0]
        assert row.on_hand == printed - handed
        in_period = sup.conn.execute(
            "SELECT coalesce(sum(copies), 0) FROM print_runs WHERE deleted = 0 AND design = ?"
            " AND team = ? AND printed_on BETWEEN ? AND ?",
            (row.design, team, first, last),
        ).fetchone()[0]
        assert row.printed == in_period


def test_names_not_codes(sup: Store) -> None:
    zh = build(sup, Selection(Period.named("2026")), "zh_CN", compare=False)
    en = build(sup, Selection(Period.named("2026")), "en", compare=False)
    venue = {f.code: f.name for f in zh.breakdowns["sessions_by_venue_kind"]}
    assert venue["village"] == "进农村"
    assert {f.code: f.name for f in en.breakdowns["sessions_by_venue_kind"]}["village"] == "Village"
    designs = {f.name for f in zh.breakdowns["leaflets_by_design"]}
    assert designs and not any(len(d) == 36 and d.count("-") == 4 for d in designs)
