"""How a change head office refused reads to the user, in the window and from `outreach sync`.

The reason arrives as head office's codes (sync.protocol); field issues read as the laptop's own
form would word them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.domain.kinds import KINDS
from desktop.domain.validation import MESSAGES
from desktop.store.store import Store
from sync import protocol
from sync.client import OVERRULED

Translate = Callable[[str, str], str]

FORBIDDEN = QT_TRANSLATE_NOOP("Sync", "Not allowed for this laptop's team.")
CLASH = QT_TRANSLATE_NOOP(
    "Sync",
    "Head office holds another change under this laptop's number: its data was copied to "
    "another laptop, or put back from an older copy. Ask head office for a new enrolment code, "
    "connect again, then send this again.",
)


def title(entry: Mapping[str, Any], translate: Translate) -> str:
    """The refused record as the user knows it: its kind, date and title (those it has)."""
    kind = KINDS.get(entry["kind"])
    if kind is None:
        return str(entry["kind"])
    record = entry["record"]
    said = [str(record.get(name) or "") for name in (kind.date_field, kind.title_field) if name]
    text = translate("Kind", kind.label)
    return f"{text}: {' '.join(w for w in said if w)}" if any(said) else text


def reason(entry: Mapping[str, Any], translate: Translate) -> str:
    """Head office's reason in the user's language: field issues get the validation wording."""
    kind = KINDS.get(entry["kind"])
    found = entry["reason"]
    code = found.get("code")
    if code == protocol.REJECT_FORBIDDEN:
        return translate("Sync", FORBIDDEN)
    if code == protocol.REJECT_CLASH:
        return translate("Sync", CLASH)
    texts = []
    for issue in found.get("issues") or []:
        template = MESSAGES.get(str(issue.get("code")))
        if template is None:
            continue
        try:
            text = translate("Validation", template).format(**(issue.get("params") or {}))
        except (KeyError, IndexError):
            text = template
        name = str(issue.get("field") or "")
        if kind is not None and name in kind.field_names:
            name = translate("Field", kind.field(name).label)
        texts.append(f"{name}: {text}" if name else text)
    if texts:
        return "; ".join(texts)
    return str(found.get("message") or code or "")


# -- edits that gave way to later ones elsewhere ------------------------------------------------

GAVE_WAY = QT_TRANSLATE_NOOP("Sync", "{field}: you had {lost}, the later edit has {kept}")
DELETION_GAVE_WAY = QT_TRANSLATE_NOOP("Sync", "you deleted it; a later edit kept it")


def overruled(store: Store) -> list[dict[str, Any]]:
    """This laptop's edits that gave way to later edits elsewhere, oldest first."""
    return list(store.setting(OVERRULED) or [])


def forget_overruled(store: Store) -> None:
    """The user has seen them (head office keeps them all the same)."""
    with store.transaction():
        store.set_setting(OVERRULED, [])


def gave_way(entry: Mapping[str, Any], translate: Translate) -> str:
    """What of the user's edit is no longer current, in their words."""
    if entry.get("deleted"):
        return translate("Sync", DELETION_GAVE_WAY)
    kind = KINDS.get(entry["kind"])
    parts = []
    for change in entry.get("fields", []):
        name = str(change["field"])
        if kind is not None and name in kind.field_names:
            name = translate("Field", kind.field(name).label)
        parts.append(
            translate("Sync", GAVE_WAY).format(
                field=name, lost=_shown(change["lost"]), kept=_shown(change["kept"])
            )
        )
    return "; ".join(parts)


def _shown(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list):
        return "、".join(map(str, value))
    return str(value)
