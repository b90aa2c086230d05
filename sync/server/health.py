"""Whether this server process can serve: its database answers and holds the schema it knows.

`GET /healthz` answers from `check`, for a load balancer, systemd watchdog scripts or a person
with curl: 200 when all is well, 503 with the reason otherwise. It reads only (a check that
created tables, as `migrations.version` does, would mend a database it is meant to judge), and
a database that fails says why in words an administrator can act on.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Connection, Engine, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from sync.server import db, migrations
from sync.server.schema import schema_version

log = logging.getLogger(__name__)

#: How long the check waits for the database (a lock, a slow query) before saying it is not fit.
TIMEOUT_MS = 3000
#: What each problem is called in the body, for monitoring to match on.
OK = "ok"
UNREACHABLE = "database_unreachable"
MISSING_FILE = "database_file_missing"
BEHIND = "schema_behind"
AHEAD = "schema_ahead"


class HealthBody(BaseModel):
    """The answer of GET /healthz (documented in the OpenAPI description)."""

    status: Literal["ok", "unavailable"]
    problem: str = Field(
        description="ok, database_unreachable, database_file_missing, schema_behind or schema_ahead"
    )
    database: Literal["ok", "unreachable"]
    schema_version: int | None = Field(
        description="the schema version the database holds (null when it cannot be read)"
    )
    schema_expected: int = Field(description="the schema version this server writes")
    reason: str = Field("", description="what is wrong, for the administrator")


@dataclass(frozen=True)
class Health:
    problem: str
    schema_version: int | None
    reason: str = ""

    @property
    def healthy(self) -> bool:
        return self.problem == OK

    def body(self) -> dict[str, Any]:
        return {
            "status": "ok" if self.healthy else "unavailable",
            "problem": self.problem,
            "database": "unreachable" if self.problem in (UNREACHABLE, MISSING_FILE) else "ok",
            "schema_version": self.schema_version,
            "schema_expected": migrations.LATEST,
            "reason": self.reason,
        }


def check(engine: Engine, timeout_ms: int = TIMEOUT_MS) -> Health:
    """Ask the database for its schema version, without writing anything, within `timeout_ms`.

    A request waits up to a minute behind a lock (db.create), and connecting to a PostgreSQL
    that is gone from the network takes as long: a monitor must hear "not fit" before it gives
    up on us. So the question is asked on a thread of its own and not waited for past the
    timeout (the thread ends by itself once the database answers or fails).
    """
    answers: list[Health] = []

    def ask() -> None:
        try:
            answers.append(_check(engine))
        except Exception as e:  # no traceback to the monitor: the log has it
            log.exception("health check failed")
            answers.append(Health(UNREACHABLE, None, f"the check failed: {e}"))

    asking = threading.Thread(target=ask, name="health-check", daemon=True)
    asking.start()
    asking.join(timeout_ms / 1000)
    if not answers:
        return Health(
            UNREACHABLE, None, f"the database did not answer within {timeout_ms / 1000:g} s"
        )
    return answers[0]


def _check(engine: Engine) -> Health:
    missing = _missing_sqlite_file(engine)
    if missing is not None:
        # A pooled connection still reads the removed file's old inode, and a new one would
        # make an empty file in its place: neither is the database the laptops sync with.
        return Health(MISSING_FILE, None, f"the SQLite file {missing} is gone")
    try:
        with db.reading(engine) as conn:
            found = _read_version(conn)
    except SQLAlchemyError as e:
        log.warning("health check: the database does not answer", exc_info=True)
        orig = getattr(e, "orig", None)  # the driver's own error says the most
        reason = " ".join(str(orig or e).split())
        return Health(UNREACHABLE, None, f"the database does not answer: {reason}")
    version = found or 0
    if version < migrations.LATEST:
        return Health(
            BEHIND,
            version,
            f"the database is at schema version {version}, this server needs"
            f" {migrations.LATEST}: restart the server to migrate it",
        )
    if version > migrations.LATEST:
        return Health(AHEAD, version, str(migrations.TooNew(version)))
    return Health(OK, version)


def _read_version(conn: Connection) -> int | None:
    if not inspect(conn).has_table(schema_version.name):
        return None
    found = conn.scalar(select(schema_version.c.version))
    return None if found is None else int(found)


def _missing_sqlite_file(engine: Engine) -> Path | None:
    """The SQLite file of `engine` if it no longer exists (None for PostgreSQL, memory)."""
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = Path(name)
    return None if path.exists() else path
