"""List reading for big stores, Qt-free: a read-only connection of its own for work off the
UI thread, and a time budget that stops a query the UI thread cannot wait for.

The window tries a page or a count on its own connection within a budget (`within`); a query
that overruns it is stopped by SQLite (nothing read, nothing changed) and run again by a worker
with a `ListReader`, while the list shows that it is busy. Quick queries (most pages: an index
walk) thus never wait for a thread, and slow ones (a count of a million rows, a rare word) never
hold the UI thread for longer than the budget.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.domain.kinds import kind as kind_named
from desktop.store.queries import RecordFilter, SortKey, count_sql, list_sql
from desktop.store.store import BUSY_TIMEOUT_MS, Record, decode_row

#: SQLite virtual-machine steps between two looks at the clock (a few hundred microseconds).
_STEPS = 2_000


class TooSlow(Exception):
    """The query ran past its budget and was stopped."""


@contextmanager
def within(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Stop any query on `conn` that runs past `seconds` from now: raises TooSlow."""
    deadline = time.perf_counter() + seconds
    stopped = False

    def check() -> int:
        nonlocal stopped
        stopped = time.perf_counter() > deadline
        return 1 if stopped else 0

    conn.set_progress_handler(check, _STEPS)
    try:
        yield
    except sqlite3.OperationalError as e:
        if stopped:
            raise TooSlow(str(e)) from e
        raise
    finally:
        conn.set_progress_handler(None, 0)


def read_page(
    conn: sqlite3.Connection,
    kind: str,
    flt: RecordFilter,
    limit: int,
    after: SortKey | None = None,
) -> list[Record]:
    """One page of the list of `kind`, after the row keyed `after` (queries.sort_key)."""
    k = kind_named(kind)
    sql, params = list_sql(k, flt, limit, after=after)
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [decode_row(k, dict(zip(names, row, strict=True))) for row in cursor]


def read_count(conn: sqlite3.Connection, kind: str, flt: RecordFilter) -> int:
    sql, params = count_sql(kind_named(kind), flt)
    return int(conn.execute(sql, params).fetchone()[0])


class ListReader:
    """A connection of its own to the store file that only reads (for a worker thread; any
    thread may `interrupt` it). Opened per piece of work: it costs about a millisecond."""

    def __init__(self, path: Path) -> None:
        # Not mode=ro: a read-only connection cannot open a store in WAL mode whose -shm file
        # it may not create; query_only refuses writes all the same.
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        self.conn.execute("PRAGMA query_only = ON")

    def page(
        self, kind: str, flt: RecordFilter, limit: int, after: SortKey | None = None
    ) -> list[Record]:
        return read_page(self.conn, kind, flt, limit, after)

    def count(self, kind: str, flt: RecordFilter) -> int:
        return read_count(self.conn, kind, flt)

    def interrupt(self) -> None:
        """Stop the query running now (from any thread): it raises sqlite3.OperationalError."""
        self.conn.interrupt()

    def close(self) -> None:
        self.conn.close()
