"""Field descriptions: the vocabulary every record kind is written in.

A record kind is a list of these. The store's columns, the forms' widgets, validation, the import
template, export and the wire format are all derived from them, so a field is described once.
Labels are English source texts marked for Qt's translation tools; the UI translates them in the
"Field" context (the core never imports Qt).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` without importing Qt; returns it unchanged."""
    return text


class FieldType(enum.Enum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    INT = "int"  # whole number
    BOOL = "bool"
    DATE = "date"  # ISO yyyy-mm-dd
    TIME = "time"  # HH:MM, 24 h
    CHOICE = "choice"  # one of a fixed list of codes in `choices`
    REF = "ref"  # one code from a reference list
    REFS = "refs"  # several codes from a reference list, stored as a JSON array
    TEXT_LIST = "text_list"  # several free texts (names of staff), stored as a JSON array
    LINK = "link"  # the uuid of another record of kind `link_kind`

    @property
    def is_list(self) -> bool:
        return self in (FieldType.REFS, FieldType.TEXT_LIST)

    @property
    def sql_type(self) -> str:
        return "INTEGER" if self in (FieldType.INT, FieldType.BOOL) else "TEXT"


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    label: str
    required: bool = False
    #: Personal data (names, phones, addresses): shown only where needed, needs consent to keep.
    personal: bool = False
    #: For REF/REFS: which reference list the codes come from.
    ref_list: str | None = None
    #: For LINK: the kind of the linked record.
    link_kind: str | None = None
    choices: tuple[Choice, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = 500
    #: Dates that describe something that already happened cannot lie in the future.
    not_future: bool = False
    #: Shown as a column in the section's list.
    listed: bool = False
    #: Import/export column headers besides the field name (Chinese ledgers, older templates).
    aliases: tuple[str, ...] = ()
    help: str = ""
    #: Filled by the form with the last value the user typed (place, staff...).
    remember_last: bool = False
    #: Set by the app (checksums, tracking codes), not typed: forms leave it alone.
    editable: bool = True

    def choice_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)


#: Columns every record table has. The sync protocol ships them with each record.
META_COLUMNS: tuple[tuple[str, str], ...] = (
    ("uuid", "TEXT"),
    ("created_at", "TEXT"),
    ("updated_at", "TEXT"),
    ("author", "TEXT"),
    ("device_id", "TEXT"),
    ("team", "TEXT"),
    ("revision", "INTEGER"),
    ("deleted", "INTEGER"),
    ("hlc", "TEXT"),
)
META_NAMES: tuple[str, ...] = tuple(name for name, _ in META_COLUMNS)

#: A record's team (a meta column) described as a field, for lists that show several teams'
#: records (a supervisor's laptop).
TEAM_FIELD = Field("team", FieldType.TEXT, QT_TRANSLATE_NOOP("Field", "Team"))
