"""Records as the server stores and sends them: one JSON row under the protocol's columns.

A pull copies these texts into its response without decoding them, which is what makes it fast.
The columns are sync.protocol.columns_for(kind): RECORD_META, then the kind's fields.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktop.domain.kinds import RecordKind
from sync.protocol import columns_for


def encode(kind: RecordKind, record: Mapping[str, Any]) -> str:
    """A record (meta and field values) as the stored JSON row."""
    return json.dumps(
        [record.get(c) for c in columns_for(kind)], ensure_ascii=False, separators=(",", ":")
    )


def decode(kind: RecordKind, payload: str) -> dict[str, Any]:
    """A stored row back to a record dict."""
    return dict(zip(columns_for(kind), json.loads(payload), strict=True))
