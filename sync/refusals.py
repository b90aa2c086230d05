"""How a change head office refused reads to the user, in the window and from `outreach sync`.

The reason arrives as head office's codes (sync.protocol); field issues read as the laptop's own
form would word them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP, Field, FieldType
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

CLOCK_AHEAD = QT_TRANSLATE_NOOP(
    "Sync",
    "This laptop's clock ran ahead of head office's when it was saved: it is stamped again by "
    "head office's time and sent again at the next sync.",
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
    if code == protocol.REJECT_CLOCK_AHEAD:
        return translate("Sync", CLOCK_AHEAD)
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
LOST_TO_DELETION = QT_TRANSLATE_NOOP("Sync", "a later edit made elsewhere deleted it")
YES = QT_TRANSLATE_NOOP("Sync", "yes")
NO = QT_TRANSLATE_NOOP("Sync", "no")


def overruled(store: Store) -> list[dict[str, Any]]:
    """This laptop's edits that gave way to later edits elsewhere, oldest first."""
    return list(store.setting(OVERRULED) or [])


def forget_overruled(store: Store) -> None:
    """The user has seen them (head office keeps them all the same)."""
    with store.transaction():
        store.set_setting(OVERRULED, [])


def overruled_title(store: Store, entry: Mapping[str, Any], translate: Translate) -> str:
    """The record as the lists show it now (its values as sent, if it is gone)."""
    current = store.get(entry["kind"], entry["uuid"], include_deleted=True)
    return title({**entry, "record": current or entry["record"]}, translate)


def gave_way(store: Store, entry: Mapping[str, Any], translate: Translate, lang: str) -> str:
    """What of the user's edit is no longer current, in their words, a line per field."""
    if entry.get("deleted"):
        return translate("Sync", DELETION_GAVE_WAY)
    if entry.get("lost_to_deletion"):
        return translate("Sync", LOST_TO_DELETION)
    kind = KINDS.get(entry["kind"])
    lines = []
    for change in entry.get("fields", []):
        name = str(change["field"])
        f = kind.field(name) if kind is not None and name in kind.field_names else None
        lines.append(
            translate("Sync", GAVE_WAY).format(
                field=translate("Field", f.label) if f else name,
                lost=shown(store, f, change["lost"], translate, lang),
                kept=shown(store, f, change["kept"], translate, lang),
            )
        )
    return "\n".join(lines)


def shown(store: Store, f: Field | None, value: Any, translate: Translate, lang: str) -> str:
    """A value as the forms show it: names of list entries and choices, not their codes."""
    if value is None or value == [] or value == "":
        return "—"
    if f is not None and f.ref_list and f.type in (FieldType.REF, FieldType.REFS):
        codes = value if isinstance(value, list) else [value]
        return "、".join(store.ref_label(f.ref_list, str(c), lang) for c in codes)
    if f is not None and f.choices:
        for choice in f.choices:
            if choice.code == value:
                return translate("Choice", choice.label)
    if isinstance(value, bool):
        return translate("Sync", YES if value else NO)
    if isinstance(value, list):
        return "、".join(map(str, value))
    return str(value)
