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


def _v5(conn: sqlite3.Connection) -> None:
    """Officers: the people who record (a team's roster), named on records and history."""
    conn.execute(f"CREATE TABLE officers ({_META}, name TEXT, active INTEGER)")
    conn.execute("CREATE INDEX officers_team ON officers (team, deleted)")


def _v6(conn: sqlite3.Connection) -> None:
    """Supervisor review: review actions as records; each reviewed record's state, kept in step
    with its thread and its versions (review_index), so the log filters by state through an
    index; the stamp of each version in the history, to tell what changed since a send-back."""
    conn.execute(
        f"CREATE TABLE reviews ({_META}, target_kind TEXT, target TEXT, action TEXT,"
        " comment TEXT, seen_hlc TEXT)"
    )
    conn.execute("CREATE INDEX reviews_target ON reviews (target, hlc)")
    conn.execute(
        "CREATE TABLE review_state (uuid TEXT PRIMARY KEY, kind TEXT NOT NULL, team TEXT,"
        " deleted INTEGER NOT NULL DEFAULT 0, record_hlc TEXT, state TEXT NOT NULL,"
        " sent_back TEXT)"
    )
    conn.execute("CREATE INDEX review_state_state ON review_state (state, team)")
    conn.execute("CREATE INDEX review_state_team ON review_state (team, state)")
    for kind, table in (
        ("session", "sessions"),
        ("consultation", "consultations"),
        ("visit", "visits"),
        ("print_run", "print_runs"),
    ):
        conn.execute(
            "INSERT INTO review_state (uuid, kind, team, deleted, record_hlc, state)"
            f" SELECT uuid, '{kind}', team, deleted, hlc, 'received' FROM {table}"
        )
    conn.execute("ALTER TABLE history ADD COLUMN hlc TEXT")


#: Frozen with version 7: the columns each kind's text search looks in, as its FTS5 table
#: ("<table>_fts", trigram tokens) indexes them. A kind whose search fields differ from these
#: searches with LIKE until a later version indexes its new fields.
FTS_COLUMNS: dict[str, tuple[str, ...]] = {
    "sessions": ("place", "area", "notes", "staff"),
    "consultations": ("question", "answer"),
    "visits": ("village", "client_name", "notes"),
    "leaflet_designs": ("title", "body"),
    "ref_items": ("label_zh", "label_en"),
    "officers": ("name",),
}
#: Frozen with version 7: the list fields that hold several codes (JSON lists), copied into
#: record_codes (kind, field, code, uuid) by triggers so a filter on one code is an index probe.
CODE_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sessions": ("session", ("topics", "partners")),
    "visits": ("visit", ("services",)),
}
#: Frozen with version 7: each dated list's order (newest first, made total by the uuid) and
#: the filter columns that get an index ending in that order.
_LIST_ORDERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sessions": (
        "coalesce(held_on, '') DESC, coalesce(start_time, '') DESC, uuid DESC",
        ("team", "venue_kind", "campaign"),
    ),
    "consultations": (
        "coalesce(asked_on, '') DESC, uuid DESC",
        ("team", "category", "topic", "special_group"),
    ),
    "visits": ("coalesce(visited_on, '') DESC, uuid DESC", ("team", '"group"')),
    "print_runs": ("coalesce(printed_on, '') DESC, uuid DESC", ("team", "design")),
}


def _v7(conn: sqlite3.Connection) -> None:
    """Big lists (a supervisor's million records): an index for every list filter ending in the
    list's total order (keyset paging); codes of multi-valued fields in a side table; full-text
    search through FTS5 trigram tables. Both follow every write, whichever code path writes,
    in the writing transaction: the side table by triggers; the FTS tables by triggers that
    note the rows written (with the text the index holds for them) in "<table>_fts_pending",
    which the store's transaction writes into the index in one statement before it commits
    (search_index.flush: FTS5 written row by row from triggers costs three times as much, as it
    flushes its pending terms at every statement). The FTS tables take their text from the
    record tables by rowid (external content): a VACUUM, which may renumber rowids, must be
    followed by each FTS table's 'rebuild'."""
    for old in ("sessions_list", "sessions_venue", "sessions_campaign"):
        conn.execute(f"DROP INDEX IF EXISTS {old}")
    conn.execute("DROP INDEX IF EXISTS consultations_list")
    conn.execute("DROP INDEX IF EXISTS visits_list")
    for table, (order, columns) in _LIST_ORDERS.items():
        conn.execute(f"CREATE INDEX {table}_order ON {table} (deleted, {order})")
        for column in columns:
            name = column.strip('"')
            conn.execute(f"CREATE INDEX {table}_by_{name} ON {table} ({column}, deleted, {order})")
    # Keyed by record first: a filter probes it for each row of the list's index walk, and a
    # write replaces a record's codes; one b-tree, no second index to keep.
    conn.execute(
        "CREATE TABLE record_codes (uuid TEXT NOT NULL, field TEXT NOT NULL, code TEXT NOT NULL,"
        " kind TEXT NOT NULL, PRIMARY KEY (uuid, field, code)) WITHOUT ROWID"
    )
    for table, (kind, fields) in CODE_COLUMNS.items():
        # One trigger per event for all the table's code fields (each trigger run has its cost).
        codes = " UNION ".join(
            f"SELECT '{f}' AS field, value AS code FROM"
            f" json_each(CASE WHEN json_valid(new.{f}) THEN new.{f} END)"
            for f in fields
        )
        add = (
            f"INSERT INTO record_codes (kind, field, code, uuid) SELECT '{kind}', field, code,"
            f" new.uuid FROM ({codes}) WHERE code IS NOT NULL;"
        )
        drop = "DELETE FROM record_codes WHERE uuid = old.uuid;"
        changed = " OR ".join(f"old.{f} IS NOT new.{f}" for f in fields)
        conn.execute(f"CREATE TRIGGER {table}_codes_ins AFTER INSERT ON {table} BEGIN {add} END")
        conn.execute(
            f"CREATE TRIGGER {table}_codes_upd AFTER UPDATE OF {', '.join(fields)} ON {table}"
            f" WHEN {changed} BEGIN {drop} {add} END"
        )
        conn.execute(f"CREATE TRIGGER {table}_codes_del AFTER DELETE ON {table} BEGIN {drop} END")
        for f in fields:
            conn.execute(
                f"INSERT OR IGNORE INTO record_codes (kind, field, code, uuid)"
                f" SELECT '{kind}', '{f}', j.value, t.uuid FROM {table} t, json_each(t.{f}) j"
                f" WHERE json_valid(t.{f}) AND j.value IS NOT NULL"
            )
    for table, columns in FTS_COLUMNS.items():
        fts = f"{table}_fts"
        names = ", ".join(f'"{c}"' for c in columns)
        old = ", ".join(f'old."{c}"' for c in columns)
        changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in columns)
        conn.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}',"
            " content_rowid='rowid', tokenize='trigram')"
        )
        # indexed = 1: the index holds the row with the old text kept here (the first noted in
        # the transaction is what the index holds: later ones are not noted). NOT EXISTS, not
        # OR IGNORE: an upsert's conflict clause would override a trigger's OR IGNORE.
        conn.execute(
            f"CREATE TABLE {fts}_pending (rowid INTEGER PRIMARY KEY, indexed INTEGER NOT NULL,"
            f" {names})"
        )
        added = (
            f"INSERT INTO {fts}_pending (rowid, indexed) SELECT new.rowid, 0"
            f" WHERE NOT EXISTS (SELECT 1 FROM {fts}_pending WHERE rowid = new.rowid);"
        )
        held = (
            f"INSERT INTO {fts}_pending (rowid, indexed, {names}) SELECT old.rowid, 1, {old}"
            f" WHERE NOT EXISTS (SELECT 1 FROM {fts}_pending WHERE rowid = old.rowid);"
        )
        conn.execute(f"CREATE TRIGGER {fts}_ins AFTER INSERT ON {table} BEGIN {added} END")
        conn.execute(
            f"CREATE TRIGGER {fts}_upd AFTER UPDATE OF {names} ON {table} WHEN {changed}"
            f" BEGIN {held} END"
        )
        conn.execute(f"CREATE TRIGGER {fts}_del AFTER DELETE ON {table} BEGIN {held} END")
        conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


def _v8(conn: sqlite3.Connection) -> None:
    """The supervisor's review log: one list across the reviewed kinds, newest first. Each
    review_state row also holds its record's date and officer (kept in step by review_index),
    and indexes end in the log's order (date, uuid) so a filtered page is an index walk."""
    conn.execute("ALTER TABLE review_state ADD COLUMN on_date TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE review_state ADD COLUMN author TEXT")
    for kind, table, date in (
        ("session", "sessions", "held_on"),
        ("consultation", "consultations", "asked_on"),
        ("visit", "visits", "visited_on"),
        ("print_run", "print_runs", "printed_on"),
    ):
        conn.execute(
            f"UPDATE review_state AS s SET on_date = coalesce(t.{date}, ''), author = t.author"
            f" FROM {table} AS t WHERE t.uuid = s.uuid AND s.kind = '{kind}'"
        )
    conn.execute("CREATE INDEX review_log_order ON review_state (on_date, uuid)")
    for column in ("kind", "team", "state", "author"):
        conn.execute(
            f"CREATE INDEX review_log_by_{column} ON review_state ({column}, on_date, uuid)"
        )


def _v9(conn: sqlite3.Connection) -> None:
    """The review log's topic filter: record_codes by code, so the records holding one topic
    are an index search, not a probe of every session's codes (a count over a million)."""
    conn.execute("CREATE INDEX record_codes_by_code ON record_codes (field, code)")


def _v10(conn: sqlite3.Connection) -> None:
    """Each team's branch, as head office last said (records carry a team, not a branch): the
    review log's and the report's branch filters."""
    conn.execute(
        "CREATE TABLE team_branches (team TEXT PRIMARY KEY, branch TEXT NOT NULL) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX team_branches_branch ON team_branches (branch, team)")


def _v11(conn: sqlite3.Connection) -> None:
    """Filed period reports (报送) and the parts listing the records each counted; visits by
    village and group (the period report's follow-ups done)."""
    conn.execute(
        f"CREATE TABLE filed_reports ({_META}, title TEXT, filed_on TEXT, period_from TEXT,"
        " period_to TEXT, branch TEXT, teams TEXT, approved_only INTEGER, figures TEXT,"
        " records_count INTEGER, parts INTEGER, digest TEXT)"
    )
    conn.execute(
        f"CREATE TABLE filed_report_parts ({_META}, report TEXT, number INTEGER, entries TEXT)"
    )
    conn.execute("CREATE INDEX filed_reports_list ON filed_reports (deleted, filed_on DESC)")
    conn.execute("CREATE INDEX filed_report_parts_report ON filed_report_parts (report, number)")
    # The report's follow-ups done: a later visit to the same village and group.
    conn.execute('CREATE INDEX visits_follow_up ON visits (village, "group", visited_on)')


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
    _v9,
    _v10,
    _v11,
)
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
