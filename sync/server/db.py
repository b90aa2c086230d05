"""Opening the database: one code path for SQLite (a single office machine) and PostgreSQL.

SQLite needs two things from us that PostgreSQL does by itself: writers must queue instead of
failing (a busy timeout, and ``BEGIN IMMEDIATE`` so a transaction that will write takes the write
lock at its start rather than failing halfway when it upgrades), and WAL so pulls read while a
push writes. PostgreSQL needs the append to the change log serialised (see `lock_log`).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import platformdirs
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Row,
    Select,
    Table,
    bindparam,
    column,
    create_engine,
    event,
    func,
    select,
    text,
    true,
)
from sqlalchemy.dialects import postgresql

log = logging.getLogger(__name__)

APP_NAME = "OutreachServer"
#: Execution option that makes a SQLite transaction start with BEGIN IMMEDIATE.
_WRITE = "outreach_write"
#: pg_advisory_xact_lock keys (arbitrary constants, the same in every server process).
LOG_LOCK = 0x0D7EAC_1
MIGRATION_LOCK = 0x0D7EAC_2


def default_url() -> str:
    """A SQLite file in the platform's user data dir, for a one-machine head office."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / 'server.sqlite3'}"


def normalise_url(url: str) -> str:
    """Plain ``postgresql://`` URLs (as libpq tools write them) use psycopg 3, which we ship."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def is_postgres(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def create(url: str) -> Engine:
    """An engine for `url`; makes the folder of a SQLite file. Does not migrate."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 60})
        database = engine.url.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        _tune_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _wal(dbapi: sqlite3.Connection, tries: int = 600) -> None:
    """Switch the file to WAL. Two processes opening a new file at once can meet the switch
    half-made, and SQLite answers that "locked" at once, without its busy timeout: try again
    for up to a minute (seen when two server processes start on one fresh file)."""
    for _ in range(tries - 1):
        try:
            dbapi.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
            time.sleep(0.1)
    dbapi.execute("PRAGMA journal_mode = WAL")


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi: sqlite3.Connection, _record: Any) -> None:
        # We issue BEGIN ourselves (below); the driver's own transaction handling would not.
        dbapi.isolation_level = None
        dbapi.execute("PRAGMA busy_timeout = 60000")
        _wal(dbapi)
        # FULL: a change acknowledged to a laptop (which then drops it) survives a power cut.
        dbapi.execute("PRAGMA synchronous = FULL")
        dbapi.execute("PRAGMA foreign_keys = ON")
        # More than the default 2 MB of page cache keeps the random-uuid indexes in memory.
        dbapi.execute("PRAGMA cache_size = -32000")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: on SQLite it holds the write lock from its first moment."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction: one consistent snapshot (SQLite WAL, PostgreSQL statement)."""
    with engine.connect() as conn, conn.begin():
        yield conn


def lock_log(conn: Connection) -> None:
    """Serialise appends to the change log, until this transaction ends.

    Positions come from a sequence, and PostgreSQL hands them out when the INSERT runs, not when
    the transaction commits. Two pushes running side by side could commit positions 11-20 before
    1-10; a device pulling in between would see 20, move its cursor past 10 and never come back
    for 1-10. With one appender at a time, positions become visible in the order they were given.
    On SQLite the BEGIN IMMEDIATE of `writing` already serialises writers.
    """
    if is_postgres(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOG_LOCK})


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Many rows at once, straight through the driver.

    A push writes thousands of rows: SQLAlchemy's per-row parameter handling costs more than
    SQLite's insert itself, and on PostgreSQL COPY beats one INSERT per row several times over.
    """
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    if is_postgres(conn):
        driver = conn.connection.driver_connection  # psycopg's; None only once it is closed
        assert driver is not None
        cursor = driver.cursor()  # the same transaction
        with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', list(rows))


def by_key(conn: Connection) -> None:
    """Keep PostgreSQL from reading whole tables in this transaction (see `rows_with_keys`).

    Pushes and pulls read by key or by a range of positions. Right after a burst of records,
    before autovacuum has analysed the tables, the statistics still say they are nearly empty,
    and reading (and sorting) the whole table looks cheaper than the index.
    """
    if is_postgres(conn):
        conn.execute(text("SET LOCAL enable_seqscan = off"))


def rows_with_keys(
    conn: Connection,
    query: Select[*tuple[Any, ...]],
    key: ColumnElement[Any],
    values: Sequence[Any],
) -> list[Row[*tuple[Any, ...]]]:
    """The rows of `query` whose `key` is one of `values` (thousands of them, in a push).

    SQLite probes the index once per value of the list. PostgreSQL plans an IN list, or a join
    with the keys, from its statistics: while those are stale (after a burst of records) it
    reads every record of the kind for each push, a second per push at 100,000 records and
    growing. So it gets the keys as one array and the query as a LATERAL subquery per key
    (OFFSET 0 keeps the planner from folding it into a join): one index probe per key,
    whatever the statistics say.
    """
    if is_postgres(conn):
        array = bindparam("keys", list(values), type_=postgresql.ARRAY(key.type))
        wanted = func.unnest(array).table_valued(column("value", key.type)).render_derived()
        probe = query.where(key == wanted.c.value).offset(0).lateral()
        return list(conn.execute(select(probe).select_from(wanted).join(probe, true())))
    # SQLite: the keys as one JSON array, so the statement is compiled once, not per key.
    keys = func.json_each(bindparam("keys", orjson.dumps(list(values)).decode()))
    listed = select(keys.table_valued("value").c.value).scalar_subquery()
    return list(conn.execute(query.where(key.in_(listed))))


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    """Timestamps are stored as ISO text in UTC: they sort and compare as text on both databases."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds")


def now_ms() -> int:
    return int(time.time() * 1000)
