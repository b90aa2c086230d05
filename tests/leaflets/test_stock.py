"""Stock on hand = printed - handed out, through print runs and sessions' hand-outs.

Every step goes through the store's own API, as the window and the CLI do.
"""

from __future__ import annotations

from desktop.leaflets import designs, jobs


def session(store, place: str, held_on: str = "2026-03-15") -> str:
    values = {
        "held_on": held_on,
        "place": place,
        "venue_kind": "village",
        "topics": ["telecom_fraud"],
        "audience": 60,
    }
    return str(store.save("session", values)["uuid"])


def stock_of(store, uuid: str) -> tuple[int, int, int, bool]:
    (row,) = [r for r in store.stock() if r["uuid"] == uuid]
    return row["printed"], row["handed_out"], row["on_hand"], row["low"]


def test_stock_follows_print_runs_and_hand_outs_through_edits_and_deletions(shipped) -> None:
    telecom = designs.find_design(shipped, "telecom-zh")  # warns below 300
    fraud = telecom["uuid"]
    other = designs.find_design(shipped, "counterfeit-zh")["uuid"]
    assert stock_of(shipped, fraud) == (0, 0, 0, False), "never printed: unused, not low"

    first = jobs.record_run(shipped, jobs.plan_job(shipped, telecom, 500))
    jobs.record_run(shipped, jobs.plan_job(shipped, telecom, 200))
    assert stock_of(shipped, fraud) == (700, 0, 700, False)

    village = session(shipped, "王家村")
    market = session(shipped, "城关农贸市场")
    shipped.set_handouts(village, {fraud: 120, other: 0})
    shipped.set_handouts(market, {fraud: 250})
    assert stock_of(shipped, fraud) == (700, 370, 330, False)
    assert stock_of(shipped, other) == (0, 0, 0, False), "a zero count hands nothing out"

    # Correcting a session's count replaces it, never adds to it.
    shipped.set_handouts(village, {fraud: 150})
    assert stock_of(shipped, fraud) == (700, 400, 300, False)
    shipped.set_handouts(market, {fraud: 260})
    assert stock_of(shipped, fraud) == (700, 410, 290, True), "below 300: low"

    # Editing the session itself leaves its hand-outs alone.
    record = shipped.get("session", market)
    shipped.save("session", {**record, "audience": 80}, uuid=market)
    assert stock_of(shipped, fraud)[1] == 410

    # Setting a count back to zero, deleting a session: those leaflets are back on hand.
    shipped.set_handouts(village, {fraud: 0})
    assert stock_of(shipped, fraud) == (700, 260, 440, False)
    shipped.delete("session", market)
    assert stock_of(shipped, fraud) == (700, 0, 700, False)

    # A print run entered by mistake and deleted no longer counts.
    shipped.delete("print_run", first["uuid"])
    assert stock_of(shipped, fraud) == (200, 0, 200, True)


def test_designs_in_use_come_first_and_retired_ones_still_show_stock(shipped) -> None:
    english = [r for r in shipped.stock() if not r["active"]]
    assert len(english) == 6
    assert not any(r["low"] for r in english), "never printed: unused, not running low"
    assert all(r["active"] for r in shipped.stock()[:6]), "designs in use are listed first"
