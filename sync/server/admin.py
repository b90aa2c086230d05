"""What the head-office administrator does: teams, enrolment codes, devices, reference lists,
the hosts tracked QR codes may lead to.

Plain functions over the database, used by the command line (cli.py) and by tests. A mistake of
the administrator's (an unknown team, a bad role) raises AdminError with a message to show.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from desktop.domain.clock import HybridClock
from desktop.domain.kinds import KINDS
from desktop.domain.refdata import REF_LISTS, item_uuid
from desktop.domain.validation import clean, errors
from sync.server import auth, changelog, db, linkhosts, migrations, rows
from sync.server.schema import (
    changes,
    current_payload,
    devices,
    enrolment_codes,
    link_hosts,
    records,
    teams,
)

log = logging.getLogger(__name__)


class AdminError(Exception):
    """A mistake in what the administrator asked for; the message says which."""


def open_database(url: str | None) -> Engine:
    """The database at `url` (default: db.default_url()), migrated."""
    engine = db.create(url or db.default_url())
    migrations.migrate(engine)
    return engine


def add_team(engine: Engine, name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise AdminError("a team needs a name")
    if len(name) > 100:
        raise AdminError("a team name has at most 100 characters")
    with db.writing(engine) as conn:
        if conn.scalar(select(teams.c.id).where(teams.c.name == name)) is not None:
            raise AdminError(f"there is already a team {name!r}")
        conn.execute(insert(teams).values(name=name, created_at=db.iso(db.now())))
    log.info("added team %s", name)
    return name


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


def create_code(engine: Engine, team: str, role: str) -> Code:
    """A one-time enrolment code for a laptop of `team` with `role`; only its hash is kept."""
    if role not in auth.ROLES:
        raise AdminError(f"the role must be one of: {', '.join(auth.ROLES)}")
    code = auth.new_code()
    moment = db.now()
    expires = moment + auth.CODE_LIFETIME
    with db.writing(engine) as conn:
        _require_team(conn, team)
        conn.execute(
            insert(enrolment_codes).values(
                code_hash=auth.code_hash(code),
                team=team,
                role=role,
                created_at=db.iso(moment),
                expires_at=db.iso(expires),
            )
        )
    log.info("enrolment code for team %s (%s) created", team, role)
    return Code(code, team, role, expires)


def list_devices(engine: Engine) -> list[dict[str, Any]]:
    columns = (
        devices.c.device_id,
        devices.c.team,
        devices.c.role,
        devices.c.label,
        devices.c.enrolled_at,
        devices.c.last_seen_at,
        devices.c.revoked_at,
    )
    with db.reading(engine) as conn:
        found = conn.execute(select(*columns).order_by(devices.c.team, devices.c.device_id))
        return [dict(row._mapping) for row in found]


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
        values, issues = clean(kind, raw, strict=True)
        bad = errors(issues)
        if bad:
            raise AdminError("; ".join(f"{i.field}: {i.message()}" for i in bad))
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
            "team": "",
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
            team="",
            hlc=record["hlc"],
            base_hlc=held.hlc if held else None,
            deleted=False,
            payload=rows.encode(kind, record),
            device_id=auth.HEAD_OFFICE,
            seq=seq,
        )
        changelog.append(conn, [version], current, moment)
    log.info("reference entry %s/%s set", list_name, code)
    return record, old


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
