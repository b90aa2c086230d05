"""The local store: every record a laptop holds, in one SQLite file in the data dir.

Each save is one transaction that writes the record, a line of edit history and an entry in the
outbox (the change log sync ships to head office), so the three never disagree, whatever moment
the laptop loses power. Records are never deleted, only marked as tombstones, so a deletion can
travel to head office like any other change.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import sqlite_utils

from desktop.domain import designs, refdata
from desktop.domain.clock import FOLLOW_AHEAD_MS, HybridClock
from desktop.domain.fields import META_NAMES, FieldType
from desktop.domain.ids import new_uuid
from desktop.domain.kinds import KINDS, REVIEWED_KINDS, RecordKind, officer_key
from desktop.domain.kinds import kind as kind_named
from desktop.domain.validation import Invalid, Issue, Lookup, clean, errors
from desktop.store import backups, migrations, review_index, search_index
from desktop.store import errors as store_errors
from desktop.store.errors import StoreUnavailable
from desktop.store.queries import RecordFilter, SortKey, count_sql, list_sql

log = logging.getLogger(__name__)

DB_NAME = store_errors.STORE_FILE_NAME
SEED_STAMP = "000000000000000-00000-seed"
#: Set when desktop.demo filled the store.
DEMO_SETTING = "demo"
#: Counts the times the store's clock was brought back by head office's time (a clock that ran
#: ahead), so every connection to the store drops the stamps it had followed up there.
CLOCK_REWINDS = "clock_rewinds"
#: The laptop's current officer ({"uuid", "name"}): a setting of this laptop, never synced.
OFFICER_SETTING = "officer"

Record = dict[str, Any]

#: Records that are parts of another and are deleted with it (a session's hand-outs, photos).
TAKEN_ALONG = {"session": ("handout", "photo")}


def new_device_id() -> str:
    return uuidlib.uuid4().hex[:12]


#: How long a write waits for another program's lock on the store before giving up (ms).
BUSY_TIMEOUT_MS = 10_000


def _connect(folder: Path, path: Path) -> sqlite3.Connection:
    """The store file's connection, once it is known to be a store this app can read.

    Everything is checked before anything is written (not even WAL is switched on), so a
    folder that cannot be used, a damaged or foreign file, or a newer app's store is left as
    it was, with an error the user can read. A new store's file appears whole (see _create),
    so a store file that is empty, or another program's database, is never taken for a new
    store: it is damaged. A store an older app wrote is copied into the backups folder before
    anything of it changes, and is not opened (so not migrated) if the copy cannot be made.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise store_errors.from_os_error(folder, e) from e
    try:
        if not path.exists():
            _create(path)
        elif path.is_file() and path.stat().st_size == 0:
            raise store_errors.StoreDamaged(path, "an empty file")
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except OSError as e:
        raise store_errors.from_os_error(folder, e) from e
    except sqlite3.Error as e:
        raise _unavailable(path, e) from e
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        found = migrations.version(conn)
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]  # the header
    except sqlite3.Error as e:
        conn.close()
        raise _unavailable(path, e) from e
    if found > migrations.LATEST:
        conn.close()
        raise migrations.TooNew(found, path)
    if found == 0 and tables:
        conn.close()
        raise store_errors.StoreDamaged(path, "a database of another program")
    if 0 < found < migrations.LATEST:  # an older app's store, about to be migrated
        try:
            made = backups.before_migration(conn, folder, found)
        except StoreUnavailable:
            conn.close()
            raise
        log.info("store at schema version %d copied to %s before its migration", found, made)
    return conn


_CREATING = ".creating"


def _create(path: Path) -> None:
    """An empty SQLite file (its header only) at `path`, made beside it and moved in whole, so
    that a store file is never left empty by an app stopped while creating it."""
    partial = path.with_name(path.name + _CREATING)
    partial.unlink(missing_ok=True)  # left by an app stopped here
    conn = sqlite3.connect(partial, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")  # writes the header
    finally:
        conn.close()
    try:
        os.link(partial, path)  # not over a store another process made meanwhile
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links (FAT)
        if not path.exists():
            os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _unavailable(path: Path, error: sqlite3.Error) -> StoreUnavailable:
    """What SQLite's refusal means to the user (its messages are English only)."""
    return store_errors.store_failure(path, error)


class _KeepingLinks:
    """The store as validation sees it for an edit that keeps links to deleted records."""

    def __init__(self, store: Store, kept: set[str]) -> None:
        self.store = store
        self.kept = kept

    def resolve_ref(self, list_name: str, text: str) -> str | None:
        return self.store.resolve_ref(list_name, text)

    def link_exists(self, kind: str, uuid: str) -> bool:
        return uuid in self.kept or self.store.link_exists(kind, uuid)


class StaleEdit(Exception):
    """The record changed (another window, or sync) since the form was opened."""

    def __init__(self, kind: str, uuid: str, expected: int, found: int) -> None:
        self.kind, self.uuid, self.expected, self.found = kind, uuid, expected, found
        super().__init__(f"{kind} {uuid} is at revision {found}, the edit was made on {expected}")


def utc_now(seconds: float | None = None) -> str:
    moment = (
        dt.datetime.now(dt.UTC) if seconds is None else dt.datetime.fromtimestamp(seconds, dt.UTC)
    )
    return moment.isoformat(timespec="milliseconds")


def encode_values(kind: RecordKind, values: Mapping[str, Any]) -> dict[str, Any]:
    """Python values to column values."""
    row: dict[str, Any] = {}
    for f in kind.fields:
        value = values.get(f.name)
        if f.type.is_list:
            value = orjson.dumps(value or []).decode()
        elif f.type is FieldType.BOOL:
            value = 1 if value else 0
        row[f.name] = value
    return row


def decode_row(kind: RecordKind, row: Mapping[str, Any]) -> Record:
    """Column values to Python values (lists from JSON, flags to bool)."""
    record: Record = {name: row[name] for name in META_NAMES}
    record["deleted"] = bool(record["deleted"])
    for f in kind.fields:
        value = row[f.name]
        if f.type.is_list:
            value = orjson.loads(value) if value else []
        elif f.type is FieldType.BOOL:
            value = bool(value)
        record[f.name] = value
    return record


def quote(name: str) -> str:
    return f'"{name}"'


@functools.lru_cache(maxsize=64)
def upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    """INSERT-or-UPDATE of a whole row by uuid (made once per table and column set)."""
    names = ", ".join(quote(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in columns if c != "uuid")
    return (
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT(uuid) DO UPDATE SET {updates}"
    )


class Store:
    """One open store. Use one per thread: SQLite connections stay on the thread that made them."""

    def __init__(
        self,
        data_dir: Path,
        *,
        wall: Callable[[], float] = time.time,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_NAME
        self.photos_dir = self.data_dir / "photos"
        self._today = today
        self._wall = wall
        conn = _connect(self.data_dir, self.path)
        try:
            self._open(conn, wall)
        except sqlite3.DatabaseError as e:
            conn.close()
            raise _unavailable(self.path, e) from e

    def _open(self, conn: sqlite3.Connection, wall: Callable[[], float]) -> None:
        self.db = sqlite_utils.Database(conn)
        self.db.enable_wal()
        # FULL: a committed save survives a power cut, not only a crash of the app.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Statement journals in memory: a table with triggers (the search index's, schema v7)
        # needs one per statement, and on disk it cost a pull a third of its speed.
        conn.execute("PRAGMA temp_store = MEMORY")
        # 16 MiB of page cache (SQLite's default is 2): a pulled page lands all over the list
        # and review-log indexes (they end in the date), which outgrow 2 MiB at a few ten
        # thousand records; bench/pull_bench.py, about a tenth faster.
        conn.execute("PRAGMA cache_size = -16384")
        self.conn = conn
        self._depth = 0
        self._lock = threading.RLock()
        migrations.migrate(conn)
        self._ref_cache: dict[str, list[Record]] | None = None
        self._author: str | None = None
        conn.execute("BEGIN IMMEDIATE")  # two windows opening a new store make one device id
        device = self.setting("device_id")
        if device is None:
            device = new_device_id()
            self.set_setting("device_id", device)
        conn.execute("COMMIT")
        self.device_id: str = device
        #: Seconds to add to this laptop's clock, learnt from head office at sync; a laptop whose
        #: clock is days off still stamps its edits in the right order once it has synced.
        self.clock_offset = float(self.setting("clock_offset", 0.0))
        self.clock = HybridClock(
            device,
            self.setting("clock"),
            lambda: wall() + self.clock_offset,
            ahead_ms=FOLLOW_AHEAD_MS,
        )
        #: How often the shared clock was rewound (see rewind_clock) when this one last read it.
        self._rewinds = int(self.setting(CLOCK_REWINDS, 0))
        if not self.conn.execute("SELECT 1 FROM ref_items LIMIT 1").fetchone():
            self.seed_reference_lists()
        if not self.conn.execute("SELECT 1 FROM leaflet_designs LIMIT 1").fetchone():
            self.seed_leaflet_designs()

    # -- transactions and settings ------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all; nests (inner blocks join the outer)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                # Other connections (sync or import workers) may have moved the clock on; the
                # clock is read once per transaction and written back once, not per record.
                shared, rewinds, self.clock_offset = self._shared_clock()
                if shared and rewinds != self._rewinds:
                    self.clock.reset(shared)  # brought back by head office's time elsewhere
                    self._rewinds = rewinds
                elif shared:
                    self.clock.observe(shared, bounded=False)  # our own clock
                yield
                search_index.flush(self.conn)  # the search index, in this transaction
                if self.clock.last != shared:
                    self.set_setting("clock", self.clock.last)
                self.conn.execute("COMMIT")
            except BaseException:
                # Also when COMMIT itself fails (disk full): never leave a transaction open.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self._ref_cache = None
                self._author = None
                raise
            finally:
                self._depth = 0

    def _shared_clock(self) -> tuple[str | None, int, float]:
        """The clock as the store holds it: its last stamp, how often it was rewound, and the
        correction learnt from head office (a sync worker's connection may have moved each)."""
        found = dict(
            self.conn.execute(
                "SELECT key, value FROM settings WHERE key IN ('clock', ?, 'clock_offset')",
                (CLOCK_REWINDS,),
            ).fetchall()
        )
        shared = json.loads(found["clock"]) if "clock" in found else None
        rewinds = int(json.loads(found.get(CLOCK_REWINDS, "0")))
        return shared, rewinds, float(json.loads(found.get("clock_offset", "0")))

    def close(self) -> None:
        self.conn.close()

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )
        if key in ("author", OFFICER_SETTING):
            self._author = None

    @property
    def team(self) -> str:
        return str(self.setting("team", ""))

    def use_device_id(self, device: str) -> None:
        """Take a new identity (the laptop was enrolled again under it). A data folder copied
        to a second laptop must not go on numbering its changes as the first one does, or
        head office could not tell their changes apart. Versions head office holds keep the
        id they were made under; those not sent yet go under the new one, as head office
        attributes every version to the device that sends it."""
        with self.transaction():
            self.set_setting("device_id", device)
            waiting = self.conn.execute(
                "SELECT seq, kind, uuid, hlc, payload FROM outbox"
                " WHERE status IN ('pending', 'rejected')"
            ).fetchall()
            for seq, kind, uuid, hlc, payload in waiting:
                record = json.loads(payload)
                record["device_id"] = device
                self.conn.execute(
                    "UPDATE outbox SET payload = ? WHERE seq = ?",
                    (json.dumps(record, ensure_ascii=False), seq),
                )
                self.conn.execute(
                    f"UPDATE {KINDS[kind].table} SET device_id = ? WHERE uuid = ? AND hlc = ?",
                    (device, uuid, hlc),
                )
        self.device_id = device
        self.clock.device = device

    @property
    def holds_demo(self) -> bool:
        """Filled with demo records (desktop.demo): they must never reach head office."""
        return bool(self.setting(DEMO_SETTING))

    @property
    def author(self) -> str:
        """Who records: the current officer's name; with none chosen (a laptop used from the
        command line before the window first asked), the older "author" setting or the OS
        login, so that nothing recorded is ever anonymous."""
        if self._author is None:
            current = self.current_officer()
            self._author = str(
                current["name"] if current else self.setting("author") or getpass.getuser()
            )
        return self._author

    # -- officers -----------------------------------------------------------------------------

    def officers(self, include_inactive: bool = False) -> list[Record]:
        """The roster of the laptop's team, by name: the laptop's own officers until it is
        enrolled, then head office's, which come down with every sync (officers the laptop
        added before and head office refused, as its roster had the name, are left out: head
        office's officer of that name stands for them). One officer per name."""
        rows = self.db.query(
            "SELECT * FROM officers WHERE deleted = 0 AND coalesce(team, '') = ?"
            " AND uuid NOT IN (SELECT uuid FROM outbox WHERE kind = 'officer'"
            " AND status = 'rejected') ORDER BY name, created_at",
            [self.team],
        )
        by_name: dict[str, Record] = {}
        for row in rows:
            record = decode_row(KINDS["officer"], row)
            key = officer_key(record["name"])
            held = by_name.get(key)
            # Of two of one name, the one in use, then the one head office made.
            if held is None or (record["active"], record["device_id"] != self.device_id) > (
                held["active"],
                held["device_id"] != self.device_id,
            ):
                by_name[key] = record
        found = list(by_name.values())
        return found if include_inactive else [o for o in found if o["active"]]

    def may_add_officers(self, enrolled: bool) -> bool:
        """Whether this laptop may add an officer to its roster: always until it is enrolled;
        then the roster is head office's, and the laptop adds one only while its team has
        none yet (the first start on a laptop enrolled first)."""
        return not enrolled or not self.officers(include_inactive=True)

    def add_officer(self, name: str) -> Record:
        """An officer on the roster by this name: the one there already (put back in use if it
        was taken out), else a new one. Raises Invalid for an empty or too long name."""
        key = officer_key(name)
        with self.transaction():
            for officer in self.officers(include_inactive=True):
                if officer_key(officer["name"]) == key:
                    if officer["active"]:
                        return officer
                    return self.save("officer", {**officer, "active": True}, uuid=officer["uuid"])
            return self.save("officer", {"name": " ".join(name.split()), "active": True})

    def current_officer(self) -> Record | None:
        """The officer this laptop records as, while the roster has them (by id, else by name:
        a laptop's own entry head office replaced by its own of that name)."""
        chosen = self.setting(OFFICER_SETTING)
        if not isinstance(chosen, dict):
            return None
        roster = self.officers()
        for officer in roster:
            if officer["uuid"] == chosen.get("uuid"):
                return officer
        key = officer_key(str(chosen.get("name", "")))
        return next((o for o in roster if officer_key(o["name"]) == key), None)

    def set_current_officer(self, uuid: str) -> Record:
        """Record as this officer from now on (of the roster; KeyError if not on it)."""
        officer = next((o for o in self.officers() if o["uuid"] == uuid), None)
        if officer is None:
            raise KeyError(f"no officer {uuid} on the roster")
        with self.transaction():
            self.set_setting(OFFICER_SETTING, {"uuid": uuid, "name": officer["name"]})
        return officer

    def use_officer(self, name: str, enrolled: bool) -> Record:
        """Make the officer of this name current (the command line's --officer), adding them
        to the roster when the laptop may (see may_add_officers); KeyError when it may not and
        the roster has no such name."""
        key = officer_key(name)
        officer = next((o for o in self.officers() if officer_key(o["name"]) == key), None)
        if officer is None:
            if not self.may_add_officers(enrolled):
                raise KeyError(name)
            officer = self.add_officer(name)
        return self.set_current_officer(officer["uuid"])

    def laptop_time(self) -> float:
        """The laptop's own clock, uncorrected (what sync compares with head office's)."""
        return self._wall()

    def new_uuid(self) -> str:
        """A fresh id for a record or a change, ordered by (corrected) time: see domain.ids."""
        return new_uuid(int((self._wall() + self.clock_offset) * 1000))

    def now(self) -> str:
        """The time for created/updated stamps: the laptop clock, corrected at the last sync."""
        return utc_now(self._wall() + self.clock_offset)

    def today(self) -> dt.date:
        """The local date by the corrected clock: a laptop days fast must not take a session
        held today for one in the past, nor head office take today's for one in the future."""
        if self._today is not None:
            return self._today()
        return dt.datetime.fromtimestamp(self._wall() + self.clock_offset).date()

    def rewind_clock(self, to_millis: int) -> bool:
        """Bring the clock back to `to_millis` (head office's time and the bound) if it ran
        ahead; other connections to the store follow at their next transaction. Call inside
        a transaction. Says whether it moved."""
        if not self.clock.rewind(to_millis):
            return False
        self._rewinds += 1
        self.set_setting(CLOCK_REWINDS, self._rewinds)
        self.set_setting("clock", self.clock.last)
        return True

    # -- reference lists (also the validation Lookup) -----------------------------------------

    def seed_reference_lists(self) -> None:
        with self.transaction():
            for sort, (list_name, code, zh, en) in enumerate(refdata.DEFAULT_ITEMS):
                values = {
                    "list": list_name,
                    "code": code,
                    "label_zh": zh,
                    "label_en": en,
                    "active": True,
                    "sort": sort,
                }
                self.save("ref_item", values, uuid=refdata.item_uuid(list_name, code), seed=True)

    def seed_leaflet_designs(self) -> None:
        """The shipped leaflet designs, in every store from its creation (also when it is used
        from the command line only), with the same uuids on every laptop; a store that ever
        held a design (deleted ones count: removed on purpose) is left as it is."""
        with self.transaction():
            for design in designs.shipped_designs():
                self.save("leaflet_design", design.values, uuid=design.uuid, seed=True)

    def forget_cached_lists(self) -> None:
        """Reference lists or the roster changed under us (sync wrote them): read them again
        when needed."""
        self._ref_cache = None
        self._author = None

    def ref_items(self, list_name: str, include_inactive: bool = False) -> list[Record]:
        if self._ref_cache is None:
            cache: dict[str, list[Record]] = {}
            rows = self.db.query(
                "SELECT * FROM ref_items WHERE deleted = 0 ORDER BY list, sort, code"
            )
            for row in rows:
                cache.setdefault(row["list"], []).append(decode_row(KINDS["ref_item"], row))
            self._ref_cache = cache
        items = self._ref_cache.get(list_name, [])
        return items if include_inactive else [i for i in items if i["active"]]

    def ref_label(self, list_name: str, code: str | None, lang: str = "zh_CN") -> str:
        if not code:
            return ""
        for item in self.ref_items(list_name, include_inactive=True):
            if item["code"] == code:
                return str(item["label_zh"] if lang.startswith("zh") else item["label_en"])
        return code

    def resolve_ref(self, list_name: str, text: str) -> str | None:
        folded = text.strip().casefold()
        for item in self.ref_items(list_name, include_inactive=True):
            if folded in (
                item["code"].casefold(),
                item["label_zh"].casefold(),
                item["label_en"].casefold(),
            ):
                return str(item["code"])
        return None

    def link_exists(self, kind: str, uuid: str) -> bool:
        table = kind_named(kind).table
        row = self.conn.execute(
            f"SELECT 1 FROM {table} WHERE uuid = ? AND deleted = 0", (uuid,)
        ).fetchone()
        return row is not None

    def _lookup(self, k: RecordKind, uuid: str | None) -> Lookup:
        """What validating an edit of `uuid` looks things up in: a record keeps the links it
        has to records deleted since (a consultation, the session it was asked at), so it
        stays editable; new links must lead to live records."""
        old = self.get(k.name, uuid, include_deleted=True) if uuid else None
        if old is None:
            return self
        kept = {old[f.name] for f in k.fields if f.type is FieldType.LINK and old[f.name]}
        return _KeepingLinks(self, kept) if kept else self

    def linked(self, kind: str, uuid: str) -> dict[str, int]:
        """How many live records of each kind link to this one and outlive its deletion."""
        counts: dict[str, int] = {}
        for other in KINDS.values():
            if other.name in TAKEN_ALONG.get(kind, ()):
                continue
            for f in other.fields:
                if f.type is FieldType.LINK and f.link_kind == kind:
                    (count,) = self.conn.execute(
                        f"SELECT count(*) FROM {other.table} WHERE {quote(f.name)} = ?"
                        " AND deleted = 0",
                        (uuid,),
                    ).fetchone()
                    if count:
                        counts[other.name] = counts.get(other.name, 0) + count
        return counts

    # -- records ------------------------------------------------------------------------------

    def validate(
        self, kind: str, raw: Mapping[str, Any], uuid: str | None = None
    ) -> tuple[dict[str, Any], list[Issue]]:
        """What saving `raw` (as a new record, or as an edit of `uuid`) would store and find."""
        k = kind_named(kind)
        return clean(k, raw, self._lookup(k, uuid), self.today())

    def get(self, kind: str, uuid: str, include_deleted: bool = False) -> Record | None:
        k = kind_named(kind)
        cursor = self.conn.execute(f"SELECT * FROM {k.table} WHERE uuid = ?", (uuid,))
        row = cursor.fetchone()
        if row is None:
            return None
        record = decode_row(k, dict(zip((d[0] for d in cursor.description), row, strict=True)))
        return None if record["deleted"] and not include_deleted else record

    def records_by_uuid(self, kind: str, uuids: list[str]) -> list[Record]:
        """The records of these uuids in this order, deleted ones too (a list's page read
        again for display). Records are never removed, so each is found."""
        k = kind_named(kind)
        found: dict[str, Record] = {}
        for start in range(0, len(uuids), 500):
            chunk = uuids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"SELECT * FROM {k.table} WHERE uuid IN ({marks})", chunk):
                found[row["uuid"]] = decode_row(k, row)
        return [found[u] for u in uuids]

    def save(
        self,
        kind: str,
        raw: Mapping[str, Any],
        uuid: str | None = None,
        *,
        expected_revision: int | None = None,
        seed: bool = False,
        author: str | None = None,
    ) -> Record:
        """Validate and store a record; raises Invalid (nothing written) when it has errors.

        Saving values identical to what is stored changes nothing and logs nothing, which makes
        a repeated import or a double-clicked Save harmless. `author` names the officer when it
        is not the current one (a ledger's staff column).
        """
        k = kind_named(kind)
        values, issues = clean(k, raw, self._lookup(k, uuid), self.today())
        bad = errors(issues)
        if bad:
            raise Invalid(kind, bad)
        with self.transaction():
            if k.name == "ref_item":
                uuid = self._ref_item_uuid(values, uuid)
            return self._write(
                k, values, uuid or self.new_uuid(), expected_revision, seed=seed, author=author
            )

    def _ref_item_uuid(self, values: Mapping[str, Any], uuid: str | None) -> str | None:
        """A list's codes are unique: a new entry with the code of a deleted one brings that
        one back; one with the code of a live entry is refused, naming the code."""
        found = self.conn.execute(
            "SELECT uuid, deleted FROM ref_items WHERE list = ? AND code = ?",
            (values["list"], values["code"]),
        ).fetchone()
        if found is None or found[0] == uuid:
            return uuid
        if uuid is None and found[1]:
            return str(found[0])
        raise Invalid("ref_item", [Issue("code", "code_taken", params={"value": values["code"]})])

    def delete(self, kind: str, uuid: str, *, expected_revision: int | None = None) -> Record:
        """Mark a record deleted; a session takes its hand-outs and photos with it."""
        k = kind_named(kind)
        with self.transaction():
            old = self.get(kind, uuid, include_deleted=True)
            if old is None:
                raise KeyError(f"no {kind} {uuid}")
            if expected_revision is not None and old["revision"] != expected_revision:
                raise StaleEdit(kind, uuid, expected_revision, old["revision"])
            for child in TAKEN_ALONG.get(kind, ()):
                for row in self.conn.execute(
                    f"SELECT uuid FROM {KINDS[child].table} WHERE {kind} = ? AND deleted = 0",
                    (uuid,),
                ).fetchall():
                    self.delete(child, row[0])
            values = {f.name: old[f.name] for f in k.fields}
            return self._write(k, values, uuid, expected_revision, deleted=True)

    def _write(
        self,
        k: RecordKind,
        values: dict[str, Any],
        uuid: str,
        expected_revision: int | None,
        deleted: bool = False,
        seed: bool = False,
        author: str | None = None,
    ) -> Record:
        old = self.get(k.name, uuid, include_deleted=True)
        if expected_revision is not None and old and old["revision"] != expected_revision:
            raise StaleEdit(k.name, uuid, expected_revision, old["revision"])
        if (
            old
            and old["deleted"] == deleted
            and all(old[f.name] == values[f.name] for f in k.fields)
        ):
            return old
        now = self.now()
        # Seeded entries are the same on every device and at head office, and are older than
        # any edit: they get the smallest stamp and are not shipped.
        if seed:
            stamp = SEED_STAMP
        elif old:
            stamp = self.clock.after(old["hlc"])  # an edit comes after what it edits
        else:
            stamp = self.clock.now()
        meta = {
            "uuid": uuid,
            "created_at": old["created_at"] if old else now,
            "updated_at": now,
            "author": author or self.author,
            "device_id": self.device_id,
            "team": old["team"] if old and old["team"] else self.team,
            "revision": (old["revision"] + 1) if old else 1,
            "deleted": 1 if deleted else 0,
            "hlc": stamp,
        }
        row = {**meta, **encode_values(k, values)}
        self.conn.execute(upsert_sql(k.table, tuple(row)), list(row.values()))
        if deleted and not (old and old["deleted"]):
            action = "delete"
        elif old is None:
            action = "create"
        elif old["deleted"] and not deleted:
            action = "restore"
        else:
            action = "update"
        changes = {
            f.name: [old[f.name] if old else None, values[f.name]]
            for f in k.fields
            if (old[f.name] != values[f.name] if old else values[f.name] not in (None, [], False))
        }
        self.conn.execute(
            "INSERT INTO history (kind, uuid, revision, at, author, device_id, action, changes,"
            " hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                k.name,
                uuid,
                meta["revision"],
                now,
                meta["author"],
                self.device_id,
                action,
                json.dumps(changes, ensure_ascii=False),
                stamp,
            ),
        )
        review_index.refresh(self.conn, k.name, [uuid])  # the review state, in step
        record = {**meta, "deleted": deleted, **values}
        if not seed:
            self.conn.execute(
                "INSERT INTO outbox (change_id, kind, uuid, revision, hlc, base_hlc, payload,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.new_uuid(),
                    k.name,
                    uuid,
                    meta["revision"],
                    stamp,
                    old["hlc"] if old else None,
                    json.dumps(record, ensure_ascii=False),
                    now,
                ),
            )
        if k.name == "ref_item":
            self._ref_cache = None
        if k.name == "officer":
            self._author = None
        return record

    # -- lists --------------------------------------------------------------------------------

    def query(
        self,
        kind: str,
        flt: RecordFilter | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        after: SortKey | None = None,
    ) -> list[Record]:
        """One page of live records, newest first: after the row whose key is `after`
        (queries.sort_key; keyset paging, for big lists), or from `offset`."""
        k = kind_named(kind)
        if self.conn.in_transaction:  # rows written so far in it are found too
            search_index.flush(self.conn)
        sql, params = list_sql(k, flt or RecordFilter(), limit, offset, after)
        return [decode_row(k, r) for r in self.db.query(sql, params)]

    def teams_of(self, kind: str) -> list[str]:
        """The teams the live records of `kind` belong to: one index seek per team (the list's
        team index), not a read of every record."""
        table = kind_named(kind).table
        found = self.conn.execute(
            f"WITH RECURSIVE t(team) AS (SELECT (SELECT min(team) FROM {table} WHERE team > '')"
            f" UNION ALL SELECT (SELECT min(team) FROM {table} WHERE team > t.team) FROM t"
            " WHERE t.team IS NOT NULL)"
            f" SELECT team FROM t WHERE team IS NOT NULL AND EXISTS (SELECT 1 FROM {table} r"
            " WHERE r.team = t.team AND r.deleted = 0)"
        )
        return [str(team) for (team,) in found]

    def bulk_load(self, kind: str, records: Iterable[Mapping[str, Any]]) -> int:
        """Insert whole records (meta and fields, as head office holds them) in one statement
        per batch inside one transaction: for filling a store with records that are not this
        laptop's changes (a supervisor's first fill, benchmarks). Nothing goes to the outbox or
        the history; the search index and code table follow by their triggers, and each
        reviewed record gets its review_state row (received: the review log lists it).
        Records already held are left as they are. Returns how many were inserted."""
        k = kind_named(kind)
        columns = (*META_NAMES, *k.field_names)
        names = ", ".join(quote(c) for c in columns)
        sql = (
            f"INSERT INTO {k.table} ({names}) VALUES ({', '.join('?' for _ in columns)})"
            " ON CONFLICT(uuid) DO NOTHING"
        )
        lists = {f.name for f in k.fields if f.type.is_list}
        flags = {f.name for f in k.fields if f.type is FieldType.BOOL} | {"deleted"}

        def rows() -> Iterator[list[Any]]:
            for record in records:
                row = []
                for c in columns:
                    value = record.get(c)
                    if c in lists:
                        value = orjson.dumps(value or []).decode()
                    elif c in flags:
                        value = 1 if value else 0
                    row.append(value)
                yield row

        reviewed = k.name in REVIEWED_KINDS
        states: list[tuple[Any, ...]] = []  # each record's review_state row: "received"

        def noted(made: Iterator[list[Any]]) -> Iterator[list[Any]]:
            for row in made:
                if reviewed:
                    r = dict(zip(columns, row, strict=True))
                    day = r.get(k.date_field) if k.date_field else None
                    states.append(
                        (
                            r["uuid"],
                            k.name,
                            r["team"],
                            r["deleted"],
                            r["hlc"],
                            day or "",
                            r["author"],
                        )
                    )
                yield row

        with self.transaction():
            # rowcount: rows of this table only (total_changes would count the triggers' too)
            inserted = max(self.conn.executemany(sql, noted(rows())).rowcount, 0)
            self.conn.executemany(
                "INSERT OR IGNORE INTO review_state (uuid, kind, team, deleted, record_hlc,"
                " state, on_date, author) VALUES (?, ?, ?, ?, ?, 'received', ?, ?)",
                states,
            )
            return inserted

    def count(self, kind: str, flt: RecordFilter | None = None) -> int:
        if self.conn.in_transaction:
            search_index.flush(self.conn)
        sql, params = count_sql(kind_named(kind), flt or RecordFilter())
        return int(self.conn.execute(sql, params).fetchone()[0])

    def history(self, uuid: str) -> list[Record]:
        rows = self.db.query("SELECT * FROM history WHERE uuid = ? ORDER BY id DESC", [uuid])
        return [{**r, "changes": json.loads(r["changes"])} for r in rows]

    def pending_changes(self) -> int:
        """Changes not yet accepted by head office (refused ones are counted apart)."""
        return int(
            self.conn.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
        )

    # -- sessions' hand-outs and photos -------------------------------------------------------

    def handouts(self, session: str) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT design, count FROM handouts WHERE session = ? AND deleted = 0", (session,)
        ).fetchall()
        return {design: count for design, count in rows}

    def set_handouts(self, session: str, counts: Mapping[str, int]) -> None:
        """Record how many leaflets of each design went out at `session`.

        One hand-out record per (session, design) with a uuid derived from both, so two devices
        entering counts for the same session edit one record instead of adding two.
        """
        with self.transaction():
            current = self.handouts(session)
            for design, count in counts.items():
                key = handout_uuid(session, design)
                if count:
                    self.save(
                        "handout", {"session": session, "design": design, "count": count}, uuid=key
                    )
                elif design in current:
                    self.delete("handout", key)

    def keep_file(self, source: Path) -> str:
        """Copy a picture into the data dir under its checksum; returns the checksum."""
        return self.keep_bytes(Path(source).read_bytes())

    def keep_bytes(self, data: bytes) -> str:
        """Keep a picture's bytes in the data dir under their checksum; returns the checksum.

        Written to a side file and renamed, so a crash never leaves half a picture under a
        checksum it does not have; the same picture twice is stored once.
        """
        digest = hashlib.sha256(data).hexdigest()
        target = self.photo_path(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            with open(partial, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            shutil.move(partial, target)
        return digest

    def add_photo(self, session: str, source: Path, caption: str = "") -> Record:
        """Keep a picture in the data dir and attach it to `session`."""
        digest = self.keep_file(source)
        return self.save(
            "photo",
            {
                "session": session,
                "sha256": digest,
                "file_name": Path(source).name,
                "caption": caption,
            },
            uuid=str(uuidlib.uuid5(refdata.NAMESPACE, f"photo:{session}:{digest}")),
        )

    def photo_path(self, digest: str) -> Path:
        return self.photos_dir / digest[:2] / digest

    def photos(self, session: str) -> list[Record]:
        rows = self.db.query(
            "SELECT * FROM photos WHERE session = ? AND deleted = 0 ORDER BY created_at",
            [session],
        )
        return [decode_row(KINDS["photo"], r) for r in rows]

    # -- leaflet stock ------------------------------------------------------------------------

    def stock(self, team: str | None = None) -> list[Record]:
        """Per design: copies printed, handed out at live sessions, and on hand (of one team's
        print runs and sessions, if given: a supervisor's laptop holds every team's)."""
        rows = self.db.query(
            """
            SELECT d.uuid, d.title, d.topic, d.low_stock, d.active,
                   coalesce((SELECT sum(p.copies) FROM print_runs p
                             WHERE p.design = d.uuid AND p.deleted = 0
                               AND (:team IS NULL OR p.team = :team)), 0) AS printed,
                   coalesce((SELECT sum(h.count) FROM handouts h
                             JOIN sessions s ON s.uuid = h.session AND s.deleted = 0
                             WHERE h.design = d.uuid AND h.deleted = 0
                               AND (:team IS NULL OR s.team = :team)), 0) AS handed_out
            FROM leaflet_designs d WHERE d.deleted = 0
            ORDER BY d.active DESC, d.title
            """,
            {"team": team},
        )
        result = []
        for r in rows:
            on_hand = r["printed"] - r["handed_out"]
            result.append(
                {
                    **r,
                    "active": bool(r["active"]),
                    "on_hand": on_hand,
                    # A design never printed nor handed out is not running low: it is unused.
                    "low": bool(r["printed"] or r["handed_out"])
                    and on_hand < (r["low_stock"] or 0),
                }
            )
        return result

    # -- drafts -------------------------------------------------------------------------------

    def save_draft(
        self, key: str, kind: str, record_uuid: str | None, data: Mapping[str, Any]
    ) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO drafts (key, kind, record_uuid, data, saved_at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(key) DO UPDATE SET data = excluded.data,"
                " saved_at = excluded.saved_at",
                (key, kind, record_uuid, json.dumps(data, ensure_ascii=False), utc_now()),
            )

    def draft(self, key: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT data FROM drafts WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def drop_draft(self, key: str) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM drafts WHERE key = ?", (key,))


def handout_uuid(session: str, design: str) -> str:
    return str(uuidlib.uuid5(refdata.NAMESPACE, f"handout:{session}:{design}"))
