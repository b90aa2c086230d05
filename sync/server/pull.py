"""Handing out the log: the changes after a device's cursor that it may see, in log order.

Stored payloads are already the JSON rows the protocol sends, so a page is put together by
joining texts; nothing is decoded. Within a page the rows are grouped into one batch per kind
(rows keep log order inside it); a device takes the whole page before it moves its cursor to
"last", so the grouping never changes what it ends up with.
"""

from __future__ import annotations

import json

from sqlalchemy import Engine, Select, select, union_all

from desktop.domain.kinds import KINDS
from sync.protocol import columns_for
from sync.server import auth, db
from sync.server.auth import Device
from sync.server.schema import changes


def _compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


#: The batch head for each kind, written once.
_HEADS = {
    name: f'{{"kind":{_compact(name)},"columns":{_compact(columns_for(kind))},"rows":['
    for name, kind in KINDS.items()
}


def _after(after: int, limit: int, team: str | None = None) -> Select[int, str, str]:
    query = select(changes.c.position, changes.c.kind, changes.c.payload).where(
        changes.c.position > after, changes.c.lost.is_(False)
    )
    if team is not None:
        query = query.where(changes.c.team == team)
    return query.order_by(changes.c.position).limit(limit)


def pull(engine: Engine, device: Device, after: int, limit: int) -> bytes:
    """The response body (JSON) for `GET pull?after=&limit=`."""
    with db.reading(engine) as conn:
        db.by_key(conn)
        seen = auth.scope(conn, device)
        if seen is None:
            query = _after(after, limit + 1)
        else:
            # The teams' changes (a field device's team, a branch supervisor's branch's teams)
            # and the global ones (head office's reference lists), each read in order from the
            # (team, position) index and merged: a page costs the same however many other
            # teams' changes lie in between.
            parts = [_after(after, limit + 1, team).subquery() for team in sorted(seen)]
            parts.append(_after(after, limit + 1, "").subquery())
            both = union_all(*(select(part) for part in parts)).subquery()
            query = select(both).order_by(both.c.position).limit(limit + 1)
        found = conn.execute(query).all()
    more = len(found) > limit
    found = found[:limit]
    by_kind: dict[str, list[str]] = {}
    for _position, kind, payload in found:
        by_kind.setdefault(kind, []).append(payload)
    last = found[-1][0] if found else after
    batches = ",".join(
        _HEADS[kind] + ",".join(payloads) + "]}" for kind, payloads in by_kind.items()
    )
    more_text = "true" if more else "false"
    return f'{{"batches":[{batches}],"last":{last},"more":{more_text}}}'.encode()
