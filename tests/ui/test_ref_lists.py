"""The reference-list section shows one list at a time, or all of them grouped by list."""

from __future__ import annotations

from desktop.domain.refdata import REF_LISTS
from desktop.ui.main_window import MainWindow
from desktop.ui.record_form import RecordForm


def rows(view) -> list[dict]:
    while view.model.canFetchMore():
        view.model.fetchMore()
    return [view.model.record(r) for r in range(view.model.rowCount())]


def test_entries_are_grouped_by_list_in_each_lists_order(qtbot, ctx, store):
    store.save(
        "ref_item",
        {"list": "topics", "code": "aaa_first", "label_zh": "新主题", "label_en": "New", "sort": 0},
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.ref_lists
    picker = view.ref_filters["list"]
    first = next(iter(REF_LISTS))
    assert picker.currentData() == first  # one list to start with
    shown = rows(view)
    assert shown and {r["list"] for r in shown} == {first}
    assert shown == sorted(shown, key=lambda r: (r["sort"], r["code"]))
    assert view.table.isColumnHidden(0)  # the list column says nothing here

    picker.setCurrentIndex(picker.findData("topics"))
    topics = rows(view)
    assert {r["list"] for r in topics} == {"topics"}
    assert [r["code"] for r in topics] == [
        i["code"] for i in store.ref_items("topics", include_inactive=True)
    ]

    picker.setCurrentIndex(picker.findData(""))  # all lists
    everything = rows(view)
    assert len(everything) == store.count("ref_item")
    order = list(REF_LISTS)
    lists = [r["list"] for r in everything]
    assert lists == sorted(lists, key=order.index)  # one block per list, in REF_LISTS order
    for name in order:
        block = [r for r in everything if r["list"] == name]
        assert block == sorted(block, key=lambda r: (r["sort"], r["code"]))
    assert not view.table.isColumnHidden(0)


def test_a_new_entry_goes_into_the_list_shown(qtbot, ctx, store, monkeypatch):
    opened: list[RecordForm] = []
    monkeypatch.setattr(RecordForm, "exec", lambda form: opened.append(form) or 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.ref_lists
    picker = view.ref_filters["list"]
    picker.setCurrentIndex(picker.findData("campaigns"))
    view.new_record()
    assert opened[0].editors["list"].value() == "campaigns"
