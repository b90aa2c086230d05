"""A supervisor's store with records of two teams and three kinds, and an officer's store,
built through the store API (as tests/store/test_reviews.py does)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.kinds import KINDS
from desktop.store import replication, reviews
from desktop.store.store import Store


def session(**changes: object) -> dict[str, object]:
    return {
        "held_on": "2026-03-15",
        "place": "王家村",
        "venue_kind": "village",
        "topics": ["aml"],
        "audience": 40,
        **changes,
    }


def send(source: Store, target: Store) -> None:
    """What `source` has not sent yet, taken by `target` as a pull would bring it."""
    changes = replication.pending(source, 1000)
    for kind in {c.kind for c in changes}:
        records = [c.record for c in changes if c.kind == kind]
        replication.apply_remote(target, KINDS[kind], records)
    replication.acknowledge(source, [c.seq for c in changes])


@pytest.fixture
def officer(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "officer")
    store.set_setting("team", "A")
    store.set_setting(reviews.ROLE_SETTING, "field")
    store.set_setting("author", "王芳")
    yield store
    store.close()


@pytest.fixture
def made(officer: Store, tmp_path: Path) -> dict[str, str]:
    """Records of team A (the officer's laptop) and of team B (another laptop)."""
    other = Store(tmp_path / "other")
    other.set_setting("team", "B")
    other.set_setting("author", "张伟")
    found = {
        "s1": officer.save("session", session(held_on="2026-03-01", place="王家村"))["uuid"],
        "c1": officer.save(
            "consultation",
            {"asked_on": "2026-03-03", "category": "deposits", "question": "存款利率怎么算"},
        )["uuid"],
        "s2": other.save("session", session(held_on="2026-03-05", place="李家镇集市"))["uuid"],
        "v1": other.save(
            "visit",
            {
                "visited_on": "2026-03-04",
                "village": "赵庄",
                "group": "elderly",
                "services": ["account_activation"],
                "outcome": "done",
            },
        )["uuid"],
    }
    found["_other"] = str(other.data_dir)
    other.close()
    return found


@pytest.fixture
def supervisor(tmp_path: Path, officer: Store, made: dict[str, str]) -> Iterator[Store]:
    store = Store(tmp_path / "supervisor")
    store.set_setting("team", "消保部")
    store.set_setting(reviews.ROLE_SETTING, reviews.SUPERVISOR)
    store.set_setting("author", "李主任")
    send(officer, store)
    other = Store(Path(made["_other"]))
    send(other, store)
    other.close()
    yield store
    store.close()
