"""Tracked QR codes: /q/<code> counts a scan of a printed leaflet and sends the phone on.

A laptop makes a print run's code itself (it may be offline when it prints), so head office
learns codes from synced print_run records: whenever a print_run or leaflet_design version
becomes current in a push, `learn` updates `short_links` (code -> print run, design, team) and
`design_targets` (every link a design has had) in the same transaction. A scan is then a few
index probes and one small insert.

No open redirect: a code leads only to a link that a design held by head office has had, and
only to http(s). The print run's own `target` (the design's link when it was printed) is used
when the design has had that link; otherwise the design's current link. A deleted print run or
design, an unknown code or anything that is not a well-formed code gets a small 404 page. Any
laptop can give a design any link, so the phone is redirected only when head office allows the
link's host (linkhosts: the administrator's list and the shipped designs' hosts); otherwise it
gets head office's own page with the link as text, for the resident to judge. The scan is
counted either way.

Scans keep no personal data: the code, the print run, its team and the server's time, nothing
about the phone (no address, no browser). Floods: each scan is one short write transaction, so
concurrent scans queue on the database (SQLite's write lock, PostgreSQL's row inserts) and every
one is counted; nothing is held in memory between requests. Scans are not rate-limited: a
scan nobody can tell from a real one is not dropped. A per-code limit, if floods ever come, would
belong in front of the server (the reverse proxy), not here.
"""

from __future__ import annotations

import functools
import html
import logging
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from desktop.domain.kinds import KINDS
from desktop.leaflets import designs
from sync.server import db, linkhosts, rows
from sync.server.schema import current_payload, design_targets, records, scans, short_links

log = logging.getLogger(__name__)

#: What a laptop prints (8 characters of base32), in either case.
CODE = re.compile(r"[A-Za-z2-7]{8}")
_PRINT_RUN = KINDS["print_run"]
_DESIGN = KINDS["leaflet_design"]
MAX_TARGET = 500

NOT_FOUND_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>未找到 / Not found</title></head>
<body style="font-family: sans-serif; margin: 2em;">
<h1>未找到该二维码</h1><p>This QR code is not known.</p>
</body></html>
"""

HELD_BACK_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>请先核实网址 / Please check this address</title></head>
<body style="font-family: sans-serif; margin: 2em;">
<h1>此网址尚未核准</h1>
<p>这张宣传单上的二维码指向下面的网址。本行尚未核准该网站，因此没有为您打开。
如需访问，请先到本行网点或拨打客服热线核实，再自行把网址复制到浏览器。</p>
<p style="word-break: break-all; font-family: monospace;">{link}</p>
<h2 lang="en">This address is not approved</h2>
<p lang="en">The QR code on this leaflet points to the address above. The bank has not approved
that site, so it was not opened for you. To visit it, check with a branch or the bank's hotline
first, then copy the address into your browser yourself.</p>
</body></html>
"""

#: The page names no other site and loads nothing.
HELD_BACK_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
}


def held_back_page(link: str) -> str:
    """Head office's page for a link whose host is not allowed: the link as plain text.

    Shown as a browser would send it (anything not printable ASCII percent-escaped), so neither
    look-alike letters nor right-to-left marks can make it read as another address.
    """
    return HELD_BACK_PAGE.format(link=html.escape(quote(link, safe=string.punctuation)))


def learn(conn: Connection, winners: Mapping[tuple[str, str], Any]) -> None:
    """Update the codes and design links from record versions that just became current.

    `winners` maps (kind, uuid) to a changelog.Held; kinds other than print_run and
    leaflet_design are ignored. Runs inside the push's transaction.
    """
    for (kind, uuid), held in winners.items():
        if kind == _DESIGN.name:
            target = rows.decode(_DESIGN, held.payload).get("qr_target")
            if isinstance(target, str) and target and len(target) <= MAX_TARGET:
                _add_target(conn, uuid, target)
        elif kind == _PRINT_RUN.name:
            _learn_run(conn, uuid, held.team, held.deleted, rows.decode(_PRINT_RUN, held.payload))


def _add_target(conn: Connection, design: str, target: str) -> None:
    dialect = postgresql if db.is_postgres(conn) else sqlite
    conn.execute(
        dialect.insert(design_targets).values(design=design, target=target).on_conflict_do_nothing()
    )


def _learn_run(
    conn: Connection, uuid: str, team: str, deleted: bool, record: Mapping[str, Any]
) -> None:
    code = record.get("tracking_code")
    code = code.upper() if isinstance(code, str) and CODE.fullmatch(code) else None
    design = record.get("design")
    if record.get("qr_mode") != "tracked" or not isinstance(design, str) or not design:
        code = None
    # A code is not editable on the laptop; should it change anyway, the old one stops working.
    stale = delete(short_links).where(short_links.c.print_run == uuid)
    conn.execute(stale if code is None else stale.where(short_links.c.code != code))
    if code is None:
        return
    holder = conn.scalar(select(short_links.c.print_run).where(short_links.c.code == code))
    if holder is None:
        conn.execute(
            insert(short_links).values(
                code=code, print_run=uuid, design=design, team=team, gone=deleted
            )
        )
    elif holder == uuid:
        conn.execute(
            update(short_links)
            .where(short_links.c.code == code)
            .values(design=design, team=team, gone=deleted)
        )
    else:
        # Codes are random (40 bits): a second run with the same one is a mistake or a forgery.
        log.warning("print run %s brings code %s, which print run %s has", uuid, code, holder)


def is_web_link(url: str) -> bool:
    """An absolute http(s) link to a host, with nothing a browser would read differently."""
    if not url or len(url) > MAX_TARGET or any(c.isspace() or ord(c) < 32 for c in url):
        return False
    if "\\" in url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _current(conn: Connection, kind: str, uuid: str) -> tuple[bool, str] | None:
    """(deleted, payload) of the record held, or None."""
    row = conn.execute(
        select(records.c.deleted, current_payload).where(
            records.c.kind == kind, records.c.uuid == uuid
        )
    ).first()
    return None if row is None else (bool(row.deleted), row.payload)


@functools.cache
def _shipped() -> dict[str, dict[str, Any]]:
    """The values of the designs the app ships, by uuid.

    Laptops hold these designs from the start with the seed stamp and never send them; until
    one is edited (and the edit reaches head office), head office knows it from the same file.
    """
    return {d.uuid: d.values for d in designs.shipped_designs()}


def _target(conn: Connection, code: str) -> tuple[str, str, str] | None:
    """(link, print run uuid, team) for a known, live code, or None."""
    link = conn.execute(
        select(short_links.c.print_run, short_links.c.design, short_links.c.team).where(
            short_links.c.code == code, short_links.c.gone.is_(False)
        )
    ).first()
    if link is None:
        return None
    run_uuid, design_uuid, team = link
    run, design = (
        _current(conn, _PRINT_RUN.name, run_uuid),
        _current(conn, _DESIGN.name, design_uuid),
    )
    if run is None or run[0] or (design is not None and design[0]):
        return None
    if design is not None:
        current = rows.decode(_DESIGN, design[1]).get("qr_target")
    elif design_uuid in _shipped():
        current = _shipped()[design_uuid].get("qr_target")  # as every laptop holds it
    else:
        return None
    printed = rows.decode(_PRINT_RUN, run[1]).get("target")
    chosen = current
    if isinstance(printed, str) and printed and printed != current:
        had = conn.scalar(
            select(func.count()).where(
                design_targets.c.design == design_uuid, design_targets.c.target == printed
            )
        )
        if had:
            chosen = printed
    if not isinstance(chosen, str) or not is_web_link(chosen):
        return None
    return chosen, run_uuid, team


@dataclass(frozen=True)
class Destination:
    """Where a scanned code leads: the design's `link`, and `redirect` (the link as checked) when
    head office allows its host; None means head office's page shows the link instead."""

    link: str
    redirect: str | None


def _redirect(conn: Connection, link: str) -> str | None:
    checked = linkhosts.check(link)
    return checked.redirect if checked and linkhosts.is_allowed(conn, checked) else None


def scan(engine: Engine, code: str) -> Destination | None:
    """Count a scan of `code` and return where it leads, or None (a 404)."""
    if not CODE.fullmatch(code):
        return None
    code = code.upper()
    with db.reading(engine) as conn:
        db.by_key(conn)
        found = _target(conn, code)
        if found is None:
            return None
        target, run_uuid, team = found
        redirect = _redirect(conn, target)
    with db.writing(engine) as conn:
        conn.execute(
            insert(scans).values(code=code, print_run=run_uuid, team=team, at=db.iso(db.now()))
        )
    return Destination(target, redirect)


def held_back(engine: Engine) -> list[tuple[str, str]]:
    """(link, design title) of every live design whose web link head office does not redirect
    to, so the administrator can see what residents are shown as text and allow its host."""
    query = select(current_payload).where(
        records.c.kind == _DESIGN.name, records.c.deleted.is_(False)
    )
    found = set()
    with db.reading(engine) as conn:
        for payload in conn.scalars(query):
            design = rows.decode(_DESIGN, payload)
            link = design.get("qr_target")
            if isinstance(link, str) and is_web_link(link) and _redirect(conn, link) is None:
                found.add((link, design.get("title") or "-"))
    return sorted(found)


def scans_per_run(engine: Engine, team: str | None = None) -> list[dict[str, Any]]:
    """Every live tracked print run (of `team`, or all) with its scans, by team and date."""
    counted = (
        select(
            scans.c.print_run,
            func.count().label("scans"),
            func.max(scans.c.at).label("last_scan"),
        )
        .group_by(scans.c.print_run)
        .subquery()
    )
    query = (
        select(
            short_links.c.code,
            short_links.c.team,
            short_links.c.print_run,
            short_links.c.design,
            current_payload,
            counted.c.scans,
            counted.c.last_scan,
        )
        .join(
            records,
            (records.c.kind == _PRINT_RUN.name) & (records.c.uuid == short_links.c.print_run),
        )
        .outerjoin(counted, counted.c.print_run == short_links.c.print_run)
        .where(short_links.c.gone.is_(False), records.c.deleted.is_(False))
    )
    if team is not None:
        query = query.where(short_links.c.team == team)
    with db.reading(engine) as conn:
        found = conn.execute(query).all()
        designs = {r.design for r in found}
        titles = {
            uuid: rows.decode(_DESIGN, payload).get("title")
            for uuid, payload in db.rows_with_keys(
                conn,
                select(records.c.uuid, current_payload).where(records.c.kind == _DESIGN.name),
                records.c.uuid,
                sorted(designs),
            )
        }
    result = []
    for r in found:
        run = rows.decode(_PRINT_RUN, r.payload)
        result.append(
            {
                "code": r.code,
                "team": r.team,
                "print_run": r.print_run,
                "design": r.design,
                "design_title": titles.get(r.design, _shipped().get(r.design, {}).get("title")),
                "printed_on": run.get("printed_on"),
                "copies": run.get("copies"),
                "scans": int(r.scans or 0),
                "last_scan": r.last_scan,
            }
        )
    result.sort(key=lambda x: (x["team"], x["printed_on"] or "", x["code"]))
    return result
