"""The fault-injection proxy itself: each fault does to one exchange exactly what it says.

The end-to-end tests trust the proxy to cut, drop, delay and repeat; if it silently passed
everything through, those tests would prove nothing. A tiny HTTP server on loopback counts the
complete requests it got, so each fault's effect on the server side is checked too.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.sync.faultproxy import Fault, FaultProxy, random_faults


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    received: list[bytes]

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        if len(body) == length:
            type(self).received.append(body)
        reply = b"echo:" + body * 4
        self.send_response(200)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *_args: object) -> None:
        """Quiet: the test output is about faults, not access lines."""


@pytest.fixture
def echo() -> Iterator[tuple[int, list[bytes]]]:
    """An HTTP server on loopback; yields its port and the bodies it fully received."""
    received: list[bytes] = []
    handler = type("Echo", (_Echo,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.server_address[1], received
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def proxy(echo: tuple[int, list[bytes]]) -> Iterator[FaultProxy]:
    with FaultProxy(echo[0], lifetime=60) as p:
        yield p
    assert p.errors == []


BODY = b"x" * 5000


def post(proxy: FaultProxy) -> requests.Response:
    return requests.post(proxy.url + "/api/v1/push", data=BODY, timeout=10)


def test_pass_forwards_and_counts_bytes(proxy: FaultProxy, echo) -> None:
    reply = post(proxy)
    assert reply.content == b"echo:" + BODY * 4
    assert echo[1] == [BODY]
    assert proxy.traffic.to_server > len(BODY)
    assert proxy.traffic.to_client > 4 * len(BODY)
    assert proxy.exchanges[0].status == 200
    assert proxy.exchanges[0].request_bytes == proxy.traffic.to_server


def test_cut_request_reaches_the_server_incomplete(proxy: FaultProxy, echo) -> None:
    proxy.plan([Fault("cut_request", at=0.5)])
    with pytest.raises(requests.ConnectionError):
        post(proxy)
    assert echo[1] == []
    assert post(proxy).status_code == 200  # the next exchange passes
    assert echo[1] == [BODY]


def test_drop_reply_after_the_server_handled_it(proxy: FaultProxy, echo) -> None:
    proxy.plan([Fault("drop_reply")])
    with pytest.raises(requests.ConnectionError):
        post(proxy)
    assert echo[1] == [BODY]


def test_cut_reply_gives_the_client_a_short_answer(proxy: FaultProxy, echo) -> None:
    proxy.plan([Fault("cut_reply", at=0.7)])
    with pytest.raises(requests.RequestException):
        post(proxy)
    assert echo[1] == [BODY]
    assert 0 < proxy.exchanges[0].reply_bytes < 4 * len(BODY)


def test_duplicate_sends_the_request_twice_and_answers_once(proxy: FaultProxy, echo) -> None:
    proxy.plan([Fault("duplicate")])
    assert post(proxy).status_code == 200
    assert echo[1] == [BODY, BODY]


def test_delay_holds_the_request(proxy: FaultProxy, echo) -> None:
    proxy.plan([Fault("delay", seconds=0.4)])
    start = time.monotonic()
    assert post(proxy).status_code == 200
    assert time.monotonic() - start >= 0.4


def test_plan_by_path_leaves_other_requests_alone(proxy: FaultProxy, echo) -> None:
    proxy.plan([Fault("drop_reply")], path="/photos")
    assert post(proxy).status_code == 200
    assert proxy.planned == 1
    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url + "/api/v1/photos/ab", data=b"1", timeout=10)
    assert proxy.planned == 0
    assert proxy.faults_applied() == [
        "POST /api/v1/push: pass",
        "POST /api/v1/photos/ab: drop_reply",
    ]


def test_random_faults_replay_under_a_seed() -> None:
    assert random_faults(7, 30) == random_faults(7, 30)
    assert random_faults(7, 30) != random_faults(8, 30)
    assert {f.kind for f in random_faults(1, 200)} == {
        "pass",
        "cut_request",
        "drop_reply",
        "delay",
        "duplicate",
        "cut_reply",
    }


def test_stops_by_itself_after_its_lifetime(echo) -> None:
    proxy = FaultProxy(echo[0], lifetime=0.3).start()
    assert requests.post(proxy.url, data=b"1", timeout=5).status_code == 200
    time.sleep(0.8)
    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url, data=b"1", timeout=5)
