"""Words for the screen: translated labels of kinds, fields and choices, and displayed values.

The core keeps English source texts marked with QT_TRANSLATE_NOOP; this is where they meet the
installed translator. Reference-list entries carry their own Chinese and English names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.fields import Field, FieldType
from desktop.domain.kinds import RecordKind
from desktop.domain.kinds import kind as kind_named
from desktop.domain.refdata import REF_LISTS
from desktop.store.store import Store


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate; lupdate finds literal calls to a function of this name."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def field_label(f: Field) -> str:
    return translate("Field", f.label)


def kind_label(k: RecordKind, plural: bool = False) -> str:
    return translate("Kind", k.plural if plural else k.label)


def ref_list_label(name: str) -> str:
    return translate("Choice", REF_LISTS[name])


def choice_label(f: Field, code: str | None) -> str:
    for c in f.choices:
        if c.code == code:
            return translate("Choice", c.label)
    return code or ""


def display(store: Store, f: Field, value: Any, lang: str) -> str:
    """How a stored value reads in a list cell."""
    if value is None or value == []:
        return ""
    t = f.type
    if t is FieldType.BOOL:
        return translate("Value", "Yes") if value else ""
    if t is FieldType.CHOICE:
        return choice_label(f, value)
    if t is FieldType.REF:
        assert f.ref_list
        return store.ref_label(f.ref_list, value, lang)
    if t is FieldType.REFS:
        assert f.ref_list
        sep = "、" if lang.startswith("zh") else ", "
        return sep.join(store.ref_label(f.ref_list, v, lang) for v in value)
    if t is FieldType.TEXT_LIST:
        return ("、" if lang.startswith("zh") else ", ").join(value)
    if t is FieldType.LINK:
        assert f.link_kind
        return link_title(store, f.link_kind, value)
    return str(value)


def link_title(store: Store, kind: str, uuid: str) -> str:
    k = kind_named(kind)
    record = store.get(kind, uuid, include_deleted=True)
    if record is None:
        return ""
    parts = [str(record[k.date_field])] if k.date_field else []
    if k.title_field:
        parts.append(str(record[k.title_field] or ""))
    return " ".join(parts)
