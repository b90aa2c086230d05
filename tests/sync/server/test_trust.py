"""One device cannot harm another: what head office refuses of a device, whatever it claims.

Each test pushes what a buggy or hostile laptop could send, to a real server, and checks that
the rest of the team goes on as before.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select

from desktop.domain.clock import MAX_AHEAD_MS, Stamp
from sync import protocol
from sync.server.schema import current_payload, records
from tests.sync.server.client import Device, Server


def answer(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    return dict(response.json())


def refused(response: Any) -> list[tuple[int, str]]:
    return [(r["seq"], r["code"]) for r in answer(response)["rejected"]]


def stamp_at(millis: int, device: str, counter: int = 0) -> str:
    return str(Stamp(millis, counter, device))


def test_a_far_future_stamp_is_refused_and_the_team_goes_on(
    server: Server, field_a: Device
) -> None:
    """A stamp at the format's very end would have every teammate that pulled it stamp past
    it, sixteen digits wide, and head office refuse every later change of theirs."""
    teammate = server.enrol("A", "field", "laptop-a2")
    record = field_a.version(place="石桥村")
    assert answer(field_a.push([record]))["accepted"] == [1]
    poisoned = field_a.version(base=record, hlc="999999999999999-99999-laptop-a1", place="x")
    body = answer(field_a.push([poisoned]))
    assert body["accepted"] == []
    (rejection,) = body["rejected"]
    assert rejection["code"] == protocol.REJECT_CLOCK_AHEAD and rejection["message"]

    pulled = teammate.pull_records()
    assert [r["hlc"] for r in pulled] == [record["hlc"]]
    for version in pulled:
        teammate.clock.observe(version["hlc"])
    edit = teammate.version(base=pulled[0], place="石桥村（更正）")
    assert Stamp.parse(edit["hlc"]).millis < time.time() * 1000 + MAX_AHEAD_MS
    assert answer(teammate.push([edit]))["accepted"] == [1]


def test_the_bound_is_head_office_clock_plus_the_stated_margin(
    server: Server, field_a: Device
) -> None:
    now = int(time.time() * 1000)
    within = field_a.version(hlc=stamp_at(now + MAX_AHEAD_MS - 60_000, field_a.device_id))
    beyond = field_a.version(hlc=stamp_at(now + MAX_AHEAD_MS + 60_000, field_a.device_id))
    assert refused(field_a.push([within, beyond])) == [(2, protocol.REJECT_CLOCK_AHEAD)]


def test_a_uuid_names_one_record_of_one_kind(server: Server, field_a: Device) -> None:
    session = field_a.version(place="王家村")
    assert answer(field_a.push([session]))["accepted"] == [1]
    same_uuid = field_a.version(
        kind="consultation",
        uuid=session["uuid"],
        asked_on=session["held_on"],
        category="deposits",
        question="存款利率是多少？",
    )
    assert refused(field_a.push([same_uuid])) == [(2, protocol.REJECT_FORBIDDEN)]
    # Both in one push: the second is refused too.
    fresh = field_a.version(place="李家村")
    clash = {**field_a.version(kind="photo", session=fresh["uuid"], sha256="0" * 64)}
    clash["uuid"] = fresh["uuid"]
    assert refused(field_a.push([fresh, clash])) == [(4, protocol.REJECT_FORBIDDEN)]


def test_records_link_only_within_their_team(
    server: Server, field_a: Device, field_b: Device
) -> None:
    a_session = field_a.version(place="甲村")
    assert answer(field_a.push([a_session]))["accepted"] == [1]
    b_session = field_b.version(place="乙村")
    links_into_a = [
        field_b.version(
            kind="consultation",
            session=a_session["uuid"],
            asked_on=a_session["held_on"],
            category="loans",
            question="贷款怎么办？",
        ),
        field_b.version(kind="photo", session=a_session["uuid"], sha256="1" * 64),
        field_b.version(
            kind="handout", session=a_session["uuid"], design=b_session["uuid"], count=3
        ),
    ]
    fine = [
        b_session,
        # A link to a record head office has not seen yet is taken: it may be on its way.
        field_b.version(kind="photo", session="not-yet-here", sha256="2" * 64),
        field_b.version(kind="photo", session=b_session["uuid"], sha256="3" * 64),
    ]
    body = answer(field_b.push([*links_into_a, *fine]))
    assert [(r["seq"], r["code"]) for r in body["rejected"]] == [
        (2, protocol.REJECT_FORBIDDEN),
        (3, protocol.REJECT_FORBIDDEN),
        (4, protocol.REJECT_FORBIDDEN),
    ]
    assert body["accepted"] == [1, 5, 6]
    assert all("session" in r["message"] for r in body["rejected"])
    # A link to a record of the wrong kind is refused the same way.
    wrong_kind = field_b.version(kind="photo", session=fine[2]["uuid"], sha256="4" * 64)
    assert refused(field_b.push([wrong_kind])) == [(7, protocol.REJECT_FORBIDDEN)]


def test_a_supervisor_links_within_the_record_team(
    server: Server, field_a: Device, field_b: Device
) -> None:
    a_session = field_a.version(place="甲村")
    assert answer(field_a.push([a_session]))["accepted"] == [1]
    supervisor = server.enrol("A", "supervisor", "office-pc")
    into_b = supervisor.version(kind="photo", team="B", session=a_session["uuid"], sha256="5" * 64)
    into_a = supervisor.version(kind="photo", team="A", session=a_session["uuid"], sha256="6" * 64)
    body = answer(supervisor.push([into_b, into_a]))
    assert [(r["seq"], r["code"]) for r in body["rejected"]] == [(1, protocol.REJECT_FORBIDDEN)]
    assert body["accepted"] == [2]


def test_a_version_is_the_sending_device_s_whatever_it_claims(
    server: Server, field_a: Device
) -> None:
    teammate = server.enrol("A", "field", "laptop-a2")
    claimed = field_a.version(place="冒名村", device_id=teammate.device_id)
    assert answer(field_a.push([claimed]))["accepted"] == [1]
    with server.engine.connect() as conn:
        payload = conn.scalar(select(current_payload).where(records.c.uuid == claimed["uuid"]))
    assert payload is not None
    (pulled,) = teammate.pull_records()
    assert pulled["device_id"] == field_a.device_id
