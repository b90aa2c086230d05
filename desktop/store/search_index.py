"""Bringing the FTS5 search tables up to date with the rows written in a transaction.

The record tables' triggers (schema v7) note each row inserted, changed in a searched field or
removed in "<table>_fts_pending", with the text the index holds for it; `flush` writes them all
into the index in one statement per table, which the store runs before every commit (and before
a search inside an open transaction), so the index never lags a committed write. One statement
per table, not one per row: FTS5 flushes its pending terms at every statement, which, row by
row from triggers, made a pull three times slower.
"""

from __future__ import annotations

import sqlite3

from desktop.store.migrations import FTS_COLUMNS


def flush(conn: sqlite3.Connection) -> None:
    """Write the noted rows into each FTS table (call inside the writing transaction)."""
    for table, columns in FTS_COLUMNS.items():
        fts = f"{table}_fts"
        pending = f"{fts}_pending"
        if conn.execute(f"SELECT 1 FROM {pending} LIMIT 1").fetchone() is None:
            continue
        names = ", ".join(f'"{c}"' for c in columns)
        current = ", ".join(f't."{c}"' for c in columns)
        conn.execute(
            f"INSERT INTO {fts} ({fts}, rowid, {names})"
            f" SELECT 'delete', rowid, {names} FROM {pending} WHERE indexed = 1"
        )
        conn.execute(
            f"INSERT INTO {fts} (rowid, {names}) SELECT t.rowid, {current}"
            f" FROM {pending} p JOIN {table} t ON t.rowid = p.rowid"
        )
        conn.execute(f"DELETE FROM {pending}")
