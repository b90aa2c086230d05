"""Importing a ledger from the window: in the background, through the mapping step when the
file is not the template, with a result that lists every value changed; all or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressBar

from desktop.importer.mapping import COLUMNS_SETTING, IGNORE, NEW, NOTES, VALUES_SETTING, propose
from desktop.ui.import_mapping import COL_WHY, ImportMappingDialog, set_choice
from desktop.ui.main_window import MainWindow
from tests.importer.branch import HEADERS, ROWS, write_branch_csv, write_branch_xlsx
from tests.importer.ledgers import row, write_csv

TEMPLATE = Path(__file__).resolve().parents[2] / "assets" / "templates" / "ledger_template.csv"
WAIT = 20_000


def window_for(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def mapping_step(qtbot, window: MainWindow, path: Path) -> ImportMappingDialog:
    """Start importing `path` and wait for the mapping step (proposed in the background)."""
    window.import_file(path)
    qtbot.waitUntil(lambda: window.importing.mapping_dialog is not None, timeout=WAIT)
    dialog = window.importing.mapping_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def accept(qtbot, window: MainWindow, dialog: ImportMappingDialog) -> object:
    assert dialog.ok is not None and dialog.ok.isEnabled()
    with qtbot.waitSignal(window.importing.finished, timeout=WAIT) as done:
        dialog.ok.click()
    return done.args[0]


def row_of(dialog: ImportMappingDialog, header: str) -> int:
    return next(r for r, c in enumerate(dialog.proposal.columns) if c.header == header)


def value_row(dialog: ImportMappingDialog, text: str) -> int:
    return next(r for r, v in enumerate(dialog.value_proposals) if v.text == text)


def sessions(store) -> dict[str, dict]:
    return {s["place"]: s for s in store.query("session")}


def test_a_branch_ledger_opens_the_mapping_step_with_the_proposals_set(qtbot, ctx, store, tmp_path):
    window = window_for(qtbot, ctx)
    dialog = mapping_step(qtbot, window, write_branch_xlsx(tmp_path / "城关支行.xlsx"))
    assert store.count("session") == 0, "nothing written before the user confirms"
    assert [c.header for c in dialog.proposal.columns] == list(HEADERS)
    assert dialog.columns.rowCount() == len(HEADERS)
    expected = {
        "序号": IGNORE,
        "活动时间": "held_on",
        "宣传地点": "place",
        "场所": "venue_kind",
        "宣传内容": "topics",
        "合作单位": "partners",
        "参与人数（人）": "audience",
        "咨询人次": "consultation_count",
        "发放宣传资料（份）": "leaflets",
        "其他说明": NOTES,
    }
    assert {h: dialog.target(row_of(dialog, h)) for h in HEADERS} == expected
    # Samples shown, guesses marked, sure ones not.
    place = row_of(dialog, "宣传地点")
    assert "柳树村村委会" in dialog.columns.item(place, 1).text()
    assert not dialog.columns.item(place, COL_WHY).icon().isNull()
    assert dialog.columns.item(row_of(dialog, "合作单位"), COL_WHY).icon().isNull()
    # The values not in their lists, with their proposed entries.
    values = {
        v.text: dialog.entry_boxes[r].currentData() for r, v in enumerate(dialog.value_proposals)
    }
    assert values == {"养老诈骗防范": "pension_fraud", "城关县司法局": "justice_bureau"}
    assert dialog.values.item(value_row(dialog, "养老诈骗防范"), 2).text() == "5, 6"
    # The laptop keeps its own lists: a value can become a new entry.
    assert dialog.entry_boxes[0].findData(NEW) >= 0
    # Keyboard: Tab goes from drop-down to drop-down, then to the buttons.
    dialog.target_boxes[0].setFocus()
    order = []
    for _ in range(len(dialog.target_boxes) + len(dialog.entry_boxes) + 2):
        order.append(QApplication.focusWidget())
        dialog.focusNextChild()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert order == [*dialog.target_boxes, *dialog.entry_boxes, dialog.ok, cancel]
    dialog.reject()


def test_what_the_user_changes_is_what_is_imported(qtbot, ctx, store, tmp_path):
    window = window_for(qtbot, ctx)
    dialog = mapping_step(qtbot, window, write_branch_csv(tmp_path / "城关支行.csv"))
    set_choice(dialog.target_boxes[row_of(dialog, "其他说明")], IGNORE)
    assert dialog.columns.item(row_of(dialog, "其他说明"), COL_WHY).icon().isNull()
    judicial = value_row(dialog, "城关县司法局")
    set_choice(dialog.entry_boxes[judicial], NEW)
    pension = value_row(dialog, "养老诈骗防范")
    set_choice(dialog.entry_boxes[pension], "telecom_fraud")
    report = accept(qtbot, window, dialog)
    assert window.last_import_result is report
    found = sessions(store)
    assert len(found) == 3
    assert found["柳树村村委会"]["notes"] is None, "the ignored column is not in the notes"
    added = store.resolve_ref("partners", "城关县司法局")
    assert added is not None and found["柳树村村委会"]["partners"] == [added]
    assert found["锦屏镇敬老院"]["topics"] == ["telecom_fraud"]
    # The confirmed mapping is remembered for the next file with these headers.
    assert any(k.startswith(COLUMNS_SETTING) for k in _settings(store))
    assert store.setting(VALUES_SETTING)["topics"]["养老诈骗防范"] == "telecom_fraud"
    window.importing.result_dialog.close()
    # So the same ledger goes in again with no mapping step, and adds nothing.
    window.import_file(tmp_path / "城关支行.csv")
    with qtbot.waitSignal(window.importing.finished, timeout=WAIT) as again:
        pass
    assert not window.importing.asked
    assert (again.args[0].added, again.args[0].unchanged) == (0, 3)
    window.importing.result_dialog.close()


def _settings(store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT key FROM settings").fetchall()]


def test_a_column_newly_mapped_to_a_list_brings_its_values(qtbot, ctx, store, tmp_path):
    window = window_for(qtbot, ctx)
    dialog = mapping_step(qtbot, window, write_branch_csv(tmp_path / "城关支行.csv"))
    pension = value_row(dialog, "养老诈骗防范")
    set_choice(dialog.entry_boxes[pension], "telecom_fraud")  # kept when proposed again
    with qtbot.waitSignal(dialog.reproposed, timeout=WAIT):
        set_choice(dialog.target_boxes[row_of(dialog, "合作单位")], NOTES)
        assert not dialog.ok.isEnabled(), "no OK while the values are proposed again"
    assert [v.text for v in dialog.value_proposals] == ["养老诈骗防范"]
    assert dialog.entry_boxes[0].currentData() == "telecom_fraud"
    assert dialog.ok.isEnabled()
    report = accept(qtbot, window, dialog)
    assert report.rows == 3
    assert sessions(store)["柳树村村委会"]["partners"] == []
    assert "合作单位: 城关县司法局" in sessions(store)["柳树村村委会"]["notes"]
    window.importing.result_dialog.close()


def test_cancel_writes_nothing(qtbot, ctx, store, tmp_path):
    window = window_for(qtbot, ctx)
    before = _settings(store)
    dialog = mapping_step(qtbot, window, write_branch_csv(tmp_path / "城关支行.csv"))
    with qtbot.waitSignal(window.importing.finished, timeout=WAIT) as done:
        dialog.reject()
    assert done.args[0] is None
    assert store.count("session") == 0
    assert store.pending_changes() == 0
    assert _settings(store) == before, "no mapping remembered either"
    assert window.import_action.isEnabled()


def test_a_required_field_no_column_holds_blocks_ok(qtbot, ctx, store, tmp_path):
    window = window_for(qtbot, ctx)
    dialog = mapping_step(qtbot, window, write_branch_csv(tmp_path / "城关支行.csv"))
    assert dialog.ok.isEnabled() and dialog.problem.isHidden()
    set_choice(dialog.target_boxes[row_of(dialog, "活动时间")], IGNORE)
    assert not dialog.ok.isEnabled()
    assert dialog.problem.isVisible()
    assert "No column holds these required fields: Date." in dialog.problem.text()
    dialog.accept()  # Enter on a disabled OK does nothing either
    assert dialog.isVisible()
    # Two columns for one field block it too.
    set_choice(dialog.target_boxes[row_of(dialog, "活动时间")], "held_on")
    set_choice(dialog.target_boxes[row_of(dialog, "其他说明")], "place")
    assert not dialog.ok.isEnabled()
    assert '"宣传地点" and "其他说明" both go to Place' in dialog.problem.text()
    set_choice(dialog.target_boxes[row_of(dialog, "其他说明")], NOTES)
    assert dialog.ok.isEnabled()
    dialog.reject()
    assert store.count("session") == 0


def test_the_result_lists_skipped_rows_and_every_changed_value(qtbot, ctx, store, tmp_path):
    window = window_for(qtbot, ctx)
    dialog = mapping_step(qtbot, window, write_branch_csv(tmp_path / "城关支行.csv"))
    accept(qtbot, window, dialog)
    result = window.importing.result_dialog
    assert result is not None
    qtbot.waitExposed(result)
    text = result.text()
    assert "Rows imported: 3 (new: 3, updated: 0, unchanged: 0)." in text
    assert "Row 7: a totals row, not imported" in text
    assert 'Row 4, column "参与人数（人）": "约80" read as 80' in text
    assert 'Rows 5, 6, column "宣传内容": "养老诈骗防范" read as "防范养老诈骗"' in text
    assert 'Row 4, column "合作单位": "城关县司法局" read as "司法局"' in text
    shown = result.details.toPlainText()
    assert '"1,200" read as 1200' in shown and "Row 7" in shown
    # Sized to its text: the longest line is not cut.
    document = result.details.document()
    assert document.idealWidth() <= result.details.viewport().width() + 1
    result.close()


def test_the_template_imports_with_no_mapping_step(qtbot, ctx, store, tmp_path):
    window = window_for(qtbot, ctx)
    ledger = tmp_path / "台账.csv"
    shutil.copy(TEMPLATE, ledger)
    window.import_file(ledger)
    with qtbot.waitSignal(window.importing.finished, timeout=WAIT) as done:
        pass  # signals arrive through the event loop, which runs only from here
    assert not window.importing.asked
    assert done.args[0].added == 2
    assert store.count("session") == 2
    assert window.lists["session"].model.total == 2
    assert "Rows imported: 2" in window.importing.result_dialog.text()
    assert window.import_action.isEnabled()
    window.importing.result_dialog.close()


def test_progress_reaches_the_bar(qtbot, ctx, store, tmp_path):
    count = 1500
    rows = [row(地点=f"村{i}", 开始时间=f"{8 + i % 3}:{i % 60:02d}") for i in range(count)]
    path = write_csv(tmp_path / "big.csv", rows)
    window = window_for(qtbot, ctx)
    seen: list[int] = []
    window.import_file(path)
    importing = window.importing
    progress = importing.progress
    assert progress is not None
    bar = progress.findChild(QProgressBar)
    bar.valueChanged.connect(seen.append)
    with qtbot.waitSignal(importing.finished, timeout=WAIT):
        pass
    assert seen and seen[-1] == 2 * count, "the bar is full at the end"
    assert seen == sorted(seen) and len(seen) > 3, "and it moved on the way"
    assert store.count("session") == count
    importing.result_dialog.close()


def test_a_broken_ledger_is_refused_with_row_numbers_and_nothing_written(
    qtbot, ctx, store, tmp_path
):
    text = TEMPLATE.read_text(encoding="utf-8-sig").splitlines()
    broken = [text[0], text[1], text[2].replace(text[2].split(",")[0], "2026-13-45", 1)]
    ledger = tmp_path / "bad.csv"
    ledger.write_text("\n".join(broken) + "\n", encoding="utf-8")
    window = window_for(qtbot, ctx)
    window.import_file(ledger)
    qtbot.waitUntil(lambda: window.last_import_result is not None, timeout=WAIT)
    box = window.import_error_box
    assert 'Row 3, column "日期": Enter a date such as 2026-03-15.' in box.text()
    assert store.count("session") == 0
    assert store.pending_changes() == 0
    box.close()


def test_lists_from_head_office_offer_entries_only(qtbot, ctx, store, tmp_path):
    """An enrolled laptop cannot add entries: a value with nothing similar stays unchosen (its
    rows are refused) until the user picks an entry."""
    rows = [list(r) for r in ROWS]
    rows[1][5] = "星火农机合作社"
    path = write_branch_csv(tmp_path / "城关支行.csv", rows)
    proposal = propose(path, store, owned=False)
    dialog = ImportMappingDialog(store, proposal, path, owned=False, lang="en")
    qtbot.addWidget(dialog)
    unknown = value_row(dialog, "星火农机合作社")
    box = dialog.entry_boxes[unknown]
    assert box.currentData() is None
    assert "refused" in box.currentText()
    assert all(b.findData(NEW) < 0 for b in dialog.entry_boxes)
    assert ("partners", "星火农机合作社") not in dialog.mapping().values
    set_choice(box, "justice_bureau")
    assert dialog.mapping().values[("partners", "星火农机合作社")] == "justice_bureau"
