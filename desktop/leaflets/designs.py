"""Leaflet designs: the ones shipped in assets/leaflets, finding a design by name, its picture.

Shipped designs are stored like the seeded reference lists: a uuid derived from the design's code
and the seed stamp, so every laptop holds the very same records, none of them is sent to head
office as a change of its own, and head office's later edits of them win everywhere.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.designs import (
    NOT_RECORDED_CODE,
    NOT_RECORDED_UUID,
    NOT_RECORDED_VALUES,
    SHIPPED_FILE,
    ShippedDesign,
    design_uuid,
    shipped_designs,
)
from desktop.store.store import Record, Store

__all__ = [
    "NOT_RECORDED_CODE",
    "NOT_RECORDED_UUID",
    "SHIPPED_FILE",
    "ShippedDesign",
    "design_uuid",
    "ensure_not_recorded",
    "install_shipped_designs",
    "shipped_designs",
]


def has_designs(store: Store) -> bool:
    """Whether the store ever held a design (deleted ones count: they were removed on purpose)."""
    return store.conn.execute("SELECT 1 FROM leaflet_designs LIMIT 1").fetchone() is not None


def install_shipped_designs(store: Store, path: Path = SHIPPED_FILE) -> int:
    """Store the shipped designs if the store never held any; returns how many were added.
    A new store has them from its creation (Store seeds them), so this adds them only to a
    store whose designs were all removed from the database by hand, or from another `path`."""
    if has_designs(store):
        return 0
    with store.transaction():
        designs = shipped_designs(path)
        for design in designs:
            store.save("leaflet_design", design.values, uuid=design.uuid, seed=True)
    return len(designs)


def ensure_not_recorded(store: Store) -> str:
    """The "design not recorded" entry, stored (or brought back) if it is not; its uuid. The
    same record on every laptop, seeded: totals by design add up wherever it was made."""
    held = store.get("leaflet_design", NOT_RECORDED_UUID)
    if held is None:
        store.save("leaflet_design", NOT_RECORDED_VALUES, uuid=NOT_RECORDED_UUID, seed=True)
    return NOT_RECORDED_UUID


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
