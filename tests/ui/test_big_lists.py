"""The list model on big stores: keyset pages, counts and slow pages from a worker, rows put in
place after a save, and a list that stays usable while the background work runs."""

from __future__ import annotations

import threading

from desktop.domain.kinds import KINDS
from desktop.store.queries import RecordFilter
from desktop.store.reader import ListReader
from desktop.ui import models
from desktop.ui.models import PAGE, RecordTableModel
from desktop.ui.record_list import RecordListView
from tests.ui.conftest import session_values

SESSION = KINDS["session"]


def make_sessions(store, n, days=3):
    """Sessions on a few days at the same time: their keys tie on all but the uuid."""
    with store.transaction():
        for i in range(n):
            store.save(
                "session",
                session_values(
                    held_on=f"2026-0{1 + i % days}-10",
                    start_time="09:00",
                    place=f"第{i}村",
                    topics=["aml"] if i % 3 else ["telecom_fraud"],
                ),
            )


def all_rows(model):
    return [model.record(r)["uuid"] for r in range(model.rowCount())]


def test_model_pages_by_key_with_fetch_more_every_row_once_in_order(qtmodeltester, store):
    make_sessions(store, 2 * PAGE + 30)
    qtmodeltester.check(RecordTableModel(store, SESSION, "zh_CN"))
    model = RecordTableModel(store, SESSION, "zh_CN")
    assert model.rowCount() == PAGE and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.total == model.rowCount() == 2 * PAGE + 30
    expected = [r["uuid"] for r in store.query("session", limit=10_000)]
    assert all_rows(model) == expected and len(set(expected)) == len(expected)


def test_rows_are_read_again_when_their_page_left_the_cache(store, monkeypatch):
    monkeypatch.setattr(models, "CACHED_PAGES", 2)
    make_sessions(store, 5 * PAGE)
    model = RecordTableModel(store, SESSION, "zh_CN")
    while model.canFetchMore():
        model.fetchMore()
    assert len(model._pages) <= 2, "only keys are kept for the rest"
    expected = [r["uuid"] for r in store.query("session", limit=10_000)]
    assert all_rows(model) == expected
    assert model.data(model.index(3, 2)) == store.query("session", limit=4)[3]["place"]


def test_count_and_first_page_arrive_from_the_worker_when_over_the_budget(qtbot, store):
    make_sessions(store, 300)
    model = RecordTableModel(store, SESSION, "zh_CN", budget=0)
    with qtbot.waitSignal(model.counted, timeout=5000) as counted:
        pass  # started by the constructor
    assert counted.args == [300]
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    assert model.rowCount() == PAGE and model.total == 300
    with qtbot.waitSignals([model.counted], timeout=5000):
        model.set_filter(RecordFilter(equals={"topics": "telecom_fraud"}))
        assert model.total is None and model.rowCount() == 0 and model.busy
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    assert model.total == 100 == model.rowCount()
    model.wait_for_background()


def test_the_list_says_counting_then_the_count_and_stays_usable(qtbot, ctx, monkeypatch):
    make_sessions(ctx.store, 250)
    gate = threading.Event()
    slow_count = ListReader.count

    def held_count(self, kind, flt):
        gate.wait(10)  # a count of a million rows: still running while the user works
        return slow_count(self, kind, flt)

    monkeypatch.setattr(ListReader, "count", held_count)
    monkeypatch.setattr(models, "UI_BUDGET_S", 0.0)
    view = RecordListView(ctx, SESSION)
    qtbot.addWidget(view)
    view.show()
    assert view.model.total is None
    assert view.count_label.text() == "counting…"
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE, timeout=5000)  # the page came first
    # The user goes on: selects a row, opens nothing yet, types a search.
    view.table.selectRow(5)
    assert view.selected()["uuid"] == view.model.record(5)["uuid"]
    assert view.edit_button.isEnabled()
    with qtbot.waitSignal(view.model.counted, timeout=5000):
        gate.set()
    assert view.count_label.text() == "250 record(s)"
    assert not view.busy.isVisible()
    view.model.wait_for_background()


def test_a_newer_filter_makes_the_older_results_stale(qtbot, store, monkeypatch):
    make_sessions(store, 300)
    gate = threading.Event()
    original = ListReader.count

    def first_held(self, kind, flt):
        if not flt.equals:
            gate.wait(10)
        return original(self, kind, flt)

    monkeypatch.setattr(ListReader, "count", first_held)
    model = RecordTableModel(store, SESSION, "zh_CN", budget=0)
    model.set_filter(RecordFilter(equals={"topics": "telecom_fraud"}))
    qtbot.waitUntil(lambda: model.total == 100 and not model.busy, timeout=5000)
    gate.set()
    model.wait_for_background()
    qtbot.wait(50)
    assert model.total == 100 and model.rowCount() == 100


def test_a_slow_page_shows_the_busy_indicator_until_it_arrives(qtbot, ctx, monkeypatch):
    make_sessions(ctx.store, 50)
    gate = threading.Event()
    original = ListReader.page

    def held_page(self, *args):
        gate.wait(10)
        return original(self, *args)

    monkeypatch.setattr(ListReader, "page", held_page)
    view = RecordListView(ctx, SESSION)
    qtbot.addWidget(view)
    view.show()
    view.model.budget = 0
    view.search.setText("村")
    view.apply_filter()
    assert view.busy.isVisible() and view.model.rowCount() == 0
    gate.set()
    qtbot.waitUntil(lambda: not view.busy.isVisible(), timeout=5000)
    assert view.model.rowCount() == 50
    view.model.wait_for_background()


def test_after_a_save_the_row_is_put_in_place_without_reading_the_list_again(store, monkeypatch):
    make_sessions(store, PAGE + 20)
    model = RecordTableModel(store, SESSION, "zh_CN")
    model.fetchMore()
    reads = []
    monkeypatch.setattr(model, "reload", lambda: reads.append("reload"))
    new = store.save("session", session_values(held_on="2026-02-10", start_time="10:00"))
    model.record_changed(new["uuid"])
    moved = model.record(0)
    store.save("session", {**moved, "held_on": "2026-01-10"}, uuid=moved["uuid"])
    model.record_changed(moved["uuid"])
    gone = model.record(7)
    store.delete("session", gone["uuid"])
    model.record_changed(gone["uuid"])
    assert reads == []
    assert all_rows(model) == [r["uuid"] for r in store.query("session", limit=10_000)]
    assert model.total == store.count("session") == PAGE + 20
    # a record saved that the filter does not take is left out
    model.filter = RecordFilter(equals={"topics": "aml"})
    other = store.save("session", session_values(held_on="2026-03-10", topics=["counterfeit"]))
    before = model.rowCount()
    model.record_changed(other["uuid"])
    assert model.rowCount() == before
