"""A supervisor's store holding several teams' records over two years, made through the
store's own writing paths (bulk_load as a first fill brings them, save and review as the
window does, apply_remote as a pull does), with the edge cases the report must get right:
deleted records, a record edited after the period, a record moved to another team, sessions
on two topics, records approved, sent back and changed after approval."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.kinds import KINDS
from desktop.store import branches, replication, reviews
from desktop.store.store import Store

TEAMS = ("城关一队", "城关二队", "青山队")
BRANCHES = {"城关一队": "城关支行", "城关二队": "城关支行", "青山队": "青山支行"}
VENUES = ("village", "community", "school", "market", "elderly_home")
CAMPAIGNS = ("cr315", "wanlixing", "knowledge_month", None)
TOPICS = ("telecom_fraud", "illegal_fundraising", "pension_fraud", "aml", "credit_report")
PARTNERS = ("justice_bureau", "police", "hospital")
PLACES = ("王家村", "李家镇集市", "青山社区", "城关小学", "敬老院", " 王家村 ")
CATEGORIES = ("deposits", "loans", "cards", "payments")
GROUPS = ("elderly", "disabled", "ill")
SERVICES = ("account_activation", "pension_withdrawal", "fraud_warning")
VILLAGES = ("赵庄", "钱庄", "孙家坪")


@dataclass
class Made:
    """What the fixture made, by name, for the tests to point at."""

    data_dir: Path
    uuids: dict[str, str] = field(default_factory=dict)
    designs: list[str] = field(default_factory=list)


class Maker:
    def __init__(self, seed: int = 12) -> None:
        self.rng = random.Random(seed)
        self.n = 0

    def meta(self, team: str, deleted: bool = False) -> dict[str, Any]:
        self.n += 1
        stamp = f"{1_700_000_000_000 + self.n * 1000:015d}-00000-dev{TEAMS.index(team):03d}"
        return {
            "uuid": f"00000000-0000-4000-8000-{self.n:012d}",
            "created_at": "2026-01-01T00:00:00.000+00:00",
            "updated_at": "2026-01-01T00:00:00.000+00:00",
            "author": self.rng.choice(("王芳", "张伟", "李娜")),
            "device_id": f"dev{TEAMS.index(team):03d}",
            "team": team,
            "revision": 1,
            "deleted": deleted,
            "hlc": stamp,
        }

    def day(self) -> str:
        start = dt.date(2025, 1, 1)
        return (start + dt.timedelta(days=self.rng.randrange(730))).isoformat()

    def session(self) -> dict[str, Any]:
        rng = self.rng
        return {
            **self.meta(rng.choice(TEAMS), deleted=rng.random() < 0.05),
            "held_on": self.day(),
            "start_time": "09:00",
            "end_time": None,
            "place": rng.choice(PLACES),
            "area": "城关镇",
            "venue_kind": rng.choice(VENUES),
            "campaign": rng.choice(CAMPAIGNS),
            "topics": rng.sample(TOPICS, rng.choice((1, 1, 2, 3))),
            "partners": rng.sample(PARTNERS, rng.choice((0, 0, 1, 2))),
            "staff": ["王芳"],
            "audience": rng.randint(5, 300),
            "consultation_count": rng.randint(0, 12),
            "online": rng.random() < 0.2,
            "notes": None,
        }

    def consultation(self, session: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        return {
            **self.meta(session["team"], deleted=rng.random() < 0.05),
            "session": session["uuid"],
            "asked_on": session["held_on"],
            "category": rng.choice(CATEGORIES),
            "topic": rng.choice((*TOPICS, None)),
            "question": "存款利率怎么算",
            "answer": None,
            "resolution": "answered",
            "special_group": rng.choice(("elderly", "disabled", None, None)),
            "follow_up": True,
            "consent": True,
            "contact_name": "赵大爷",
            "contact_phone": "13800000000",
        }

    def visit(self) -> dict[str, Any]:
        rng = self.rng
        day = self.day()
        follow = dt.date.fromisoformat(day) + dt.timedelta(days=rng.randint(5, 60))
        return {
            **self.meta(rng.choice(TEAMS), deleted=rng.random() < 0.05),
            "visited_on": day,
            "village": rng.choice(VILLAGES),
            "group": rng.choice(GROUPS),
            "services": rng.sample(SERVICES, rng.choice((1, 2))),
            "outcome": "done",
            "follow_up_on": follow.isoformat() if rng.random() < 0.4 else None,
            "staff": ["张伟"],
            "consent": True,
            "client_name": "钱奶奶",
            "client_phone": "13900000000",
            "client_address": "赵庄3组",
            "notes": None,
        }

    def handout(self, session: dict[str, Any], design: str) -> dict[str, Any]:
        return {
            **self.meta(session["team"], deleted=self.rng.random() < 0.05),
            "session": session["uuid"],
            "design": design,
            "count": self.rng.randint(0, 80),
        }

    def print_run(self, design: str) -> dict[str, Any]:
        return {
            **self.meta(self.rng.choice(TEAMS), deleted=self.rng.random() < 0.05),
            "design": design,
            "printed_on": self.day(),
            "copies": self.rng.randint(50, 500),
            "notes": None,
            "layout": "a4",
            "qr_mode": "direct",
            "tracking_code": None,
            "qr_url": None,
            "target": None,
        }


def add_branches(store: Store) -> None:
    """Each team's branch, as a sync brings head office's list."""
    with store.transaction():
        branches.replace(store.conn, BRANCHES.items())


def fill(store: Store) -> Made:
    maker = Maker()
    made = Made(store.data_dir)
    made.designs = [
        str(u) for (u,) in store.conn.execute("SELECT uuid FROM leaflet_designs ORDER BY uuid")
    ][:3]
    sessions = [maker.session() for _ in range(400)]
    consultations = [
        maker.consultation(s) for s in sessions for _ in range(maker.rng.randint(0, 2))
    ]
    visits = [maker.visit() for _ in range(150)]
    handouts = [
        maker.handout(s, d) for s in sessions for d in made.designs if maker.rng.random() < 0.5
    ]
    runs = [maker.print_run(d) for d in made.designs for _ in range(8)]
    store.bulk_load("session", sessions)
    store.bulk_load("consultation", consultations)
    store.bulk_load("visit", visits)
    store.bulk_load("handout", handouts)
    store.bulk_load("print_run", runs)
    live = [s for s in sessions if not s["deleted"] and s["held_on"].startswith("2026-03")]
    # Edited after the period (the audience corrected in the store now): counted as it is now.
    edited = live[0]
    store.save("session", {**_fields("session", edited), "audience": 999}, uuid=edited["uuid"])
    made.uuids["edited"] = edited["uuid"]
    # Moved to another team, as a pull brings a newer version with another team.
    moved = live[1]
    other = next(t for t in TEAMS if t != moved["team"])
    newer = {**moved, "team": other, "revision": 2, "hlc": f"{1_700_500_000_000:015d}-00000-dev009"}
    replication.apply_remote(store, KINDS["session"], [newer])
    made.uuids["moved"], made.uuids["moved_to"] = moved["uuid"], other
    # Review: approved, sent back, approved then changed.
    store.set_setting(reviews.ROLE_SETTING, reviews.SUPERVISOR)
    approved = [s for s in sessions if not s["deleted"]][::2]
    for s in approved:
        reviews.review(store, "session", s["uuid"], "approve")
    for c in consultations[::3]:
        reviews.review(store, "consultation", c["uuid"], "approve")
    back = live[2]
    reviews.review(store, "session", back["uuid"], "send_back", "人数与签到表不符")
    made.uuids["sent_back"] = back["uuid"]
    changed = next(s for s in approved if s["uuid"] not in made.uuids.values())
    store.save("session", {**_fields("session", changed), "notes": "改过"}, uuid=changed["uuid"])
    made.uuids["changed_after_approval"] = changed["uuid"]
    add_branches(store)
    return made


def _fields(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    return {f: record[f] for f in KINDS[kind].field_names}


@pytest.fixture(scope="session")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    folder = tmp_path_factory.mktemp("report") / "supervisor"
    store = Store(folder)
    store.set_setting("team", "消保部")
    store.set_setting("author", "李主任")
    made = fill(store)
    store.close()
    yield made


def writable_copy(made: Made, folder: Path) -> Store:
    """A copy of the generated store in `folder`, for a test that writes (the shared one is
    read by many tests)."""
    source = Store(made.data_dir)
    source.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source.close()
    shutil.copytree(made.data_dir, folder, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    return Store(folder)


@pytest.fixture
def sup(filled: Made) -> Iterator[Store]:
    store = Store(filled.data_dir)
    yield store
    store.close()
