"""The window as a user meets it: sections, filters, import, and the --screenshot option."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop.domain.kinds import KINDS
from desktop.store.store import DEMO_SETTING
from desktop.ui.main_window import MainWindow
from desktop.ui.record_form import RecordForm
from tests.ui.conftest import session_values


def test_sections_show_records_and_filter(qtbot, ctx, store):
    for i, venue in enumerate(["village", "school", "village"]):
        store.save("session", session_values(place=f"地点{i}", venue_kind=venue))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    sessions = window.lists["session"]
    assert sessions.model.total == 3
    combo = sessions.ref_filters["venue_kind"]
    combo.setCurrentIndex(combo.findData("school"))
    assert sessions.model.total == 1
    assert "1 record" in sessions.count_label.text()
    sessions.search.setText("地点0")  # applied a moment after typing stops
    qtbot.waitUntil(lambda: sessions.model.total == 0)
    assert not sessions._search_timer.isActive()
    assert "3 change(s) waiting" in window.sync_status.label.text()


def test_a_demo_store_says_so_in_the_title(qtbot, ctx, store):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Outreach Log"
    with store.transaction():
        store.set_setting(DEMO_SETTING, True)
    demo = MainWindow(ctx)
    qtbot.addWidget(demo)
    assert demo.windowTitle() == "Outreach Log · demo records, never sent to head office"


def test_deleting_from_the_list_leaves_a_tombstone(qtbot, ctx, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    record = store.save("session", session_values())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.lists["session"]
    view.model.fetchMore()
    view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_selected()
    assert view.model.total == 0
    assert store.get("session", record["uuid"], include_deleted=True)["deleted"] is True


def test_a_deleted_session_leaves_its_consultations_editable(qtbot, ctx, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    session = store.save("session", session_values(place="石桥村"))
    asked = store.save(
        "consultation",
        {
            "session": session["uuid"],
            "asked_on": "2026-03-15",
            "category": "cards",
            "topic": "telecom_fraud",
            "question": "接到自称客服的电话怎么办？",
        },
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.lists["session"]
    view.model.fetchMore()
    view.table.selectRow(0)
    asked_about: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):
        asked_about.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    view.delete_selected()
    assert "Consultations linked to it (1) stay" in asked_about[0]

    form = RecordForm(ctx, KINDS["consultation"], store.get("consultation", asked["uuid"]))
    qtbot.addWidget(form)
    combo = form.editors["session"].combo
    assert combo.currentData() == session["uuid"]
    assert combo.currentText().endswith("石桥村 (deleted)")
    form.editors["question"].set_value("接到自称客服的电话，要求转账，怎么办？")
    assert form.save() is True
    assert store.get("consultation", asked["uuid"])["session"] == session["uuid"]


def test_screenshot_of_demo_data_in_chinese(tmp_path):
    shot = tmp_path / "s.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--data-dir",
            str(tmp_path / "d"),
            "--demo",
            "--lang",
            "zh_CN",
            "--screenshot",
            str(shot),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600
    # Demo records are in the store the window showed.
    import sqlite3

    conn = sqlite3.connect(Path(tmp_path / "d" / "outreach.sqlite3"))
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] >= 100


def test_a_list_that_started_empty_fits_its_first_records(qtbot, ctx, store):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.lists["session"]
    header = view.table.horizontalHeader()
    store.save("session", session_values(place="青山镇中心小学东侧广场"))
    view.refresh()
    for column in range(view.model.columnCount()):
        wanted = max(view.table.sizeHintForColumn(column), 70)
        assert header.sectionSize(column) >= min(wanted, 220), view.model.columns[column].name


def test_dates_the_wrong_way_round_are_pointed_out(qtbot, ctx, store):
    from PySide6.QtCore import QDate

    store.save("session", session_values())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.lists["session"]
    view.date_from.setDate(QDate(2026, 9, 30))
    view.date_to.setDate(QDate(2026, 9, 1))
    assert view.count_label.text() == "0 record(s) · “from” is after “to”"
    view.date_to.setDate(QDate(2026, 10, 31))
    assert "after" not in view.count_label.text()


def test_a_supervisor_laptop_says_it_shows_every_team(qtbot, ctx, store):
    with store.transaction():
        store.set_setting("team", "总行")
        store.set_setting("sync:role", "supervisor")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.status.text() == "Supervisor (总行): every team's records"


def test_a_supervisor_sees_whose_records_and_filters_by_team(qtbot, ctx, store):
    with store.transaction():
        store.set_setting("team", "总行")
        store.set_setting("sync:role", "supervisor")
    for place in ("甲村", "乙村", "丙村"):
        store.save("session", session_values(place=place))
    # As if pulled from two teams (a supervisor's laptop holds every team's records).
    store.conn.execute("UPDATE sessions SET team = '城关一队' WHERE place != '乙村'")
    store.conn.execute("UPDATE sessions SET team = '河西二队' WHERE place = '乙村'")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.lists["session"]
    model = view.model
    assert model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal) == "Team"
    teams = [view.team_filter.itemText(i) for i in range(view.team_filter.count())]
    assert teams == ["All teams", "城关一队", "河西二队"]
    assert model.total == 3
    view.team_filter.setCurrentIndex(2)
    assert model.total == 1
    last = model.index(0, model.columnCount() - 1)
    assert model.data(last) == "河西二队"
    # A field officer's list has neither.
    with store.transaction():
        store.set_setting("sync:role", "field")
    field = MainWindow(ctx)
    qtbot.addWidget(field)
    assert field.lists["session"].team_filter is None
