"""The field laptop's home page: this month's figures against counts of our own, follow-ups due,
designs running low, records sent back, the sync line, the first-use hint; the window opens on
it (a supervisor's on Review)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.review import Action
from desktop.store import reviews
from desktop.ui.context import UiContext
from desktop.ui.home import HomePage, read
from desktop.ui.main_window import MainWindow
from tests.ui.review import conftest as review
from tests.ui.review.conftest import send

#: The review tests' stores: an officer's laptop of team A and a supervisor's.
officer, supervisor, made = review.officer, review.supervisor, review.made


def visit(on: str, **more: object) -> dict[str, object]:
    return {
        "visited_on": on,
        "village": "赵庄",
        "group": "elderly",
        "outcome": "done",
        "services": ["account_activation"],
        **more,
    }


def fill(store, today: dt.date) -> dict[str, str]:
    this = today.replace(day=1).isoformat()
    last = (today.replace(day=1) - dt.timedelta(days=1)).isoformat()
    design = store.save(
        "leaflet_design", {"title": "防范电信诈骗", "active": True, "low_stock": 100}
    )
    store.save("print_run", {"design": design["uuid"], "printed_on": last, "copies": 120})
    store.save("leaflet_design", {"title": "从未印过", "active": True, "low_stock": 100})
    s = {"place": "王家村", "venue_kind": "village", "topics": ["aml"]}
    one = store.save("session", {**s, "held_on": this, "audience": 40})
    store.set_handouts(one["uuid"], {design["uuid"]: 30})
    two = store.save("session", {**s, "held_on": today.isoformat(), "audience": 25})
    store.set_handouts(two["uuid"], {design["uuid"]: 5})
    store.save("session", {**s, "held_on": last, "audience": 99})  # last month
    gone = store.save("session", {**s, "held_on": this, "audience": 77})
    store.delete("session", gone["uuid"])
    store.save("visit", visit(this, village="李庄"))  # another village: no follow-up of 赵庄
    store.save("visit", visit(last, follow_up_on=this))  # due, not followed up yet
    return {"session": one["uuid"]}


def sql_counts(store, today: dt.date) -> dict[str, int]:
    first, day = today.replace(day=1).isoformat(), today.isoformat()
    q = store.conn.execute
    live = "deleted = 0 AND held_on BETWEEN ? AND ?"
    return {
        "sessions": q(f"SELECT count(*) FROM sessions WHERE {live}", (first, day)).fetchone()[0],
        "audience": q(
            f"SELECT coalesce(sum(audience), 0) FROM sessions WHERE {live}", (first, day)
        ).fetchone()[0],
        "leaflets": q(
            "SELECT coalesce(sum(h.count), 0) FROM handouts h JOIN sessions s"
            " ON s.uuid = h.session WHERE h.deleted = 0 AND s.deleted = 0"
            " AND s.held_on BETWEEN ? AND ?",
            (first, day),
        ).fetchone()[0],
        "visits": q(
            "SELECT count(*) FROM visits WHERE deleted = 0 AND visited_on BETWEEN ? AND ?",
            (first, day),
        ).fetchone()[0],
    }


def test_the_month_figures_equal_our_own_counts(store, today) -> None:
    fill(store, today)
    facts = read(store, "en", today)
    expected = sql_counts(store, today)
    assert facts.values == expected
    assert expected["audience"] == 65 and expected["leaflets"] == 35  # not last month, not deleted
    assert facts.follow_ups_due == 1
    assert [t for t, _n, _b in facts.low] == ["防范电信诈骗"]  # 85 left of 100; never printed: not
    assert not facts.empty and not facts.enrolled


def test_the_page_shows_them_and_a_card_opens_the_month(qtbot, store, today) -> None:
    fill(store, today)
    window = MainWindow(UiContext(store, "en"))
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.home
    assert window.nav.item(0).text() == "Home"
    home = window.home
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.facts is not None, timeout=10_000)
    assert home.cards["sessions"].number.text() == "2"
    assert "防范电信诈骗" in home.low.text() and "从未印过" not in home.low.text()
    assert "Not connected to head office" in home.sync_line.text()
    home.cards["sessions"].clicked.emit()
    assert window.stack.currentWidget() is window.lists["session"]
    assert window.lists["session"].model.total == 2


def test_a_sent_back_record_shows_and_opens_the_todo(qtbot, officer, supervisor, made) -> None:
    reviews.review(supervisor, None, made["s1"], Action.SEND_BACK, "人数与签到表不符")
    send(supervisor, officer)
    window = MainWindow(UiContext(officer, "en"))
    qtbot.addWidget(window)
    home = window.home
    assert home is not None
    qtbot.waitUntil(lambda: home.facts is not None, timeout=10_000)
    assert home.facts.sent_back == 1
    assert "1" in home.sent_back.text()
    home.sent_back.click()
    assert window.stack.currentWidget() is window.todo


def test_a_supervisor_window_has_no_home_and_opens_on_review(qtbot, supervisor) -> None:
    boss = MainWindow(UiContext(supervisor, "en"))
    qtbot.addWidget(boss)
    assert boss.home is None and boss.stack.currentWidget() is boss.review


def test_an_empty_store_shows_the_first_use_hint(qtbot, store) -> None:
    window = MainWindow(UiContext(store, "en"))
    qtbot.addWidget(window)
    home = window.home
    assert home is not None
    qtbot.waitUntil(lambda: home.facts is not None, timeout=10_000)
    assert home.pages.currentWidget() is home.empty_page
