"""Who is asking: device tokens, and enrolment with a one-time code.

A laptop is enrolled once, with a code an administrator printed (`outreach-server enrol`); it gets
a random bearer token bound to its team and role. Only hashes of codes and tokens are stored, so
a copy of the database lets nobody act as a device. Codes carry about 59 random bits and expire
after a week, which makes guessing them hopeless without a slow hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Row, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.server import db
from sync.server.errors import ApiError, bad_request
from sync.server.schema import devices, enrolment_codes, teams

log = logging.getLogger(__name__)

FIELD = "field"
SUPERVISOR = "supervisor"
ROLES = (FIELD, SUPERVISOR)
DEVICE_ID = re.compile(r"[A-Za-z0-9_-]{4,64}")
#: No 0/O, 1/I/L: a code is read off paper and typed by hand.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4
CODE_LIFETIME = dt.timedelta(days=7)
#: The device id head office's own changes (reference lists) are logged under.
HEAD_OFFICE = "headoffice"
#: last_seen_at is written at most this often, so a burst of pulls does not queue for the lock.
SEEN_EVERY = dt.timedelta(seconds=30)


@dataclass(frozen=True)
class Device:
    device_id: str
    team: str
    role: str
    label: str
    #: A supervisor's branch (it sees that branch's teams); None: the whole bank.
    branch: str | None = None

    @property
    def is_supervisor(self) -> bool:
        return self.role == SUPERVISOR

    @property
    def sees_all_teams(self) -> bool:
        """A supervisor of the whole bank (one of a branch sees that branch's teams only)."""
        return self.role == SUPERVISOR and self.branch is None


def scope(conn: Connection, device: Device) -> frozenset[str] | None:
    """The teams whose records the device reads and writes (None: every team): a field
    device's own team, a branch supervisor's branch's teams (its own team too)."""
    if device.sees_all_teams:
        return None
    if not device.is_supervisor:
        return frozenset({device.team})
    found = conn.scalars(select(teams.c.name).where(teams.c.branch == device.branch))
    return frozenset(found)


def team_branches(engine: Engine, device: Device) -> list[dict[str, str]]:
    """The teams in the device's scope with their branches: a supervisor's laptop filters its
    log and reports by branch with these (its records carry a team, not a branch)."""
    query = select(teams.c.name, teams.c.branch).order_by(teams.c.name)
    with db.reading(engine) as conn:
        seen = scope(conn, device)
        if seen is not None:
            query = query.where(teams.c.name.in_(sorted(seen)))
        return [{"team": name, "branch": branch} for name, branch in conn.execute(query)]


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_code() -> str:
    """A human-friendly one-time code such as K7QM-2XHD-93TF."""
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def normalise_code(code: str) -> str:
    """What was typed, without dashes, spaces or case, as it is hashed."""
    return re.sub(r"[^A-Za-z0-9]", "", code).upper()


def code_hash(code: str) -> str:
    return digest(normalise_code(code))


def authenticate(engine: Engine, authorization: str | None) -> Device:
    """The device behind an `Authorization: Bearer <token>` header, or 401."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "a device token is required")
    with db.reading(engine) as conn:
        row = conn.execute(
            select(devices).where(devices.c.token_hash == digest(token.strip()))
        ).first()
    if row is None:
        raise ApiError(401, "unauthorized", "unknown device token: enrol this device again")
    if row.revoked_at is not None:
        raise ApiError(401, "revoked", "this device was revoked at head office")
    moment = db.now()
    if row.last_seen_at is None or row.last_seen_at < db.iso(moment - SEEN_EVERY):
        with db.writing(engine) as conn:
            conn.execute(
                update(devices)
                .where(devices.c.device_id == row.device_id)
                .values(last_seen_at=db.iso(moment))
            )
    return Device(row.device_id, row.team, row.role, row.label, row.branch)


def _text(body: dict[str, Any], name: str, limit: int, required: bool = True) -> str:
    value = body.get(name, None if required else "")
    if value is None:
        value = ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise bad_request(f'"{name}" must be a text')
    if len(value) > limit:
        raise bad_request(f'"{name}" is longer than {limit} characters')
    return value.strip()


def enrol(engine: Engine, body: Any) -> dict[str, str | None]:
    """Use a one-time code: bind the device id to the code's team and role, give it a token.

    Enrolling a device id again (a reinstalled laptop) replaces its token, team and role, and
    lifts a revocation: the administrator handed out a new code for it.
    """
    if not isinstance(body, dict):
        raise bad_request("the body must be a JSON object")
    code = _text(body, "code", 64)
    device_id = _text(body, "device_id", 64)
    label = _text(body, "label", 200, required=False)
    team = _text(body, "team", 200, required=False) or None
    if not DEVICE_ID.fullmatch(device_id):
        raise bad_request("device_id must be 4-64 letters, digits, '-' or '_'")
    if device_id == HEAD_OFFICE:
        raise bad_request(f"{HEAD_OFFICE!r} is head office's own id: choose another")
    token = secrets.token_urlsafe(32)
    moment = db.iso(db.now())
    try:
        found = _use_code(engine, code, device_id, label, digest(token), moment, team)
    except IntegrityError:  # the same device id enrolled by another process at this moment
        raise ApiError(409, "busy", "this device is being enrolled already: try again") from None
    log.info("enrolled device %s for team %s as %s", device_id, found.team, found.role)
    branch = found.branch if found.role == SUPERVISOR else None
    return {
        "token": token,
        "device_id": device_id,
        "team": found.team,
        "role": found.role,
        "branch": branch,
    }


def _use_code(
    engine: Engine,
    code: str,
    device_id: str,
    label: str,
    token_hash: str,
    moment: str,
    team: str | None,
) -> Row[Any]:
    with db.writing(engine) as conn:
        found = conn.execute(
            select(enrolment_codes).where(enrolment_codes.c.code_hash == code_hash(code))
        ).first()
        if found is None:
            raise ApiError(403, "bad_code", "unknown enrolment code: check it or ask for a new one")
        if found.used_at is not None:
            raise ApiError(409, "code_used", "this enrolment code was already used")
        if found.expires_at < moment:
            raise ApiError(403, "code_expired", "this enrolment code has expired")
        if team is not None and team != found.team:
            raise ApiError(
                409, "other_team", f"this device holds team {team!r}'s records: the code is unused"
            )
        taken = conn.execute(
            update(enrolment_codes)
            .where(enrolment_codes.c.code_hash == found.code_hash)
            .where(enrolment_codes.c.used_at.is_(None))
            .values(used_at=moment, device_id=device_id)
        )
        if taken.rowcount != 1:  # another process used it a moment ago
            raise ApiError(409, "code_used", "this enrolment code was already used")
        values = {
            "team": found.team,
            "role": found.role,
            "label": label,
            "token_hash": token_hash,
            "enrolled_at": moment,
            "last_seen_at": moment,
            "revoked_at": None,
            "branch": found.branch if found.role == SUPERVISOR else None,
        }
        known = conn.execute(
            select(devices.c.device_id).where(devices.c.device_id == device_id)
        ).first()
        if known:
            conn.execute(update(devices).where(devices.c.device_id == device_id).values(values))
        else:
            conn.execute(insert(devices).values(device_id=device_id, **values))
    return found
