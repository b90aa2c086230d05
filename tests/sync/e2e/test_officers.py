"""Officers through real syncs: a laptop's own officers join the team's roster once, a name
the roster has already gives way to head office's officer, and the roster comes down."""

from __future__ import annotations

from pathlib import Path

from sync.server import admin
from tests.sync.e2e.harness import HeadOffice, Laptop, Ledger, session_values


def test_officers_added_before_enrolment_join_the_roster_once(
    head_office: HeadOffice, ledger: Ledger, tmp_path: Path
) -> None:
    first = Laptop("a1", tmp_path / "a1", ledger)
    second = Laptop("a2", tmp_path / "a2", ledger)
    try:
        for laptop, names in ((first, ("王芳", "李明")), (second, ("王芳", "张三"))):
            officers = [laptop.store.add_officer(name) for name in names]
            laptop.store.set_current_officer(officers[0]["uuid"])
            laptop.save("session", session_values(place=f"{laptop.name}的村"))
        first.enrol(head_office, "A")
        assert first.sync().refused == 0
        second.enrol(head_office, "A")
        result = second.sync()
        assert result.refused == 1, "head office has a 王芳 already"

        team = head_office.team("A")
        roster, unlisted = admin.list_officers(head_office.engine, team)
        assert sorted(o["name"] for o in roster) == ["张三", "李明", "王芳"]
        assert unlisted == [], "both sessions name an officer on the roster"
        first.sync()
        for laptop in (first, second):
            assert [o["name"] for o in laptop.store.officers()] == ["张三", "李明", "王芳"]
            assert laptop.store.author == "王芳"
        (wang,) = [o for o in second.store.officers() if o["name"] == "王芳"]
        assert wang["device_id"] == first.device_id, "head office's 王芳 (first's) stands"
        assert second.store.current_officer()["uuid"] == wang["uuid"]
        assert not second.store.may_add_officers(enrolled=True)

        head_office.cli("officers", "remove", team, "张三")
        second.sync()
        assert [o["name"] for o in second.store.officers()] == ["李明", "王芳"]
    finally:
        first.close()
        second.close()
