"""The report view: built off the UI thread, figures equal independent SQL counts, every
figure opens to exactly its records, charts paint, exports go through the button."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from desktop.i18n import Translator
from desktop.store.store import Store
from desktop.ui.context import UiContext
from desktop.ui.report import view as view_module
from desktop.ui.report.drill import DrillDialog
from desktop.ui.report.figures_table import FiguresTable
from desktop.ui.report.view import ReportView

Q1 = ("2026-01-01", "2026-03-31")
#: Where the screenshots go: OUTREACH_SHOTS if set (to look at them), else the test's tmp_path.
SHOTS_ENV = "OUTREACH_SHOTS"


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def built_view(qtbot, ctx: UiContext, *, scope: str = "", approved: bool = False) -> ReportView:
    view = ReportView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 820)
    choose(view.period_kind, "quarter")
    view.year.setValue(2026)
    choose(view.part, 1)
    choose(view.scope_choice, scope)
    view.approved_only.setChecked(approved)
    view.show()
    qtbot.waitExposed(view)
    view.build()
    generation = view.generation
    qtbot.waitUntil(
        lambda: view.built is not None and view.generation == generation, timeout=20_000
    )
    assert view.report is not None and view.report.selection.period.first == Q1[0]
    return view


def row_of(table: FiguresTable, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def double_click(qtbot, table: FiguresTable, row: int, column: int) -> DrillDialog:
    table.scrollTo(table.model().index(row, column))
    rect = table.visualRect(table.model().index(row, column))
    # (a real double-click presses first: the view opens only the cell pressed)
    qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = [d for d in table.window().findChildren(DrillDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def all_listed(qtbot, drill: DrillDialog) -> list[str]:
    model = drill.model
    while model.canFetchMore():
        model.fetchMore()
    qtbot.waitUntil(lambda: not model.busy)
    qtbot.waitUntil(lambda: model.total is not None)
    return drill.listed()


def sql_sessions(store: Store, extra: str = "1", params: tuple = ()) -> set[str]:
    return {
        u
        for (u,) in store.conn.execute(
            f"SELECT uuid FROM sessions WHERE deleted = 0 AND held_on BETWEEN ? AND ? AND {extra}",
            [*Q1, *params],
        )
    }


def test_main_figures_equal_independent_counts(qtbot, sup, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx)
    main = view.main
    sessions = row_of(main, "Sessions held")
    audience = row_of(main, "People reached")
    assert main.item(sessions, 1).text() == f"{len(sql_sessions(sup)):,}"
    (people,) = sup.conn.execute(
        "SELECT sum(audience) FROM sessions WHERE deleted = 0 AND held_on BETWEEN ? AND ?", Q1
    ).fetchone()
    assert main.item(audience, 1).text() == f"{people:,}"
    (before,) = sup.conn.execute(
        "SELECT count(*) FROM sessions WHERE deleted = 0 AND held_on BETWEEN ? AND ?",
        ("2025-01-01", "2025-03-31"),
    ).fetchone()
    assert main.item(sessions, 3).text() == f"{before:,}"
    (consultations,) = sup.conn.execute(
        "SELECT count(*) FROM consultations WHERE deleted = 0 AND asked_on BETWEEN ? AND ?", Q1
    ).fetchone()
    assert main.item(row_of(main, "Consultations recorded"), 1).text() == f"{consultations:,}"
    # The paragraph, and the exact figures beside it.
    assert view.paragraph.toPlainText()
    assert view.parts.rowCount() >= 1
    assert "Counted: every record received" in view.notes.text()
    # The month table: January's sessions.
    jan = sup.conn.execute(
        "SELECT count(*) FROM sessions WHERE deleted = 0 AND held_on BETWEEN ? AND ?",
        ("2026-01-01", "2026-01-31"),
    ).fetchone()[0]
    assert view.months.item(0, 0).text() == "2026-01"
    assert view.months.item(0, 1).text() == f"{jan:,}"


def test_a_record_count_opens_to_exactly_its_records(qtbot, sup, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx)
    drill = double_click(qtbot, view.main, row_of(view.main, "Sessions held"), 1)
    listed = all_listed(qtbot, drill)
    expected = sql_sessions(sup)
    assert set(listed) == expected and len(listed) == len(expected)
    assert drill.model.total == len(expected)
    assert f"{len(expected):,} record(s)" in drill.count_label.text()
    # Newest first, with the review log's columns.
    dates = [drill.model.row(r)["date"] for r in range(len(listed))]
    assert dates == sorted(dates, reverse=True)
    assert drill.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    # Choosing one shows its review.
    drill.table.selectRow(0)
    assert drill.detail.uuid == listed[0]


def test_a_sum_opens_to_the_records_summed(qtbot, sup, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx)
    drill = double_click(qtbot, view.main, row_of(view.main, "People reached"), 1)
    listed = all_listed(qtbot, drill)
    marks = ",".join("?" for _ in listed)
    (summed,) = sup.conn.execute(
        f"SELECT sum(audience) FROM sessions WHERE uuid IN ({marks})", listed
    ).fetchone()
    assert f"{summed:,}" in drill.heading.text()
    assert summed == view.report.value("audience")


def test_a_breakdown_row_and_a_month_cell_open_to_their_records(qtbot, sup, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx)
    venues = view.breakdowns["sessions_by_venue_kind"]
    figure = next(
        f for f in view.report.breakdowns["sessions_by_venue_kind"] if f.code == "village"
    )
    row = row_of(venues, figure.name)
    view.tabs.setCurrentIndex(2)
    drill = double_click(qtbot, venues, row, 1)
    assert set(all_listed(qtbot, drill)) == sql_sessions(sup, "venue_kind = ?", ("village",))
    assert drill.model.total == figure.value
    view.tabs.setCurrentIndex(3)
    drill = double_click(qtbot, view.months, 1, 1)  # February's sessions
    february = {
        u
        for (u,) in sup.conn.execute(
            "SELECT uuid FROM sessions WHERE deleted = 0 AND held_on BETWEEN ? AND ?",
            ("2026-02-01", "2026-02-28"),
        )
    }
    assert set(all_listed(qtbot, drill)) == february


def test_enter_opens_a_figure(qtbot, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx)
    view.main.setFocus()
    view.main.setCurrentCell(row_of(view.main, "Sessions held"), 1)
    qtbot.keyClick(view.main, Qt.Key.Key_Return)
    assert view.drill is not None and view.drill.figure.key == "sessions"


def test_approved_only_for_one_branch(qtbot, sup, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx, scope="branch:城关支行", approved=True)
    teams = ("城关一队", "城关二队")
    (approved,) = sup.conn.execute(
        "SELECT count(*) FROM sessions s JOIN review_state q ON q.uuid = s.uuid"
        " WHERE s.deleted = 0 AND s.held_on BETWEEN ? AND ? AND s.team IN (?, ?)"
        " AND q.state = 'approved'",
        [*Q1, *teams],
    ).fetchone()
    assert view.main.item(row_of(view.main, "Sessions held"), 1).text() == f"{approved:,}"
    assert view.held_back.text().startswith("Approved only: ")
    assert f"{view.report.held_back:,} records" in view.held_back.text()
    # Two teams: the by-team table and chart, each row to its team's records.
    assert {f.name for f in view.built.by_team} <= set(teams)
    team = view.team_table
    drill = double_click(qtbot, team, 0, 1)
    name = team.item(0, 0).text()
    rows = [drill.model.row(r) for r in range(len(all_listed(qtbot, drill)))]
    assert rows and {r["team"] for r in rows} == {name}


def test_a_newer_build_supersedes_an_older_one(qtbot, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx)
    choose(view.period_kind, "year")
    view.build()
    view.year.setValue(2025)
    view.build()
    last = view.generation
    qtbot.waitUntil(lambda: view.report.selection.period.first == "2025-01-01", timeout=20_000)
    view.wait_for_background()
    qtbot.wait(50)
    assert view.generation == last and view.report.selection.period.last == "2025-12-31"


def test_charts_paint(qtbot, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx, scope="branch:城关支行")
    view.tabs.setCurrentIndex(1)
    for name in ("trend", "teams", "venues", "topics"):
        image = view.charts[name].grab().toImage()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 2, name


def test_export_xlsx_through_the_button(qtbot, monkeypatch, tmp_path, sup_ctx) -> None:
    import openpyxl

    view = built_view(qtbot, sup_ctx)
    out = tmp_path / "q1"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.personal.setChecked(True)
    assert view.personal_warning.isVisibleTo(view)
    qtbot.mouseClick(view.export_buttons[".xlsx"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.written != [], timeout=20_000)
    assert view.written == [tmp_path / "q1.xlsx"]
    book = openpyxl.load_workbook(tmp_path / "q1.xlsx", read_only=True)
    assert len(book.sheetnames) >= 2
    assert view.export_buttons[".xlsx"].isEnabled()


def test_a_failed_export_says_why(qtbot, monkeypatch, tmp_path, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx)
    out = tmp_path / "no such folder" / "q1.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.export_buttons[".csv"].click()
    qtbot.waitUntil(lambda: view.error_box is not None, timeout=10_000)
    assert "Cannot write" in view.error_box.text() and str(out) in view.error_box.text()
    view.error_box.close()


@pytest.fixture
def zh(qapp):
    translator = Translator("zh_CN")
    translator.install(qapp)
    yield
    qapp.removeTranslator(translator.qt)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_screenshots(qtbot, request, tmp_path, sup, lang) -> None:
    shots = Path(os.environ.get(SHOTS_ENV) or tmp_path)
    if lang == "zh_CN":
        request.getfixturevalue("zh")
    view = built_view(qtbot, UiContext(sup, lang), scope="branch:城关支行")
    shots.mkdir(parents=True, exist_ok=True)
    for index, name in enumerate(("summary", "charts", "breakdowns", "months", "review")):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert not view.grab().toImage().isNull()
        view.grab().save(str(shots / f"report_{lang}_{name}.png"))
    if lang == "zh_CN":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in view.paragraph.toPlainText())
    drill = view.open_figure(view.report.figures["sessions"], "Sessions")
    all_listed(qtbot, drill)
    drill.grab().save(str(shots / f"report_{lang}_drill.png"))
    drill.close()


def test_module_uses_the_core_only_through_its_api() -> None:
    assert view_module.exports.EXPORTERS


def test_the_supervisors_window_has_a_report_after_review(qtbot, sup_ctx) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(sup_ctx)
    qtbot.addWidget(window)
    keys = list(window.sections)
    assert keys.index("report") == keys.index("review") + 1
    assert window.report_view is window.sections["report"]
    assert window.nav.item(keys.index("report")).text() == "Report"
    window.report_view.wait_for_background()


def test_the_period_defaults_to_the_current_quarter(qtbot, sup_ctx) -> None:
    import datetime as dt

    from desktop.report.periods import Period

    view = ReportView(sup_ctx)
    qtbot.addWidget(view)
    today = dt.date.today()
    assert view.period() == Period.named(f"{today.year}Q{(today.month + 2) // 3}")
    choose(view.period_kind, "range")
    assert view.date_from.isVisibleTo(view) and not view.part.isVisibleTo(view)


def test_the_drill_list_pages_by_key_in_a_worker(qtbot, qtmodeltester, sup, sup_ctx) -> None:
    from desktop.ui.report.drill import DrillModel

    view = built_view(qtbot, sup_ctx, scope="")
    choose(view.period_kind, "range")
    view.date_from.setDate(QDate(2025, 1, 1))
    view.date_to.setDate(QDate(2026, 12, 31))
    view.build()
    qtbot.waitUntil(
        lambda: str(view.report.selection.period) == "2025-01-01..2026-12-31", timeout=20_000
    )
    figure = view.report.figures["sessions"]
    model = DrillModel(sup_ctx, figure.drill, budget=0)  # every read in a worker
    qtbot.waitUntil(lambda: model.total is not None and not model.busy, timeout=10_000)
    assert model.rowCount() == 200 < model.total == figure.value  # the first page only
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    listed = [model.uuid_at(r) for r in range(model.rowCount())]
    (expected,) = sup.conn.execute(
        "SELECT count(*) FROM sessions WHERE deleted = 0 AND held_on BETWEEN ? AND ?",
        ("2025-01-01", "2026-12-31"),
    ).fetchone()
    assert len(listed) == len(set(listed)) == expected == figure.value
    qtmodeltester.check(model)
    model.wait_for_background()


def test_a_period_that_ends_before_it_starts_says_so(qtbot, sup_ctx) -> None:
    view = ReportView(sup_ctx)
    qtbot.addWidget(view)
    choose(view.period_kind, "range")
    view.date_from.setDate(QDate(2026, 3, 1))
    view.date_to.setDate(QDate(2026, 2, 1))
    view.build()
    assert "ends (2026-02-01) before it starts (2026-03-01)" in view.status.text()
    assert view.built is None


def test_pickers_rebuild_after_a_pause(qtbot, sup_ctx) -> None:
    view = built_view(qtbot, sup_ctx)
    first = view.generation
    view.approved_only.setChecked(True)
    view.year.setValue(2025)
    assert view.debounce.isActive() and view.generation == first  # not yet: debounced
    qtbot.waitUntil(lambda: view.report.selection.approved_only, timeout=20_000)
    assert view.generation == first + 1 and view.report.selection.period.first == "2025-01-01"


@pytest.mark.parametrize("suffix", [".csv", ".pdf"])
def test_csv_and_pdf_through_the_buttons(qtbot, monkeypatch, tmp_path, sup_ctx, suffix) -> None:
    view = built_view(qtbot, sup_ctx)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / f"q1{suffix}"), "")
    )
    view.export_buttons[suffix].click()
    qtbot.waitUntil(lambda: view.written != [] or view.error_box is not None, timeout=30_000)
    assert view.error_box is None
    assert view.written and all(p.exists() and p.stat().st_size > 0 for p in view.written)


def test_a_slow_build_shows_that_it_is_busy_and_the_window_answers(
    qtbot, monkeypatch, sup_ctx
) -> None:
    import threading

    release = threading.Event()
    real = view_module.figures.build

    def slow(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(view_module.figures, "build", slow)
    view = ReportView(sup_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.busy.isVisible(), timeout=5_000)  # the UI thread is free
    assert view.built is None
    release.set()
    qtbot.waitUntil(lambda: view.built is not None, timeout=20_000)
    assert not view.busy.isVisible()
