"""What head office refuses, and who sees what.

A refused change stays on the laptop with head office's reason and never holds up the rest of
the queue. A field laptop reads and writes its own team's records only; a supervisor reads every
team's; a revoked laptop is told so (401, SyncError "revoked") and keeps what it has not sent.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import requests

from desktop import cli
from desktop.i18n import Translator
from desktop.store import backups, replication
from desktop.store.store import DB_NAME
from sync import protocol
from sync.client import TOKEN, SyncError
from tests.sync.e2e.conftest import MakeLaptop
from tests.sync.e2e.harness import (
    HeadOffice,
    Laptop,
    Ledger,
    consultation_values,
    fields_of,
    session_values,
    settle,
)
from tests.sync.e2e.harness import assert_converged as converged


def _corrupt(laptop: Laptop, uuid: str, **values: object) -> None:
    """Change what the outbox will send for `uuid`, as a bug or a tampered file might."""
    conn = laptop.store.conn
    seq, payload = conn.execute(
        "SELECT seq, payload FROM outbox WHERE uuid = ? AND status = 'pending'", (uuid,)
    ).fetchone()
    conn.execute(
        "UPDATE outbox SET payload = ? WHERE seq = ?",
        (json.dumps({**json.loads(payload), **values}, ensure_ascii=False), seq),
    )


def test_an_invalid_change_is_kept_with_its_reason_and_the_queue_moves_on(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger, capsys: pytest.CaptureFixture
) -> None:
    a1, a2 = laptops("a1", "A"), laptops("a2", "A")
    good = a1.save("session", session_values(place="东村"))
    bad = a1.store.save("session", session_values(place="西村"))  # not in the ledger: refused
    later = a1.save("consultation", consultation_values())
    _corrupt(a1, bad["uuid"], audience=-5, held_on="not a date")
    result = a1.sync()
    assert (result.pushed, result.refused) == (2, 1)
    (kept,) = replication.refused(a1.store)
    assert kept["uuid"] == bad["uuid"] and kept["record"]["place"] == "西村"
    assert kept["reason"]["code"] == protocol.REJECT_INVALID
    assert {i["field"] for i in kept["reason"]["issues"]} == {"audience", "held_on"}
    assert a1.store.pending_changes() == 0
    # `outreach sync` says after every sync what is kept back, and why, in the user's words.
    cli._print_refused(a1.store, Translator("en"))
    said = capsys.readouterr().out.splitlines()
    assert said == [
        "Kept on this laptop, refused by head office (1):",
        "  Outreach session: not a date 西村: Date: Enter a date such as 2026-03-15.; "
        "Audience: Must be at least 0.",
    ]
    # Later changes still go: one bad change never stalls the laptop.
    edited = a1.save("session", {**fields_of("session", good), "audience": 77}, good["uuid"])
    assert a1.sync().pushed == 1
    settle([a1, a2])
    assert a2.store.get("session", bad["uuid"]) is None
    assert a2.store.get("session", edited["uuid"])["audience"] == 77
    assert a2.store.get("consultation", later["uuid"]) is not None
    converged(head_office, "A", [a2], ledger)
    # The laptop that made it still has the refused record, besides all that a2 has.
    held = a1.records()["session"]
    assert held.pop(bad["uuid"])["place"] == "西村"
    assert held == a2.records()["session"]


def test_a_field_laptop_reads_and_writes_only_its_own_team(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    a1, b1 = laptops("a1", "A"), laptops("b1", "B")
    sup = laptops("sup", "A", "supervisor")
    theirs = b1.save("session", session_values(place="乙队的村"))
    mine = a1.save("session", session_values(place="甲队的村"))
    settle([a1, b1, sup])
    team_a, team_b = head_office.team("A"), head_office.team("B")
    assert set(a1.records()["session"]) == {mine["uuid"]}
    assert set(b1.records()["session"]) == {theirs["uuid"]}
    assert {mine["uuid"], theirs["uuid"]} <= set(sup.records()["session"])

    # Team A's token asks for everything: nothing of team B's comes back.
    token = a1.store.setting(TOKEN)
    headers = {protocol.PROTOCOL_HEADER: "1", "Authorization": f"Bearer {token}"}
    page = requests.get(
        f"{head_office.url}{protocol.API}/pull",
        params={"after": 0, "limit": protocol.MAX_PULL_LIMIT},
        headers=headers,
        timeout=30,
    ).json()
    teams = {r["team"] for b in page["batches"] for r in protocol.decode_batch(b)[1]}
    assert team_b not in teams and team_a in teams

    # Laptop a1 writes over team B's record (same uuid): refused as forbidden, B's stays.
    a1.store.save("session", session_values(place="改写乙队"), uuid=theirs["uuid"])
    foreign = a1.store.save("session", session_values(place="冒充乙队"))
    _corrupt(a1, foreign["uuid"], team=team_b)
    result = a1.sync()
    assert result.refused == 2
    reasons = {r["uuid"]: r["reason"]["code"] for r in replication.refused(a1.store)}
    assert reasons == {theirs["uuid"]: "forbidden", foreign["uuid"]: "forbidden"}
    settle([b1, sup])
    assert b1.store.get("session", theirs["uuid"])["place"] == "乙队的村"
    assert head_office.records("B")["session"][theirs["uuid"]]["place"] == "乙队的村"
    assert foreign["uuid"] not in head_office.records("B")["session"]
    converged(head_office, "B", [b1, sup], ledger)


def test_a_revoked_laptop_gets_401_and_keeps_what_it_has_not_sent(
    head_office: HeadOffice, laptops: MakeLaptop
) -> None:
    a1 = laptops("a1", "A")
    a1.save("session", session_values())
    a1.sync()
    head_office.cli("revoke", a1.device_id)
    a1.save("session", session_values(place="李庄"))
    try:
        a1.sync()
    except SyncError as error:
        assert error.code == "revoked" and not error.retry_soon
    else:
        raise AssertionError("a revoked laptop synced")
    assert a1.store.pending_changes() == 1
    token = a1.store.setting(TOKEN)
    answer = requests.get(
        f"{head_office.url}{protocol.API}/pull",
        headers={protocol.PROTOCOL_HEADER: "1", "Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert answer.status_code == 401 and answer.json()["error"] == "revoked"


def test_a_copied_data_folder_is_told_apart_and_nothing_is_lost(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger, tmp_path: Path
) -> None:
    """A data folder copied to a second laptop shares the first's identity and numbering:
    head office refuses a change whose number already holds another one (instead of taking
    it for a resend and dropping it), and the copy, enrolled again, sends it under its own."""
    a1, a2 = laptops("a1", "A"), laptops("a2", "A")
    a1.save("session", session_values(place="复制前的村"))
    settle([a1, a2])
    copy = tmp_path / "copy"
    copy.mkdir()
    with sqlite3.connect(copy / DB_NAME) as target:
        a1.store.conn.backup(target)
    twin = Laptop("twin", copy, ledger)
    assert twin.device_id == a1.device_id
    a1.save("session", session_values(place="原来的笔记本"))
    twin.save("session", session_values(place="复制的笔记本"))
    assert a1.sync().pushed == 1
    clash = twin.sync()
    assert (clash.pushed, clash.refused) == (0, 1)
    (kept,) = replication.refused(twin.store)
    assert kept["reason"]["code"] == protocol.REJECT_CLASH
    assert kept["record"]["place"] == "复制的笔记本"

    twin.enrol(head_office, "A")  # a new code: a new identity
    assert twin.device_id != a1.device_id
    replication.retry_refused(twin.store)
    assert twin.sync().pushed == 1
    settle([a1, a2, twin])
    converged(head_office, "A", [a1, a2, twin], ledger)
    twin.close()


def test_a_laptop_put_back_from_its_daily_copy_loses_nothing(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    """The store is damaged; `outreach restore` puts yesterday's copy back. What was sent since
    comes back from head office, and what is recorded now is taken as new (its numbers skip
    those used after the copy)."""
    a1, a2 = laptops("a1", "A"), laptops("a2", "A")
    a1.save("session", session_values(place="复制前的村"))
    settle([a1, a2])
    backups.make(a1.store.path, a1.folder)
    for place in ("复制后一村", "复制后二村"):
        a1.save("session", session_values(place=place))
    assert a1.sync().pushed == 2
    a1.close()
    backups.restore(a1.folder / DB_NAME, a1.folder)

    back = Laptop("a1", a1.folder, ledger)
    try:
        back.save("session", session_values(place="恢复后的村"))
        result = back.sync()
        assert (result.pushed, result.refused) == (1, 0)
        settle([back, a2])
        converged(head_office, "A", [back, a2], ledger)
        places = {r["place"] for r in back.records()["session"].values()}
        assert places == {"复制前的村", "复制后一村", "复制后二村", "恢复后的村"}
    finally:
        back.close()
