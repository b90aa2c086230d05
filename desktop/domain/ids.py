"""Record ids: UUIDs that sort by the time they were made (version 7, RFC 9562).

Records are keyed by uuid in B-tree indexes, on every laptop and at head office. Random
(version 4) keys land each on a random page of those indexes, so a page of a thousand synced
records dirties about a thousand index pages and the cost grows with the table; time-ordered
keys append to the same few pages. Uniqueness still rests on 74 random bits, so a laptop clock
that is wrong only costs that locality, never an id clash.
"""

from __future__ import annotations

import os
import uuid

_MS = (1 << 48) - 1


def new_uuid(millis: int) -> str:
    """A version 7 UUID for the moment `millis` (Unix time in ms), as text."""
    rand = int.from_bytes(os.urandom(10), "big")
    value = (
        (millis & _MS) << 80
        | 0x7 << 76
        | ((rand >> 62) & 0xFFF) << 64
        | 0b10 << 62
        | (rand & ((1 << 62) - 1))
    )
    return str(uuid.UUID(int=value))
