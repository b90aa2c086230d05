"""A print job: which design, how many copies, which layout, and what its QR code says.

Tracked QR codes point at head office's short link `<server>/q/<code>`. The code is made here on
the device when the run is printed, so a laptop without network still prints tracked leaflets;
head office learns the code, the printed link and the real target from the print run record at
the next sync.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.leaflets import layout as layouts
from desktop.leaflets.designs import image_path
from desktop.store.store import Record, Store

#: The store settings that hold head office's address once the laptop is enrolled, and its
#: public address for short links when head office announces one (sync.client keeps both).
SERVER_SETTING = "sync:server"
LINKS_SETTING = "sync:links"
#: Characters of a tracking code: 8 of base32 (A-Z, 2-7) is 40 random bits.
CODE_LENGTH = 8
MAX_COPIES = 10_000
QR_MODES = ("direct", "tracked")

#: Fixed words printed on a leaflet, in the leaflet's own language (not the window's).
PRINTED_WORDS: dict[str, dict[str, str]] = {
    "zh_CN": {"scan": "扫码了解更多"},
    "en": {"scan": "Scan to learn more"},
}

FAILURES: dict[str, str] = {
    "unknown_design": QT_TRANSLATE_NOOP("Leaflets", "No leaflet design is called “{detail}”."),
    "ambiguous_design": QT_TRANSLATE_NOOP(
        "Leaflets", "Several leaflet designs are called “{detail}”: give its id instead."
    ),
    "bad_copies": QT_TRANSLATE_NOOP(
        "Leaflets", "The number of copies must be a whole number from 1 to {detail}."
    ),
    "bad_layout": QT_TRANSLATE_NOOP("Leaflets", "Unknown layout “{detail}”."),
    "bad_qr_mode": QT_TRANSLATE_NOOP(
        "Leaflets", "Unknown kind of QR code “{detail}”: use direct or tracked."
    ),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "Leaflets",
        "Tracked QR codes need a laptop connected to head office. Print with the direct link, "
        "or connect first.",
    ),
    "no_target": QT_TRANSLATE_NOOP(
        "Leaflets", "This design has no QR code link, so there is nothing to track."
    ),
    "write_failed": QT_TRANSLATE_NOOP("Leaflets", "The PDF could not be written: {detail}"),
    "out_is_folder": QT_TRANSLATE_NOOP(
        "Leaflets", "{detail} is a folder: give the PDF's file name, such as {detail}/leaflet.pdf."
    ),
}


class LeafletError(Exception):
    """A print job that cannot be made; `code` is a key of FAILURES."""

    def __init__(self, code: str, detail: Any = "") -> None:
        self.code = code
        self.detail = str(detail)
        super().__init__(f"{code}: {detail}" if detail != "" else code)

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = FAILURES[self.code]
        if translate is not None:
            template = translate("Leaflets", template)
        return template.format(detail=self.detail)


def new_tracking_code(store: Store | None = None) -> str:
    """A fresh code, unused in `store`: short, URL-safe, upper case, and not guessable."""
    while True:
        code = base64.b32encode(secrets.token_bytes(5)).decode("ascii")
        if (
            store is None
            or not store.conn.execute(
                "SELECT 1 FROM print_runs WHERE tracking_code = ?", (code,)
            ).fetchone()
        ):
            return code


def server_address(store: Store) -> str:
    """Where tracked codes lead: head office's public address for them, else the one this
    laptop syncs with ("" before enrolment)."""
    found = store.setting(LINKS_SETTING) or store.setting(SERVER_SETTING) or ""
    return str(found).strip().rstrip("/")


def tracked_url(server: str, code: str) -> str:
    return f"{server.rstrip('/')}/q/{code}"


@dataclass
class PrintJob:
    design: Record
    copies: int
    layout: str
    qr_mode: str
    #: The design's link when printed; a tracked code leads there.
    target: str
    #: What the printed QR code says (empty: no QR code on the leaflet).
    qr_url: str
    tracking_code: str = ""
    image: Path | None = None
    words: dict[str, str] = field(default_factory=dict)

    @property
    def sheet(self) -> layouts.Sheet:
        return layouts.sheet(self.layout)

    @property
    def sheets(self) -> int:
        return self.sheet.sheets_for(self.copies)

    @property
    def language(self) -> str:
        return str(self.design.get("language") or "zh_CN")


def parse_copies(value: Any) -> int:
    try:
        copies = int(str(value).strip())
    except ValueError:
        raise LeafletError("bad_copies", MAX_COPIES) from None
    if not 1 <= copies <= MAX_COPIES:
        raise LeafletError("bad_copies", MAX_COPIES)
    return copies


def plan_job(
    store: Store,
    design: Record,
    copies: Any,
    layout: str | None = None,
    qr_mode: str | None = None,
) -> PrintJob:
    """Check the choices and make the job; a tracked job gets its new code here."""
    count = parse_copies(copies)
    chosen_layout = layout or design.get("layout") or layouts.DEFAULT_LAYOUT
    if chosen_layout not in layouts.SHEETS:
        raise LeafletError("bad_layout", chosen_layout)
    mode = qr_mode or design.get("qr_mode") or "direct"
    if mode not in QR_MODES:
        raise LeafletError("bad_qr_mode", mode)
    target = str(design.get("qr_target") or "").strip()
    code = ""
    url = target
    if mode == "tracked":
        server = server_address(store)
        if not server:
            if qr_mode == "tracked":
                raise LeafletError("not_enrolled")
            mode = "direct"  # the design prefers tracking, but this laptop cannot
        elif not target:
            raise LeafletError("no_target")
        else:
            code = new_tracking_code(store)
            url = tracked_url(server, code)
    language = str(design.get("language") or "zh_CN")
    return PrintJob(
        design=design,
        copies=count,
        layout=chosen_layout,
        qr_mode=mode,
        target=target,
        qr_url=url,
        tracking_code=code,
        image=image_path(store, design),
        words=PRINTED_WORDS.get(language, PRINTED_WORDS["en"]),
    )


def record_run(store: Store, job: PrintJob, notes: str = "") -> Record:
    """The print run that makes the printed copies count as stock (author = who printed)."""
    return store.save(
        "print_run",
        {
            "design": job.design["uuid"],
            "printed_on": store.today().isoformat(),
            "copies": job.copies,
            "layout": job.layout,
            "qr_mode": job.qr_mode,
            "tracking_code": job.tracking_code or None,
            "qr_url": job.qr_url or None,
            "target": job.target or None,
            "notes": notes or None,
        },
    )
