"""How fast head office takes and hands out records, through a real server process.

    .venv/bin/python -m tests.sync.server.benchmark [--records 100000] [--db URL]

Pushes the records as a laptop does (gzip bodies of MAX_ROWS_PER_PUSH rows), then pulls them
all back in pages of 1000 and 5000, and prints records per second and bytes per record on the
wire. Without --db it uses a new SQLite file in a temporary folder. Not a test: timings depend
on the machine, so nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

from desktop.domain.kinds import KINDS
from sync import protocol
from sync.server import admin
from tests.sync.server.client import Device, Server
from tests.sync.server.serving import launch_server, stop_server, wait_until_up

PLACES = ("石桥村", "青山镇中心小学", "河东社区", "敬老院", "东风农贸市场", "营业部大厅")
NOTES = ("村民反映冒充客服的电话较多。", "老人对养老诈骗很关心。", "现场发放折页并讲解。", "")
STAFF = ("王芳", "李明", "张伟", "刘洋", "陈静")


def varied(chance: random.Random) -> dict[str, Any]:
    """A session that differs from the last one as real ones do (so gzip is not flattered)."""
    audience = chance.randint(5, 400)
    return {
        "held_on": f"2026-{chance.randint(1, 10):02d}-{chance.randint(1, 28):02d}",
        "place": f"{chance.choice(PLACES)}{chance.randint(1, 99)}号",
        "audience": audience,
        "consultation_count": chance.randint(0, audience),
        "staff": chance.sample(STAFF, 2),
        "notes": chance.choice(NOTES) + f"共{audience}人。",
    }


def measure(count: int, db_url: str, folder: Path) -> None:
    chance = random.Random(1)
    engine = admin.open_database(db_url)
    admin.add_team(engine, "A")
    log = folder / "server.log"
    proc, port = launch_server(db_url, log)
    try:
        server = Server(wait_until_up(proc, port, log), engine, log)
        laptop = server.enrol("A", "field", "bench-laptop")
        bodies = []
        for start in range(0, count, protocol.MAX_ROWS_PER_PUSH):
            rows = [
                laptop.version(**varied(chance))
                for _ in range(start, min(count, start + protocol.MAX_ROWS_PER_PUSH))
            ]
            batch = protocol.encode_batch(KINDS["session"], rows, protocol.PUSH_META)
            text = json.dumps({"batches": [batch]}, ensure_ascii=False, separators=(",", ":"))
            bodies.append(gzip.compress(text.encode(), 5))
        sent = sum(len(b) for b in bodies)
        began = time.perf_counter()
        for body in bodies:
            response = laptop.post("/push", data=body, headers={"Content-Encoding": "gzip"})
            assert response.status_code == 200 and not response.json()["rejected"], response.text
        took = time.perf_counter() - began
        print(f"push: {count} records in {took:.2f} s = {count / took:,.0f} records/s,")
        print(f"      {sent / count:.0f} bytes/record sent (gzip)")
        for limit in (1000, 5000):
            pull_all(laptop, count, limit)
    finally:
        stop_server(proc)
        engine.dispose()


def pull_all(laptop: Device, count: int, limit: int) -> None:
    """Every record, page by page, as the laptop reads them (JSON decoded)."""
    session = requests.Session()
    wire = plain = got = after = 0
    began = time.perf_counter()
    while True:
        response = session.get(
            laptop.base + protocol.API + "/pull",
            params={"after": after, "limit": limit},
            headers=laptop.headers,
            stream=True,
        )
        compressed = response.raw.read(decode_content=False)
        body = gzip.decompress(compressed)
        page = json.loads(body)
        wire += len(compressed)
        plain += len(body)
        got += sum(len(b["rows"]) for b in page["batches"])
        after = page["last"]
        if not page["more"]:
            break
    took = time.perf_counter() - began
    assert got == count, (got, count)
    print(f"pull (pages of {limit}): {got} records in {took:.2f} s = {got / took:,.0f} records/s,")
    print(f"      {wire / got:.0f} bytes/record on the wire (gzip), {plain / got:.0f} plain")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", help="an empty database (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="outreach-bench-") as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        measure(args.records, url, Path(folder))


if __name__ == "__main__":
    main()
