"""The server's tables as the code reads and writes them (SQLAlchemy Core, no ORM).

migrations.py creates them; a test checks the migrated database has exactly these columns.
Payloads are JSON text: a record travels as one row of values under the protocol's columns
(sync.protocol.columns_for(kind)), so a pull copies stored text into the response untouched.
Timestamps are ISO text in UTC (db.iso).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    select,
)

metadata = MetaData()

#: SQLite makes only an INTEGER PRIMARY KEY an auto-incrementing row id.
Serial = BigInteger().with_variant(Integer(), "sqlite")

NAME = 100  # team names
ID = 64  # device ids, record uuids, hashes
STAMP = 100  # hybrid-clock stamps
TIME = 40  # ISO timestamps

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

#: Branches (支行 / 村镇银行 / 营业部): each team belongs to one; a supervisor is enrolled for
#: one branch (it sees that branch's teams) or for the whole bank.
branches = Table(
    "branches",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("name", String(NAME), nullable=False, unique=True),
    Column("created_at", String(TIME), nullable=False),
)

teams = Table(
    "teams",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("name", String(NAME), nullable=False, unique=True),
    Column("created_at", String(TIME), nullable=False),
    #: The branch's name (branches.name; teams of before branches are in DEFAULT_BRANCH).
    Column("branch", String(NAME), nullable=False),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(ID), primary_key=True),
    Column("team", String(NAME), ForeignKey("teams.name"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("label", String(200), nullable=False),
    Column("token_hash", String(ID), nullable=False, unique=True),
    Column("enrolled_at", String(TIME), nullable=False),
    Column("last_seen_at", String(TIME)),
    Column("revoked_at", String(TIME)),
    #: A supervisor's scope: the branch whose teams it sees (None: the whole bank).
    Column("branch", String(NAME)),
)

enrolment_codes = Table(
    "enrolment_codes",
    metadata,
    Column("code_hash", String(ID), primary_key=True),
    Column("team", String(NAME), ForeignKey("teams.name"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", String(TIME), nullable=False),
    Column("expires_at", String(TIME), nullable=False),
    Column("used_at", String(TIME)),
    Column("device_id", String(ID)),
    #: The scope of the supervisor it enrols (see devices.branch).
    Column("branch", String(NAME)),
)

#: The server's ordered log: position is what devices pull after.
changes = Table(
    "changes",
    metadata,
    Column("position", Serial, primary_key=True, autoincrement=True),
    Column("device_id", String(ID), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("uuid", String(ID), nullable=False),
    Column("team", String(NAME), nullable=False),
    Column("hlc", String(STAMP), nullable=False),
    Column("base_hlc", String(STAMP)),
    Column("payload", Text, nullable=False),
    Column("received_at", String(TIME), nullable=False),
    #: Lost a conflict on arrival: kept so a resend is recognised, never handed out in a pull.
    Column("lost", Boolean, nullable=False),
    UniqueConstraint("device_id", "seq", name="changes_device_seq"),
    Index("changes_team_position", "team", "position"),
    #: A record's versions by stamp (the base of an edit, to join side-by-side edits).
    Index("changes_record", "uuid", "hlc"),
    sqlite_autoincrement=True,
)

#: The current version (the winner) of every record; team '' is global (reference lists).
#: Its JSON is kept once: in the change log, at (device_id, seq). Only versions that never
#: entered the log (the seeded reference lists) have it here, in payload.
records = Table(
    "records",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("uuid", String(ID), primary_key=True),
    Column("team", String(NAME), nullable=False),
    Column("hlc", String(STAMP), nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("payload", Text),
    Column("device_id", String(ID)),
    Column("seq", BigInteger),
    #: One kind per uuid: a push may not reuse a record's uuid under another kind.
    Index("records_uuid", "uuid"),
)

#: The JSON row of each record's current version, for queries on `records`.
current_payload = func.coalesce(
    records.c.payload,
    select(changes.c.payload)
    .where(changes.c.device_id == records.c.device_id, changes.c.seq == records.c.seq)
    .scalar_subquery(),
).label("payload")

#: Every version that lost to a concurrent one, so nothing recorded is silently dropped.
conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("uuid", String(ID), nullable=False),
    Column("team", String(NAME), nullable=False),
    Column("winner_hlc", String(STAMP), nullable=False),
    Column("loser_hlc", String(STAMP), nullable=False),
    Column("loser_device", String(ID)),
    #: The losing version as a JSON object (column name to value), readable on its own.
    Column("loser_payload", Text, nullable=False),
    Column("at", String(TIME), nullable=False),
    Index("conflicts_record", "kind", "uuid"),
)

#: Every picture head office holds whole, with its hash checked: stored once, whoever sent it.
photos = Table(
    "photos",
    metadata,
    Column("sha256", String(ID), primary_key=True),
    Column("size", BigInteger, nullable=False),
    #: The device that sent it first.
    Column("device_id", String(ID)),
    Column("created_at", String(TIME), nullable=False),
)

#: Photo bytes live in the database, so every server process sees every upload.
photo_chunks = Table(
    "photo_chunks",
    metadata,
    Column("sha256", String(ID), ForeignKey("photos.sha256"), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

#: Who may have a stored picture, and as what: a team that sent all its bytes (team '' for a
#: device that sees every team), as the kind of record it was sent for (a session photo is
#: never handed out as a design's picture).
photo_grants = Table(
    "photo_grants",
    metadata,
    Column("sha256", String(ID), ForeignKey("photos.sha256"), primary_key=True),
    Column("team", String(NAME), primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("device_id", String(ID), nullable=False),
    Column("granted_at", String(TIME), nullable=False),
)

#: Uploads under way, each the device's own (no other device resumes, restarts or completes
#: it); its bytes move to photo_chunks once they are all in and match the hash.
photo_uploads = Table(
    "photo_uploads",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("sha256", String(ID), nullable=False),
    Column("device_id", String(ID), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("started_at", String(TIME), nullable=False),
    UniqueConstraint("sha256", "device_id", "kind", name="photo_uploads_owner"),
)

photo_upload_chunks = Table(
    "photo_upload_chunks",
    metadata,
    Column("upload", Serial, ForeignKey("photo_uploads.id"), primary_key=True, autoincrement=False),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

CODE = 16  # tracking codes (8 characters today)
URL = 500  # links, as long as the laptops allow

#: Tracking codes head office has learnt from print runs: what /q/<code> resolves by.
short_links = Table(
    "short_links",
    metadata,
    #: Upper case; the first print run to bring a code keeps it.
    Column("code", String(CODE), primary_key=True),
    Column("print_run", String(ID), nullable=False),
    Column("design", String(ID), nullable=False),
    Column("team", String(NAME), nullable=False),
    #: The print run is deleted: the code no longer leads anywhere.
    Column("gone", Boolean, nullable=False),
    Index("short_links_print_run", "print_run"),
)

#: Every QR link a leaflet design has had as its current version: where a code may lead.
design_targets = Table(
    "design_targets",
    metadata,
    Column("design", String(ID), primary_key=True),
    Column("target", String(URL), primary_key=True),
)

#: One row per scan of a tracked code; deliberately no personal data (no address, no browser).
scans = Table(
    "scans",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("code", String(CODE), nullable=False),
    Column("print_run", String(ID), nullable=False),
    Column("team", String(NAME), nullable=False),
    Column("at", String(TIME), nullable=False),
    Index("scans_print_run", "print_run", "at"),
)

#: Changes whose author is not on their team's roster of officers (a roster the team has):
#: accepted all the same, as nothing recorded may be lost, and kept here as the laptop's word
#: for head office to look into (`outreach-server officers list`).
unlisted_authors = Table(
    "unlisted_authors",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("team", String(NAME), nullable=False),
    Column("author", String(200), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("uuid", String(ID), nullable=False),
    Column("device_id", String(ID), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("at", String(TIME), nullable=False),
    Index("unlisted_authors_team", "team", "author"),
    sqlite_autoincrement=True,
)

#: Changes head office refused, once each (device, seq) however often they are sent again:
#: the laptop keeps them with the reason, and `outreach-server devices` counts them per device
#: so head office knows whom to call. The latest refusal's code and moment are kept.
refused_changes = Table(
    "refused_changes",
    metadata,
    Column("device_id", String(ID), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("code", String(32), nullable=False),
    Column("at", String(TIME), nullable=False),
)

#: Hosts the administrator lets /q/<code> redirect to (`links allow`), besides the shipped
#: designs' own: `[*.]host[:port]`, the host in lower-case ASCII (see linkhosts).
link_hosts = Table(
    "link_hosts",
    metadata,
    Column("host", String(300), primary_key=True),
    Column("added_at", String(TIME), nullable=False),
)
