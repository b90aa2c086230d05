"""Tracked QR codes at head office: /q/<code> counts scans of a printed run and redirects only to
a link head office holds; supervisors see the scans per print run (CLI and /api/v1/scans)."""

from __future__ import annotations

import base64
import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, inspect, select

from desktop.leaflets import designs, jobs
from desktop.store.store import Store
from sync.client import SERVER, SyncClient
from sync.server import admin, shortlinks
from sync.server.cli import main
from sync.server.schema import scans
from tests.sync.server.client import Device, Server
from tests.sync.server.serving import launch_server, stop_server, wait_until_up

BANK = "https://bank.example/anti-fraud?from=leaflet"
CODE = "K7QMX2HD"


@pytest.fixture
def server(server: Server) -> Server:
    """The server with the host of BANK allowed, as head office's administrator would."""
    admin.allow_link_host(server.engine, "bank.example")
    return server


def design(device: Device, target: str = BANK, **values: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "title": "防范电信诈骗",
        "topic": "telecom_fraud",
        "body": "不要向陌生人转账。",
        "qr_target": target,
        "language": "zh_CN",
        "layout": "a5x2",
        "qr_mode": "tracked",
        **values,
    }
    return device.version("leaflet_design", **fields)


def print_run(
    device: Device, design_uuid: str, code: str = CODE, target: str = BANK, **values: Any
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "design": design_uuid,
        "printed_on": (dt.date.today() - dt.timedelta(days=1)).isoformat(),
        "copies": 200,
        "layout": "a5x2",
        "qr_mode": "tracked",
        "tracking_code": code,
        "qr_url": f"{device.base}/q/{code}",
        "target": target,
        **values,
    }
    return device.version("print_run", **fields)


def pushed(device: Device, *changes: dict[str, Any]) -> None:
    response = device.push(changes)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["rejected"] == [] and len(body["accepted"]) == len(changes), body


def scan(server: Server, path: str) -> requests.Response:
    return requests.get(server.url + path, allow_redirects=False, timeout=30)


def counted(server: Server) -> int:
    with server.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(scans)) or 0)


def assert_not_found(response: requests.Response) -> None:
    assert response.status_code == 404, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "未找到该二维码" in response.text and "This QR code is not known" in response.text
    assert "location" not in response.headers


def test_a_tracked_code_redirects_to_the_design_link_and_counts(
    server: Server, field_a: Device
) -> None:
    made = design(field_a)
    pushed(field_a, made, print_run(field_a, made["uuid"]))
    for path in (f"/q/{CODE}", f"/q/{CODE.lower()}"):
        response = scan(server, path)
        assert response.status_code in (302, 303)
        assert response.headers["location"] == BANK
        assert response.headers["cache-control"] == "no-store"
    assert counted(server) == 2
    with server.engine.connect() as conn:
        row = conn.execute(select(scans)).first()
        columns = {c["name"] for c in inspect(conn).get_columns("scans")}
    assert row is not None and row.code == CODE and row.team == "A"
    assert columns == {"id", "code", "print_run", "team", "at"}  # no address, no browser


def test_unknown_and_malformed_codes_get_the_404_page(server: Server, field_a: Device) -> None:
    made = design(field_a)
    pushed(field_a, made, print_run(field_a, made["uuid"]))
    for path in (
        "/q/ABCDEFGH",  # well formed, unknown
        f"/q/{CODE}A",  # too long
        f"/q/{CODE[:7]}",  # too short
        "/q/K7QMX2H1",  # 1 is not base32
        f"/q/{CODE}/",
        "/q/%2F%2Fevil.example",
        "/q///evil.example",
        "/q/..%2F..%2Fetc%2Fpasswd",
        "/q/../../etc/passwd",
        f"/q/{CODE[:4]}%2F{CODE[4:]}",
        f"/q/{CODE}%00",
        "/q/" + "A" * 5000,
    ):
        assert_not_found(scan(server, path))
    assert counted(server) == 0


def test_a_tampered_run_target_never_leads_elsewhere(
    server: Server, field_a: Device, field_b: Device
) -> None:
    made = design(field_a)
    forged = print_run(field_a, made["uuid"], target="https://evil.example/login")
    pushed(field_a, made, forged)
    response = scan(server, f"/q/{CODE}")
    assert response.status_code in (302, 303) and response.headers["location"] == BANK

    # A design whose own link is not a web link leads nowhere.
    scripted = design(field_a, target="javascript:alert(1)")
    pushed(field_a, scripted, print_run(field_a, scripted["uuid"], code="ZZZZ2222"))
    assert_not_found(scan(server, "/q/ZZZZ2222"))

    # Another team's run claiming a code that is taken does not take it over.
    evil = design(field_b, target="https://evil.example/")
    pushed(field_b, evil, print_run(field_b, evil["uuid"], target="https://evil.example/"))
    response = scan(server, f"/q/{CODE}")
    assert response.headers["location"] == BANK


def test_a_link_the_design_had_when_printed_is_kept(server: Server, field_a: Device) -> None:
    made = design(field_a)
    pushed(field_a, made, print_run(field_a, made["uuid"]))
    moved = "https://bank.example/new-page"
    pushed(field_a, field_a.version("leaflet_design", base=made, qr_target=moved))
    # Printed while the design pointed at BANK, which head office has seen: still BANK.
    assert scan(server, f"/q/{CODE}").headers["location"] == BANK
    later = print_run(field_a, made["uuid"], code="MMMM3333", target="https://evil.example/")
    pushed(field_a, later)
    assert scan(server, "/q/MMMM3333").headers["location"] == moved


def test_deleted_runs_and_designs_lead_nowhere(server: Server, field_a: Device) -> None:
    made = design(field_a)
    run = print_run(field_a, made["uuid"])
    pushed(field_a, made, run)
    assert scan(server, f"/q/{CODE}").status_code in (302, 303)
    pushed(field_a, field_a.version("print_run", base=run, deleted=True))
    assert_not_found(scan(server, f"/q/{CODE}"))

    other = design(field_a)
    pushed(field_a, other, print_run(field_a, other["uuid"], code="DDDD4444"))
    assert scan(server, "/q/DDDD4444").status_code in (302, 303)
    pushed(field_a, field_a.version("leaflet_design", base=other, deleted=True))
    assert_not_found(scan(server, "/q/DDDD4444"))
    assert counted(server) == 2


def test_a_direct_run_has_no_short_link(server: Server, field_a: Device) -> None:
    made = design(field_a)
    pushed(field_a, made, print_run(field_a, made["uuid"], qr_mode="direct"))
    assert_not_found(scan(server, f"/q/{CODE}"))


def test_a_flood_of_scans_is_counted_exactly(server: Server, field_a: Device) -> None:
    made = design(field_a)
    pushed(field_a, made, print_run(field_a, made["uuid"]))
    with ThreadPoolExecutor(8) as pool, requests.Session() as _:

        def one(_i: int) -> tuple[int, str]:
            response = scan(server, f"/q/{CODE}")
            return response.status_code, response.headers.get("location", "")

        answers = list(pool.map(one, range(500)))
    assert all(status in (302, 303) and where == BANK for status, where in answers)
    assert counted(server) == 500
    runs = shortlinks.scans_per_run(server.engine)
    assert [(r["code"], r["scans"]) for r in runs] == [(CODE, 500)]


def test_scans_per_run_on_the_command_line_and_the_api(
    server: Server, field_a: Device, field_b: Device, capsys: pytest.CaptureFixture[str]
) -> None:
    made_a, made_b = design(field_a), design(field_b, title="养老诈骗")
    pushed(field_a, made_a, print_run(field_a, made_a["uuid"], copies=300))
    pushed(field_b, made_b, print_run(field_b, made_b["uuid"], code="BBBB5555"))
    for _ in range(3):
        assert scan(server, f"/q/{CODE}").status_code in (302, 303)
    assert scan(server, "/q/bbbb5555").status_code in (302, 303)

    db_url = server.engine.url.render_as_string(hide_password=False)
    assert main(["scans", "--db", db_url]) == 0
    out = capsys.readouterr().out
    line_a = next(line for line in out.splitlines() if CODE in line)
    line_b = next(line for line in out.splitlines() if "BBBB5555" in line)
    assert "防范电信诈骗" in line_a and " 300 " in line_a and line_a.split()[-3] == "3"
    assert "养老诈骗" in line_b and line_b.split()[-3] == "1"
    assert main(["scans", "--team", "B", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "BBBB5555" in out and CODE not in out

    supervisor = server.enrol("A", "supervisor", "office-1")
    every = supervisor.get("/scans")
    assert every.status_code == 200, every.text
    by_code = {r["code"]: r for r in every.json()["runs"]}
    assert set(by_code) == {CODE, "BBBB5555"}
    assert by_code[CODE]["scans"] == 3 and by_code[CODE]["copies"] == 300
    assert by_code[CODE]["design_title"] == "防范电信诈骗" and by_code[CODE]["team"] == "A"
    assert by_code["BBBB5555"]["scans"] == 1 and by_code["BBBB5555"]["last_scan"]
    only_b = supervisor.get("/scans", params={"team": "B"}).json()["runs"]
    assert [r["code"] for r in only_b] == ["BBBB5555"]

    own = field_a.get("/scans")
    assert [r["code"] for r in own.json()["runs"]] == [CODE]
    assert field_a.get("/scans", params={"team": "B"}).status_code == 403
    unauthenticated = requests.get(server.url + "/api/v1/scans", timeout=30)
    assert unauthenticated.status_code in (401, 426)
    schema = requests.get(server.url + "/openapi.json", timeout=30).json()
    assert "/api/v1/scans" in schema["paths"] and "ScansResponse" in schema["components"]["schemas"]


def test_a_run_of_a_shipped_design_leads_to_its_link(server: Server, field_a: Device) -> None:
    """Laptops hold the shipped designs from the start and never send them: head office knows
    them from the same file, so their tracked codes lead somewhere too."""
    (shipped,) = [d for d in designs.shipped_designs() if d.code == "telecom-zh"]
    run = print_run(field_a, shipped.uuid, target=shipped.values["qr_target"])
    pushed(field_a, run)
    response = scan(server, f"/q/{CODE}")
    assert response.status_code in (302, 303), response.text
    assert response.headers["location"] == shipped.values["qr_target"]
    assert counted(server) == 1
    # The run as printed earlier with another link: not one this design ever had, so not used.
    other = print_run(field_a, shipped.uuid, code="ABCDEFGH", target="https://evil.example/")
    pushed(field_a, other)
    assert scan(server, "/q/ABCDEFGH").headers["location"] == shipped.values["qr_target"]
    listed = shortlinks.scans_per_run(server.engine)
    assert {(r["code"], r["design_title"], r["scans"]) for r in listed} == {
        (CODE, shipped.values["title"], 1),
        ("ABCDEFGH", shipped.values["title"], 1),
    }


def test_tracked_codes_lead_to_the_public_address_head_office_announces(tmp_path: Path) -> None:
    """Laptops sync over the office network; residents' phones need head office's public
    address, which the server is given (--public-url) and laptops learn from its answers."""
    db_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    engine = admin.open_database(db_url)
    admin.add_team(engine, "A")
    code = admin.create_code(engine, "A", "field").code
    store = Store(tmp_path / "laptop")
    designs.install_shipped_designs(store)
    design = designs.find_design(store, "telecom-zh")
    log = tmp_path / "server.log"

    proc, port = launch_server(db_url, log, "--public-url", "https://q.example-bank.cn/")
    try:
        SyncClient(store).enrol(code, wait_until_up(proc, port, log))
    finally:
        stop_server(proc)
    job = jobs.plan_job(store, design, 10, None, "tracked")
    assert job.qr_url == f"https://q.example-bank.cn/q/{job.tracking_code}"

    # Head office without a public address again: codes lead where the laptop syncs.
    proc, port = launch_server(db_url, log)
    try:
        url = wait_until_up(proc, port, log)
        with store.transaction():
            store.set_setting(SERVER, url)
        SyncClient(store).sync()
    finally:
        stop_server(proc)
    job = jobs.plan_job(store, design, 10, None, "tracked")
    assert job.qr_url == f"{url}/q/{job.tracking_code}"


def assert_held_back(response: requests.Response, shown: str) -> None:
    """Head office's own page, the link as text on it, and no redirect."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "location" not in response.headers and "refresh" not in response.headers
    assert response.headers["cache-control"] == "no-store"
    page = response.text
    assert "尚未核准" in page and "has not approved" in page
    assert page.index("尚未核准") < page.index("has not approved")  # Chinese first
    assert shown in page and "<a " not in page


def test_a_design_linking_to_a_host_not_allowed_redirects_nowhere(
    server: Server, field_a: Device, capsys: pytest.CaptureFixture[str]
) -> None:
    """Any laptop can push a design with any link: /q/<code> must not become an open redirect.
    The administrator allows hosts (`links allow`); otherwise the phone gets head office's page
    with the link as text, and the scan is counted either way."""
    evil = 'https://evil.example/login?next=<script>"&x=1'
    made = design(field_a, target=evil)
    pushed(field_a, made, print_run(field_a, made["uuid"], target=evil))
    response = scan(server, f"/q/{CODE}")
    assert_held_back(response, "https://evil.example/login?next=&lt;script&gt;&quot;&amp;x=1")
    assert "<script>" not in response.text
    assert counted(server) == 1

    db_url = server.engine.url.render_as_string(hide_password=False)
    assert main(["links", "list", "--db", db_url]) == 0
    listed = capsys.readouterr().out
    assert "www.example-bank.cn" in listed  # the shipped designs' host, always allowed
    assert "evil.example" in listed and evil in listed  # held back, so the administrator sees it

    assert main(["links", "allow", "EVIL.example", "--db", db_url]) == 0
    assert "evil.example" in capsys.readouterr().out
    response = scan(server, f"/q/{CODE}")  # at once: no restart, nothing cached
    assert response.status_code in (302, 303)
    assert response.headers["location"] == "https://evil.example/login?next=%3Cscript%3E%22&x=1"
    assert main(["links", "remove", "evil.example", "--db", db_url]) == 0
    assert_held_back(scan(server, f"/q/{CODE}"), "https://evil.example/login")
    assert counted(server) == 3


def numbered_code(number: int) -> str:
    return base64.b32encode(number.to_bytes(5, "big")).decode()


#: (a design's link, where the phone is sent: None for head office's page). The server allows
#: bank.example (the fixture), *.branches.example and pay.example:8443.
TRICKS = [
    ("HTTPS://Bank.Example/Path?q=1", "https://bank.example/Path?q=1"),  # case of host ignored
    ("http://bank.example/", "http://bank.example/"),
    ("https://bank.example:443/a", "https://bank.example:443/a"),  # the scheme's own port
    ("https://bank.example:8443/", None),  # another port: another service
    ("http://bank.example:443/", None),
    ("https://bank.example@evil.example/", None),  # userinfo: the host is evil.example
    ("https://evil.example@bank.example/", None),  # userinfo, whatever the host
    ("https://bank.example:@evil.example/", None),
    ("https://bank.example%2F@evil.example/", None),
    ("https://bank.example.evil.example/", None),
    ("https://evilbank.example/", None),
    ("https://sub.bank.example/", None),  # an exact host, not its subdomains
    ("https://bank.example./", None),
    ("https://b\u0430nk.example/", None),  # a Cyrillic а
    ("https://xn--bnk-6cd.example/", None),  # the same in punycode
    ("https://bank%2Eexample/", None),
    ("https://[::1]/", None),
    ("https://bank.example:99999/", None),
    ("https://a.branches.example/x", "https://a.branches.example/x"),
    ("https://x.y.branches.example/", "https://x.y.branches.example/"),  # any depth
    ("https://branches.example/", None),  # *. is for subdomains only
    ("https://pay.example:8443/p", "https://pay.example:8443/p"),
    ("https://pay.example/", None),  # only the port allowed
    ("https://bank\u3002example/", "https://bank.example/"),  # sent to the host as checked
    ("https://www.example-bank.cn/loans", "https://www.example-bank.cn/loans"),  # shipped host
]


def test_only_allowed_hosts_are_redirected_to_whatever_the_link_looks_like(
    server: Server, field_a: Device
) -> None:
    admin.allow_link_host(server.engine, "*.branches.example")
    admin.allow_link_host(server.engine, "pay.example:8443")
    made = []
    for number, (link, _where) in enumerate(TRICKS, 1):
        one = design(field_a, target=link)
        made += [one, print_run(field_a, one["uuid"], code=numbered_code(number), target=link)]
    pushed(field_a, *made)
    for number, (link, where) in enumerate(TRICKS, 1):
        response = scan(server, f"/q/{numbered_code(number)}")
        if where is None:
            assert response.status_code == 200, link
            assert "location" not in response.headers, link
        else:
            assert response.status_code in (302, 303), link
            assert response.headers["location"] == where, link
    assert counted(server) == len(TRICKS)


def test_a_host_not_allowed_is_shown_as_ascii_text(server: Server, field_a: Device) -> None:
    """What the page shows is what a browser would be sent to: no look-alike letters."""
    link = "https://b\u0430nk.example/防诈骗"
    made = design(field_a, target=link)
    pushed(field_a, made, print_run(field_a, made["uuid"], target=link))
    shown = "https://b%D0%B0nk.example/%E9%98%B2%E8%AF%88%E9%AA%97"
    assert_held_back(scan(server, f"/q/{CODE}"), shown)
