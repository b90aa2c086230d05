"""Leaflet designs: the ones shipped in assets/leaflets, finding a design by name, its picture.

Shipped designs are stored like the seeded reference lists: a uuid derived from the design's code
and the seed stamp, so every laptop holds the very same records, none of them is sent to head
office as a change of its own, and head office's later edits of them win everywhere.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.refdata import NAMESPACE
from desktop.store.store import Record, Store

SHIPPED_FILE = (
    Path(__file__).resolve().parent.parent.parent / "assets" / "leaflets" / "designs.json"
)


@dataclass(frozen=True)
class ShippedDesign:
    code: str
    values: dict[str, Any]

    @property
    def uuid(self) -> str:
        return design_uuid(self.code)


def design_uuid(code: str) -> str:
    return str(uuidlib.uuid5(NAMESPACE, f"leaflet_design:{code}"))


def shipped_designs(path: Path = SHIPPED_FILE) -> list[ShippedDesign]:
    data = json.loads(path.read_text(encoding="utf-8"))
    designs = []
    for entry in data["designs"]:
        values = {k: v for k, v in entry.items() if k != "code"}
        if isinstance(values.get("body"), list):
            values["body"] = "\n".join(values["body"])
        values.setdefault("qr_mode", "direct")
        designs.append(ShippedDesign(entry["code"], values))
    return designs


def has_designs(store: Store) -> bool:
    """Whether the store ever held a design (deleted ones count: they were removed on purpose)."""
    return store.conn.execute("SELECT 1 FROM leaflet_designs LIMIT 1").fetchone() is not None


def install_shipped_designs(store: Store, path: Path = SHIPPED_FILE) -> int:
    """Store the shipped designs if the store never held any; returns how many were added."""
    if has_designs(store):
        return 0
    with store.transaction():
        designs = shipped_designs(path)
        for design in designs:
            store.save("leaflet_design", design.values, uuid=design.uuid, seed=True)
    return len(designs)


class DesignNotFound(LookupError):
    def __init__(self, ident: str, matches: int = 0) -> None:
        self.ident = ident
        self.matches = matches
        super().__init__(f"{matches} leaflet designs match {ident!r}")


def all_designs(store: Store) -> list[Record]:
    return store.query("leaflet_design", limit=max(1, store.count("leaflet_design")))


def find_design(store: Store, ident: str) -> Record:
    """A live design by uuid, shipped code (e.g. "telecom-zh") or exact title (case ignored).

    Raises DesignNotFound when none or several match (matches says how many).
    """
    ident = ident.strip()
    for candidate in (ident, design_uuid(ident)):
        record = store.get("leaflet_design", candidate)
        if record is not None:
            return record
    folded = " ".join(ident.split()).casefold()
    matches = [d for d in all_designs(store) if (d["title"] or "").casefold() == folded]
    if len(matches) == 1:
        return matches[0]
    raise DesignNotFound(ident, len(matches))


def shipped_code(record: Record) -> str | None:
    """The shipped code a design's uuid was made from, if it is a shipped design."""
    for design in shipped_designs():
        if design.uuid == record["uuid"]:
            return design.code
    return None


# -- pictures -------------------------------------------------------------------------------------


def add_image(store: Store, source: Path) -> str:
    """Keep a picture in the data dir (as photos are kept); returns its checksum."""
    return store.keep_file(source)


def image_path(store: Store, design: Record) -> Path | None:
    """The design's picture on disk, or None when it has none (or the file has not arrived)."""
    digest = design.get("image")
    if not digest:
        return None
    path = store.photo_path(digest)
    return path if path.is_file() else None
