"""Several server processes over one database: they migrate once, hand out unique positions,
and a laptop pulling while others push never skips a change."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import func, select

from desktop.domain.refdata import DEFAULT_ITEMS
from sync.server import admin
from sync.server.schema import changes, records, schema_version
from tests.sync.server.client import Device, Server
from tests.sync.server.serving import launch_server, stop_server, wait_until_up

PUSHERS = 4
PUSHES = 8
ROWS = 40


def test_two_servers_share_one_database(db_url: str, tmp_path: Path) -> None:
    # Both start on an empty database at the same moment: both migrate, one waits for the other.
    launched = [launch_server(db_url, tmp_path / f"server{i}.log") for i in range(2)]
    try:
        urls = [
            wait_until_up(proc, port, tmp_path / f"server{i}.log")
            for i, (proc, port) in enumerate(launched)
        ]
        engine = admin.open_database(db_url)
        admin.add_team(engine, "A")
        servers = [Server(url, engine, tmp_path / f"server{i}.log") for i, url in enumerate(urls)]
        pushers = [servers[i % 2].enrol("A", "field", f"laptop-{i}") for i in range(PUSHERS)]
        watcher = servers[1].enrol("A", "field", "watcher")
        done = threading.Event()

        def push_all(device: Device) -> list[str]:
            sent = []
            for n in range(PUSHES):
                batch = [device.version(audience=n) for _ in range(ROWS)]
                # Alternate servers: one laptop's pushes land on both processes.
                device.base = urls[n % 2]
                response = device.push(batch)
                assert response.status_code == 200, response.text
                assert len(response.json()["accepted"]) == ROWS
                sent.extend(c["uuid"] for c in batch)
            return sent

        def watch() -> list[str]:
            """Pull by cursor all along, as a laptop would: every change must show up once."""
            seen: list[str] = []
            after = 0
            for _ in range(10_000):
                finished = done.is_set()
                page = watcher.pull(after=after, limit=50)
                seen.extend(row[0] for batch in page["batches"] for row in batch["rows"])
                after = page["last"]
                if finished and not page["more"]:
                    return seen
            raise AssertionError("the watcher never caught up")

        with ThreadPoolExecutor(PUSHERS + 1) as pool:
            watching = pool.submit(watch)
            pushed = [pool.submit(push_all, d) for d in pushers]
            sent = [uuid for f in pushed for uuid in f.result()]
            done.set()
            seen = watching.result()

        assert len(sent) == PUSHERS * PUSHES * ROWS
        assert sorted(seen) == sorted(sent)  # nothing skipped, nothing twice
        with engine.connect() as conn:
            positions = conn.scalars(select(changes.c.position)).all()
            assert len(positions) == len(set(positions)) == len(sent)
            assert conn.scalar(select(func.count()).select_from(schema_version)) == 1
            seeded = select(func.count()).where(records.c.kind == "ref_item")
            assert conn.scalar(seeded) == len(DEFAULT_ITEMS)
        engine.dispose()
    finally:
        for proc, _port in launched:
            stop_server(proc)
