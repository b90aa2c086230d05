"""The leaflet section in the window: shipped designs, print options, PDF export, stock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtPrintSupport import QPrinter

from desktop.leaflets import designs, jobs
from desktop.leaflets.fonts import ENV_DIRS
from desktop.ui.leaflet_print import LeafletPrinting, PrintOptions
from desktop.ui.leaflets import LeafletsView
from desktop.ui.main_window import MainWindow
from tests.leaflets.helpers import decode_qr, page_count, page_png
from tests.ui.conftest import session_values

SERVER = "https://hq.example-bank.cn"


@pytest.fixture
def view(qtbot, ctx):
    leaflets = LeafletsView(ctx)
    qtbot.addWidget(leaflets)
    return leaflets


def design(store, code: str) -> dict:
    return designs.find_design(store, code)


def test_the_section_brings_the_shipped_designs_and_warns_of_low_stock(view, store) -> None:
    assert store.count("leaflet_design") == 12
    assert view.stock.table.rowCount() == 12
    assert view.warning_text() == "", "nothing printed yet: unused, not running low"
    for code in ("counterfeit-zh", "counterfeit-en"):
        jobs.record_run(store, jobs.plan_job(store, design(store, code), 10))
    view.refresh()
    assert view.warning_text().startswith("Running low: ")
    assert "认清真假人民币" in view.warning_text()
    assert "Know real banknotes" not in view.warning_text(), "designs not in use never warn"
    assert not view.print_button.isEnabled(), "nothing selected yet"
    view.stock.select(designs.design_uuid("credit-zh"))
    assert view.selected_design()["title"] == "珍爱信用记录 远离征信陷阱"
    assert view.print_button.isEnabled() and view.pdf_button.isEnabled()


def test_print_options_follow_the_design_and_the_enrolment(qtbot, ctx, store) -> None:
    designs.install_shipped_designs(store)
    counterfeit = design(store, "counterfeit-zh")
    dialog = PrintOptions(ctx, counterfeit, for_printer=True)
    qtbot.addWidget(dialog)
    assert dialog.layout_code == "a6x4"
    assert dialog.direct.isChecked() and not dialog.tracked.isEnabled()
    assert "Connect this laptop to head office" in dialog.qr_hint.text()
    dialog.copies.setValue(10)
    assert "3 sheet" in dialog.summary.text() and "12 leaflet" in dialog.summary.text()
    job = dialog.job()
    assert job.copies == 12, "a printer prints whole sheets"
    assert job.qr_url == counterfeit["qr_target"]

    store.set_setting(jobs.SERVER_SETTING, SERVER)
    enrolled = PrintOptions(ctx, counterfeit, for_printer=False)
    qtbot.addWidget(enrolled)
    assert enrolled.tracked.isEnabled()
    enrolled.tracked.setChecked(True)
    assert f"{SERVER}/q/" in enrolled.qr_hint.text()
    enrolled.copies.setValue(10)
    enrolled.layout_combo.setCurrentIndex(enrolled.layout_combo.findData("a5x2"))
    assert "5 sheet" in enrolled.summary.text()
    job = enrolled.job()
    assert (job.copies, job.layout, job.qr_mode) == (10, "a5x2", "tracked")
    assert job.qr_url == f"{SERVER}/q/{job.tracking_code}"


def test_exporting_a_pdf_runs_in_the_background_and_counts_the_stock(
    qtbot, ctx, store, tmp_path: Path
) -> None:
    store.set_setting(jobs.SERVER_SETTING, SERVER)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.leaflets
    credit = design(store, "credit-zh")
    job = jobs.plan_job(store, credit, 3, qr_mode="tracked")
    out = tmp_path / "credit.pdf"
    with qtbot.waitSignal(view.printing.exported, timeout=20_000) as exported:
        view.printing.export(job, out, view)
    assert exported.args == [out]
    assert page_count(out) == 3
    assert decode_qr(page_png(out, 2, tmp_path)) == job.qr_url
    (run,) = store.query("print_run")
    assert (run["copies"], run["tracking_code"]) == (3, job.tracking_code)
    row = next(r for r in range(12) if view.stock.rows[r]["uuid"] == credit["uuid"])
    assert view.stock.table.item(row, 1).text() == "3"
    assert view.runs.model.total == 1, "the print runs tab shows the new run"
    assert "1 change(s) waiting" in window.sync_status.label.text()


def test_a_print_preview_paints_one_sheet_and_the_print_records_the_copies(
    qtbot, ctx, store
) -> None:
    designs.install_shipped_designs(store)
    printing = LeafletPrinting(ctx)
    job = jobs.plan_job(store, design(store, "pension-zh"), 40)
    preview = printing.make_preview(job, None)
    assert preview is not None
    qtbot.addWidget(preview)
    printer = printing.printer
    assert printer is not None
    assert printer.copyCount() == 20 and printer.pageLayout().orientation().name == "Landscape"
    painted: list[QPrinter] = []
    preview.paintRequested.connect(painted.append)
    preview.open()
    qtbot.waitUntil(lambda: bool(painted))
    preview.reject()
    assert store.count("print_run") == 0, "a preview alone prints nothing"

    printer.setCopyCount(25)  # changed in the print dialog
    with qtbot.waitSignal(printing.printed) as printed:
        run = printing.finish_print(job, printer)
    assert printed.args[0]["uuid"] == run["uuid"]
    assert store.get("print_run", run["uuid"])["copies"] == 50


def test_without_a_chinese_font_the_user_is_told_and_nothing_is_recorded(
    qtbot, ctx, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    designs.install_shipped_designs(store)
    monkeypatch.setenv(ENV_DIRS, str(tmp_path))
    printing = LeafletPrinting(ctx)
    job = jobs.plan_job(store, design(store, "telecom-zh"), 5)
    assert printing.export(job, tmp_path / "x.pdf") is None
    assert printing.make_preview(job, None) is None
    box = printing.message_box
    assert box is not None and "fonts-wqy-microhei" in box.text()
    box.close()
    assert store.count("print_run") == 0 and not (tmp_path / "x.pdf").exists()


def test_hand_outs_at_a_session_lower_the_stock_shown(qtbot, ctx, store) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.leaflets
    rights = design(store, "rights-zh")
    jobs.record_run(store, jobs.plan_job(store, rights, 200))
    session = store.save("session", session_values())
    store.set_handouts(session["uuid"], {rights["uuid"]: 120})
    window.refresh()
    row = next(i for i, r in enumerate(view.stock.rows) if r["uuid"] == rights["uuid"])
    cells = [view.stock.table.item(row, c).text() for c in range(5)]
    assert cells == ["金融消费者的八项基本权利", "200", "120", "80", "150"]
    assert "金融消费者的八项基本权利" in view.warning_text()
    store.delete("session", session["uuid"])
    window.refresh()
    assert view.stock.table.item(row, 3).text() == "200"
    assert "金融消费者的八项基本权利" not in view.warning_text()


def test_a_design_gets_a_picture_that_prints(qtbot, view, store, tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), "#1f5fa8").save(source)
    view.setCurrentWidget(view.designs)
    view.designs.model.fetchMore()
    row = next(
        i
        for i in range(view.designs.model.rowCount())
        if view.designs.model.record(i)["title"] == "认清真假人民币"
    )
    view.designs.table.selectRow(row)
    chosen = view.selected_design()
    assert chosen is not None and chosen["title"] == "认清真假人民币"
    saved = view.set_picture(chosen, source)
    assert designs.image_path(store, saved) is not None
    job = jobs.plan_job(store, store.get("leaflet_design", chosen["uuid"]), 1)
    assert job.image == store.photo_path(saved["image"])
    assert view.set_picture(saved, None)["image"] is None


def test_a_supervisor_sees_one_teams_stock_or_all_together(qtbot, ctx, store) -> None:
    designs.install_shipped_designs(store)
    counterfeit = design(store, "counterfeit-zh")
    run = jobs.record_run(store, jobs.plan_job(store, counterfeit, 40))
    store.conn.execute("UPDATE print_runs SET team = '河西二队' WHERE uuid = ?", (run["uuid"],))
    with store.transaction():
        store.set_setting("sync:role", "supervisor")
    leaflets = LeafletsView(ctx)
    qtbot.addWidget(leaflets)
    stock = leaflets.stock

    def printed() -> str:
        row = next(i for i, r in enumerate(stock.rows) if r["uuid"] == counterfeit["uuid"])
        return stock.table.item(row, 1).text()

    assert stock.team_filter is not None and printed() == "40"
    stock.team_filter.setCurrentIndex(stock.team_filter.findData("河西二队"))
    assert printed() == "40"
    stock.team_filter.addItem("城关一队", "城关一队")
    stock.team_filter.setCurrentIndex(stock.team_filter.findData("城关一队"))
    assert printed() == "0"
