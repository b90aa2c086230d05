"""Records as the server stores and sends them: one JSON row under the protocol's columns.

A pull copies these texts into its response without decoding them, which is what makes it fast.
The columns are sync.protocol.columns_for(kind): RECORD_META, then the kind's fields.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktop.domain.kinds import KINDS, RecordKind
from sync.protocol import columns_for

#: Column names per kind, worked out once (a push encodes thousands of rows).
COLUMNS: dict[str, tuple[str, ...]] = {
    name: tuple(columns_for(kind)) for name, kind in KINDS.items()
}
#: One encoder for all rows: json.dumps with options builds a new one on every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def encode(kind: RecordKind, record: Mapping[str, Any]) -> str:
    """A record (meta and field values) as the stored JSON row."""
    return _ENCODER.encode([record.get(c) for c in COLUMNS[kind.name]])


def decode(kind: RecordKind, payload: str) -> dict[str, Any]:
    """A stored row back to a record dict."""
    return dict(zip(COLUMNS[kind.name], json.loads(payload), strict=True))
