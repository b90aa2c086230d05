"""Schema versions of the server's database, applied in order at start-up.

Our own few lines instead of Alembic: the schema is small, the same code must run on SQLite and
PostgreSQL, every server process migrates by itself when it starts (no separate deploy step an
administrator could forget), and the version check must share a lock with the migration so that
several processes starting at once migrate exactly once. A migration is frozen once released:
each one holds its own table definitions, never schema.py's (which describe the latest state),
so an old database and a fresh one end up identical. A test checks the migrated tables match
schema.py.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import orjson
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    insert,
    select,
    text,
    update,
)

from desktop.domain.kinds import KINDS
from desktop.domain.refdata import DEFAULT_ITEMS, item_uuid
from desktop.store.store import SEED_STAMP
from sync.server import db, rows
from sync.server.schema import records, schema_version

log = logging.getLogger(__name__)


class TooNew(RuntimeError):
    """The database was written by a newer server; this one must not touch it."""

    def __init__(self, found: int) -> None:
        super().__init__(
            f"the database is at schema version {found}, this server knows up to {LATEST}:"
            " update the server"
        )


def _v1(conn: Connection) -> None:
    """Teams, devices, enrolment codes, the change log, current records, conflicts, photos."""
    m = MetaData()
    serial = BigInteger().with_variant(Integer(), "sqlite")
    Table(
        "teams",
        m,
        Column("id", serial, primary_key=True, autoincrement=True),
        Column("name", String(100), nullable=False, unique=True),
        Column("created_at", String(40), nullable=False),
    )
    Table(
        "devices",
        m,
        Column("device_id", String(64), primary_key=True),
        Column("team", String(100), ForeignKey("teams.name"), nullable=False),
        Column("role", String(16), nullable=False),
        Column("label", String(200), nullable=False),
        Column("token_hash", String(64), nullable=False, unique=True),
        Column("enrolled_at", String(40), nullable=False),
        Column("last_seen_at", String(40)),
        Column("revoked_at", String(40)),
    )
    Table(
        "enrolment_codes",
        m,
        Column("code_hash", String(64), primary_key=True),
        Column("team", String(100), ForeignKey("teams.name"), nullable=False),
        Column("role", String(16), nullable=False),
        Column("created_at", String(40), nullable=False),
        Column("expires_at", String(40), nullable=False),
        Column("used_at", String(40)),
        Column("device_id", String(64)),
    )
    Table(
        "changes",
        m,
        Column("position", serial, primary_key=True, autoincrement=True),
        Column("device_id", String(64), nullable=False),
        Column("seq", BigInteger, nullable=False),
        Column("kind", String(32), nullable=False),
        Column("uuid", String(64), nullable=False),
        Column("team", String(100), nullable=False),
        Column("hlc", String(100), nullable=False),
        Column("base_hlc", String(100)),
        Column("payload", Text, nullable=False),
        Column("received_at", String(40), nullable=False),
        Column("lost", Boolean, nullable=False),
        UniqueConstraint("device_id", "seq", name="changes_device_seq"),
        Index("changes_team_position", "team", "position"),
        sqlite_autoincrement=True,
    )
    Table(
        "records",
        m,
        Column("kind", String(32), primary_key=True),
        Column("uuid", String(64), primary_key=True),
        Column("team", String(100), nullable=False),
        Column("hlc", String(100), nullable=False),
        Column("deleted", Boolean, nullable=False),
        Column("payload", Text, nullable=False),
    )
    Table(
        "conflicts",
        m,
        Column("id", serial, primary_key=True, autoincrement=True),
        Column("kind", String(32), nullable=False),
        Column("uuid", String(64), nullable=False),
        Column("team", String(100), nullable=False),
        Column("winner_hlc", String(100), nullable=False),
        Column("loser_hlc", String(100), nullable=False),
        Column("loser_device", String(64)),
        Column("loser_payload", Text, nullable=False),
        Column("at", String(40), nullable=False),
        Index("conflicts_record", "kind", "uuid"),
    )
    Table(
        "photos",
        m,
        Column("sha256", String(64), primary_key=True),
        Column("size", BigInteger, nullable=False),
        Column("received", BigInteger, nullable=False),
        Column("complete", Boolean, nullable=False),
        Column("device_id", String(64)),
        Column("created_at", String(40), nullable=False),
    )
    Table(
        "photo_chunks",
        m,
        Column("sha256", String(64), ForeignKey("photos.sha256"), primary_key=True),
        Column("offset", BigInteger, primary_key=True),
        Column("data", LargeBinary, nullable=False),
    )
    m.create_all(conn)
    _seed_reference_lists(conn)


def _seed_reference_lists(conn: Connection) -> None:
    """The default lists as current records, stamped like every laptop's seed.

    Not in the change log: laptops seed the very same records themselves. Head office needs them
    so that `ref set` edits a known version, with a stamp that beats the seed everywhere.
    """
    kind = KINDS["ref_item"]
    created = db.iso(db.now())
    values = []
    for sort, (list_name, code, zh, en) in enumerate(DEFAULT_ITEMS):
        uuid = item_uuid(list_name, code)
        record = {
            "uuid": uuid,
            "revision": 1,
            "hlc": SEED_STAMP,
            "deleted": False,
            "created_at": created,
            "updated_at": created,
            "team": "",
            "list": list_name,
            "code": code,
            "label_zh": zh,
            "label_en": en,
            "active": True,
            "sort": sort,
        }
        values.append(
            {
                "kind": kind.name,
                "uuid": uuid,
                "team": "",
                "hlc": SEED_STAMP,
                "deleted": False,
                "payload": rows.encode(kind, record),
            }
        )
    conn.execute(insert(records), values)


def _v2(conn: Connection) -> None:
    """Tracked QR codes: the codes learnt from print runs, the links designs had, the scans.

    Print runs and designs already held are learnt here; from now on push learns them.
    """
    m = MetaData()
    serial = BigInteger().with_variant(Integer(), "sqlite")
    short_links = Table(
        "short_links",
        m,
        Column("code", String(16), primary_key=True),
        Column("print_run", String(64), nullable=False),
        Column("design", String(64), nullable=False),
        Column("team", String(100), nullable=False),
        Column("gone", Boolean, nullable=False),
        Index("short_links_print_run", "print_run"),
    )
    design_targets = Table(
        "design_targets",
        m,
        Column("design", String(64), primary_key=True),
        Column("target", String(500), primary_key=True),
    )
    Table(
        "scans",
        m,
        Column("id", serial, primary_key=True, autoincrement=True),
        Column("code", String(16), nullable=False),
        Column("print_run", String(64), nullable=False),
        Column("team", String(100), nullable=False),
        Column("at", String(40), nullable=False),
        Index("scans_print_run", "print_run", "at"),
    )
    m.create_all(conn)
    held = select(
        records.c.kind, records.c.uuid, records.c.team, records.c.deleted, records.c.payload
    )
    targets: set[tuple[str, str]] = set()
    codes: dict[str, dict[str, Any]] = {}
    for kind, uuid, team, deleted, payload in conn.execute(
        held.where(records.c.kind.in_(("leaflet_design", "print_run")))
    ):
        record = rows.decode(KINDS[kind], payload)
        if kind == "leaflet_design":
            if isinstance(record.get("qr_target"), str) and record["qr_target"]:
                targets.add((uuid, record["qr_target"]))
            continue
        code = record.get("tracking_code")
        if record.get("qr_mode") != "tracked" or not isinstance(code, str):
            continue
        code = code.upper()
        if re.fullmatch(r"[A-Z2-7]{8}", code) and code not in codes and record.get("design"):
            codes[code] = {
                "code": code,
                "print_run": uuid,
                "design": record["design"],
                "team": team,
                "gone": bool(deleted),
            }
    if targets:
        conn.execute(insert(design_targets), [{"design": d, "target": t} for d, t in targets])
    if codes:
        conn.execute(insert(short_links), list(codes.values()))


def _v3(conn: Connection) -> None:
    """A current record's JSON is kept once, in the change log: records point at it.

    Rows already held keep their payload (it stays valid); from now on push writes the
    (device_id, seq) of the current version instead.
    """
    if db.is_postgres(conn):
        conn.execute(text("ALTER TABLE records ALTER COLUMN payload DROP NOT NULL"))
        conn.execute(text("ALTER TABLE records ADD COLUMN device_id VARCHAR(64)"))
        conn.execute(text("ALTER TABLE records ADD COLUMN seq BIGINT"))
        return
    # SQLite cannot drop a NOT NULL: the table is made again.
    m = MetaData()
    Table(
        "records_v3",
        m,
        Column("kind", String(32), primary_key=True),
        Column("uuid", String(64), primary_key=True),
        Column("team", String(100), nullable=False),
        Column("hlc", String(100), nullable=False),
        Column("deleted", Boolean, nullable=False),
        Column("payload", Text),
        Column("device_id", String(64)),
        Column("seq", BigInteger),
    )
    m.create_all(conn)
    conn.execute(
        text(
            "INSERT INTO records_v3 (kind, uuid, team, hlc, deleted, payload)"
            " SELECT kind, uuid, team, hlc, deleted, payload FROM records"
        )
    )
    conn.execute(text("DROP TABLE records"))
    conn.execute(text("ALTER TABLE records_v3 RENAME TO records"))


def _v4(conn: Connection) -> None:
    """Versions of a record found by their stamp: two edits made side by side from the same
    version are joined field by field, which needs that version."""
    conn.execute(text("CREATE INDEX changes_record ON changes (uuid, hlc)"))


def _v5(conn: Connection) -> None:
    """Head office trusts a device less: a uuid names one record of one kind (records found
    by uuid alone); a tracked QR code leads only to a host head office allows; a picture
    reaches only the teams that sent it, as what they sent it for, and an upload is its
    device's own."""
    conn.execute(text("CREATE INDEX records_uuid ON records (uuid)"))
    m = MetaData()
    Table(
        "link_hosts",
        m,
        Column("host", String(300), primary_key=True),
        Column("added_at", String(40), nullable=False),
    )
    m.create_all(conn)
    _own_uploads(conn)
    _grant_photos(conn)


def _own_uploads(conn: Connection) -> None:
    """Uploads under way move to tables of their own, one per device; photos keep whole ones.

    An unfinished upload of before is dropped: any device could have continued or restarted
    it, so there is nobody to give it to (its laptop is told "received 0" and starts over).
    """
    conn.execute(
        text(
            "DELETE FROM photo_chunks"
            " WHERE sha256 IN (SELECT sha256 FROM photos WHERE NOT complete)"
        )
    )
    conn.execute(text("DELETE FROM photos WHERE NOT complete"))
    conn.execute(text("ALTER TABLE photos DROP COLUMN received"))
    conn.execute(text("ALTER TABLE photos DROP COLUMN complete"))
    m = MetaData()
    serial = BigInteger().with_variant(Integer(), "sqlite")
    Table("photos", m, Column("sha256", String(64), primary_key=True))  # (exists)
    created = [
        Table(
            "photo_grants",
            m,
            Column("sha256", String(64), ForeignKey("photos.sha256"), primary_key=True),
            Column("team", String(100), primary_key=True),
            Column("kind", String(32), primary_key=True),
            Column("device_id", String(64), nullable=False),
            Column("granted_at", String(40), nullable=False),
        ),
        Table(
            "photo_uploads",
            m,
            Column("id", serial, primary_key=True, autoincrement=True),
            Column("sha256", String(64), nullable=False),
            Column("device_id", String(64), nullable=False),
            Column("kind", String(32), nullable=False),
            Column("size", BigInteger, nullable=False),
            Column("received", BigInteger, nullable=False),
            Column("started_at", String(40), nullable=False),
            UniqueConstraint("sha256", "device_id", "kind", name="photo_uploads_owner"),
        ),
        Table(
            "photo_upload_chunks",
            m,
            Column(
                "upload",
                serial,
                ForeignKey("photo_uploads.id"),
                primary_key=True,
                autoincrement=False,
            ),
            Column("offset", BigInteger, primary_key=True),
            Column("data", LargeBinary, nullable=False),
        ),
    ]
    m.create_all(conn, tables=created)


#: The field by which each kind of record names a picture.
_PICTURE_FIELDS = {"photo": "sha256", "leaflet_design": "image"}


def _grant_photos(conn: Connection) -> None:
    """Each photo held stays with the team of the device that sent it (every team, '', for a
    supervisor's), as each kind of that team's records naming it, else as a session photo
    (kept, never handed out). Other teams' records naming it give nothing: that was the way
    to another team's photo. A photo whose sender is unknown stays stored, for nobody."""
    senders = {
        sha256: (device_id, "" if role == "supervisor" else team)
        for sha256, device_id, team, role in conn.execute(
            text(
                "SELECT p.sha256, d.device_id, d.team, d.role"
                " FROM photos p JOIN devices d ON d.device_id = p.device_id"
            )
        )
    }
    named = _pictures_named(conn, set(senders))
    moment = db.iso(db.now())
    grants = []
    for sha256, (device_id, holder) in senders.items():
        kinds = {kind for team, kind in named.get(sha256, ()) if holder in ("", team)} or {"photo"}
        grants += [
            {"sha256": sha256, "team": holder, "kind": kind, "device_id": device_id, "at": moment}
            for kind in sorted(kinds)
        ]
    if grants:
        conn.execute(
            text(
                "INSERT INTO photo_grants (sha256, team, kind, device_id, granted_at)"
                " VALUES (:sha256, :team, :kind, :device_id, :at)"
            ),
            grants,
        )


def _pictures_named(conn: Connection, held: set[str]) -> dict[str, set[tuple[str, str]]]:
    """(team, kind) of the current records naming each picture of `held`, by checksum."""
    at = {kind: rows.COLUMNS[kind].index(field) for kind, field in _PICTURE_FIELDS.items()}
    found = conn.execute(
        text(
            "SELECT r.kind, r.team, COALESCE(r.payload, c.payload) FROM records r"
            " LEFT JOIN changes c ON c.device_id = r.device_id AND c.seq = r.seq"
            " WHERE r.kind IN ('photo', 'leaflet_design')"
        )
    )
    named: dict[str, set[tuple[str, str]]] = {}
    for kind, team, payload in found:
        values = orjson.loads(payload) if payload else []
        sha256 = values[at[kind]] if len(values) > at[kind] else None
        if isinstance(sha256, str) and sha256 in held:
            named.setdefault(sha256, set()).add((team, kind))
    return named


def _v6(conn: Connection) -> None:
    """Officers are people: changes whose author is not on the team's roster are kept apart
    as the laptop's word (the roster itself is records of kind officer)."""
    m = MetaData()
    serial = BigInteger().with_variant(Integer(), "sqlite")
    Table(
        "unlisted_authors",
        m,
        Column("id", serial, primary_key=True, autoincrement=True),
        Column("team", String(100), nullable=False),
        Column("author", String(200), nullable=False),
        Column("kind", String(32), nullable=False),
        Column("uuid", String(64), nullable=False),
        Column("device_id", String(64), nullable=False),
        Column("seq", BigInteger, nullable=False),
        Column("at", String(40), nullable=False),
        Index("unlisted_authors_team", "team", "author"),
        sqlite_autoincrement=True,
    )
    m.create_all(conn)


#: The branch the teams of before branches are in (frozen with version 7).
DEFAULT_BRANCH = "default"


def _v7(conn: Connection) -> None:
    """Branches: every team belongs to one (those held fall into DEFAULT_BRANCH); a supervisor
    (and its enrolment code) is scoped to one branch, or to the whole bank (NULL, as every
    supervisor enrolled before)."""
    m = MetaData()
    serial = BigInteger().with_variant(Integer(), "sqlite")
    branches = Table(
        "branches",
        m,
        Column("id", serial, primary_key=True, autoincrement=True),
        Column("name", String(100), nullable=False, unique=True),
        Column("created_at", String(40), nullable=False),
    )
    m.create_all(conn)
    conn.execute(insert(branches).values(name=DEFAULT_BRANCH, created_at=db.iso(db.now())))
    conn.execute(
        text(
            f"ALTER TABLE teams ADD COLUMN branch VARCHAR(100) NOT NULL DEFAULT '{DEFAULT_BRANCH}'"
        )
    )
    conn.execute(text("ALTER TABLE devices ADD COLUMN branch VARCHAR(100)"))
    conn.execute(text("ALTER TABLE enrolment_codes ADD COLUMN branch VARCHAR(100)"))


def _v8(conn: Connection) -> None:
    """Refused changes are remembered once each, per device, for the administrator's count
    (`devices`); refusals before this version were never stored, so counting starts here."""
    m = MetaData()
    Table(
        "refused_changes",
        m,
        Column("device_id", String(64), primary_key=True),
        Column("seq", BigInteger, primary_key=True),
        Column("code", String(32), nullable=False),
        Column("at", String(40), nullable=False),
    )
    m.create_all(conn)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
)
LATEST = len(MIGRATIONS)


def version(conn: Connection) -> int:
    """The schema version of the database (0 for an empty one)."""
    schema_version.create(conn, checkfirst=True)
    found = conn.scalar(select(schema_version.c.version))
    if found is None:
        conn.execute(insert(schema_version).values(version=0))
        return 0
    return int(found)


def migrate(engine: Engine) -> int:
    """Bring the database up to LATEST; several processes may call this at the same moment.

    One transaction holds the whole upgrade (DDL is transactional on both databases), under a
    lock: PostgreSQL's advisory lock, SQLite's write lock (BEGIN IMMEDIATE). The second process
    waits, then finds the work done.
    """
    with db.writing(engine) as conn:
        if db.is_postgres(conn):
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": db.MIGRATION_LOCK})
        found = version(conn)
        if found > LATEST:
            raise TooNew(found)
        for number in range(found + 1, LATEST + 1):
            log.info("migrating the server database to schema version %d", number)
            MIGRATIONS[number - 1](conn)
        if found != LATEST:
            conn.execute(update(schema_version).values(version=LATEST))
    return LATEST
