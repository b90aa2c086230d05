"""A field laptop's to-do list: records sent back with the comment, the record's own form
with the comment above it, the answer saved; and the window's sections for each role."""

from __future__ import annotations

from desktop.domain.review import Action, ReviewState
from desktop.store import reviews
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.review.todo import TodoView
from tests.ui.review.conftest import send


def sent_back(officer, supervisor, uuid: str, comment: str = "人数与签到表不符") -> None:
    reviews.review(supervisor, None, uuid, Action.SEND_BACK, comment)
    send(supervisor, officer)


def test_the_todo_lists_a_sent_back_record_and_saves_an_answer(
    qtbot, officer, supervisor, made
) -> None:
    sent_back(officer, supervisor, made["s1"])
    view = TodoView(UiContext(officer, "en"))
    qtbot.addWidget(view)
    assert view.table.rowCount() == 1
    cells = [view.table.item(0, c).text() for c in range(5)]
    assert cells == ["2026-03-01", "Outreach session", "王家村", "李主任", "人数与签到表不符"]
    view.answer_selected()
    dialog = view.comment_dialog
    assert dialog is not None and not dialog.ok.isEnabled()  # an answer must say something
    dialog.comment.setPlainText("签到表是 40 人")
    dialog.ok.click()
    thread = reviews.thread(officer, None, made["s1"])
    assert [(e.action, e.comment, e.who) for e in thread][-1] == (
        Action.ANSWER,
        "签到表是 40 人",
        "王芳",
    )
    # The record is unchanged and still waits for its correction.
    assert officer.get("session", made["s1"])["revision"] == 1
    assert view.table.rowCount() == 1
    send(officer, supervisor)
    assert reviews.thread(supervisor, None, made["s1"])[-1].comment == "签到表是 40 人"


def test_opening_one_shows_the_comment_above_its_form_and_the_fix_clears_it(
    qtbot, officer, supervisor, made
) -> None:
    sent_back(officer, supervisor, made["s1"])
    view = TodoView(UiContext(officer, "en"))
    qtbot.addWidget(view)
    form = view.open_selected()
    assert form is not None and form.isVisible()
    banner = form.findChild(type(view.empty), "review_comment")
    assert banner is not None
    assert "李主任" in banner.text() and "人数与签到表不符" in banner.text()
    form.editors["audience"].set_value(85)
    assert form.save()
    assert reviews.state(officer, None, made["s1"]) is ReviewState.CORRECTED
    assert view.table.rowCount() == 0 and not view.empty.isHidden()


def test_a_field_window_has_the_todo_entry_and_a_supervisor_opens_on_review(
    qtbot, officer, supervisor, made
) -> None:
    sent_back(officer, supervisor, made["s1"])
    field = MainWindow(UiContext(officer, "en"))
    qtbot.addWidget(field)
    assert field.review is None and field.todo is not None
    entry = field.nav.item(field.stack.indexOf(field.todo))
    assert entry.text() == "Sent back 1"
    boss = MainWindow(UiContext(supervisor, "en"))
    qtbot.addWidget(boss)
    assert boss.todo is None and boss.stack.currentWidget() is boss.review
    assert boss.nav.item(0).text() == "Review"
