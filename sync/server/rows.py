"""Records as the server stores and sends them: one JSON row under the protocol's columns.

A pull copies these texts into its response without decoding them, which is what makes it fast.
The columns are sync.protocol.columns_for(kind): RECORD_META, then the kind's fields.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any

import orjson

from desktop.domain.kinds import KINDS, RecordKind
from sync.protocol import columns_for

#: Column names per kind, worked out once (a push encodes thousands of rows).
COLUMNS: dict[str, tuple[str, ...]] = {
    name: tuple(columns_for(kind)) for name, kind in KINDS.items()
}


#: Each kind's columns picked out of a record dict in one call (a push encodes thousands).
_PICK = {name: operator.itemgetter(*columns) for name, columns in COLUMNS.items()}


def values(kind: RecordKind, record: Mapping[str, Any]) -> list[Any]:
    """A record's values under the kind's columns (absent ones are null)."""
    try:
        return list(_PICK[kind.name](record))
    except KeyError:  # made at head office (seeds, `ref set`) without every meta column
        return [record.get(c) for c in COLUMNS[kind.name]]


def encode(kind: RecordKind, record: Mapping[str, Any]) -> str:
    """A record (meta and field values; absent ones are null) as the stored JSON row."""
    return orjson.dumps(values(kind, record)).decode()


def decode(kind: RecordKind, payload: str) -> dict[str, Any]:
    """A stored row back to a record dict."""
    return dict(zip(COLUMNS[kind.name], orjson.loads(payload), strict=True))
