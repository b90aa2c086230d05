"""Filing a report from the window and the list of filed reports: a report filed through the
dialog is listed as unchanged; an edit of a record it counted marks it "changed since filed"
and the figures now differ from the filed ones by exactly the edit."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget

from desktop.domain.kinds import KINDS
from desktop.report import figures, filing
from desktop.report.periods import Period
from desktop.report.scope import Scope, Selection
from desktop.store.store import Record, Store
from desktop.ui.context import UiContext
from desktop.ui.report.filed import FiledReportsPanel, file_report_dialog
from tests.report.conftest import Made, writable_copy

WAIT_MS = 20_000


@pytest.fixture
def store(made: Made, tmp_path: Path) -> Iterator[Store]:
    """A copy of the generated supervisor store, for writing in."""
    copy = writable_copy(made, tmp_path / "copy")
    yield copy
    copy.close()


@pytest.fixture
def ctx(store: Store, qapp: object) -> UiContext:
    return UiContext(store, "en")


def quarter_report(store: Store) -> figures.Report:
    selection = Selection(Period.named("2026Q1"), None, False, Scope())
    return figures.build(store, selection, "en")


def file_through_dialog(qtbot, ctx: UiContext, title: str) -> Record:
    report = quarter_report(ctx.store)
    dialog = file_report_dialog(None, ctx, report, "2026 Q1 report")
    qtbot.addWidget(dialog)
    dialog.show()
    got: list[Record] = []
    dialog.filed.connect(got.append)
    dialog.title_edit.setText(title)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    assert dialog.records_label.text() == f"{dialog.records:,}"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert not dialog.isVisible()
    return got[0]


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def first_counted_session(store: Store, filed: Record) -> Record:
    where, params = filing.selection_of(filed).where("session")
    (uuid,) = store.conn.execute(
        f"SELECT r.uuid FROM sessions r WHERE {where} ORDER BY r.uuid LIMIT 1", params
    ).fetchone()
    record = store.get("session", uuid)
    assert record is not None
    return record


def wait_for_panel(qtbot, panel: FiledReportsPanel, uuid: str) -> None:
    qtbot.waitUntil(
        lambda: uuid in panel.statuses and panel.comparison_uuid == uuid, timeout=WAIT_MS
    )


def test_filed_report_is_listed_then_marked_changed_by_an_edit(
    qtbot, ctx: UiContext, store: Store, tmp_path: Path
) -> None:
    filed = file_through_dialog(qtbot, ctx, "  全行 2026年第一季度 宣传工作报告 ")
    assert filed["title"] == "全行 2026年第一季度 宣传工作报告"
    report = quarter_report(store)
    assert filed["records_count"] == sum(
        report.value(k) for k in ("sessions", "consultations", "visits", "print_runs")
    )

    panel = FiledReportsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    wait_for_panel(qtbot, panel, filed["uuid"])
    assert panel.table.rowCount() == 1
    assert cell(panel.table, 0, panel.TITLE) == filed["title"]
    assert cell(panel.table, 0, panel.RECORDS) == f"{filed['records_count']:,}"
    assert panel.status_of(0) == "Unchanged since filed"
    audience = panel.row_for("audience")
    assert audience is not None and audience.label == "People reached"
    assert audience.filed == audience.now == report.value("audience")
    assert all(row.difference == 0 for row in panel.comparison)

    edited = first_counted_session(store, filed)
    store.save(
        "session",
        {
            **{f: edited[f] for f in KINDS["session"].field_names},
            "audience": edited["audience"] + 11,
        },
        uuid=edited["uuid"],
    )
    panel.refresh()
    wait_for_panel(qtbot, panel, filed["uuid"])
    status = panel.status_of(0)
    assert status.startswith(f"Changed since filed on {filed['filed_on']}")
    assert "1 record" in status
    tip = panel.status_tip_of(0)
    assert "1" in tip and "0" in tip
    audience = panel.row_for("audience")
    assert audience is not None
    assert audience.filed == report.value("audience")
    assert audience.now == audience.filed + 11 and audience.difference == 11
    row = [r.key for r in panel.comparison].index("audience")
    assert cell(panel.figures, row, 3) == "+11"
    # The filed figures stay as filed.
    again = store.get("filed_report", filed["uuid"])
    assert again is not None
    assert filing.filed_figures(again)["figures"]["audience"] == audience.filed

    shot = tmp_path / "filed_panel.png"
    assert panel.grab().save(str(shot))
    if os.environ.get("FILED_SCREENSHOT"):
        shutil.copy(shot, os.environ["FILED_SCREENSHOT"])


def test_the_panel_reads_in_chinese(qtbot, store: Store, qapp, tmp_path: Path) -> None:
    """The core's figure names come in Chinese with the app's translator (a screenshot)."""
    from desktop.i18n import Translator

    translator = Translator("zh_CN")
    translator.install(qapp)
    try:
        zh = UiContext(store, "zh_CN")
        filed = filing.file_report(store, quarter_report(store), "全行 2026年第一季度 宣传工作报告")
        panel = FiledReportsPanel(zh)
        qtbot.addWidget(panel)
        panel.resize(900, 600)
        panel.show()
        wait_for_panel(qtbot, panel, filed["uuid"])
        audience = panel.row_for("audience")
        assert audience is not None and audience.label == qapp.translate("Report", "People reached")
        shot = tmp_path / "filed_panel_zh.png"
        assert panel.grab().save(str(shot))
        if os.environ.get("FILED_SCREENSHOT"):
            shutil.copy(shot, os.environ["FILED_SCREENSHOT"].replace(".png", "_zh.png"))
    finally:
        qapp.removeTranslator(translator.qt)


def test_an_empty_title_keeps_ok_disabled(qtbot, ctx: UiContext, store: Store) -> None:
    dialog = file_report_dialog(None, ctx, quarter_report(store), "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.title_edit.setText("   ")
    assert not ok.isEnabled()
    dialog.title_edit.setText("报送")
    assert ok.isEnabled()
    dialog.title_edit.setText("")
    assert not ok.isEnabled()


def test_a_failed_filing_says_why_and_keeps_nothing(
    qtbot, ctx: UiContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kw: object) -> Record:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error

    monkeypatch.setattr(filing, "file_report", full)
    dialog = file_report_dialog(None, ctx, quarter_report(store), "全行 2026年第一季度")
    qtbot.addWidget(dialog)
    dialog.show()
    got: list[Record] = []
    dialog.filed.connect(got.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.error_box is not None, timeout=WAIT_MS)
    assert dialog.error_box is not None
    assert "full" in dialog.error_box.text()
    assert "sqlite" not in dialog.error_box.text().lower()
    assert not got and dialog.isVisible()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert filing.filed_reports(store) == []


def test_no_filed_report_shows_the_empty_state(qtbot, ctx: UiContext) -> None:
    panel = FiledReportsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.table.rowCount() == 0
    assert panel.empty.isVisible() and not panel.splitter.isVisible()


def test_the_report_view_files_what_it_shows(qtbot, ctx: UiContext) -> None:
    """The view's "File this report…" opens the dialog for the report built; once filed, the
    Filed reports tab lists it, unchanged."""
    from desktop.ui.report.view import ReportView

    view = ReportView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.build()
    qtbot.waitUntil(lambda: view.report is not None, timeout=20_000)
    assert view.file_button.isEnabled()
    dialog = view.file_current()
    assert dialog is not None and dialog.title()
    with qtbot.waitSignal(dialog.filed, timeout=20_000):
        dialog.file()
    assert view.tabs.currentWidget() is view.filed
    qtbot.waitUntil(lambda: view.filed.status_of(0) == "Unchanged since filed", timeout=20_000)
    assert [r["title"] for r in filing.filed_reports(ctx.store)] == [dialog.title()]
    view.wait_for_background(20_000)
