"""A minimal laptop for the server tests: enrols, pushes and pulls over HTTP with `requests`,
and makes valid records to send."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, func, select

from desktop.domain.clock import HybridClock
from desktop.domain.kinds import KINDS
from sync import protocol
from sync.server import admin
from sync.server.schema import changes

HEADERS = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}


def session_values(**values: Any) -> dict[str, Any]:
    """Field values of a valid outreach session."""
    return {
        "held_on": (dt.date.today() - dt.timedelta(days=3)).isoformat(),
        "start_time": "09:30",
        "end_time": "11:00",
        "place": "石桥村村委会",
        "area": "青山镇",
        "venue_kind": "village",
        "campaign": "cr315",
        "topics": ["telecom_fraud", "pension_fraud"],
        "partners": ["police"],
        "staff": ["王芳", "李明"],
        "audience": 45,
        "consultation_count": 6,
        "online": False,
        "notes": "村民反映冒充客服的电话较多。",
        **values,
    }


@dataclass
class Device:
    """An enrolled laptop: its token, its clock and its outbox numbering."""

    base: str
    device_id: str
    token: str
    team: str
    role: str
    clock: HybridClock = field(init=False)
    seq: int = 0

    def __post_init__(self) -> None:
        self.clock = HybridClock(self.device_id)

    @property
    def headers(self) -> dict[str, str]:
        return {**HEADERS, "Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **kw: Any) -> requests.Response:
        return requests.get(self.base + protocol.API + path, headers=self.headers, timeout=60, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        headers = {**self.headers, **kw.pop("headers", {})}
        return requests.post(self.base + protocol.API + path, headers=headers, timeout=60, **kw)

    def put(self, path: str, **kw: Any) -> requests.Response:
        headers = {**self.headers, **kw.pop("headers", {})}
        return requests.put(self.base + protocol.API + path, headers=headers, timeout=60, **kw)

    def version(
        self,
        kind: str = "session",
        uuid: str | None = None,
        base: Mapping[str, Any] | None = None,
        deleted: bool = False,
        **values: Any,
    ) -> dict[str, Any]:
        """A change as the outbox holds it: a new record, or an edit of `base`.

        `values` are field values, or meta values (such as team) to send instead of the usual.
        """
        self.seq += 1
        now = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        if base is not None:
            self.clock.observe(base["hlc"])
        fields = dict(base) if base else (session_values() if kind == "session" else {})
        fields.update(values)
        meta = {k: v for k, v in values.items() if k in protocol.PUSH_META}
        return {
            **{f: fields.get(f) for f in KINDS[kind].field_names},
            "kind": kind,  # not a column: encode_batch leaves it out
            "seq": self.seq,
            "base_hlc": base["hlc"] if base else None,
            "uuid": uuid or (base["uuid"] if base else str(uuidlib.uuid4())),
            "revision": (base["revision"] + 1) if base else 1,
            "hlc": self.clock.now(),
            "deleted": deleted,
            "created_at": base["created_at"] if base else now,
            "updated_at": now,
            "author": "测试员",
            "device_id": self.device_id,
            "team": base["team"] if base else self.team,
            **meta,
        }

    def push(self, changes: Iterable[Mapping[str, Any]], **kw: Any) -> requests.Response:
        by_kind: dict[str, list[Mapping[str, Any]]] = {}
        for change in changes:
            by_kind.setdefault(change["kind"], []).append(change)
        batches = [
            protocol.encode_batch(KINDS[k], rows, protocol.PUSH_META) for k, rows in by_kind.items()
        ]
        return self.post("/push", json={"batches": batches}, **kw)

    def pull(self, after: int = 0, limit: int = 1000) -> dict[str, Any]:
        response = self.get("/pull", params={"after": after, "limit": limit})
        assert response.status_code == 200, response.text
        return response.json()

    def pull_records(self, after: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
        """Every record version this device is handed, in order, across pages."""
        found = []
        while True:
            page = self.pull(after, limit)
            for batch in page["batches"]:
                kind, records = protocol.decode_batch(batch)
                found.extend({"kind": kind.name, **r} for r in records)
            after = page["last"]
            if not page["more"]:
                return found


@dataclass
class Server:
    url: str
    engine: Engine
    #: What the server process printed.
    log: Path

    def enrol(self, team: str, role: str, device_id: str) -> Device:
        code = admin.create_code(self.engine, team, role).code
        response = requests.post(
            self.url + protocol.API + "/enrol",
            json={"code": code, "device_id": device_id, "label": f"{device_id} 笔记本"},
            headers=HEADERS,
            timeout=30,
        )
        assert response.status_code == 200, response.text
        body = response.json()
        return Device(self.url, device_id, body["token"], body["team"], body["role"])

    def logged(self) -> int:
        """How many changes the log holds (pulled or not)."""
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(changes)) or 0)
