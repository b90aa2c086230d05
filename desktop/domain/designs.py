"""The leaflet designs every store holds from its creation: those shipped in assets/leaflets, and
the "design not recorded" entry that ledger hand-outs of no named design are counted under.

Each has a uuid derived from its code, so every laptop holds the very same records and totals by
design add up across laptops; they are stored like the seeded reference lists (seed stamp, not
sent to head office as a change of the laptop's own).
"""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.refdata import NAMESPACE

SHIPPED_FILE = Path(__file__).resolve().parents[2] / "assets" / "leaflets" / "designs.json"

#: The design that hand-outs of a ledger column naming no design are counted under. Not in
#: use (no form offers it, nothing is printed of it); it has no stock, so no stock warnings.
NOT_RECORDED_CODE = "not-recorded"
NOT_RECORDED_VALUES: dict[str, Any] = {
    "title": "折页种类未记录 (design not recorded)",
    "active": False,
    "qr_mode": "direct",
}


@dataclass(frozen=True)
class ShippedDesign:
    code: str
    values: dict[str, Any]

    @property
    def uuid(self) -> str:
        return design_uuid(self.code)


def design_uuid(code: str) -> str:
    return str(uuidlib.uuid5(NAMESPACE, f"leaflet_design:{code}"))


NOT_RECORDED_UUID = design_uuid(NOT_RECORDED_CODE)


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
