"""What support needs to know about a laptop's app and store, Qt-free: the About box shows it
and "Copy diagnostics" puts it on the clipboard for a field officer to paste into a message.

The text says how the app and its store stand (version, schema, size, what waits for head
office, the last sync) and never what was recorded: no client's name or phone, no record's
contents. The officer's name is there (support asks who uses the laptop), and the data folder.

Labels are English source texts marked for translation (context "Diagnostics"), put in words by
the `translate` the caller passes, as the store's error messages are.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import platform
import socket
import sqlite3
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.store import migrations
from desktop.store.store import BUSY_TIMEOUT_MS, DB_NAME, Store

Translate = Callable[[str, str], str]

#: The distribution's name in pyproject.toml.
DISTRIBUTION = "outreach-log"
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"

#: The settings sync keeps (sync.client's names; not imported, this module must not need sync).
_SERVER, _ROLE, _LAST_SYNC = "sync:server", "sync:role", "sync:last_success"

LABELS = {
    "version": QT_TRANSLATE_NOOP("Diagnostics", "App version"),
    "data_dir": QT_TRANSLATE_NOOP("Diagnostics", "Data folder"),
    "store_size": QT_TRANSLATE_NOOP("Diagnostics", "Store size"),
    "pending": QT_TRANSLATE_NOOP("Diagnostics", "Changes not yet at head office"),
    "refused": QT_TRANSLATE_NOOP("Diagnostics", "Changes refused by head office"),
    "last_sync": QT_TRANSLATE_NOOP("Diagnostics", "Last sync"),
    "sync_error": QT_TRANSLATE_NOOP("Diagnostics", "Last sync error"),
    "head_office": QT_TRANSLATE_NOOP("Diagnostics", "Head office"),
    "team": QT_TRANSLATE_NOOP("Diagnostics", "Team"),
    "officer": QT_TRANSLATE_NOOP("Diagnostics", "Current officer"),
    "device": QT_TRANSLATE_NOOP("Diagnostics", "Device id"),
    "computer": QT_TRANSLATE_NOOP("Diagnostics", "Computer name"),
    "schema": QT_TRANSLATE_NOOP("Diagnostics", "Store schema version"),
    "qt": QT_TRANSLATE_NOOP("Diagnostics", "Qt"),
    "python": QT_TRANSLATE_NOOP("Diagnostics", "Python"),
    "system": QT_TRANSLATE_NOOP("Diagnostics", "System"),
}
TITLE = QT_TRANSLATE_NOOP("Diagnostics", "Outreach Log diagnostics")
COUNTING = QT_TRANSLATE_NOOP("Diagnostics", "counting…")
UNREAD = QT_TRANSLATE_NOOP("Diagnostics", "could not be read (see the log file)")
NEVER = QT_TRANSLATE_NOOP("Diagnostics", "never")
NONE = QT_TRANSLATE_NOOP("Diagnostics", "none")
NOT_ENROLLED = QT_TRANSLATE_NOOP("Diagnostics", "not connected")
NOBODY = QT_TRANSLATE_NOOP("Diagnostics", "nobody chosen yet")
SUPERVISOR = QT_TRANSLATE_NOOP("Diagnostics", "{team} (supervisor)")
DEMO = QT_TRANSLATE_NOOP("Diagnostics", "demo records, never sent")
NOT_LOADED = QT_TRANSLATE_NOOP("Diagnostics", "not loaded")
SCHEMA = QT_TRANSLATE_NOOP("Diagnostics", "{found} (this app's: {latest})")
UNKNOWN_VERSION = "0+unknown"


def app_version() -> str:
    """The installed distribution's version; in a checkout that was never installed, or a
    bundle made without the distribution's metadata, pyproject's; else UNKNOWN_VERSION."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        with _PYPROJECT.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return UNKNOWN_VERSION


@dataclass(frozen=True)
class Counts:
    """What takes reading the store's outbox: a count over an index (outbox_status), 0.1 s at
    a million waiting changes, which the window reads off its UI thread."""

    pending: int
    refused: int


def store_size(data_dir: Path) -> int:
    """Bytes of the store file and its write-ahead log (what the store holds on disk)."""
    total = 0
    for name in (DB_NAME, f"{DB_NAME}-wal"):
        try:
            total += (Path(data_dir) / name).stat().st_size
        except OSError:
            continue  # no log (checkpointed), or a store not made yet
    return total


def count(conn: sqlite3.Connection) -> Counts:
    rows = dict(
        conn.execute(
            "SELECT status, count(*) FROM outbox WHERE status IN ('pending', 'rejected')"
            " GROUP BY status"
        ).fetchall()
    )
    return Counts(int(rows.get("pending", 0)), int(rows.get("rejected", 0)))


def count_file(data_dir: Path) -> Counts:
    """`count` on a connection of its own that only reads (for a worker thread)."""
    conn = sqlite3.connect(Path(data_dir) / DB_NAME, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        conn.execute("PRAGMA query_only = ON")
        return count(conn)
    finally:
        conn.close()


@dataclass(frozen=True)
class Diagnostics:
    """A laptop's state for support; `counts` None while they are being read (or when they
    could not be: `unread`)."""

    version: str
    data_dir: Path
    store_bytes: int
    schema: int
    last_sync: str | None
    sync_error: str | None
    head_office: str
    team: str
    supervisor: bool
    demo: bool
    officer: str | None
    device: str
    computer: str
    qt: str | None
    python: str
    system: str
    counts: Counts | None = None
    unread: bool = False

    def with_counts(self, counts: Counts | None) -> Diagnostics:
        """These facts with the outbox's counts, or with word that they could not be read."""
        return replace(self, counts=counts, unread=counts is None)

    def rows(self, translate: Translate | None = None) -> list[tuple[str, str, str]]:
        """(key of LABELS, label, value) in the order they are shown."""
        tr: Translate = translate or (lambda _context, text: text)

        def word(text: str) -> str:
            return tr("Diagnostics", text)

        counting = word(UNREAD if self.unread else COUNTING)
        team = self.team or word(NONE)
        values = {
            "version": self.version,
            "data_dir": str(self.data_dir),
            "store_size": size_text(self.store_bytes),
            "pending": counting if self.counts is None else str(self.counts.pending),
            "refused": counting if self.counts is None else str(self.counts.refused),
            "last_sync": _utc(self.last_sync) if self.last_sync else word(NEVER),
            "sync_error": self.sync_error or word(NONE),
            "head_office": word(DEMO) if self.demo else self.head_office or word(NOT_ENROLLED),
            "team": word(SUPERVISOR).format(team=team) if self.supervisor else team,
            "officer": self.officer or word(NOBODY),
            "device": self.device,
            "computer": self.computer,
            "schema": word(SCHEMA).format(found=self.schema, latest=migrations.LATEST),
            "qt": self.qt or word(NOT_LOADED),
            "python": self.python,
            "system": self.system,
        }
        return [(key, word(LABELS[key]), values[key]) for key in LABELS]

    def text(self, translate: Translate | None = None) -> str:
        """The plain text "Copy diagnostics" puts on the clipboard."""
        title = TITLE if translate is None else translate("Diagnostics", TITLE)
        lines = [title, *(f"{label}: {value}" for _key, label, value in self.rows(translate))]
        return "\n".join(lines) + "\n"


def gather(
    store: Store,
    *,
    sync_error: str | None = None,
    qt: str | None = None,
    counts: Counts | None = None,
) -> Diagnostics:
    """What the store and the system say, read quickly (settings, file sizes); the outbox's
    counts only when given (see Counts). `sync_error` is the last failed try's message, which
    only the window knows; `qt` the Qt and PySide versions, from the caller that loaded Qt."""
    officer = store.current_officer()
    return Diagnostics(
        version=app_version(),
        data_dir=store.data_dir,
        store_bytes=store_size(store.data_dir),
        schema=migrations.version(store.conn),
        last_sync=_text_or_none(store.setting(_LAST_SYNC)),
        sync_error=sync_error,
        head_office=str(store.setting(_SERVER) or ""),
        team=store.team,
        supervisor=store.setting(_ROLE) == "supervisor",
        demo=store.holds_demo,
        officer=str(officer["name"]) if officer else None,
        device=store.device_id,
        computer=socket.gethostname(),
        qt=qt,
        python=platform.python_version(),
        system=platform.platform(),
        counts=counts,
    )


def size_text(size: int) -> str:
    """Bytes as support reads them at a glance (binary units, one decimal)."""
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KiB", "MiB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"


def _utc(iso: str) -> str:
    """A stored UTC time to the minute, said to be UTC (support reads laptops in every zone)."""
    try:
        moment = dt.datetime.fromisoformat(iso).astimezone(dt.UTC)
    except ValueError:
        return iso
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def _text_or_none(value: object) -> str | None:
    return str(value) if value else None
