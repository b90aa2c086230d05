"""Filing a report keeps its figures and the records it counted; a later edit, deletion, move
or late record inside the filed selection shows as "changed since filed", the filed figures
stay as they were, and a report whose parts have not all arrived says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.kinds import KINDS
from desktop.report import filing
from desktop.report.figures import build
from desktop.report.periods import Period
from desktop.report.scope import Scope, Selection, resolve
from desktop.store.store import Store
from tests.report.conftest import Made, writable_copy


@pytest.fixture
def store(filled: Made, tmp_path: Path) -> Iterator[Store]:
    """A copy of the generated supervisor store, for writing in."""
    copy = writable_copy(filled, tmp_path / "copy")
    yield copy
    copy.close()


def selection(store: Store, scope: Scope | None = None, approved: bool = False) -> Selection:
    scope = scope or Scope()
    return Selection(Period.named("2026Q1"), resolve(store.conn, scope), approved, scope)


def independent_count(store: Store, sel: Selection) -> int:
    """Records of the reviewed kinds the selection counts, in SQL of our own."""
    total = 0
    for table, date in (
        ("sessions", "held_on"),
        ("consultations", "asked_on"),
        ("visits", "visited_on"),
        ("print_runs", "printed_on"),
    ):
        sql = f"SELECT count(*) FROM {table} WHERE deleted = 0 AND {date} BETWEEN ? AND ?"
        params: list[object] = [sel.period.first, sel.period.last]
        if sel.teams is not None:
            sql += f" AND team IN ({','.join('?' * len(sel.teams))})"
            params += list(sel.teams)
        total += store.conn.execute(sql, params).fetchone()[0]
    return total


def first_session(store: Store, sel: Selection) -> dict:
    where, params = sel.where("session")
    (uuid,) = store.conn.execute(
        f"SELECT r.uuid FROM sessions r WHERE {where} ORDER BY r.uuid LIMIT 1", params
    ).fetchone()
    record = store.get("session", uuid)
    assert record is not None
    return record


def test_a_filed_report_keeps_its_figures_and_records(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filing, "PART_LINES", 10)  # several parts on this small store
    sel = selection(store, Scope(branch="城关支行"))
    report = build(store, sel, "zh_CN")
    filed = filing.file_report(store, report, "城关支行 2026年第一季度 宣传工作报告")
    assert filed["records_count"] == independent_count(store, sel) > filing.PART_LINES
    parts = store.conn.execute(
        "SELECT count(*) FROM filed_report_parts WHERE report = ?", (filed["uuid"],)
    ).fetchone()[0]
    assert parts == filed["parts"] == -(-filed["records_count"] // filing.PART_LINES)
    # It is waiting to go to head office, as any record.
    kinds = {k for (k,) in store.conn.execute("SELECT kind FROM outbox")}
    assert {"filed_report", "filed_report_part"} <= kinds
    assert filing.filed_figures(filed)["figures"]["sessions"] == report.value("sessions")
    assert filing.selection_of(filed) == sel
    assert [r["uuid"] for r in filing.filed_reports(store)] == [filed["uuid"]]
    nothing = filing.since_filed(store, filed)
    assert (nothing.changed, nothing.added, nothing.complete) == (0, 0, True)


def test_later_changes_inside_the_filed_selection_show(store: Store) -> None:
    sel = selection(store)
    filed = filing.file_report(store, build(store, sel, "zh_CN"), "全行 2026年第一季度")
    before = filing.filed_figures(filed)["figures"]["audience"]
    edited = first_session(store, sel)
    store.save(
        "session",
        {
            **{f: edited[f] for f in KINDS["session"].field_names},
            "audience": edited["audience"] + 7,
        },
        uuid=edited["uuid"],
    )
    gone = store.get(
        "consultation",
        store.conn.execute(
            f"SELECT r.uuid FROM consultations r WHERE {sel.where('consultation')[0]} LIMIT 1",
            sel.where("consultation")[1],
        ).fetchone()[0],
    )
    assert gone is not None
    store.delete("consultation", gone["uuid"])
    late = store.save(
        "visit",
        {
            "visited_on": "2026-02-10",
            "village": "赵庄",
            "group": "elderly",
            "services": ["account_activation"],
            "outcome": "done",
        },
    )
    # Outside the filed period: not a change of the filed report.
    store.save(
        "visit",
        {
            "visited_on": "2026-05-10",
            "village": "赵庄",
            "group": "elderly",
            "services": ["account_activation"],
            "outcome": "done",
        },
    )
    since = filing.since_filed(store, filed)
    assert (since.changed, since.added, since.complete) == (2, 1, True)
    assert since.records == 3 and since.filed_on == filed["filed_on"]
    # The filed figures stay; the figures now differ by the edit.
    assert filing.filed_figures(filed)["figures"]["audience"] == before
    now = build(store, filing.selection_of(filed), "zh_CN")
    assert now.value("audience") == before + 7
    assert late["uuid"]


def test_a_report_with_a_part_missing_is_not_complete(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filing, "PART_LINES", 10)
    sel = selection(store, Scope(("青山队",)))
    filed = filing.file_report(store, build(store, sel, "zh_CN"), "青山队 2026年第一季度")
    assert filed["parts"] >= 2
    store.conn.execute(
        "UPDATE filed_report_parts SET deleted = 1 WHERE report = ? AND number = 0",
        (filed["uuid"],),
    )
    since = filing.since_filed(store, filed)
    assert not since.complete


def test_approved_only_counts_a_later_approval_as_added(store: Store) -> None:
    from desktop.domain.review import Action
    from desktop.store import reviews

    sel = selection(store, approved=True)
    filed = filing.file_report(store, build(store, sel, "zh_CN"), "已审核")
    where, params = Selection(sel.period, sel.teams, False, sel.scope).where("session")
    waiting = store.conn.execute(
        f"SELECT r.uuid FROM sessions r LEFT JOIN review_state q ON q.uuid = r.uuid WHERE {where}"
        " AND coalesce(q.state, 'received') = 'received' LIMIT 1",
        params,
    ).fetchone()[0]
    reviews.review(store, "session", waiting, Action.APPROVE)
    since = filing.since_filed(store, filed)
    assert (since.changed, since.added) == (0, 1)


def test_filing_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure half-way (the third save: a part) leaves no report and no part."""
    monkeypatch.setattr(filing, "PART_LINES", 10)
    sel = selection(store)
    report = build(store, sel, "zh_CN")
    real_save = store.save
    calls = {"n": 0}

    def failing_save(kind: str, values: dict, uuid: str | None = None, **kw: object) -> dict:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real_save(kind, values, uuid, **kw)

    monkeypatch.setattr(store, "save", failing_save)
    with pytest.raises(OSError):
        filing.file_report(store, report, "半截")
    assert store.conn.execute("SELECT count(*) FROM filed_reports").fetchone() == (0,)
    assert store.conn.execute("SELECT count(*) FROM filed_report_parts").fetchone() == (0,)
    assert calls["n"] == 3
