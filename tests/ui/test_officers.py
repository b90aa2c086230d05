"""Officers in the window: the first start asks who records, the officer button switches or
adds, and the history names the officer, with the laptop as a detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.kinds import KINDS
from desktop.store import replication
from desktop.ui.history import HistoryDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.officers import OfficerDialog
from desktop.ui.session_form import SessionForm
from sync.client import SERVER, TOKEN
from tests.ui.conftest import session_values, type_text
from tests.ui.test_record_form import fill_session


def click_ok(qtbot, dialog: OfficerDialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_first_start_asks_who_records(qtbot, ctx, store):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.officer_button.text() == "Officer: nobody chosen ▾"
    dialog = window.ensure_officer()
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Who is recording?"
    assert dialog.name.currentText() == "测试员", "what an older version recorded under"
    dialog.name.lineEdit().clear()
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog), "a name is needed"
    type_text(qtbot, dialog.name.lineEdit(), "王芳")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert store.current_officer()["name"] == "王芳" and store.author == "王芳"
    assert window.officer_button.text() == "Officer: 王芳 ▾"
    assert window.ensure_officer() is None, "asked once"

    saved = store.save("session", session_values())
    assert saved["author"] == "王芳"


def test_switching_officer_changes_who_the_next_record_names(qtbot, ctx, store):
    wang = store.add_officer("王芳")
    store.add_officer("李明")
    store.set_current_officer(wang["uuid"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    button = window.officer_button
    assert button.text() == "Officer: 王芳 ▾"
    button.fill_menu()
    names = [a.text() for a in button.menu_.actions() if a.text()]
    assert names[:2] == ["李明", "王芳"]
    checked = [a.text() for a in button.menu_.actions() if a.isChecked()]
    assert checked == ["王芳"]
    with qtbot.waitSignal(button.changed):
        next(a for a in button.menu_.actions() if a.text() == "李明").trigger()
    assert button.text() == "Officer: 李明 ▾"

    form = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(form)
    fill_session(qtbot, form)
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    (session,) = store.query("session")
    assert session["author"] == "李明"

    # Adding one from the menu makes them the current officer.
    button.fill_menu()
    add = next(a for a in button.menu_.actions() if a.objectName() == "add_officer")
    assert add.isEnabled()
    add.trigger()
    dialog = button.dialog
    type_text(qtbot, dialog.name.lineEdit(), "张三")
    with qtbot.waitSignal(button.changed):
        click_ok(qtbot, dialog)
    assert store.author == "张三" and button.text() == "Officer: 张三 ▾"


def test_an_enrolled_laptop_picks_from_head_offices_roster(qtbot, ctx, store):
    store.add_officer("王芳")
    with store.transaction():
        store.set_setting(SERVER, "http://127.0.0.1:9")
        store.set_setting(TOKEN, "token")
    replication.adopt_team(store, "城关一队")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = window.ensure_officer()
    assert not dialog.name.isEditable(), "the roster is head office's"
    assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == ["王芳"]
    click_ok(qtbot, dialog)
    assert store.author == "王芳"
    window.officer_button.fill_menu()
    add = next(a for a in window.officer_button.menu_.actions() if a.objectName() == "add_officer")
    assert not add.isEnabled()


def test_the_history_names_the_officer_and_shows_the_laptop_as_a_detail(qtbot, ctx, store):
    wang = store.add_officer("王芳")
    li = store.add_officer("李明")
    store.set_current_officer(wang["uuid"])
    record = store.save("session", session_values())
    store.set_current_officer(li["uuid"])
    store.save("session", {**record, "audience": 41}, uuid=record["uuid"])
    dialog = HistoryDialog(ctx, KINDS["session"], record["uuid"])
    qtbot.addWidget(dialog)
    table = dialog.table
    assert [table.item(row, 1).text() for row in range(table.rowCount())] == ["李明", "王芳"]
    assert store.device_id not in table.item(0, 1).text()
    assert table.item(0, 1).toolTip() == f"On this laptop ({store.device_id})"


def test_the_history_of_head_offices_own_change_says_so(qtbot, ctx, store):
    version = {
        "uuid": "ho-li",
        "revision": 1,
        "hlc": f"{store.clock.now()[: -len(store.device_id)]}headoffice",
        "deleted": False,
        "created_at": "2026-01-05T08:00:00.000+00:00",
        "updated_at": "2026-01-05T08:00:00.000+00:00",
        "author": "headoffice",
        "device_id": "headoffice",
        "team": "",
        "name": "李明",
        "active": True,
    }
    replication.apply_remote(store, KINDS["officer"], [version])
    dialog = HistoryDialog(ctx, KINDS["officer"], "ho-li")
    qtbot.addWidget(dialog)
    who = dialog.table.item(0, 1)
    assert (who.text(), who.toolTip()) == ("Head office", "At head office")
