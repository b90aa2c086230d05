"""Sync as the window shows it, without a head office to talk to."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QApplication

from desktop.store import replication
from desktop.store.store import DEMO_SETTING
from desktop.ui.main_window import MainWindow
from desktop.ui.sync_controller import RETRY_FIRST_S, RETRY_MAX_S, next_retry
from desktop.ui.sync_panel import ConnectDialog, RefusedDialog
from tests.ui.conftest import session_values


def closed_port() -> int:
    """A loopback port with nothing listening: connections are refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connect_dialog_says_why_it_failed_next_to_the_code(qtbot, ctx, store):
    dialog = ConnectDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.enrol()
    assert dialog.message.text() == "Enter the enrolment code."
    dialog.server.setText(f"http://127.0.0.1:{closed_port()}")
    dialog.code.setText("ABCD-EFGH-JKLM")
    dialog.enrol()
    qtbot.waitUntil(
        lambda: dialog.message.isVisible() and "cannot be reached" in dialog.message.text(),
        timeout=10_000,
    )
    assert dialog.buttons.isEnabled()
    assert store.setting("sync:token") is None


def test_offline_sync_is_shown_and_retried_sooner(qtbot, ctx, store):
    store.save("session", session_values())
    with store.transaction():
        store.set_setting("sync:server", f"http://127.0.0.1:{closed_port()}")
        store.set_setting("sync:token", "t")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync.failed, timeout=10_000) as failed:
        window.sync.sync_now()
    assert failed.args[0].code == "offline"
    status = window.sync_status.label.text()
    assert "1 change(s) waiting" in status and "cannot be reached" in status
    assert window.sync.timer.isActive()
    # Sooner than the regular timer: the first retry waits 15 s give or take a fifth.
    assert window.sync.timer.remainingTime() <= RETRY_FIRST_S * 1.2 * 1000
    assert store.pending_changes() == 1
    window.sync.timer.stop()


def test_backoff_doubles_up_to_a_ceiling():
    assert 12 <= next_retry(1) <= 18
    assert 24 <= next_retry(2) <= 36
    assert next_retry(50) <= RETRY_MAX_S * 1.2


def test_refused_changes_are_listed_with_the_reason_and_can_be_resent(qtbot, ctx, store):
    store.save("session", session_values(place="错误村"))
    (change,) = replication.pending(store, 10)
    replication.refuse(
        store,
        [
            {
                "seq": change.seq,
                "code": "invalid",
                "message": "x",
                "issues": [{"field": "audience", "code": "too_small", "params": {"minimum": 0}}],
            }
        ],
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.sync_status.refused_button.isVisibleTo(window)
    dialog = RefusedDialog(ctx)
    qtbot.addWidget(dialog)
    assert "错误村" in dialog.table.item(0, 0).text()
    assert dialog.table.item(0, 2).text() == "Audience: Must be at least 0."
    dialog.retry()
    assert store.pending_changes() == 1


def test_reference_lists_are_read_only_once_head_office_sends_them(qtbot, ctx, store):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    lists = window.ref_lists
    assert not lists.read_only and not lists.new_button.isHidden()

    with store.transaction():
        store.set_setting("sync:server", f"http://127.0.0.1:{closed_port()}")
        store.set_setting("sync:token", "t")
    window.refresh_status()
    assert lists.read_only
    assert lists.new_button.isHidden() and lists.edit_button.isHidden()
    assert lists.delete_button.isHidden() and not lists.history_button.isHidden()
    assert "head office" in lists.read_only_note.text() and not lists.read_only_note.isHidden()
    # Double-clicking an entry opens no form either.
    lists.table.selectRow(0)
    lists.edit_selected()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    window.sync.timer.stop()


def test_an_unconnected_laptop_saves_without_trying_to_sync(qtbot, ctx, store):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    store.save("session", session_values())
    window.lists["session"].changed.emit()
    assert not window.sync.timer.isActive() and not window.sync.running
    status = window.sync_status
    assert status.label.text() == "1 change(s) waiting to go to head office"
    assert status.label.styleSheet() == "" and status.connect_button.isVisibleTo(window)


def test_a_demo_store_offers_no_connection(qtbot, ctx, store):
    with store.transaction():
        store.set_setting(DEMO_SETTING, True)
    store.save("session", session_values())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.lists["session"].changed.emit()
    status = window.sync_status
    assert status.label.text() == "Demo records stay on this laptop."
    assert not status.connect_button.isVisibleTo(window)
    assert not window.sync.timer.isActive()


def test_edits_that_gave_way_are_shown_until_seen(qtbot, ctx, store):
    from desktop.ui.sync_panel import OverruledDialog
    from sync.client import OVERRULED

    session = store.save("session", session_values(place="石桥村"))
    entry = {
        "id": 7,
        "kind": "session",
        "uuid": session["uuid"],
        "at": "2026-11-20T08:00:00.000+00:00",
        "deleted": False,
        "record": {**session, "audience": 90},
        "fields": [
            {"field": "audience", "lost": 90, "kept": 95},
            {"field": "topics", "lost": ["telecom_fraud"], "kept": ["counterfeit"]},
        ],
    }
    with store.transaction():
        store.set_setting(OVERRULED, [entry])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    button = window.sync_status.overruled_button
    assert button.isVisibleTo(window) and button.text() == "1 of your edits gave way to later ones"
    dialog = OverruledDialog(ctx)
    qtbot.addWidget(dialog)
    shown = dialog.table.item(0, 2).text().splitlines()
    assert shown[0] == "Audience: you had 90, the later edit has 95"
    assert "telecom_fraud" not in shown[1] and shown[1].startswith("Topics: you had ")
    assert "石桥村" in dialog.table.item(0, 0).text()
    dialog.forget()
    window.sync_status.refresh()
    assert not button.isVisibleTo(window)
