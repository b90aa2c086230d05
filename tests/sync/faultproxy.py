"""A small HTTP fault-injection proxy on loopback, for the sync end-to-end tests.

Networks in villages cut connections mid-request, lose replies, stall and repeat themselves. The
sync protocol claims every such accident is harmless; this proxy makes the accidents happen on
purpose, one exchange at a time, so a test can say exactly which request meets which accident.

Each client connection carries one HTTP exchange: the proxy rewrites the request's `Connection`
header to `close`, so the server closes after its reply, the reply says so, and the client opens
a fresh connection for its next request. A fault therefore applies to exactly one request. The
proxy never decides anything at random: faults come from a queue the test fills (`plan`), and
`random_faults` builds such a queue from a seed, so a failing schedule replays exactly.

Bounded on purpose: it listens on 127.0.0.1 and connects only to 127.0.0.1, every socket has a
timeout, and it stops by itself after `lifetime` seconds if the test forgot to stop it.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

LOOPBACK = "127.0.0.1"
HEADER_LIMIT = 64 * 1024
BODY_LIMIT = 64 * 1024 * 1024

FaultKind = Literal["pass", "cut_request", "drop_reply", "delay", "duplicate", "cut_reply"]
FAULT_KINDS: tuple[FaultKind, ...] = (
    "pass",
    "cut_request",
    "drop_reply",
    "delay",
    "duplicate",
    "cut_reply",
)


@dataclass(frozen=True)
class Fault:
    """What happens to one exchange.

    `at` is where a cut falls, as a fraction of the request (cut_request) or reply (cut_reply)
    bytes, so one fault means the same thing for a short GET and a long push. `seconds` is how
    long a delay holds the request before forwarding it.
    """

    kind: FaultKind = "pass"
    at: float = 0.5
    seconds: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {self.kind!r}")
        if not 0.0 <= self.at < 1.0:
            raise ValueError("a cut falls at a fraction in [0, 1)")
        if self.seconds < 0:
            raise ValueError("a delay cannot be negative")

    def __str__(self) -> str:
        if self.kind in ("cut_request", "cut_reply"):
            return f"{self.kind}@{self.at:.2f}"
        if self.kind == "delay":
            return f"delay {self.seconds:.2f}s"
        return self.kind


PASS = Fault()


def random_faults(
    seed: int,
    count: int,
    kinds: Sequence[FaultKind] = FAULT_KINDS,
    max_delay: float = 0.3,
) -> list[Fault]:
    """`count` faults drawn from `kinds`, the same list for the same seed."""
    rng = random.Random(seed)
    return [
        Fault(
            kind=rng.choice(kinds),
            at=round(rng.random() * 0.99, 3),
            seconds=round(rng.random() * max_delay, 3),
        )
        for _ in range(count)
    ]


@dataclass
class Exchange:
    """What the proxy saw of one request, for the test to check afterwards."""

    method: str
    path: str
    fault: Fault
    request_bytes: int = 0
    reply_bytes: int = 0
    status: int | None = None


@dataclass
class _Planned:
    fault: Fault
    path: str


@dataclass
class Traffic:
    """Bytes that crossed the proxy towards each side, counted as on the wire (headers too)."""

    to_server: int = 0
    to_client: int = 0


class FaultProxy:
    """Forwards HTTP on 127.0.0.1:`port` to 127.0.0.1:`upstream_port`, applying planned faults."""

    def __init__(self, upstream_port: int, *, lifetime: float = 600.0, timeout: float = 60.0):
        self.upstream_port = upstream_port
        self.timeout = timeout
        self.exchanges: list[Exchange] = []
        self.traffic = Traffic()
        #: Anything unexpected inside the proxy; a test fixture asserts it stays empty.
        self.errors: list[str] = []
        #: Called with each exchange before it is forwarded: lets a test kill the server (or a
        #: laptop) at the moment a given request is on its way.
        self.on_request: Callable[[Exchange], None] | None = None
        self._plan: deque[_Planned] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._open: set[socket.socket] = set()
        self._listener = socket.create_server((LOOPBACK, 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._accepter = threading.Thread(target=self._accept_loop, daemon=True, name="proxy")
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> FaultProxy:
        self._accepter.start()
        self._timer.start()
        return self

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Close every socket and wait (briefly) for the handler threads."""
        self._stop.set()
        self._timer.cancel()
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            _close(sock)
        if self._accepter.is_alive() and threading.current_thread() is not self._accepter:
            self._accepter.join(timeout=5)
        _close(self._listener)
        for thread in list(self._threads):
            if thread is not threading.current_thread():
                thread.join(timeout=5)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until no exchange is in flight (a delayed request has reached the server)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in threads)

    # -- planning -----------------------------------------------------------------------------

    def plan(self, faults: Iterable[Fault], path: str = "") -> None:
        """Queue faults for the next requests whose path contains `path` (any request if "")."""
        with self._lock:
            self._plan.extend(_Planned(f, path) for f in faults)

    def clear(self) -> None:
        with self._lock:
            self._plan.clear()

    @property
    def planned(self) -> int:
        """Faults not used yet."""
        with self._lock:
            return len(self._plan)

    def _next_fault(self, path: str) -> Fault:
        with self._lock:
            for planned in self._plan:
                if planned.path in path:
                    self._plan.remove(planned)
                    return planned.fault
        return PASS

    def faults_applied(self) -> list[str]:
        """What happened to each exchange, in order, for a failing test's message."""
        return [f"{e.method} {e.path}: {e.fault}" for e in self.exchanges]

    # -- serving ------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(self.timeout)
            thread = threading.Thread(
                target=self._handle, args=(client,), daemon=True, name="proxy-conn"
            )
            with self._lock:
                self._open.add(client)
                self._threads = [t for t in self._threads if t.is_alive()]
                self._threads.append(thread)
            thread.start()

    def _handle(self, client: socket.socket) -> None:
        try:
            request = _read_request(client)
            if request is None:
                return
            method, path, data = request
            fault = self._next_fault(path)
            exchange = Exchange(method, path, fault, request_bytes=len(data))
            with self._lock:
                self.exchanges.append(exchange)
            if self.on_request is not None:
                self.on_request(exchange)
            self._apply(fault, client, data, exchange)
        except OSError:
            # The server is down (killed by the test) or the client gave up (its timeout): to
            # the client this is a dead connection, which is what such an accident looks like.
            pass
        except ValueError as exc:
            self.errors.append(str(exc))
        finally:
            self._release(client)

    def _apply(self, fault: Fault, client: socket.socket, data: bytes, exchange: Exchange) -> None:
        if fault.kind == "cut_request":
            # The server sees a request that stops short; the client sees the connection die.
            cut = int(len(data) * fault.at)
            upstream = self._connect()
            try:
                upstream.sendall(data[:cut])
                self._count(to_server=cut)
            finally:
                self._release(upstream)
            return
        if fault.kind == "delay" and self._stop.wait(fault.seconds):
            return
        reply = self._forward(data)
        if fault.kind == "duplicate":
            # The same bytes again on a new connection, as a retrying middlebox would send them;
            # the client gets the reply to the second copy.
            reply = self._forward(data)
        exchange.status = _status(reply)
        if fault.kind == "drop_reply":
            return
        if fault.kind == "cut_reply":
            reply = reply[: int(len(reply) * fault.at)]
        # Counted before sending: the client may look at the figures as soon as it has its reply.
        exchange.reply_bytes = len(reply)
        self._count(to_client=len(reply))
        client.sendall(reply)

    def _connect(self) -> socket.socket:
        upstream = socket.create_connection((LOOPBACK, self.upstream_port), timeout=self.timeout)
        with self._lock:
            self._open.add(upstream)
        return upstream

    def _forward(self, data: bytes) -> bytes:
        """Send one request to the server and read its whole reply (it closes when done)."""
        upstream = self._connect()
        try:
            upstream.sendall(data)
            self._count(to_server=len(data))
            chunks = []
            size = 0
            while True:
                chunk = upstream.recv(256 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > BODY_LIMIT:
                    raise ValueError("reply larger than the proxy's limit")
                chunks.append(chunk)
            return b"".join(chunks)
        finally:
            self._release(upstream)

    def _release(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)
        _close(sock)

    def _count(self, to_server: int = 0, to_client: int = 0) -> None:
        with self._lock:
            self.traffic.to_server += to_server
            self.traffic.to_client += to_client


def _read_request(sock: socket.socket) -> tuple[str, str, bytes] | None:
    """One whole request (head with `Connection: close`, and body), or None if none came."""
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            if buffer:
                raise ValueError("the client closed mid-head")
            return None
        buffer += chunk
        if len(buffer) > HEADER_LIMIT:
            raise ValueError("request head larger than the proxy's limit")
    head, _, body = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _version = lines[0].split(" ", 2)
    headers = []
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        lowered = name.strip().lower()
        if lowered == "transfer-encoding":
            raise ValueError("chunked requests are not supported by the proxy")
        if lowered == "content-length":
            length = int(value.strip())
        if lowered != "connection":
            headers.append(line)
    if length > BODY_LIMIT:
        raise ValueError("request body larger than the proxy's limit")
    while len(body) < length:
        chunk = sock.recv(min(262144, length - len(body)))
        if not chunk:
            raise ValueError("the client closed mid-body")
        body += chunk
    new_head = "\r\n".join([lines[0], *headers, "Connection: close"]).encode("latin-1")
    return method, path, new_head + b"\r\n\r\n" + body


def _status(reply: bytes) -> int | None:
    """The status code of a raw reply, if it got as far as a status line."""
    first = reply.split(b"\r\n", 1)[0].split(b" ")
    if len(first) >= 2 and first[1].isdigit():
        return int(first[1])
    return None


def _close(sock: socket.socket) -> None:
    """Shut down first: that wakes a thread blocked reading the socket, a bare close does not."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
