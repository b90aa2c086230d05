"""List filters, turned into SQL so the database does the work, not a loop over every row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.domain.fields import FieldType
from desktop.domain.kinds import RecordKind


@dataclass
class RecordFilter:
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    text: str = ""
    #: field name -> code (REF fields) or code contained (REFS fields) or uuid (LINK fields)
    equals: dict[str, str] = field(default_factory=dict)
    include_deleted: bool = False
    #: Only this team's records (a supervisor's laptop holds every team's).
    team: str | None = None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(kind: RecordKind, flt: RecordFilter) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if not flt.include_deleted:
        parts.append("deleted = 0")
    if flt.team:
        parts.append('"team" = ?')
        params.append(flt.team)
    if kind.date_field and flt.date_from:
        parts.append(f'"{kind.date_field}" >= ?')
        params.append(flt.date_from)
    if kind.date_field and flt.date_to:
        parts.append(f'"{kind.date_field}" <= ?')
        params.append(flt.date_to)
    for name, value in flt.equals.items():
        f = kind.field(name)
        if not value:
            continue
        if f.type is FieldType.REFS:
            parts.append(f'EXISTS (SELECT 1 FROM json_each("{name}") WHERE value = ?)')
        else:
            parts.append(f'"{name}" = ?')
        params.append(value)
    if flt.text.strip() and kind.search_fields:
        for word in flt.text.split():
            ors = " OR ".join(f"\"{name}\" LIKE ? ESCAPE '\\'" for name in kind.search_fields)
            parts.append(f"({ors})")
            params.extend(_like(word) for _ in kind.search_fields)
    return (" AND ".join(parts) or "1"), params
