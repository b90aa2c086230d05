"""Officers are people: the laptop's roster, its current officer, and who records and history
lines name; after enrolment the roster is head office's."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.kinds import KINDS
from desktop.domain.validation import Invalid
from desktop.store import replication
from desktop.store.store import Store


def session(**values: Any) -> dict[str, Any]:
    return {
        "held_on": dt.date.today() - dt.timedelta(days=1),
        "place": "王家村",
        "venue_kind": "village",
        "topics": ["telecom_fraud"],
        "audience": 30,
        **values,
    }


def from_head_office(store: Store, name: str, uuid: str, active: bool = True, revision: int = 1):
    """An officer record as a pull hands it over (head office's own, of the laptop's team)."""
    return {
        "uuid": uuid,
        "revision": revision,
        "hlc": f"{store.clock.now()[: -len(store.device_id)]}headoffice",
        "deleted": False,
        "created_at": "2026-01-05T08:00:00.000+00:00",
        "updated_at": "2026-01-05T08:00:00.000+00:00",
        "author": "headoffice",
        "device_id": "headoffice",
        "team": store.team,
        "name": name,
        "active": active,
    }


def test_records_and_history_name_the_current_officer(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    try:
        assert store.current_officer() is None
        assert store.author == getpass.getuser(), "nobody chosen yet: the OS login"
        wang = store.add_officer("  王芳 ")
        li = store.add_officer("李明")
        assert wang["name"] == "王芳" and wang["active"] is True
        assert [o["name"] for o in store.officers()] == ["李明", "王芳"]
        store.set_current_officer(wang["uuid"])
        assert store.current_officer() == wang and store.author == "王芳"

        saved = store.save("session", session())
        assert saved["author"] == "王芳"
        store.set_current_officer(li["uuid"])
        edited = store.save("session", {**saved, "audience": 31}, uuid=saved["uuid"])
        assert edited["author"] == "李明"
        assert [(h["action"], h["author"]) for h in store.history(saved["uuid"])] == [
            ("update", "李明"),
            ("create", "王芳"),
        ]
        outbox = [
            json.loads(p)["author"]
            for (p,) in store.conn.execute(
                "SELECT payload FROM outbox WHERE uuid = ? ORDER BY seq", (saved["uuid"],)
            )
        ]
        assert outbox == ["王芳", "李明"], "head office is told the officer too"

        # Another connection (an import or sync worker) records as the same officer.
        other = Store(tmp_path / "data")
        try:
            assert other.author == "李明"
            assert other.save("session", session(place="柳河村"))["author"] == "李明"
        finally:
            other.close()
    finally:
        store.close()


def test_the_roster_holds_one_officer_per_name(store: Store) -> None:
    wang = store.add_officer("王芳")
    pending = store.pending_changes()
    assert store.add_officer("王芳 ")["uuid"] == wang["uuid"]
    assert store.pending_changes() == pending, "the same officer: nothing new to send"
    with pytest.raises(Invalid):
        store.add_officer("   ")
    with pytest.raises(KeyError):
        store.set_current_officer("no-such-officer")
    assert store.current_officer() is None and store.author == "测试员", "the older setting"


def test_the_command_lines_officer_is_added_only_where_the_laptop_may(store: Store) -> None:
    assert store.may_add_officers(enrolled=False)
    assert store.use_officer("王芳", enrolled=False)["name"] == "王芳"
    assert store.author == "王芳"
    assert store.use_officer("王芳", enrolled=True)["name"] == "王芳", "on the roster"
    assert not store.may_add_officers(enrolled=True)
    with pytest.raises(KeyError):
        store.use_officer("张三", enrolled=True)
    assert store.author == "王芳"


def test_after_enrolment_the_roster_is_head_offices(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    try:
        wang = store.add_officer("王芳")
        zhang = store.add_officer("张三")
        store.set_current_officer(wang["uuid"])
        replication.adopt_team(store, "城关一队")
        assert {o["team"] for o in store.officers()} == {"城关一队"}

        # Head office had a 王芳 already: it refused the laptop's and sent its own.
        seqs = dict(
            store.conn.execute("SELECT uuid, seq FROM outbox WHERE kind = 'officer'").fetchall()
        )
        replication.acknowledge(store, [seqs[zhang["uuid"]]])
        replication.refuse(
            store, [{"seq": seqs[wang["uuid"]], "code": "forbidden", "message": "has 王芳"}]
        )
        kind = KINDS["officer"]
        replication.apply_remote(
            store,
            kind,
            [
                from_head_office(store, "王芳", "ho-wang"),
                from_head_office(store, "李明", "ho-li"),
            ],
        )
        roster = store.officers()
        assert [(o["name"], o["uuid"]) for o in roster] == [
            ("张三", zhang["uuid"]),
            ("李明", "ho-li"),
            ("王芳", "ho-wang"),
        ]
        assert store.current_officer()["uuid"] == "ho-wang", "the officer of that name"
        assert store.author == "王芳"
        assert not store.may_add_officers(enrolled=True)

        # Head office takes 王芳 out of use: the laptop stops offering them.
        replication.apply_remote(
            store, kind, [from_head_office(store, "王芳", "ho-wang", active=False, revision=2)]
        )
        assert [o["name"] for o in store.officers()] == ["张三", "李明"]
        assert [o["name"] for o in store.officers(include_inactive=True)] == [
            "张三",
            "李明",
            "王芳",
        ]
        assert store.current_officer() is None
        assert store.author == getpass.getuser()
    finally:
        store.close()


def test_an_enrolled_laptop_adds_officers_only_while_its_team_has_none(store: Store) -> None:
    replication.adopt_team(store, "城关一队")
    assert store.may_add_officers(enrolled=True)
    store.add_officer("王芳")
    assert not store.may_add_officers(enrolled=True)
