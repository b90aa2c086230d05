"""Schema versions of the local store, applied in order, each in its own transaction.

A migration is frozen once released: a laptop in a village may open its database months later
with a newer app, and must end up with exactly the schema a fresh store gets. New fields of a
record kind therefore arrive as a new migration, never as an edit of an old one; a test checks
that the migrated schema has a column for every field the record kinds define.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.store.errors import StoreUnavailable

_META = (
    "uuid TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, author TEXT,"
    " device_id TEXT NOT NULL, team TEXT, revision INTEGER NOT NULL,"
    " deleted INTEGER NOT NULL DEFAULT 0, hlc TEXT NOT NULL"
)

#: Record tables as first released (version 1).
_V1_TABLES = {
    "sessions": "held_on TEXT, start_time TEXT, end_time TEXT, place TEXT, area TEXT,"
    " venue_kind TEXT, campaign TEXT, topics TEXT, partners TEXT, staff TEXT,"
    " audience INTEGER, consultation_count INTEGER, online INTEGER, notes TEXT",
    "consultations": "session TEXT, asked_on TEXT, category TEXT, topic TEXT, question TEXT,"
    " answer TEXT, resolution TEXT, special_group TEXT, follow_up INTEGER, consent INTEGER,"
    " contact_name TEXT, contact_phone TEXT",
    "visits": 'visited_on TEXT, village TEXT, "group" TEXT, services TEXT, outcome TEXT,'
    " follow_up_on TEXT, staff TEXT, consent INTEGER, client_name TEXT, client_phone TEXT,"
    " client_address TEXT, notes TEXT",
    "leaflet_designs": "title TEXT, topic TEXT, body TEXT, qr_target TEXT, language TEXT,"
    " layout TEXT, low_stock INTEGER, active INTEGER",
    "print_runs": "design TEXT, printed_on TEXT, copies INTEGER, notes TEXT",
    "handouts": "session TEXT, design TEXT, count INTEGER",
    "photos": "session TEXT, sha256 TEXT, file_name TEXT, caption TEXT",
    "ref_items": "list TEXT, code TEXT, label_zh TEXT, label_en TEXT, active INTEGER, sort INTEGER",
}


def _v1(conn: sqlite3.Connection) -> None:
    """Record tables, settings, the outgoing change log and the edit history."""
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    for table, columns in _V1_TABLES.items():
        conn.execute(f"CREATE TABLE {table} ({_META}, {columns})")
    conn.execute(
        "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " change_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, uuid TEXT NOT NULL,"
        " revision INTEGER NOT NULL, hlc TEXT NOT NULL, payload TEXT NOT NULL,"
        " created_at TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
        " uuid TEXT NOT NULL, revision INTEGER NOT NULL, at TEXT NOT NULL, author TEXT,"
        " device_id TEXT, action TEXT NOT NULL, changes TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX history_uuid ON history (uuid, id)")
    conn.execute("CREATE INDEX handouts_session ON handouts (session)")
    conn.execute("CREATE INDEX consultations_session ON consultations (session)")
    conn.execute("CREATE UNIQUE INDEX ref_items_code ON ref_items (list, code)")


def _v2(conn: sqlite3.Connection) -> None:
    """Drafts of unsaved forms, and indexes for the lists' newest-first order and filters."""
    conn.execute(
        "CREATE TABLE drafts (key TEXT PRIMARY KEY, kind TEXT NOT NULL, record_uuid TEXT,"
        " data TEXT NOT NULL, saved_at TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX sessions_list ON sessions (deleted, held_on DESC, start_time DESC)")
    conn.execute("CREATE INDEX sessions_venue ON sessions (venue_kind, held_on)")
    conn.execute("CREATE INDEX sessions_campaign ON sessions (campaign, held_on)")
    conn.execute("CREATE INDEX consultations_list ON consultations (deleted, asked_on DESC)")
    conn.execute("CREATE INDEX visits_list ON visits (deleted, visited_on DESC)")
    conn.execute("CREATE INDEX print_runs_design ON print_runs (design)")
    conn.execute("CREATE INDEX handouts_design ON handouts (design)")
    conn.execute("CREATE INDEX photos_session ON photos (session)")


def _v3(conn: sqlite3.Connection) -> None:
    """Sync: what each change was based on, refused changes (kept, not lost), photos sent."""
    conn.execute("ALTER TABLE outbox ADD COLUMN base_hlc TEXT")
    conn.execute("ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'")
    conn.execute("ALTER TABLE outbox ADD COLUMN reason TEXT")
    conn.execute("CREATE INDEX outbox_status ON outbox (status, seq)")
    conn.execute("CREATE TABLE photo_uploads (sha256 TEXT PRIMARY KEY, uploaded_at TEXT NOT NULL)")


def _v4(conn: sqlite3.Connection) -> None:
    """Printable leaflets: a design's picture, footer and QR mode; what each print run printed."""
    for column in ("image TEXT", "footer TEXT", "qr_mode TEXT"):
        conn.execute(f"ALTER TABLE leaflet_designs ADD COLUMN {column}")
    for column in (
        "layout TEXT",
        "qr_mode TEXT",
        "tracking_code TEXT",
        "qr_url TEXT",
        "target TEXT",
    ):
        conn.execute(f"ALTER TABLE print_runs ADD COLUMN {column}")
    conn.execute("CREATE INDEX print_runs_tracking_code ON print_runs (tracking_code)")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3, _v4)
LATEST = len(MIGRATIONS)


class TooNew(StoreUnavailable):
    """The database was written by a newer version of the app."""

    def __init__(self, found: int, path: Path | None = None) -> None:
        self.found = found
        super().__init__(
            "too_new", path or Path(), f"schema version {found}, this app knows {LATEST}"
        )


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> list[int]:
    """Bring the schema up to `target`; returns the versions applied.

    `conn` must be in autocommit mode (isolation_level=None) so each step's BEGIN/COMMIT is ours.
    """
    current = version(conn)
    if current > LATEST:
        raise TooNew(current)
    applied = []
    for number in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
