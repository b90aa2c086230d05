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
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import sqlite_utils

from desktop.domain import refdata
from desktop.domain.clock import FOLLOW_AHEAD_MS, HybridClock
from desktop.domain.fields import META_NAMES, FieldType
from desktop.domain.ids import new_uuid
from desktop.domain.kinds import KINDS, RecordKind
from desktop.domain.kinds import kind as kind_named
from desktop.domain.validation import Invalid, Issue, Lookup, clean, errors
from desktop.oserrors import OsReason
from desktop.store import migrations
from desktop.store.errors import StoreUnavailable
from desktop.store.queries import RecordFilter, where_clause

log = logging.getLogger(__name__)

DB_NAME = "outreach.sqlite3"
SEED_STAMP = "000000000000000-00000-seed"
#: Set when desktop.demo filled the store.
DEMO_SETTING = "demo"
#: Counts the times the store's clock was brought back by head office's time (a clock that ran
#: ahead), so every connection to the store drops the stamps it had followed up there.
CLOCK_REWINDS = "clock_rewinds"

Record = dict[str, Any]

#: Records that are parts of another and are deleted with it (a session's hand-outs, photos).
TAKEN_ALONG = {"session": ("handout", "photo")}


def new_device_id() -> str:
    return uuidlib.uuid4().hex[:12]


def _connect(folder: Path, path: Path) -> sqlite3.Connection:
    """The store file's connection, once it is known to be a store this app can read.

    Everything is checked before anything is written (not even WAL is switched on), so a
    folder that cannot be used, a damaged or foreign file, or a newer app's store is left as
    it was, with an error the user can read.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreUnavailable("folder", folder, OsReason.of(e)) from e
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as e:
        raise _unavailable(path, e) from e
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        found = migrations.version(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the header
    except sqlite3.Error as e:
        conn.close()
        raise _unavailable(path, e) from e
    if found > migrations.LATEST:
        conn.close()
        raise migrations.TooNew(found, path)
    return conn


def _unavailable(path: Path, error: sqlite3.Error) -> StoreUnavailable:
    """What SQLite's refusal means to the user (its messages are English only)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreUnavailable("busy", path.parent, str(error))
    if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
        return StoreUnavailable("damaged", path, str(error))
    return StoreUnavailable("folder", path.parent, str(error))


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
                if self.clock.last != shared:
                    self.set_setting("clock", self.clock.last)
                self.conn.execute("COMMIT")
            except BaseException:
                # Also when COMMIT itself fails (disk full): never leave a transaction open.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self._ref_cache = None
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
        if key == "author":
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
        if self._author is None:
            self._author = str(self.setting("author") or getpass.getuser())
        return self._author

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

    def forget_cached_lists(self) -> None:
        """Reference lists changed under us (sync wrote them): read them again when needed."""
        self._ref_cache = None

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

    def save(
        self,
        kind: str,
        raw: Mapping[str, Any],
        uuid: str | None = None,
        *,
        expected_revision: int | None = None,
        seed: bool = False,
    ) -> Record:
        """Validate and store a record; raises Invalid (nothing written) when it has errors.

        Saving values identical to what is stored changes nothing and logs nothing, which makes
        a repeated import or a double-clicked Save harmless.
        """
        k = kind_named(kind)
        values, issues = clean(k, raw, self._lookup(k, uuid), self.today())
        bad = errors(issues)
        if bad:
            raise Invalid(kind, bad)
        with self.transaction():
            if k.name == "ref_item":
                uuid = self._ref_item_uuid(values, uuid)
            return self._write(k, values, uuid or self.new_uuid(), expected_revision, seed=seed)

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
            "author": self.author,
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
            "INSERT INTO history (kind, uuid, revision, at, author, device_id, action, changes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                k.name,
                uuid,
                meta["revision"],
                now,
                meta["author"],
                self.device_id,
                action,
                json.dumps(changes, ensure_ascii=False),
            ),
        )
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
        return record

    # -- lists --------------------------------------------------------------------------------

    def query(
        self,
        kind: str,
        flt: RecordFilter | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Record]:
        """One page of live records, newest first."""
        k = kind_named(kind)
        where, params = where_clause(k, flt or RecordFilter())
        order = []
        if k.date_field:
            order.append(f"{quote(k.date_field)} DESC")
        if "start_time" in k.field_names:
            order.append("start_time DESC")
        order.append("created_at DESC")
        sql = f"SELECT * FROM {k.table} WHERE {where} ORDER BY {', '.join(order)} LIMIT ? OFFSET ?"
        return [decode_row(k, r) for r in self.db.query(sql, [*params, limit, offset])]

    def teams_of(self, kind: str) -> list[str]:
        """The teams the live records of `kind` belong to."""
        table = kind_named(kind).table
        found = self.conn.execute(
            f"SELECT DISTINCT team FROM {table} WHERE deleted = 0 AND team != '' ORDER BY team"
        )
        return [str(team) for (team,) in found]

    def count(self, kind: str, flt: RecordFilter | None = None) -> int:
        k = kind_named(kind)
        where, params = where_clause(k, flt or RecordFilter())
        return int(
            self.conn.execute(f"SELECT count(*) FROM {k.table} WHERE {where}", params).fetchone()[0]
        )

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
