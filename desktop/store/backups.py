"""Daily copies of the store, kept in the data folder, for a laptop whose disk fails a file.

What has not reached head office yet exists only on the laptop; a store damaged by a failing
disk or a power cut at the wrong moment would take it with it. The window makes a copy at most
once a day (SQLite's online backup: consistent while the app works on), keeps the last few, and
the message for a damaged store points at them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

FOLDER = "backups"
KEEP = 7
EVERY = dt.timedelta(hours=20)
_PREFIX = "outreach-"
_SUFFIX = ".sqlite3"


def folder_of(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def copies(data_dir: Path) -> list[Path]:
    """The copies there are, oldest first (their names sort by time)."""
    found = folder_of(data_dir).glob(f"{_PREFIX}*{_SUFFIX}")
    return sorted(p for p in found if p.is_file())


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
