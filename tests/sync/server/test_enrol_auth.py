"""Enrolment with one-time codes, the protocol-version gate and device tokens."""

from __future__ import annotations

import requests
from sqlalchemy import update

from sync import protocol
from sync.server import admin
from sync.server.schema import enrolment_codes
from tests.sync.server.client import HEADERS, Device, Server


def enrol(server: Server, code: str, device_id: str = "laptop-01") -> requests.Response:
    return requests.post(
        server.url + protocol.API + "/enrol",
        json={"code": code, "device_id": device_id, "label": "王芳的笔记本"},
        headers=HEADERS,
        timeout=30,
    )


def test_a_code_enrols_once_and_binds_team_and_role(server: Server) -> None:
    code = admin.create_code(server.engine, "B", "supervisor").code
    typed = code.lower().replace("-", " ")  # read off paper: case and dashes do not matter
    first = enrol(server, typed)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["team"] == "B" and body["role"] == "supervisor"
    assert body["device_id"] == "laptop-01" and len(body["token"]) >= 40
    status = Device(server.url, "laptop-01", body["token"], "B", "supervisor").get("/status")
    assert status.status_code == 200
    assert status.json()["team"] == "B" and status.json()["role"] == "supervisor"

    again = enrol(server, code, "laptop-02")
    assert again.status_code == 409
    assert again.json()["error"] == "code_used"


def test_bad_and_expired_codes_are_refused_clearly(server: Server) -> None:
    unknown = enrol(server, "AAAA-BBBB-CCCC")
    assert unknown.status_code == 403 and unknown.json()["error"] == "bad_code"

    code = admin.create_code(server.engine, "A", "field").code
    with server.engine.begin() as conn:
        conn.execute(update(enrolment_codes).values(expires_at="2020-01-01T00:00:00.000+00:00"))
    expired = enrol(server, code)
    assert expired.status_code == 403 and expired.json()["error"] == "code_expired"

    fresh = admin.create_code(server.engine, "A", "field").code
    bad_id = enrol(server, fresh, "no spaces allowed")
    assert bad_id.status_code == 400 and "device_id" in bad_id.json()["message"]
    not_json = requests.post(
        server.url + protocol.API + "/enrol", data=b"{code", headers=HEADERS, timeout=30
    )
    assert not_json.status_code == 400 and not_json.json()["error"] == "bad_request"
    assert enrol(server, fresh).status_code == 200  # the refusals did not use the code up


def test_enrolling_a_device_again_replaces_its_token(server: Server) -> None:
    old = server.enrol("A", "field", "laptop-01")
    new = server.enrol("B", "field", "laptop-01")
    assert old.get("/status").status_code == 401
    assert new.get("/status").json()["team"] == "B"


def test_missing_or_old_protocol_is_answered_before_anything_else(server: Server) -> None:
    for headers in ({}, {protocol.PROTOCOL_HEADER: "0"}, {protocol.PROTOCOL_HEADER: "2"}):
        # No token at all: the version answer still comes first.
        response = requests.get(server.url + protocol.API + "/status", headers=headers, timeout=30)
        assert response.status_code == 426
        assert response.json()["error"] == "update_required"
        assert response.json()["server_protocol"] == protocol.PROTOCOL_VERSION
        assert response.headers[protocol.SERVER_TIME_HEADER].isdigit()


def test_unknown_and_revoked_tokens_get_401(server: Server, field_a: Device) -> None:
    nobody = Device(server.url, "ghost", "not-a-token", "A", "field")
    response = nobody.get("/pull")
    assert response.status_code == 401 and response.json()["error"] == "unauthorized"
    missing = requests.get(server.url + protocol.API + "/status", headers=HEADERS, timeout=30)
    assert missing.status_code == 401

    ok = field_a.get("/status")
    assert ok.status_code == 200
    server_time = int(ok.headers[protocol.SERVER_TIME_HEADER])
    assert abs(server_time - ok.json()["server_time"]) < 60_000

    admin.revoke(server.engine, field_a.device_id)
    revoked = field_a.get("/status")
    assert revoked.status_code == 401 and revoked.json()["error"] == "revoked"
    assert field_a.push([field_a.version()]).status_code == 401
    assert server.logged() == 0


def test_openapi_describes_the_endpoints(server: Server) -> None:
    response = requests.get(server.url + "/openapi.json", timeout=30)
    assert response.status_code == 200
    spec = response.json()
    api = protocol.API
    for path in ("/enrol", "/status", "/push", "/pull", "/photos/{sha256}"):
        assert api + path in spec["paths"], path
    push = spec["paths"][api + "/push"]["post"]
    assert push["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/PushRequest"
    )
    assert "PushRequest" in spec["components"]["schemas"]
    assert "Batch" in spec["components"]["schemas"]
    assert "426" in push["responses"]
