"""Two field laptops of one team and a supervisor, syncing through head office, end up equal.

Everything runs for real: a server process, laptops as stores in their own data dirs with the
SyncClient, talking HTTP through the fault proxy (passing everything here). The convergence
checks are in harness.assert_converged.
"""

from __future__ import annotations

from desktop import cli
from desktop.i18n import Translator
from sync import refusals
from tests.sync.e2e.conftest import MakeLaptop
from tests.sync.e2e.harness import (
    CODE,
    HeadOffice,
    Laptop,
    Ledger,
    consultation_values,
    fields_of,
    session_values,
    settle,
    visit_values,
)
from tests.sync.e2e.harness import assert_converged as converged


def test_the_administrator_enrols_a_laptop_with_the_printed_code(
    head_office: HeadOffice, ledger: Ledger, tmp_path
) -> None:
    """The path a real office takes: `outreach-server enrol` prints a code, the laptop uses it."""
    team = head_office.team("A")
    out = head_office.cli(
        "enrol", "--team", team, "--role", "field", "--server-url", head_office.url
    )
    code = CODE.search(out)
    assert code, out
    laptop = Laptop("a1", tmp_path / "a1", ledger)
    try:
        reply = laptop.client.enrol(code.group(0), head_office.url)
        assert (reply["team"], reply["role"]) == (team, "field")
        assert laptop.team == team and laptop.client.enrolled
        assert laptop.device_id in head_office.cli("devices")
    finally:
        laptop.close()


def test_two_field_laptops_and_a_supervisor_converge(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    a1, a2 = laptops("a1", "A"), laptops("a2", "A")
    sup = laptops("sup", "A", "supervisor")
    s1 = a1.save("session", session_values(place="石桥村"))
    a1.save("consultation", consultation_values(session=s1["uuid"]))
    s2 = a2.save("session", session_values(place="河东社区", venue_kind="community"))
    a2.save("visit", visit_values())
    settle([a1, a2, sup])
    # Edits and a deletion made on other laptops than the ones that created the records.
    a2.save("session", {**fields_of("session", s1), "audience": 120}, uuid=s1["uuid"])
    a1.delete("session", s2["uuid"])
    sup.save("consultation", consultation_values(question="存款利率怎么算？"))
    settle([a1, a2, sup])
    converged(head_office, "A", [a1, a2, sup], ledger)
    assert a1.live("session") == a2.live("session") == sup.live("session") == [s1["uuid"]]
    assert a1.store.get("session", s1["uuid"])["audience"] == 120
    tomb = sup.store.get("session", s2["uuid"], include_deleted=True)
    assert tomb is not None and tomb["deleted"]


def test_edits_of_different_fields_made_side_by_side_both_stay(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    """The field officer corrects the audience while, before they sync, the supervisor corrects
    the count of consultations: head office joins the two edits, and every laptop gets both."""
    a1, a2 = laptops("a1", "A"), laptops("a2", "A")
    sup = laptops("sup", "A", "supervisor")
    made = a1.save("session", session_values(audience=85, consultation_count=12))
    settle([a1, a2, sup])
    a1.save("session", {**fields_of("session", made), "audience": 90}, made["uuid"])
    corrected = sup.store.get("session", made["uuid"])
    sup.save("session", {**fields_of("session", corrected), "consultation_count": 15}, made["uuid"])
    assert a1.sync().conflicts == 0
    assert sup.sync().conflicts == 0, "nothing typed was overruled"
    settle([a1, a2, sup])
    joined = head_office.records("A")["session"][made["uuid"]]
    assert (joined["audience"], joined["consultation_count"]) == (90, 15)
    for laptop in (a1, a2, sup):
        held = laptop.store.get("session", made["uuid"])
        assert held is not None and held["hlc"] == joined["hlc"], laptop.name
        assert (held["audience"], held["consultation_count"]) == (90, 15), laptop.name
    assert head_office.conflicts() == []


def test_a_laptop_is_told_when_its_edit_gave_way_to_a_later_one(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger, capsys
) -> None:
    a1, sup = laptops("a1", "A"), laptops("sup", "A", "supervisor")
    made = a1.save("session", session_values(place="石桥村", audience=85))
    settle([a1, sup])
    a1.save("session", {**fields_of("session", made), "audience": 90}, made["uuid"])
    held = sup.store.get("session", made["uuid"])
    sup.save("session", {**fields_of("session", held), "audience": 95}, made["uuid"])
    assert a1.sync().overruled == 0
    assert sup.sync().conflicts == 1
    told = a1.sync()
    assert told.overruled == 1
    (entry,) = refusals.overruled(a1.store)
    assert entry["uuid"] == made["uuid"]
    gave_way = refusals.gave_way(a1.store, entry, same, "en")
    assert gave_way == "Audience: you had 90, the later edit has 95"
    cli._print_overruled(a1.store, told.overruled, Translator("en"))
    said = capsys.readouterr().out.splitlines()
    assert said[0] == "Your edits that gave way to later edits made elsewhere (1):"
    assert said[1].endswith("石桥村:") and said[2] == "    " + gave_way
    assert a1.sync().overruled == 0, "told once"
    refusals.forget_overruled(a1.store)
    assert refusals.overruled(a1.store) == []
    assert sup.sync().overruled == 0


def same(_context: str, text: str) -> str:
    return text
