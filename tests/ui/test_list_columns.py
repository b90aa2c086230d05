"""The session list fits a 1280-px window in English and Chinese: no column off the edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.demo import fill_demo
from desktop.i18n import Translator
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.models import ELIDED_TYPES


@pytest.fixture
def zh(qapp):
    translator = Translator("zh_CN")
    translator.install(qapp)
    yield
    qapp.removeTranslator(translator.qt)


def shown_window(qtbot, ctx, width: int = 1280) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(width, 800)
    window.show()
    window.open_section("session")  # (a field window opens on its home page)
    qtbot.waitExposed(window)
    return window


def right_edges(view) -> dict[str, int]:
    header = view.table.horizontalHeader()
    return {
        f.name: header.sectionViewportPosition(c) + header.sectionSize(c)
        for c, f in enumerate(view.model.columns)
    }


def check_fits(view) -> None:
    viewport = view.table.viewport().width()
    edges = right_edges(view)
    assert max(edges.values()) <= viewport, edges
    assert not view.table.horizontalScrollBar().isVisible()
    header = view.table.horizontalHeader()
    for c, f in enumerate(view.model.columns):
        if view.table.isColumnHidden(c):
            continue
        wanted = max(view.table.sizeHintForColumn(c), header.sectionSizeHint(c))
        if f.type in ELIDED_TYPES:  # narrowed perhaps, but readable
            assert header.sectionSize(c) >= min(wanted, 90), f.name
        else:  # dates, times and counts are never cut
            assert header.sectionSize(c) >= view.table.sizeHintForColumn(c), f.name


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_session_list_fits_1280_px(qtbot, store, request, lang):
    if lang == "zh_CN":
        request.getfixturevalue("zh")
    fill_demo(store)
    window = shown_window(qtbot, UiContext(store, lang))
    view = window.lists["session"]
    check_fits(view)
    names = [f.name for f in view.model.columns]
    assert {"audience", "consultation_count"} <= set(names)
    # The place takes what is left, at least what its rows need (within reason).
    place = names.index("place")
    header = view.table.horizontalHeader()
    assert header.sectionResizeMode(place) == header.ResizeMode.Stretch
    assert header.sectionSize(place) >= min(view.table.sizeHintForColumn(place), 220)


def test_long_text_elides_and_says_it_whole_in_tooltips(qtbot, ctx, store):
    fill_demo(store)
    window = shown_window(qtbot, ctx)
    view = window.lists["session"]
    model = view.model
    column = [f.name for f in model.columns].index("consultation_count")
    header_text = model.headerData(column, Qt.Orientation.Horizontal)
    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header_text == "Consultations" and tip == "Consultations answered"
    topics = [f.name for f in model.columns].index("topics")
    longest = max(range(model.rowCount()), key=lambda r: len(model.index(r, topics).data()))
    index = model.index(longest, topics)
    assert view.table.columnWidth(topics) < view.table.sizeHintForColumn(topics)  # elided
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


def test_a_wider_window_gives_the_room_to_the_columns(qtbot, ctx, store):
    fill_demo(store)
    window = shown_window(qtbot, ctx)
    view = window.lists["session"]
    narrow = right_edges(view)
    window.resize(1800, 800)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1500)
    wide = right_edges(view)
    assert wide["consultation_count"] == view.table.viewport().width()
    assert wide["topics"] - wide["campaign"] >= narrow["topics"] - narrow["campaign"]


def test_widths_set_by_hand_stay(qtbot, ctx, store):
    fill_demo(store)
    window = shown_window(qtbot, ctx)
    view = window.lists["session"]
    header = view.table.horizontalHeader()
    topics = [f.name for f in view.model.columns].index("topics")
    header.resizeSection(topics, 300)  # as a drag on the header does
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1100)
    assert header.sectionSize(topics) == 300


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_other_lists_fit_too(qtbot, store, request, lang):
    if lang == "zh_CN":
        request.getfixturevalue("zh")
    fill_demo(store)
    window = shown_window(qtbot, UiContext(store, lang))
    for name in ("consultation", "visit"):
        window.nav.setCurrentRow(list(window.sections).index(name))
        check_fits(window.lists[name])


def test_filtering_and_picking_a_list_keep_the_fit(qtbot, ctx, store):
    fill_demo(store)
    window = shown_window(qtbot, ctx)
    sessions = window.lists["session"]
    combo = sessions.ref_filters["venue_kind"]
    combo.setCurrentIndex(combo.findData("school"))
    combo.setCurrentIndex(0)
    assert not sessions._sized_by_hand
    check_fits(sessions)
    window.nav.setCurrentRow(list(window.sections).index("ref_lists"))
    lists = window.ref_lists
    picker = lists.ref_filters["list"]
    picker.setCurrentIndex(picker.findData(""))
    picker.setCurrentIndex(picker.findData("topics"))
    assert not lists._sized_by_hand
    check_fits(lists)
