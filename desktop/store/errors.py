"""Why a data folder's store cannot be opened or written, in words the user reads (context
"Store").

Opening checks before it changes anything, so the folder and its file are left as they were.
Each failure a user can meet has its own type, whose `message()` is in the user's language;
SQLite's and the system's English text stays in the exception's `reason`, for the log.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.oserrors import OsReason

MESSAGES = {
    "folder": QT_TRANSLATE_NOOP("Store", "Cannot use the data folder {path}: {reason}"),
    "damaged": QT_TRANSLATE_NOOP(
        "Store",
        "{path} is not an Outreach Log store, or it is damaged. It was left as it is: put the "
        "app's daily copy in its place (outreach restore; the copies are in {backups}), or "
        "choose another data folder.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Store", "The store in {path} is busy in another program; close it and try again."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Store",
        "The data folder {path} cannot be written to ({reason}). Choose a data folder you may "
        "write in (--data-dir), or ask for permission to write in this one.",
    ),
    "read_only_file": QT_TRANSLATE_NOOP(
        "Store",
        "The store {path} cannot be written to ({reason}). Ask for permission to write it, or "
        "choose another data folder (--data-dir).",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Store",
        "The disk that holds {path} is full: nothing more can be saved there. What was saved "
        "before is safe; free some space on the disk and try again.",
    ),
    "cannot_open": QT_TRANSLATE_NOOP("Store", "The store {path} cannot be opened: {reason}"),
    "cannot_open_unknown": QT_TRANSLATE_NOOP(
        "Store",
        "The store {path} cannot be opened. Check that the disk it is on is connected and can "
        "be read; the details are in the log file.",
    ),
    "no_copy": QT_TRANSLATE_NOOP("Store", "There is no whole copy of the store in {path}."),
    "no_such_copy": QT_TRANSLATE_NOOP("Store", "There is no copy {path}."),
    "copy_damaged": QT_TRANSLATE_NOOP(
        "Store", "The copy {path} is damaged too: choose another one beside it."
    ),
    "too_new": QT_TRANSLATE_NOOP(
        "Store",
        "The data in {path} was written by a newer version of Outreach Log. Please update the app.",
    ),
}


class StoreUnavailable(Exception):
    """The data folder or its store cannot be used; `code` is a key of MESSAGES."""

    def __init__(self, code: str, path: Path, reason: str | OsReason = "") -> None:
        self.code = code
        self.path = path
        self.reason = reason
        super().__init__(f"{code}: {path}: {reason}" if reason else f"{code}: {path}")

    def template(self) -> str:
        """The key of MESSAGES the message is made from."""
        return self.code

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = MESSAGES[self.template()]
        if translate is not None:
            template = translate("Store", template)
        reason = self.reason
        if isinstance(reason, OsReason):
            reason = reason.text(translate)
        from desktop.store import backups  # it raises these errors: imported when shown

        copies = backups.folder_of(self.path.parent)
        return template.format(path=self.path, reason=reason, backups=copies)

    def lines(self, translate: Callable[[str, str], str] | None = None) -> list[str]:
        """The message as the lines a report shows (the window's import dialog)."""
        return [self.message(translate)]


class _Failure(StoreUnavailable):
    CODE = ""

    def __init__(self, path: Path, reason: str | OsReason = "") -> None:
        super().__init__(self.CODE, path, reason)


class FolderUnusable(_Failure):
    """The data folder cannot be made or used (a file in its way, say); `reason` an OsReason."""

    CODE = "folder"


class StoreDamaged(_Failure):
    """The store file is not an Outreach Log store (empty, another program's, damaged)."""

    CODE = "damaged"


class StoreBusy(_Failure):
    """Another program holds the store (a lock that outlasted the wait); `path` its folder."""

    CODE = "busy"


class StoreReadOnly(_Failure):
    """The folder (or the store file) may not be written: permissions, a read-only disk."""

    CODE = "read_only"

    def template(self) -> str:
        return "read_only_file" if self.path.name == STORE_FILE_NAME else "read_only"

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        if isinstance(self.reason, OsReason):
            return super().message(translate)
        # SQLite's English only ("attempt to write a readonly database"): say it in our words.
        return StoreReadOnly(self.path, OsReason(errno.EACCES, "")).message(translate)


class StoreDiskFull(_Failure):
    """The disk holding the store is full; `path` the data folder."""

    CODE = "disk_full"


class StoreCannotOpen(_Failure):
    """The store file cannot be opened, for a reason the system names (or none we know)."""

    CODE = "cannot_open"

    def template(self) -> str:
        known = isinstance(self.reason, OsReason) and self.reason.known()
        return "cannot_open" if known else "cannot_open_unknown"


#: The store's file name in its data folder (desktop.store.store.DB_NAME; kept here too so
#: this module imports nothing of the store).
STORE_FILE_NAME = "outreach.sqlite3"

_NO_WRITE = (errno.EACCES, errno.EPERM, errno.EROFS)


def from_os_error(folder: Path, error: OSError) -> StoreUnavailable:
    """What the system's refusal to make or use the data folder means to the user."""
    reason = OsReason.of(error)
    if error.errno in _NO_WRITE:
        return StoreReadOnly(folder, reason)
    if error.errno == errno.ENOSPC:
        return StoreDiskFull(folder, reason)
    return FolderUnusable(folder, reason)


def store_failure(store_file: Path, error: sqlite3.Error) -> StoreUnavailable:
    """What SQLite's refusal (its messages are English only) means to the user; the system is
    asked why when SQLite only says it cannot open the file."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    folder = store_file.parent
    text = str(error)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreBusy(folder, text)
    if primary in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
        return StoreDamaged(store_file, text)
    if primary == sqlite3.SQLITE_FULL:
        return StoreDiskFull(folder, text)
    found = _why_not_writable(store_file)
    if found is not None:
        return found
    if primary == sqlite3.SQLITE_READONLY:
        return StoreReadOnly(store_file, text)
    if primary == sqlite3.SQLITE_IOERR:
        return StoreCannotOpen(store_file, OsReason(errno.EIO, text))
    return StoreCannotOpen(store_file, text)


def _why_not_writable(store_file: Path) -> StoreUnavailable | None:
    """The system's reason, if any, why the store's folder or file cannot be written."""
    folder = store_file.parent
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as e:
        if e.errno in (errno.ENOENT, errno.ENOTDIR):
            return FolderUnusable(folder, OsReason.of(e))
        return from_os_error(folder, e)
    if store_file.exists():
        try:
            os.close(os.open(store_file, os.O_RDWR))
        except OSError as e:
            reason = OsReason.of(e)
            if e.errno in _NO_WRITE:
                return StoreReadOnly(store_file, reason)
            return StoreCannotOpen(store_file, reason)
    return None
