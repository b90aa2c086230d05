"""One side of the sync benchmark as a laptop runs it: push its outbox, or pull everything new.

Run by bench/sync_bench.py as `python bench/sync_laptop.py push|pull DATA_DIR`, in a process of
its own so that its peak memory is the laptop's alone (this file imports nothing the laptop
does not). Prints one JSON line: records moved, seconds, bytes on the wire each way, VmHWM.

Bytes on the wire are counted from what requests sent and read: request line, headers and body
out; status line, headers and the body as it came off the socket (still gzip) in.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import requests

from desktop.store.store import Store
from sync.client import SyncClient, SyncResult


class CountingSession(requests.Session):
    """A requests session that adds up the bytes of every exchange."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0
        self.received = 0

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        response = super().send(request, **kwargs)
        path = request.path_url
        head = f"{request.method} {path} HTTP/1.1\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in request.headers.items()
        )
        body = request.body or b""
        self.sent += len(head) + 2 + len(body if isinstance(body, bytes) else body.encode())
        raw = response.raw
        status = f"HTTP/1.1 {response.status_code} {response.reason}\r\n"
        headers = "".join(f"{k}: {v}\r\n" for k, v in raw.headers.items())
        self.received += len(status) + len(headers) + 2 + raw.tell()
        return response


def peak_kib() -> int:
    """VmHWM: the most resident memory this process ever had."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def main(phase: str, data_dir: Path) -> dict[str, Any]:
    store = Store(data_dir)
    session = CountingSession()
    client = SyncClient(store, session=session, timeout=300)
    result = SyncResult()
    start = time.perf_counter()
    cpu = time.process_time()
    if phase == "push":
        client.push(result)
    else:
        client.pull(result)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    store.close()
    return {
        "records": result.pushed if phase == "push" else result.applied,
        "refused": result.refused,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "sent": session.sent,
        "received": session.received,
        "peak_kib": peak_kib(),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]))))
