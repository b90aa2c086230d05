"""The supervisor's review log in the window: one list across kinds, filters, the review keys,
multi-select approve, the detail pane, refusals in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from desktop.domain.review import Action, ReviewState
from desktop.store import branches, review_log, reviews
from desktop.store.store import Store
from desktop.ui.context import UiContext
from desktop.ui.review.log import ReviewLogView
from tests.ui.review.conftest import send, session


def make_view(qtbot, store: Store, lang: str = "en") -> ReviewLogView:
    view = ReviewLogView(UiContext(store, lang))
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    return view


def listed(view: ReviewLogView) -> list[str]:
    return [view.model.uuid_at(r) for r in range(view.model.rowCount())]


def choose(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_log_lists_every_kind_newest_first(qtbot, qtmodeltester, supervisor, made) -> None:
    view = make_view(qtbot, supervisor)
    qtmodeltester.check(view.model)
    assert listed(view) == [made["s2"], made["v1"], made["c1"], made["s1"]]
    texts = [view.model.data(view.model.index(0, c)) for c in range(6)]
    assert texts == ["2026-03-05", "Outreach session", "B", "张伟", "李家镇集市", "Received"]
    assert view.model.data(view.model.index(1, 1)) == "Special-group visit"
    assert view.count_label.text() == "4 record(s)"
    counts = view.counts_label.text()
    assert "waiting for review 2" in counts and "sent back, not yet fixed 0" in counts


def test_each_filter_narrows_the_log(qtbot, supervisor, made) -> None:
    view = make_view(qtbot, supervisor)
    choose(view.kind_filter, "session")
    assert listed(view) == [made["s2"], made["s1"]]
    choose(view.kind_filter, "")
    choose(view.team_filter, "A")
    assert listed(view) == [made["c1"], made["s1"]]
    choose(view.team_filter, "")
    choose(view.officer_filter, "张伟")
    assert listed(view) == [made["s2"], made["v1"]]
    choose(view.officer_filter, "")
    view.date_from.setDate(QDate(2026, 3, 3))
    view.date_to.setDate(QDate(2026, 3, 4))
    assert listed(view) == [made["v1"], made["c1"]]
    view.date_from.setDate(view.date_from.minimumDate())
    view.date_to.setDate(view.date_to.minimumDate())
    view.search.setText("集市")  # two characters
    view.apply_filter()
    assert listed(view) == [made["s2"]]
    view.search.setText("利率怎么")  # through the trigram index
    view.apply_filter()
    assert listed(view) == [made["c1"]]
    view.search.clear()
    view.apply_filter()
    assert len(listed(view)) == 4


def test_a_key_approves_and_the_state_filter_follows(qtbot, supervisor, made) -> None:
    view = make_view(qtbot, supervisor)
    choose(view.state_filter, ReviewState.RECEIVED.value)
    assert len(listed(view)) == 4
    view.table.setFocus()
    view.select_rows([0])
    assert made["s2"] in view.detail.toPlainText() or "李家镇集市" in view.detail.toPlainText()
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    assert reviews.state(supervisor, None, made["s2"]) is ReviewState.APPROVED
    # Gone from "received", and the next record is selected for the next key.
    assert listed(view) == [made["v1"], made["c1"], made["s1"]]
    assert view.selected()[0]["uuid"] == made["v1"]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.selected()[0]["uuid"] == made["c1"]
    choose(view.state_filter, ReviewState.APPROVED.value)
    assert listed(view) == [made["s2"]]
    assert view.model.data(view.model.index(0, 5)) == "Approved"


def test_select_many_and_approve_them_together(qtbot, supervisor, made) -> None:
    view = make_view(qtbot, supervisor)
    view.select_rows([0, 1, 3])
    assert "3 record(s) selected" in view.detail.toPlainText()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    states = {u: reviews.state(supervisor, None, u) for u in (made["s2"], made["v1"], made["s1"])}
    assert set(states.values()) == {ReviewState.APPROVED}
    assert reviews.state(supervisor, None, made["c1"]) is ReviewState.RECEIVED
    assert "Approved" in view.model.data(view.model.index(0, 5))


def test_approving_many_is_all_or_none(qtbot, supervisor, made) -> None:
    view = make_view(qtbot, supervisor)
    view.select_rows([0, 1])
    before = supervisor.pending_changes()
    supervisor.set_setting(reviews.ROLE_SETTING, "field")  # (as if the role changed meanwhile)
    view.approve_selected()
    box = view.refusal_box
    assert box is not None and box.isVisible()
    assert "Only a supervisor's laptop approves" in box.text()
    assert supervisor.pending_changes() == before
    box.close()


def test_r_sends_back_with_a_required_comment(qtbot, supervisor, made) -> None:
    view = make_view(qtbot, supervisor)
    view.select_rows([3])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    dialog = view.comment_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # nothing written: no send-back
    dialog.accept()
    assert reviews.state(supervisor, None, made["s1"]) is ReviewState.RECEIVED
    dialog.comment.setPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.comment.setPlainText("人数与签到表不符")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    assert reviews.state(supervisor, None, made["s1"]) is ReviewState.NEEDS_CORRECTION
    assert "Needs correction" in view.model.data(view.model.index(3, 5))
    assert "sent back, not yet fixed 1" in view.counts_label.text()
    view.select_rows([3])
    text = view.detail.toPlainText()
    assert "李主任" in text and "Sent back for correction" in text and "人数与签到表不符" in text


def test_detail_pane_shows_the_record_thread_and_changes(qtbot, supervisor, officer, made) -> None:
    uuid = made["s1"]
    reviews.review(supervisor, None, uuid, Action.SEND_BACK, "人数?")
    send(supervisor, officer)
    reviews.review(officer, None, uuid, Action.ANSWER, "签到表是 40 人")
    officer.save(
        "session", session(held_on="2026-03-01", place="王家村村委会", audience=85), uuid=uuid
    )
    send(officer, supervisor)
    view = make_view(qtbot, supervisor)
    row = view.model.row_of(uuid)
    assert row is not None
    view.select_rows([row])
    text = view.detail.toPlainText()
    # The record as its form shows it: labels and list names, not codes.
    assert (
        "Venue kind" in text
        and "Village" in text
        and "village" not in text.split("Venue kind")[1][:3]
    )
    assert "Corrected" in text
    assert "Changed since it was sent back" in text
    assert "Place: 王家村 → 王家村村委会" in text and "Audience: 40 → 85" in text
    assert text.index("人数?") < text.index("签到表是 40 人")
    assert "王芳" in text and "李主任" in text  # officers' names in thread and history
    assert "History" in text and "Received from head office: Place, Audience" in text


def test_chinese_window(qtbot, supervisor, made, tmp_path) -> None:
    view = make_view(qtbot, supervisor, "zh_CN")
    view.select_rows([0])
    assert view.model.rowCount() == 4
    view.grab().save(str(tmp_path / "review_zh.png"))


def test_pages_and_counts_come_from_a_worker_when_over_budget(qtbot, supervisor, made) -> None:
    """Budget 0: every read goes to a worker, as a slow query on a million records would."""
    view = ReviewLogView(UiContext(supervisor, "en"), budget=0)
    qtbot.addWidget(view)
    assert view.model.total is None and view.count_label.text() == "counting…"
    qtbot.waitUntil(lambda: view.model.rowCount() == 4 and view.model.total == 4)
    qtbot.waitUntil(lambda: "waiting for review 2" in view.counts_label.text())
    choose(view.kind_filter, "visit")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.total == 1)
    assert view.model.uuid_at(0) == made["v1"]
    view.model.wait_for_background()


# -- the code filters and the selection kept across a reload -----------------------------------


def generated(tmp_path, supervisor: Store) -> None:
    """A third laptop's records with codes drawn at random, brought in as a pull would."""
    from tests.store.test_review_log import generate

    third = Store(tmp_path / "third")
    third.set_setting("team", "C")
    third.set_setting("author", "赵六")
    generate(third, 30)
    send(third, supervisor)
    third.close()


def independent(store: Store, name: str, code: str) -> set[str]:
    """The filter's answer in plain SQL on the record tables (json_each, not record_codes)."""
    queries = {
        "venue_kind": ["SELECT uuid FROM sessions WHERE deleted = 0 AND venue_kind = ?"],
        "campaign": ["SELECT uuid FROM sessions WHERE deleted = 0 AND campaign = ?"],
        "topic": [
            "SELECT uuid FROM sessions WHERE deleted = 0 AND EXISTS"
            " (SELECT 1 FROM json_each(topics) WHERE value = ?)",
            "SELECT uuid FROM consultations WHERE deleted = 0 AND topic = ?",
        ],
        "special_group": [
            "SELECT uuid FROM consultations WHERE deleted = 0 AND special_group = ?",
            'SELECT uuid FROM visits WHERE deleted = 0 AND "group" = ?',
        ],
    }[name]
    return {u for sql in queries for (u,) in store.conn.execute(sql, (code,))}


def test_each_code_filter_lists_what_sql_counts(qtbot, tmp_path, supervisor, made) -> None:
    generated(tmp_path, supervisor)
    view = make_view(qtbot, supervisor)
    combos = {
        "venue_kind": view.venue_filter,
        "campaign": view.campaign_filter,
        "topic": view.topic_filter,
        "special_group": view.group_filter,
    }
    # List names, not codes.
    assert view.venue_filter.itemText(view.venue_filter.findData("village")) == "Village"
    assert view.group_filter.itemText(view.group_filter.findData("elderly")) == "Elderly"
    assert view.topic_filter.itemText(0) == "All topics"
    tried = 0
    for name, combo in combos.items():
        kinds = set(review_log.CODED[name][1])
        for i in range(1, combo.count()):
            code = combo.itemData(i)
            combo.setCurrentIndex(i)
            want = independent(supervisor, name, code)
            assert set(listed(view)) == want, (name, code)
            assert view.model.total == len(want)
            assert {view.model.row(r)["kind"] for r in range(view.model.rowCount())} <= kinds
            tried += bool(want)
        combo.setCurrentIndex(0)
    assert tried >= 8  # the generated data hits most codes
    assert len(listed(view)) == view.model.total == 4 + 30


def test_the_selection_is_kept_across_a_reload_after_sync(
    qtbot, tmp_path, supervisor, officer, made
) -> None:
    view = make_view(qtbot, supervisor)
    chosen = [view.model.row_of(made["s1"]), view.model.row_of(made["c1"])]
    view.select_rows([r for r in chosen if r is not None])
    assert "2 record(s) selected" in view.detail.toPlainText()
    officer.save("session", session(held_on="2026-03-20", place="新村"))  # a newer row on top
    send(officer, supervisor)
    view.refresh()
    assert len(listed(view)) == 5
    assert {s["uuid"] for s in view.selected()} == {made["s1"], made["c1"]}
    # One of them leaves the filter with the sync: only the other stays selected.
    choose(view.kind_filter, "session")
    choose(view.venue_filter, "village")
    view.select_rows([view.model.row_of(made["s1"]), view.model.row_of(made["s2"])])
    assert len(view.selected()) == 2
    officer.save(
        "session",
        session(held_on="2026-03-01", place="王家村", venue_kind="school"),
        uuid=made["s1"],
    )
    send(officer, supervisor)
    view.refresh()
    assert [s["uuid"] for s in view.selected()] == [made["s2"]]
    assert made["s2"] in view.detail.toPlainText() or "李家镇集市" in view.detail.toPlainText()


def test_the_selection_is_kept_when_the_page_comes_from_a_worker(qtbot, supervisor, made) -> None:
    view = ReviewLogView(UiContext(supervisor, "en"), budget=0)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    view.select_rows([view.model.row_of(made["v1"])])
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4 and not view.model.busy)
    assert [s["uuid"] for s in view.selected()] == [made["v1"]]
    view.model.wait_for_background()


def test_the_branch_filter_shows_when_the_laptop_sees_several_branches(
    qtbot, supervisor, made
) -> None:
    view = make_view(qtbot, supervisor)
    assert view.branch_filter.isHidden()  # head office has named no branch yet
    with supervisor.transaction():
        branches.replace(supervisor.conn, [("A", "青山支行"), ("B", "城关支行")])
    view.refresh_choices()
    assert not view.branch_filter.isHidden()
    assert [view.branch_filter.itemText(i) for i in range(view.branch_filter.count())] == [
        "All branches",
        "城关支行",
        "青山支行",
    ]
    choose(view.branch_filter, "青山支行")
    assert listed(view) == [made["c1"], made["s1"]]
    choose(view.kind_filter, "session")
    assert listed(view) == [made["s1"]]
    # A branch supervisor's laptop sees one branch: nothing to choose.
    with supervisor.transaction():
        branches.replace(supervisor.conn, [("A", "青山支行"), ("B", "青山支行")])
    view.refresh_choices()
    assert view.branch_filter.isHidden()


def test_approving_many_runs_in_a_worker_and_the_list_waits(
    qtbot, monkeypatch, supervisor, made
) -> None:
    """Over INLINE_ACTIONS records, the actions are saved by a worker (its own store): the
    list takes no other action meanwhile, then follows as after an action on this thread."""
    import desktop.ui.review.log as log_module

    monkeypatch.setattr(log_module, "INLINE_ACTIONS", 1)
    view = make_view(qtbot, supervisor)
    choose(view.state_filter, ReviewState.RECEIVED.value)
    view.select_rows([0, 1, 2])
    view.approve_selected()
    assert view.acting and not view.table.isEnabled()
    assert view.count_label.text() == "Saving 3 review(s)…"
    view.approve_selected()  # ignored while the worker saves
    qtbot.waitUntil(lambda: not view.acting, timeout=10_000)
    assert view.table.isEnabled()
    assert listed(view) == [made["s1"]]  # the approved left the "received" filter
    states = {u: reviews.state(supervisor, None, u) for u in (made["s2"], made["v1"], made["c1"])}
    assert set(states.values()) == {ReviewState.APPROVED}
    assert len(reviews.thread(supervisor, None, made["s2"])) == 1
    assert "waiting for review" in view.counts_label.text()


def test_a_refusal_from_the_worker_is_shown_and_nothing_is_saved(
    qtbot, monkeypatch, supervisor, made
) -> None:
    import desktop.ui.review.log as log_module

    monkeypatch.setattr(log_module, "INLINE_ACTIONS", 1)
    view = make_view(qtbot, supervisor)
    view.select_rows([0, 1])
    supervisor.set_setting(reviews.ROLE_SETTING, "field")  # enrolled again as a field laptop
    view.approve_selected()
    qtbot.waitUntil(lambda: not view.acting, timeout=10_000)
    assert view.refusal_box is not None and view.refusal_box.isVisible()
    assert supervisor.conn.execute("SELECT count(*) FROM reviews").fetchone() == (0,)
