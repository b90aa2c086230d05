"""Which ledger column holds what, read off the session kind's fields so columns are never listed
twice: a field is found under its name, its label or any of its aliases (Chinese ledgers).

Leaflet columns ("折页:<design title>") are the one addition; they name a leaflet design in the
store. A header that is neither stops the import before any row is read, so a wrong file is
rejected whole instead of half-read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP, Field
from desktop.domain.kinds import SESSION
from desktop.domain.validation import is_empty
from desktop.importer.report import ImportFailed, Problem

# Header prefixes of leaflet columns, compared folded; a colon (half or full width) follows.
LEAFLET_PREFIXES = ("折页", "leaflets")

UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP(
    "Import", "Unknown columns: {columns}. Use the headers of the ledger template."
)
MISSING_COLUMNS = QT_TRANSLATE_NOOP("Import", "Required columns are missing: {columns}.")
UNKNOWN_DESIGN = QT_TRANSLATE_NOOP(
    "Import", 'Column "{column}": no leaflet design is titled "{title}".'
)
AMBIGUOUS_DESIGN = QT_TRANSLATE_NOOP(
    "Import", 'Column "{column}": several leaflet designs are titled "{title}".'
)
SAME_COLUMN = QT_TRANSLATE_NOOP("Import", 'Columns "{first}" and "{second}" hold the same thing.')


def fold(text: Any) -> str:
    """Headers and titles compare without case, outer spaces or full-width forms (全角)."""
    return unicodedata.normalize("NFKC", str(text)).strip().casefold()


def header_names(f: Field) -> tuple[str, ...]:
    """Every header accepted for `f`."""
    return (f.name, f.label, *f.aliases)


def template_header(f: Field) -> str:
    """The header the template writes: the first alias (Chinese), else the English label."""
    return f.aliases[0] if f.aliases else f.label


def field_by_header() -> dict[str, str]:
    """Folded header -> session field name."""
    return {fold(h): f.name for f in SESSION.fields for h in header_names(f)}


_FIELD_BY_HEADER = field_by_header()


def leaflet_title(header: str) -> str | None:
    """The design title a leaflet column names, or None when `header` is not one."""
    folded = fold(header)
    for prefix in LEAFLET_PREFIXES:
        if folded.startswith(prefix + ":"):
            return unicodedata.normalize("NFKC", header).split(":", 1)[1].strip()
    return None


@dataclass(frozen=True)
class Row:
    """One data row's cells sorted out by what they hold."""

    number: int
    # Raw values by session field name.
    session: dict[str, Any]
    # Raw counts by column index of a leaflet column.
    leaflets: dict[int, Any]
    # Indexes of non-empty cells under no header.
    stray: list[int]


@dataclass(frozen=True)
class Columns:
    """The file's header row, understood."""

    headers: tuple[str, ...]
    # Column index -> session field name.
    fields: Mapping[int, str]
    # Column index -> leaflet design uuid.
    designs: Mapping[int, str]

    def header_of(self, field_name: str | None) -> str:
        """The file's header for a field, to point at the cell a problem is in."""
        for index, name in self.fields.items():
            if name == field_name:
                return self.headers[index]
        return field_name or ""

    def split(self, number: int, cells: Sequence[Any]) -> Row:
        width = len(cells)
        return Row(
            number=number,
            session={name: cells[i] for i, name in self.fields.items() if i < width},
            leaflets={i: cells[i] for i in self.designs if i < width},
            stray=[
                i
                for i, cell in enumerate(cells)
                if i not in self.fields and i not in self.designs and not is_empty(cell)
            ],
        )


def read_columns(cells: Sequence[Any], designs: Mapping[str, Sequence[str]]) -> Columns:
    """Understand the header row, or raise ImportFailed naming every header that is wrong.

    `designs` maps folded leaflet design titles to the uuids of the designs with that title.
    """
    headers = tuple("" if is_empty(c) else str(c).strip() for c in cells)
    fields: dict[int, str] = {}
    leaflets: dict[int, str] = {}
    unknown: list[str] = []
    problems: list[Problem] = []
    first_of: dict[str, int] = {}
    for index, header in enumerate(headers):
        if not header:
            continue
        title = leaflet_title(header)
        if title is None:
            target = _FIELD_BY_HEADER.get(fold(header))
            if target is None:
                unknown.append(header)
                continue
            fields[index] = target
        else:
            found = designs.get(fold(title), ())
            if len(found) != 1:
                template = AMBIGUOUS_DESIGN if found else UNKNOWN_DESIGN
                problems.append(Problem(template, {"column": header, "title": title}))
                continue
            target = leaflets[index] = found[0]
        first = first_of.setdefault(target, index)
        if first != index:
            problems.append(Problem(SAME_COLUMN, {"first": headers[first], "second": header}))
    missing = [f for f in SESSION.fields if f.required and f.name not in fields.values()]
    if missing:
        names = ", ".join(f"{template_header(f)} / {f.label}" for f in missing)
        problems.insert(0, Problem(MISSING_COLUMNS, {"columns": names}))
    if unknown:
        names = ", ".join(f'"{h}"' for h in unknown)
        problems.insert(0, Problem(UNKNOWN_COLUMNS, {"columns": names}))
    if problems:
        raise ImportFailed(problems)
    return Columns(headers, fields, leaflets)
