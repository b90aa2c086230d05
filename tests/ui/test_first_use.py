"""A fresh store says what to do first; the list shows once there is something to list."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.ui.main_window import MainWindow
from desktop.ui.record_form import RecordForm
from desktop.ui.sync_panel import ConnectDialog
from tests.ui.conftest import session_values


def test_an_empty_store_shows_the_three_ways_to_start(qtbot, ctx, store):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_section("session")  # a field window opens on Home: the list's own panel
    qtbot.waitExposed(window)
    sessions = window.lists["session"]
    panel = window.empty_state
    assert panel.isVisible() and not sessions.table.isVisible()
    assert [b.isVisible() for b in panel.buttons.values()] == [True, True, True]

    store.save("session", session_values())
    sessions.refresh()
    assert not panel.isVisible() and sessions.table.isVisible()
    assert sessions.model.total == 1


def test_the_panel_goes_after_the_first_session_is_recorded_in_the_window(
    qtbot, ctx, store, monkeypatch
):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_section("session")  # a field window opens on Home: the list's own panel

    def exec_and_save(form: RecordForm) -> int:
        store.save("session", session_values())  # what the user typed, saved
        form.saved.emit("x")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordForm, "exec", exec_and_save)
    window.empty_state.buttons["record"].click()
    assert not window.empty_state.isVisible()
    assert window.lists["session"].table.isVisible()


def test_each_button_opens_the_windows_own_action(qtbot, ctx, store, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *_a, **_k: (opened.append("import"), ("", ""))[1],
    )
    monkeypatch.setattr(RecordForm, "exec", lambda form: opened.append(form.kind.name) or 0)
    monkeypatch.setattr(ConnectDialog, "exec", lambda _d: opened.append("connect") or 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_section("session")  # a field window opens on Home: the list's own panel
    for name in ("import", "record", "connect"):
        window.empty_state.buttons[name].click()
    assert opened == ["import", "session", "connect"]
    assert window.empty_state.isVisible()  # nothing was done: still nothing to list


def test_an_enrolled_laptop_offers_no_second_enrolment(qtbot, ctx, store):
    with store.transaction():
        store.set_setting("sync:server", "http://127.0.0.1:9")
        store.set_setting("sync:token", "t")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_section("session")  # a field window opens on Home: the list's own panel
    buttons = window.empty_state.buttons
    assert buttons["import"].isVisible() and buttons["record"].isVisible()
    assert not buttons["connect"].isVisible()
    window.sync.timer.stop()
