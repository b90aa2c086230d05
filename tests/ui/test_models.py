"""The list model reads pages lazily and filters in SQL."""

from __future__ import annotations

from desktop.domain.kinds import KINDS
from desktop.store.queries import RecordFilter
from desktop.ui.models import PAGE, RecordTableModel
from tests.ui.conftest import session_values


def make_sessions(store, n):
    with store.transaction():
        for i in range(n):
            venue = "school" if i % 5 == 0 else "village"
            day = f"2026-{1 + i % 9:02d}-{1 + i % 27:02d}"
            store.save(
                "session", session_values(held_on=day, venue_kind=venue, place=f"村{i}", audience=i)
            )


def test_model_passes_qt_checks_and_fetches_by_page(qtmodeltester, store):
    make_sessions(store, PAGE + 50)
    qtmodeltester.check(RecordTableModel(store, KINDS["session"], "zh_CN"))
    model = RecordTableModel(store, KINDS["session"], "zh_CN")
    assert model.total == PAGE + 50
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE + 50
    assert not model.canFetchMore()
    dates = [model.record(r)["held_on"] for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_filters_are_applied_by_the_store(store):
    make_sessions(store, 50)
    model = RecordTableModel(store, KINDS["session"], "zh_CN")
    model.set_filter(RecordFilter(equals={"venue_kind": "school"}))
    assert model.total == 10
    texts = {model.data(model.index(r, 4)) for r in range(model.rowCount())}
    assert texts == {"进校园"}
    model.set_filter(RecordFilter(date_from="2026-09-01", date_to="2026-09-30"))
    assert (
        model.total
        == store.count("session", RecordFilter(date_from="2026-09-01", date_to="2026-09-30"))
        > 0
    )
