"""Broken or hostile requests get a clear 4xx JSON answer, write nothing and never crash."""

from __future__ import annotations

import gzip
import json
import socket
from typing import Any

import pytest
from sqlalchemy import text

from desktop.domain.kinds import KINDS
from sync import protocol
from tests.sync.server.client import Device, Server


def good_batch(device: Device, count: int = 1) -> dict[str, Any]:
    rows = [device.version() for _ in range(count)]
    return protocol.encode_batch(KINDS["session"], rows, protocol.PUSH_META)


def expect(response: Any, status: int, error: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error and body["message"], body


@pytest.fixture
def healthy(server: Server, field_a: Device) -> Any:
    """After the test: nothing was logged, the server still answers and logged no crash."""
    yield
    assert server.logged() == 0
    assert field_a.get("/status").status_code == 200
    assert "Traceback" not in server.log.read_text(errors="replace")


@pytest.mark.usefixtures("healthy")
def test_malformed_pushes_are_400_and_write_nothing(field_a: Device) -> None:
    good = good_batch(field_a)
    session_columns = good["columns"]
    wrong_width = {**good, "rows": [good["rows"][0][:-1]]}
    unknown_column = {**good, "columns": [*session_columns[:-1], "password"]}
    seq_as_text = {**good, "rows": [["1", *good["rows"][0][1:]]]}
    bodies: list[Any] = [
        [good],
        {"batch": [good]},
        {"batches": "all"},
        {"batches": [good, 7]},
        {"batches": [good, {"kind": 3, "columns": [], "rows": []}]},
        {"batches": [good, {**good, "rows": {"a": 1}}]},
        {"batches": [good, {**good, "columns": "uuid"}]},
        {"batches": [good, wrong_width]},
        {"batches": [good, unknown_column]},
        {"batches": [good, seq_as_text]},
        {"batches": [{"kind": "x", "columns": ["uuid"], "rows": [["u"]]}]},
    ]
    for body in bodies:
        expect(field_a.post("/push", json=body), 400, "bad_request")
    raw_bodies = [
        b"{not json",
        b'{"batches": [NaN]}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"batches": [], "n": ' + b"9" * 5000 + b"}",
        '{"batches": []}'.encode("utf-16")[:7],
    ]
    for raw in raw_bodies:
        expect(field_a.post("/push", data=raw), 400, "bad_request")


@pytest.mark.usefixtures("healthy")
def test_oversized_pushes_and_gzip_bombs_are_refused(field_a: Device) -> None:
    huge = b'{"batches": []' + b" " * protocol.MAX_BODY_BYTES + b"}"
    expect(field_a.post("/push", data=huge), 413, "too_large")
    # Without a Content-Length (chunked): the cap holds while the body streams in.
    pieces = (huge[i : i + 65536] for i in range(0, len(huge), 65536))
    expect(field_a.post("/push", data=pieces), 413, "too_large")

    bomb = gzip.compress(b'{"batches": [' + b" " * (protocol.MAX_INFLATED_BYTES + 10) + b"]}")
    assert len(bomb) < protocol.MAX_BODY_BYTES // 50
    gz = {"Content-Encoding": "gzip"}
    expect(field_a.post("/push", data=bomb, headers=gz), 413, "too_large")
    expect(field_a.post("/push", data=b"not gzip", headers=gz), 400, "bad_request")
    expect(field_a.post("/push", data=bomb[:200], headers=gz), 400, "bad_request")
    brotli = {"Content-Encoding": "br"}
    expect(field_a.post("/push", data=b"{}", headers=brotli), 415, "unsupported_encoding")

    too_many = good_batch(field_a, protocol.MAX_ROWS_PER_PUSH + 1)
    expect(field_a.post("/push", json={"batches": [too_many]}), 413, "too_many_rows")


def test_wrongly_typed_values_are_refused_per_change(server: Server, field_a: Device) -> None:
    bad_values: list[dict[str, Any]] = [
        {"hlc": "yesterday"},
        {"hlc": "1-2"},
        {"base_hlc": 5},
        {"revision": "2"},
        {"revision": 0},
        {"deleted": "no"},
        {"uuid": ["x"]},
        {"uuid": "u" * 65},
        {"author": {"name": "x"}},
        {"topics": "telecom_fraud"},
        {"audience": True},
        {"online": 1},
        {"place": ["石桥村"]},
        {"staff": [1, 2]},
    ]
    changes = [field_a.version(**values) for values in bad_values]
    response = field_a.post(
        "/push",
        data=gzip.compress(
            json.dumps(
                {"batches": [protocol.encode_batch(KINDS["session"], changes, protocol.PUSH_META)]}
            ).encode()
        ),
        headers={"Content-Encoding": "gzip"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["accepted"] == []
    assert [r["seq"] for r in body["rejected"]] == [c["seq"] for c in changes]
    for rejection, values in zip(body["rejected"], bad_values, strict=True):
        assert rejection["code"] == protocol.REJECT_INVALID
        assert [i["field"] for i in rejection["issues"]] == list(values), rejection
    assert server.logged() == 0


@pytest.mark.usefixtures("healthy")
def test_other_endpoints_refuse_bad_input(server: Server, field_a: Device) -> None:
    for body in ([], {"code": 5, "device_id": "abcd"}, {"code": "X", "device_id": None}):
        expect(field_a.post("/enrol", json=body), 400, "bad_request")
    expect(field_a.post("/enrol", data=b"x" * 100_000), 413, "too_large")
    expect(field_a.get("/photos/not-a-hash"), 400, "bad_request")
    expect(field_a.get("/pull", params={"after": 2**70}), 400, "bad_request")
    expect(field_a.get("/nowhere"), 404, "not_found")
    expect(field_a.post("/status"), 405, "method_not_allowed")


def test_an_unexpected_failure_is_a_plain_json_500(server: Server, field_a: Device) -> None:
    with server.engine.begin() as conn:  # the database breaks under the running server
        for table in ("photo_upload_chunks", "photo_uploads", "photo_grants", "photo_chunks"):
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(text("DROP TABLE photos"))
    response = field_a.get("/photos/" + "0" * 64)
    assert response.status_code == 500
    assert response.json() == {
        "error": "server_error",
        "message": "head office had an internal error",
    }
    assert response.headers[protocol.SERVER_TIME_HEADER].isdigit()
    assert "unexpected error in GET /api/v1/photos/" in server.log.read_text(errors="replace")
    assert field_a.get("/status").status_code == 200  # the rest keeps working


def test_a_body_cut_off_by_the_network_is_no_internal_error(
    server: Server, field_a: Device
) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        head = (
            f"POST {protocol.API}/push HTTP/1.1\r\nHost: {host}\r\nContent-Length: 100000\r\n"
            f"{protocol.PROTOCOL_HEADER}: {protocol.PROTOCOL_VERSION}\r\n"
            f"Authorization: Bearer {field_a.token}\r\n\r\n"
        )
        raw.sendall(head.encode() + b'{"batches": [')
    assert field_a.get("/status").status_code == 200  # served after the cut one was dropped
    assert server.logged() == 0
    assert "unexpected error" not in server.log.read_text(errors="replace")
