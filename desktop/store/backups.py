"""Daily copies of the store, kept in the data folder, for a laptop whose disk fails a file.

What has not reached head office yet exists only on the laptop; a store damaged by a failing
disk or a power cut at the wrong moment would take it with it. The window makes a copy at most
once a day (SQLite's online backup: consistent while the app works on), keeps the last few, and
the message for a damaged store points at them, and `restore` puts one back.

An upgrade of the app that brings a newer schema copies the store first, beside the daily copies
and named after the schema it came from (`before_migration`): a migration that goes wrong, or an
app that has to go back to its earlier release, can have the store as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.oserrors import OsReason
from desktop.store.errors import StoreUnavailable

FOLDER = "backups"
KEEP = 7
EVERY = dt.timedelta(hours=20)
_PREFIX = "outreach-"
_SUFFIX = ".sqlite3"
#: A copy made before a migration: "before-v8-20261203-101500.sqlite3" held schema version 8.
_BEFORE = "before-v"


def folder_of(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def copies(data_dir: Path) -> list[Path]:
    """The daily copies there are, oldest first (their names sort by time). Copies made
    before a migration are not among them: the daily rotation never deletes those."""
    found = folder_of(data_dir).glob(f"{_PREFIX}*{_SUFFIX}")
    return sorted(p for p in found if p.is_file())


def migration_copies(data_dir: Path) -> list[Path]:
    """The copies made before a migration, oldest first."""
    found = folder_of(data_dir).glob(f"{_BEFORE}*{_SUFFIX}")
    return sorted((p for p in found if p.is_file()), key=_made_at)


def _made_at(copy: Path) -> str:
    """When a copy was made, as its name says ("20261203-101500", UTC): the daily copies
    and those made before a migration sort together by it."""
    return copy.name.removesuffix(_SUFFIX)[-len("YYYYmmdd-HHMMSS") :]


def due(data_dir: Path, now: dt.datetime | None = None) -> bool:
    """True when the newest copy is older than EVERY, or there is none."""
    made = copies(data_dir)
    if not made:
        return True
    newest = dt.datetime.fromtimestamp(made[-1].stat().st_mtime, dt.UTC)
    return (now or dt.datetime.now(dt.UTC)) - newest >= EVERY


def make(store_file: Path, data_dir: Path, now: dt.datetime | None = None) -> Path:
    """Copy the store (through a connection of its own, so the window is not held up) and
    keep the newest KEEP copies. The copy appears under its name only once complete."""
    moment = now or dt.datetime.now(dt.UTC)
    target = folder_of(data_dir) / f"{_PREFIX}{moment:%Y%m%d-%H%M%S}{_SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in folder_of(data_dir).glob("*.part"):  # a copy the app was closed during
        stale.unlink(missing_ok=True)
    partial = target.with_name(target.name + ".part")
    source = sqlite3.connect(store_file)  # only read (read-only could not open a WAL store)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    partial.replace(target)
    for old in copies(data_dir)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


COPY_FAILED = QT_TRANSLATE_NOOP(
    "Store",
    "This version of Outreach Log brings a new layout of the data, and copies the data into "
    "{path} before it changes it; the copy could not be made ({reason}). Nothing was changed: "
    "the data is as the earlier version left it. Free some space on the disk, or make sure "
    "the folder can be written, and try again.",
)
#: In place of SQLite's English, which goes only to the log (with the exception).
REASON_IN_LOG = QT_TRANSLATE_NOOP("Store", "the details are in the log file")


class CopyBeforeMigrationFailed(StoreUnavailable):
    """The copy a migration waits for could not be made, so the store was not migrated: an
    upgrade that cannot be undone must not go ahead on a laptop whose only copy of unsent
    records is this store. `path` is the backups folder, `reason` an OsReason or SQLite's
    English words."""

    def __init__(self, folder: Path, reason: str | OsReason) -> None:
        super().__init__("copy_before_migration", folder, reason)

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        tr = translate or (lambda _context, text: text)
        reason = self.reason
        said = (
            reason.text(translate) if isinstance(reason, OsReason) else tr("Store", REASON_IN_LOG)
        )
        return tr("Store", COPY_FAILED).format(path=self.path, reason=said)


def before_migration(
    conn: sqlite3.Connection, data_dir: Path, version: int, now: dt.datetime | None = None
) -> Path:
    """Copy the store open on `conn` (at schema `version`, about to be migrated) into the
    backups folder as "before-v<version>-<time>.sqlite3", through SQLite's online backup, so
    the copy is consistent even if another program writes meanwhile. The copy appears under
    its name only once complete; CopyBeforeMigrationFailed (nothing half-made left) when it
    cannot be made."""
    moment = now or dt.datetime.now(dt.UTC)
    folder = folder_of(data_dir)
    target = folder / f"{_BEFORE}{version}-{moment:%Y%m%d-%H%M%S}{_SUFFIX}"
    partial = target.with_name(target.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        partial.replace(target)
    except OSError as e:
        _unlink_quietly(partial)
        raise CopyBeforeMigrationFailed(folder, OsReason.of(e)) from e
    except sqlite3.Error as e:
        _unlink_quietly(partial)
        raise CopyBeforeMigrationFailed(folder, _why_no_copy(folder, e)) from e
    return target


def _unlink_quietly(path: Path) -> None:
    """A folder that refused the copy may refuse this too; a ".part" is never restored."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _why_no_copy(folder: Path, error: sqlite3.Error) -> str | OsReason:
    """The system's reason SQLite could not write the copy (its own words are English only)."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_FULL:
        return OsReason(errno.ENOSPC, str(error))
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as e:
        return OsReason.of(e)
    return str(error)


#: The files SQLite keeps beside a store in WAL mode: stale ones would be replayed onto a copy.
_BESIDE = ("-wal", "-shm", "-journal")


def restore(store_file: Path, data_dir: Path, copy: Path | None = None) -> tuple[Path, Path]:
    """Put a copy (the newest one unless told) in the store's place; returns it and the
    folder where the store as it was has been moved (nothing is deleted).

    The store and the files SQLite keeps beside it move aside together: a copy laid over a
    store whose write-ahead log is left behind would have that log replayed onto it, which
    damages it. The app must not have the store open meanwhile. The copy then syncs as the
    same laptop: what it had sent since comes back with its next pull.
    """
    if _in_use(store_file):
        raise StoreUnavailable("busy", Path(data_dir))
    chosen = _good_copy(data_dir, copy)
    aside = Path(data_dir) / f"replaced-{dt.datetime.now(dt.UTC):%Y%m%d-%H%M%S}"
    aside.mkdir()
    for suffix in ("", *_BESIDE):
        current = Path(f"{store_file}{suffix}")
        if current.exists():
            current.replace(aside / current.name)
    shutil.copyfile(chosen, store_file)
    _skip_used_numbers(store_file)
    return Path(chosen), aside


#: More changes than a laptop records between a copy and its restore.
RESTORE_GAP = 1_000_000


def _skip_used_numbers(store_file: Path) -> None:
    """Number the restored store's next changes past any the laptop used after the copy was
    made: head office has those numbers already (for other changes) and would refuse them.
    Changes still queued in the copy keep their numbers: head office knows them as resends."""
    conn = sqlite3.connect(store_file, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox', 0"
            " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox')"
        )
        conn.execute(
            "UPDATE sqlite_sequence SET seq = seq + ? WHERE name = 'outbox'", (RESTORE_GAP,)
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def newest_good(data_dir: Path) -> Path | None:
    """The newest copy that is whole (a copy can be damaged too, by the same failing disk),
    daily or made before a migration (put back, the app migrates it again)."""
    # A daily copy made in the same second as a migration's copy holds the migrated store.
    every = sorted([*migration_copies(data_dir), *copies(data_dir)], key=_made_at)
    for made in reversed(every):
        if _whole(made):
            return made
    return None


def _good_copy(data_dir: Path, copy: Path | None) -> Path:
    if copy is None:
        found = newest_good(data_dir)
        if found is None:
            raise StoreUnavailable("no_copy", folder_of(data_dir))
        return found
    if not copy.is_file():
        raise StoreUnavailable("no_such_copy", copy)
    if not _whole(copy):
        raise StoreUnavailable("copy_damaged", copy)
    return copy


def _whole(copy: Path) -> bool:
    """Whether `copy` is a store SQLite finds sound (an empty file is sound to SQLite, and so is
    another program's database: neither is a store)."""
    if copy.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(copy)  # read only in effect (read-only can't open a WAL copy)
        try:
            if not conn.execute("PRAGMA user_version").fetchone()[0]:
                return False
            return bool(conn.execute("PRAGMA quick_check").fetchone() == ("ok",))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _in_use(store_file: Path) -> bool:
    """Whether a program (the window, a sync) has the store open: it must not be replaced
    under it. SQLite refuses an exclusive lock on a WAL store while another connection has it."""
    if not Path(store_file).exists():
        return False
    conn = sqlite3.connect(store_file, isolation_level=None, timeout=0.2)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as e:
        return "locked" in str(e) or "busy" in str(e)
    except sqlite3.DatabaseError:
        return False  # damaged: nothing can have it open as a store
    finally:
        conn.close()
    return False
