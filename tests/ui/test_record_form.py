"""Filling forms through their widgets and reading the result back from SQLite."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.domain.kinds import KINDS
from desktop.ui.record_form import RecordForm
from desktop.ui.session_form import SessionForm
from tests.ui.conftest import session_values, type_text


def fill_session(qtbot, form, place="李家村", audience="45"):
    e = form.editors
    e["held_on"].edit.setDate(e["held_on"].edit.date().addDays(-1))
    e["place"].edit.clear()
    type_text(qtbot, e["place"].edit, place)
    e["venue_kind"].combo.setCurrentIndex(e["venue_kind"].combo.findData("community"))
    topics = e["topics"].list
    for i in range(topics.count()):
        if topics.item(i).data(Qt.ItemDataRole.UserRole) in ("telecom_fraud", "pension_fraud"):
            topics.item(i).setCheckState(Qt.CheckState.Checked)
    e["audience"].edit.clear()
    type_text(qtbot, e["audience"].edit, audience)
    type_text(qtbot, e["staff"].edit, "张三、李四")


def test_session_typed_into_the_form_lands_in_sqlite(qtbot, ctx, store):
    design = store.save("leaflet_design", {"title": "防范电信诈骗", "active": True})
    store.save("print_run", {"design": design["uuid"], "printed_on": "2026-01-05", "copies": 500})
    form = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(form)
    fill_session(qtbot, form)
    type_text(qtbot, form.leaflet_edits[design["uuid"]], "120")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    conn = sqlite3.connect(store.path)
    row = conn.execute(
        "SELECT place, venue_kind, topics, audience, staff, revision FROM sessions"
    ).fetchone()
    assert row == (
        "李家村",
        "community",
        '["telecom_fraud","pension_fraud"]',
        45,
        '["张三","李四"]',
        1,
    )
    handed = conn.execute("SELECT count FROM handouts WHERE deleted = 0").fetchall()
    assert handed == [(120,)]
    assert [d["on_hand"] for d in store.stock() if d["uuid"] == design["uuid"]] == [380]
    # The next new session starts from the place and staff used last time.
    again = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(again)
    assert again.editors["place"].value() == "李家村"
    assert again.editors["staff"].value() == "张三、李四"


def test_errors_show_next_to_the_field_and_nothing_is_written(qtbot, ctx, store):
    form = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(form)
    form.show()
    fill_session(qtbot, form, audience="-3")
    assert form.save() is False
    message = form.messages["audience"]
    assert message.isVisible()
    assert message.text() == "Must be at least 0."
    assert store.count("session") == 0
    assert store.pending_changes() == 0


def test_warnings_ask_for_a_second_click(qtbot, ctx, store):
    form = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(form)
    form.show()
    fill_session(qtbot, form, audience="3")
    type_text(qtbot, form.editors["consultation_count"].edit, "9")
    assert form.save() is False
    assert "More consultations" in form.messages["consultation_count"].text()
    assert form.save_button.text() == "Save anyway"
    assert store.count("session") == 0
    assert form.save() is True
    assert store.count("session") == 1


def test_typed_input_survives_an_unexpected_close(qtbot, ctx, store):
    form = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(form)
    form.show()
    fill_session(qtbot, form, place="张庄")
    form.close()  # window closed by the system: no question, input kept
    assert store.draft("session:new")["place"] == "张庄"

    reopened = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.editors["place"].value() == "张庄"
    assert reopened.banner.isVisible()
    assert reopened.save() is True
    assert store.draft("session:new") is None


def test_discarding_restored_input_empties_the_form(qtbot, ctx, store):
    design = store.save("leaflet_design", {"title": "防范电信诈骗", "active": True})
    form = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(form)
    form.show()
    fill_session(qtbot, form, place="张庄")
    type_text(qtbot, form.editors["notes"].edit, "draft notes")
    type_text(qtbot, form.leaflet_edits[design["uuid"]], "30")
    form.close()

    reopened = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.editors["notes"].value() == "draft notes"
    reopened.discard_draft()
    assert not reopened.banner.isVisible()
    assert reopened.editors["place"].value() == "" and reopened.editors["notes"].value() == ""
    assert reopened.editors["audience"].value() == ""
    assert reopened.leaflet_edits[design["uuid"]].text() == ""
    assert store.draft("session:new") is None


def test_withdrawing_consent_empties_the_personal_details(qtbot, ctx, store):
    form = RecordForm(ctx, KINDS["consultation"])
    qtbot.addWidget(form)
    form.show()
    e = form.editors
    e["category"].combo.setCurrentIndex(1)
    e["question"].set_value("老人想开通手机银行，需要带什么？")
    e["consent"].box.setChecked(True)
    type_text(qtbot, e["contact_name"].edit, "王秀英")
    type_text(qtbot, e["contact_phone"].edit, "13800000000")
    e["consent"].box.setChecked(False)
    assert not e["contact_name"].isEnabled()
    assert e["contact_name"].value() == "" and e["contact_phone"].value() == ""
    assert form.save() is True
    (saved,) = store.query("consultation")
    assert saved["contact_name"] is None and saved["consent"] is False


def test_save_and_add_another_keeps_session_and_date(qtbot, ctx, store):
    session = store.save("session", session_values())
    form = RecordForm(
        ctx, KINDS["consultation"], preset={"session": session["uuid"], "asked_on": "2026-03-15"}
    )
    qtbot.addWidget(form)
    form.show()
    e = form.editors
    for question in ("存款利率怎么算?", "手机银行怎么转账?"):
        e["category"].combo.setCurrentIndex(1)
        type_text(qtbot, e["question"].edit, question)
        assert isinstance(form.save_another_button, QPushButton)
        qtbot.mouseClick(form.save_another_button, Qt.MouseButton.LeftButton)
        assert e["question"].value() == ""
        assert e["session"].value() == session["uuid"]
    rows = store.query("consultation")
    assert sorted(r["question"] for r in rows) == sorted(["手机银行怎么转账?", "存款利率怎么算?"])
    assert {r["session"] for r in rows} == {session["uuid"]}
    assert {r["asked_on"] for r in rows} == {"2026-03-15"}


def test_personal_fields_need_the_consent_box(qtbot, ctx, store):
    form = RecordForm(ctx, KINDS["consultation"])
    qtbot.addWidget(form)
    assert not form.editors["contact_phone"].isEnabled()
    form.editors["consent"].box.setChecked(True)
    assert form.editors["contact_phone"].isEnabled()


def test_editing_a_changed_record_does_not_overwrite(qtbot, ctx, store, monkeypatch):
    record = store.save("session", session_values())
    form = SessionForm(ctx, KINDS["session"], record)
    qtbot.addWidget(form)
    store.save("session", session_values(audience=99), uuid=record["uuid"])
    form.editors["audience"].edit.setText("41")
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a))
    assert form.save() is False
    assert shown
    assert store.get("session", record["uuid"])["audience"] == 99
    assert store.draft(f"session:{record['uuid']}")["audience"] == "41"


def test_photos_are_copied_into_the_data_dir_and_shown_as_thumbnails(qtbot, ctx, store, tmp_path):
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "现场.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(picture))
    form = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(form)
    fill_session(qtbot, form)
    form.add_photo(picture)
    assert form.photo_list.count() == 1
    assert not form.photo_list.item(0).icon().isNull()
    assert form.save() is True
    (session,) = store.query("session")
    (photo,) = store.photos(session["uuid"])
    stored = store.photo_path(photo["sha256"])
    assert stored.read_bytes() == picture.read_bytes()
    assert photo["file_name"] == "现场.png"
    picture.unlink()  # the copy in the data dir is what counts
    edit = SessionForm(ctx, KINDS["session"], session)
    qtbot.addWidget(edit)
    assert edit.photo_list.count() == 1
    assert not edit.photo_list.item(0).icon().isNull()


def test_more_leaflets_than_in_stock_asks_for_a_second_look(qtbot, ctx, store):
    design = store.save("leaflet_design", {"title": "防范电信诈骗", "active": True})
    store.save("print_run", {"design": design["uuid"], "printed_on": "2026-01-05", "copies": 50})
    form = SessionForm(ctx, KINDS["session"])
    qtbot.addWidget(form)
    form.show()
    fill_session(qtbot, form)
    type_text(qtbot, form.leaflet_edits[design["uuid"]], "80")
    assert form.save() is False
    message = form.leaflet_messages[design["uuid"]]
    assert message.isVisible()
    assert message.text() == "More than the 50 in stock: is a print run not recorded yet?"
    assert form.save_button.text() == "Save anyway"
    assert form.save() is True
    assert [d["on_hand"] for d in store.stock() if d["uuid"] == design["uuid"]] == [-30]
    # Opening the session again asks nothing while its count stays as it was.
    (session,) = store.query("session")
    again = SessionForm(ctx, KINDS["session"], session)
    qtbot.addWidget(again)
    again.show()
    assert again.validate_extras() == []
    again.leaflet_edits[design["uuid"]].setText("81")
    assert [i.code for i in again.validate_extras()] == ["more_than_in_stock"]


def test_editing_keeps_fields_the_app_set(qtbot, ctx, store):
    design = store.save("leaflet_design", {"title": "防范电信诈骗", "active": True})
    run = store.save(
        "print_run",
        {
            "design": design["uuid"],
            "printed_on": "2026-01-05",
            "copies": 100,
            "tracking_code": "ABCDEFGH",
            "qr_url": "http://ho/q/ABCDEFGH",
        },
    )
    form = RecordForm(ctx, KINDS["print_run"], run)
    qtbot.addWidget(form)
    assert "tracking_code" not in form.editors
    form.editors["copies"].edit.setText("120")
    assert form.save() is True
    stored = store.get("print_run", run["uuid"])
    assert (stored["copies"], stored["tracking_code"]) == (120, "ABCDEFGH")
    assert stored["qr_url"] == "http://ho/q/ABCDEFGH"
