"""Two edits of one record made side by side, from the same version: joining them field by field.

When a field officer corrects the audience and, before the two have synced, a supervisor
corrects the consultation count of the same session, both corrections are meant to stay.
Each field takes the change made to it; a field both changed differently takes the value of the
edit with the later stamp (the other value is not lost: head office keeps it as a conflict).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.domain.kinds import RecordKind


def join(
    kind: RecordKind,
    base: Mapping[str, Any],
    held: Mapping[str, Any],
    sent: Mapping[str, Any],
    sent_is_later: bool,
) -> tuple[dict[str, Any], list[str]]:
    """The fields of `held` and `sent`, both edited from `base`, joined; and the names of the
    fields where the earlier edit's change gave way to the later one's."""
    joined: dict[str, Any] = {}
    overruled: list[str] = []
    for name in kind.field_names:
        was, theirs, ours = base.get(name), held.get(name), sent.get(name)
        if ours in (was, theirs):
            joined[name] = theirs
        elif theirs == was:
            joined[name] = ours
        else:
            joined[name] = ours if sent_is_later else theirs
            overruled.append(name)
    return joined, overruled
