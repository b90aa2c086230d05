"""What the head-office administrator does: teams, enrolment codes, devices, reference lists,
the hosts tracked QR codes may lead to.

Plain functions over the database, used by the command line (cli.py) and by tests. A mistake of
the administrator's (an unknown team, a bad role) raises AdminError with a message to show.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid as uuidlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from desktop.domain.clock import HybridClock
from desktop.domain.kinds import KINDS, RecordKind, officer_key
from desktop.domain.refdata import NAMESPACE, REF_LISTS, item_uuid
from desktop.domain.validation import clean, errors
from sync import protocol
from sync.server import auth, changelog, db, linkhosts, migrations, rows
from sync.server.schema import (
    branches,
    changes,
    current_payload,
    devices,
    enrolment_codes,
    link_hosts,
    records,
    refused_changes,
    teams,
    unlisted_authors,
)

log = logging.getLogger(__name__)


class AdminError(Exception):
    """A mistake in what the administrator asked for; the message says which."""


def open_database(url: str | None) -> Engine:
    """The database at `url` (default: db.default_url()), migrated."""
    engine = db.create(url or db.default_url())
    migrations.migrate(engine)
    return engine


def _name(text: str, what: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise AdminError(f"a {what} needs a name")
    if len(name) > 100:
        raise AdminError(f"a {what} name has at most 100 characters")
    return name


def _branch(conn: Any, text: str | None) -> tuple[str, bool]:
    """The branch named (the default one if None), added if new; and whether it is new."""
    if text is None:
        return migrations.DEFAULT_BRANCH, False
    name = _name(text, "branch")
    if conn.scalar(select(branches.c.id).where(branches.c.name == name)) is not None:
        return name, False
    conn.execute(insert(branches).values(name=name, created_at=db.iso(db.now())))
    log.info("added branch %s", name)
    return name, True


def add_team(engine: Engine, name: str, branch: str | None = None) -> str:
    """A new team in `branch` (the default branch if None; a new branch is added)."""
    name = _name(name, "team")
    with db.writing(engine) as conn:
        if conn.scalar(select(teams.c.id).where(teams.c.name == name)) is not None:
            raise AdminError(f"there is already a team {name!r}")
        in_branch, _new = _branch(conn, branch)
        conn.execute(insert(teams).values(name=name, created_at=db.iso(db.now()), branch=in_branch))
    log.info("added team %s", name)
    return name


def move_team(engine: Engine, name: str, branch: str) -> tuple[str, str]:
    """Put a team in another branch (added if new); returns the branch it was in and the one
    it is in now. Supervisors of its new branch see its records from their next pull on
    (those logged before, once they are enrolled again: their laptops pulled past them)."""
    with db.writing(engine) as conn:
        _require_team(conn, name)
        was = str(conn.scalar(select(teams.c.branch).where(teams.c.name == name)))
        now, _new = _branch(conn, branch)
        conn.execute(update(teams).where(teams.c.name == name).values(branch=now))
    log.info("moved team %s from branch %s to %s", name, was, now)
    return was, now


def list_branches(engine: Engine) -> list[tuple[str, list[str]]]:
    """Every branch with its teams, by name."""
    with db.reading(engine) as conn:
        found: dict[str, list[str]] = {
            str(n): [] for (n,) in conn.execute(select(branches.c.name).order_by("name"))
        }
        for team, branch in conn.execute(
            select(teams.c.name, teams.c.branch).order_by(teams.c.name)
        ):
            found.setdefault(str(branch), []).append(str(team))
    return sorted(found.items())


def team_branches(engine: Engine) -> dict[str, str]:
    """The branch of each team."""
    with db.reading(engine) as conn:
        return {str(t): str(b) for t, b in conn.execute(select(teams.c.name, teams.c.branch))}


def list_teams(engine: Engine) -> list[tuple[str, int]]:
    """Team names with how many enrolled (not revoked) devices each has."""
    enrolled = (
        select(func.count())
        .where(devices.c.team == teams.c.name, devices.c.revoked_at.is_(None))
        .scalar_subquery()
    )
    with db.reading(engine) as conn:
        return [(n, c) for n, c in conn.execute(select(teams.c.name, enrolled).order_by("name"))]


def _require_team(conn: Any, team: str) -> None:
    if conn.scalar(select(teams.c.id).where(teams.c.name == team)) is None:
        raise AdminError(f"there is no team {team!r} (add it with: team add NAME)")


@dataclass(frozen=True)
class Code:
    code: str
    team: str
    role: str
    expires_at: dt.datetime
    #: A supervisor's branch (None: the whole bank, or a field laptop's code).
    branch: str | None = None


def create_code(engine: Engine, team: str, role: str, branch: str | None = None) -> Code:
    """A one-time enrolment code for a laptop of `team` with `role`; only its hash is kept.

    A supervisor's code is for one branch (it sees that branch's teams; its own team must be
    one of them) or, with `branch` None, for the whole bank.
    """
    if role not in auth.ROLES:
        raise AdminError(f"the role must be one of: {', '.join(auth.ROLES)}")
    if branch is not None and role != auth.SUPERVISOR:
        raise AdminError("only a supervisor is enrolled for a branch (a field laptop: its team)")
    code = auth.new_code()
    moment = db.now()
    expires = moment + auth.CODE_LIFETIME
    with db.writing(engine) as conn:
        _require_team(conn, team)
        if branch is not None:
            branch = " ".join(branch.split())
            if conn.scalar(select(branches.c.id).where(branches.c.name == branch)) is None:
                raise AdminError(f"there is no branch {branch!r} (see: branches)")
            team_branch = conn.scalar(select(teams.c.branch).where(teams.c.name == team))
            if team_branch != branch:
                raise AdminError(
                    f"team {team!r} is in branch {team_branch!r}: a supervisor of branch"
                    f" {branch!r} is enrolled with one of its teams"
                )
        conn.execute(
            insert(enrolment_codes).values(
                code_hash=auth.code_hash(code),
                team=team,
                role=role,
                created_at=db.iso(moment),
                expires_at=db.iso(expires),
                branch=branch,
            )
        )
    log.info("enrolment code for team %s (%s, branch %s) created", team, role, branch)
    return Code(code, team, role, expires, branch)


def list_devices(engine: Engine, quiet_days: int | None = None) -> list[dict[str, Any]]:
    """Every device with its last sync and how many of its changes head office refused
    (`refused`, each change once, and `last_refused_at`).

    With `quiet_days`, only the devices in use (not revoked) that have not synced for that many
    days: never since their enrolment counts from the enrolment. Head office phones their team.
    """
    refused = (
        select(
            refused_changes.c.device_id,
            func.count().label("refused"),
            func.max(refused_changes.c.at).label("last_refused_at"),
        )
        .group_by(refused_changes.c.device_id)
        .subquery()
    )
    query = (
        select(
            devices.c.device_id,
            devices.c.team,
            devices.c.role,
            devices.c.label,
            devices.c.enrolled_at,
            devices.c.last_seen_at,
            devices.c.revoked_at,
            devices.c.branch,
            func.coalesce(refused.c.refused, 0).label("refused"),
            refused.c.last_refused_at,
        )
        .outerjoin(refused, refused.c.device_id == devices.c.device_id)
        .order_by(devices.c.team, devices.c.device_id)
    )
    if quiet_days is not None:
        if quiet_days < 0:
            raise AdminError("--quiet-days must be 0 or more")
        since = db.iso(db.now() - dt.timedelta(days=quiet_days))
        # ISO text in UTC compares as time (db.iso).
        last = func.coalesce(devices.c.last_seen_at, devices.c.enrolled_at)
        query = query.where(devices.c.revoked_at.is_(None), last < since)
    with db.reading(engine) as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def note_refusals(engine: Engine, device_id: str, rejected: Sequence[Mapping[str, Any]]) -> None:
    """Remember the changes of one push that head office refused, for `list_devices`.

    Once per (device, seq): a laptop sends a refused change again when its user does, and the
    count is of changes, not of attempts. A change refused for a clock running ahead is not
    counted: the laptop stamps it again and resends it by itself at once.
    """
    moment = db.iso(db.now())
    found = {
        int(r["seq"]): str(r["code"])
        for r in rejected
        if r.get("code") != protocol.REJECT_CLOCK_AHEAD
    }
    if not found:
        return
    values = [
        {"device_id": device_id, "seq": seq, "code": code, "at": moment}
        for seq, code in found.items()
    ]
    with db.writing(engine) as conn:
        dialect = postgresql if db.is_postgres(conn) else sqlite
        statement = dialect.insert(refused_changes)
        conn.execute(
            statement.on_conflict_do_update(
                index_elements=[refused_changes.c.device_id, refused_changes.c.seq],
                set_={"code": statement.excluded.code, "at": statement.excluded.at},
            ),
            values,
        )


def revoke(engine: Engine, device_id: str) -> None:
    """The device's token stops working at once; its changes already sent stay."""
    with db.writing(engine) as conn:
        done = conn.execute(
            update(devices)
            .where(devices.c.device_id == device_id, devices.c.revoked_at.is_(None))
            .values(revoked_at=db.iso(db.now()))
        )
        if done.rowcount == 0:
            known = conn.scalar(select(devices.c.device_id).where(devices.c.device_id == device_id))
            if known is None:
                raise AdminError(f"there is no device {device_id!r} (see: devices)")
            raise AdminError(f"device {device_id!r} is revoked already")
    log.info("revoked device %s", device_id)


def set_ref(
    engine: Engine, list_name: str, code: str, label_zh: str, label_en: str, active: bool = True
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Write a new version of a reference-list entry, for every laptop to pull; returns it and
    the version it replaced (None for a new entry).

    The version is stamped by head office's own clock after it has seen the stamp of the version
    held, so it wins over that one (and over every laptop's seed) everywhere.
    """
    if list_name not in REF_LISTS:
        raise AdminError(f"unknown list {list_name!r}; the lists are: {', '.join(REF_LISTS)}")
    kind = KINDS["ref_item"]
    uuid = item_uuid(list_name, code.strip())
    moment = db.iso(db.now())
    with db.writing(engine) as conn:
        db.lock_log(conn)
        current = changelog.held(conn, kind.name, [uuid])
        held = current.get((kind.name, uuid))
        old = rows.decode(kind, changelog.payload(conn, held)) if held else None
        raw = {
            "list": list_name,
            "code": code,
            "label_zh": label_zh,
            "label_en": label_en,
            "active": active,
            "sort": old["sort"] if old else _next_sort(conn),
        }
        record = _write(conn, kind, uuid, "", raw, current, old, moment)
    log.info("reference entry %s/%s set", list_name, code)
    return record, old


def _write(
    conn: Any,
    kind: RecordKind,
    uuid: str,
    team: str,
    raw: dict[str, Any],
    current: dict[changelog.Key, changelog.Held],
    old: dict[str, Any] | None,
    moment: str,
) -> dict[str, Any]:
    """Log head office's own version of a record (its values checked as a laptop's are).

    The version is stamped by head office's own clock after it has seen the stamp of the
    version held, so it wins over that one everywhere.
    """
    values, issues = clean(kind, raw, strict=True)
    bad = errors(issues)
    if bad:
        raise AdminError("; ".join(f"{i.field}: {i.message()}" for i in bad))
    held = current.get((kind.name, uuid))
    clock = HybridClock(auth.HEAD_OFFICE)
    if held:
        clock.observe(held.hlc)
    record = {
        "uuid": uuid,
        "revision": old["revision"] + 1 if old else 1,
        "hlc": clock.now(),
        "deleted": False,
        "created_at": old["created_at"] if old else moment,
        "updated_at": moment,
        "author": auth.HEAD_OFFICE,
        "device_id": auth.HEAD_OFFICE,
        "team": team,
        **values,
    }
    seq = conn.execute(
        select(func.coalesce(func.max(changes.c.seq), 0) + 1).where(
            changes.c.device_id == auth.HEAD_OFFICE
        )
    ).scalar_one()  # an aggregate: always one row
    version = changelog.Version(
        kind=kind.name,
        uuid=uuid,
        team=team,
        hlc=record["hlc"],
        base_hlc=held.hlc if held else None,
        deleted=False,
        payload=rows.encode(kind, record),
        device_id=auth.HEAD_OFFICE,
        seq=seq,
    )
    changelog.append(conn, [version], current, moment)
    return record


# -- the officers of a team ---------------------------------------------------------------------


def roster(conn: Any, team: str) -> list[dict[str, Any]]:
    """The officers head office holds for `team` (in use or not), by name."""
    kind = KINDS["officer"]
    found = conn.execute(
        select(current_payload).where(
            records.c.kind == kind.name, records.c.team == team, records.c.deleted.is_(False)
        )
    )
    return sorted((rows.decode(kind, p) for (p,) in found), key=lambda r: str(r["name"]))


def _on_roster(conn: Any, team: str, name: str) -> dict[str, Any] | None:
    key = officer_key(name)
    return next((o for o in roster(conn, team) if officer_key(o["name"]) == key), None)


def add_officer(engine: Engine, team: str, name: str) -> tuple[dict[str, Any], bool]:
    """Put an officer on the team's roster (or back in use); every laptop of the team gets
    them at its next sync. Returns the record and whether the name is new to the roster."""
    kind = KINDS["officer"]
    name = " ".join(name.split())
    moment = db.iso(db.now())
    with db.writing(engine) as conn:
        _require_team(conn, team)
        db.lock_log(conn)
        old = _on_roster(conn, team, name)
        if old is not None and old["active"]:
            raise AdminError(f"{old['name']!r} is on the roster of team {team!r} already")
        uuid = old["uuid"] if old else officer_uuid(team, name)
        current = changelog.held(conn, kind.name, [uuid])
        raw = {"name": old["name"] if old else name, "active": True}
        record = _write(conn, kind, uuid, team, raw, current, old, moment)
    log.info("officer %s of team %s in use", name, team)
    return record, old is None


def officer_uuid(team: str, name: str) -> str:
    """The id head office gives an officer it adds: one per name in a team (the officers a
    laptop added before its enrolment have ids of their own)."""
    return str(uuidlib.uuid5(NAMESPACE, f"officer:{team}:{officer_key(name)}"))


def remove_officer(engine: Engine, team: str, name: str) -> dict[str, Any]:
    """Take an officer out of use: laptops stop offering them; the records they made still
    name them, and their name stays known (a change they author is not flagged)."""
    kind = KINDS["officer"]
    moment = db.iso(db.now())
    with db.writing(engine) as conn:
        _require_team(conn, team)
        db.lock_log(conn)
        old = _on_roster(conn, team, name)
        if old is None:
            raise AdminError(f"{name!r} is not on the roster of team {team!r} (see: officers list)")
        if not old["active"]:
            raise AdminError(f"{old['name']!r} of team {team!r} is out of use already")
        current = changelog.held(conn, kind.name, [old["uuid"]])
        raw = {"name": old["name"], "active": False}
        record = _write(conn, kind, old["uuid"], team, raw, current, old, moment)
    log.info("officer %s of team %s out of use", name, team)
    return record


def list_officers(
    engine: Engine, team: str
) -> tuple[list[dict[str, Any]], list[tuple[str, int, str]]]:
    """The team's roster, and the names changes were pushed under that are not on it: (name,
    how many changes, the last one's arrival), most recent first."""
    with db.reading(engine) as conn:
        _require_team(conn, team)
        officers = roster(conn, team)
        unlisted = conn.execute(
            select(
                unlisted_authors.c.author,
                func.count(),
                func.max(unlisted_authors.c.at).label("last"),
            )
            .where(unlisted_authors.c.team == team)
            .group_by(unlisted_authors.c.author)
            .order_by(func.max(unlisted_authors.c.at).desc())
        )
        return officers, [(str(a), int(n), str(at)) for a, n, at in unlisted]


def _next_sort(conn: Any) -> int:
    """After every entry head office holds, so a new entry ends its list."""
    kind = KINDS["ref_item"]
    payloads = conn.scalars(select(current_payload).where(records.c.kind == kind.name))
    return 1 + max((rows.decode(kind, p)["sort"] or 0 for p in payloads), default=-1)


def _link_entry(text: str) -> str:
    try:
        return linkhosts.entry(text)
    except ValueError as e:
        raise AdminError(str(e)) from None


def allow_link_host(engine: Engine, host: str) -> tuple[str, bool]:
    """Let tracked QR codes send phones to `host` (`[*.]host[:port]`, see linkhosts), from the
    next scan on; returns the entry as kept and whether it is new (False: allowed already)."""
    entry = _link_entry(host)
    if entry in linkhosts.shipped():
        return entry, False
    with db.writing(engine) as conn:
        dialect = postgresql if db.is_postgres(conn) else sqlite
        added = conn.scalar(
            dialect.insert(link_hosts)
            .values(host=entry, added_at=db.iso(db.now()))
            .on_conflict_do_nothing()
            .returning(link_hosts.c.host)
        )
    log.info("link host %s allowed", entry)
    return entry, added is not None


def remove_link_host(engine: Engine, host: str) -> str:
    """Tracked QR codes leading to `host` show head office's page again; returns the entry."""
    entry = _link_entry(host)
    if entry in linkhosts.shipped():
        raise AdminError(f"{entry} stays allowed: the shipped designs link there")
    with db.writing(engine) as conn:
        if conn.execute(delete(link_hosts).where(link_hosts.c.host == entry)).rowcount == 0:
            raise AdminError(
                f"{entry} is not allowed, so there is nothing to remove (see: links list)"
            )
    log.info("link host %s removed", entry)
    return entry


def list_link_hosts(engine: Engine) -> list[tuple[str, str | None]]:
    """Every allowed entry with when it was allowed (None: a shipped design's host, always)."""
    with db.reading(engine) as conn:
        listed: list[tuple[str, str | None]] = [
            (h, at) for h, at in conn.execute(select(link_hosts.c.host, link_hosts.c.added_at))
        ]
    return sorted(listed + [(h, None) for h in linkhosts.shipped()])
