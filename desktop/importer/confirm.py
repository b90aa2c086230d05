"""`outreach import` on the command line: confirming a proposed mapping without a window.

When a ledger's mapping is not certain (anything but the template's headers, or a mapping
confirmed before for the same header row), the command writes nothing, prints the proposal in
the form of a mapping file, and exits with 2. The user then confirms: `--accept` takes every
proposal as printed; `--columns "HEADER=field,..."` and `--values "LIST:TEXT=ENTRY,..."` correct
single ones (the rest as printed); `--mapping FILE` reads a file with the printed lines (or
JSON: {"columns": {"HEADER": "field"}, "values": {"LIST:TEXT": "ENTRY"}}).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.domain.kinds import SESSION
from desktop.importer.columns import fold
from desktop.importer.ledger import MappingNeeded, import_file
from desktop.importer.mapping import (
    LEAFLETS,
    NEW,
    REASONS,
    Proposal,
    letter,
    lists_owned,
    propose,
)
from desktop.importer.report import (
    CONTEXT,
    ImportFailed,
    Problem,
    Translate,
    say,
    sheets_line,
)
from desktop.store.store import Store

#: Files with more rows than this get a progress line on stderr.
PROGRESS_ROWS = 5000

NOT_CERTAIN = QT_TRANSLATE_NOOP(
    "Import",
    "Nothing was imported yet: the columns of {file} are not the template's, or some list"
    " values are not in their lists. This is how they would be read:",
)
HEADER_ROW = QT_TRANSLATE_NOOP(
    "Import", "Header row: {row} (rows above it are skipped); rows below it: {rows}."
)
COLUMNS_TITLE = QT_TRANSLATE_NOOP("Import", "Columns (header = field):")
VALUES_TITLE = QT_TRANSLATE_NOOP("Import", "List values not in their lists (list:text = entry):")
NO_ENTRY = QT_TRANSLATE_NOOP(
    "Import", "no similar entry, and the lists come from head office: the rows will be refused"
)
ON_ROWS = QT_TRANSLATE_NOOP("Import", "rows {rows}")
STILL_MISSING = QT_TRANSLATE_NOOP("Import", "No column holds these required fields: {fields}.")
HOW_TO = QT_TRANSLATE_NOOP(
    "Import",
    "To import as printed, run the command again with --accept. To correct single ones, add"
    ' --columns "HEADER=field,..." (field: a name below, ignore, notes, leaflets or'
    ' leaflets:DESIGN) or --values "LIST:TEXT=ENTRY,..." (ENTRY: an entry\'s code or name, or'
    " new). Or save the lines from [columns] on to a file, edit it, and give"
    ' --mapping FILE (JSON works too: {{"columns": {{"HEADER": "field"}}, "values":'
    ' {{"LIST:TEXT": "ENTRY"}}}}). A confirmed mapping is remembered for files with the same'
    " headers.",
)
FIELDS = QT_TRANSLATE_NOOP("Import", "Fields: {fields}")
BAD_OPTION = QT_TRANSLATE_NOOP("Import", '"{item}" is not of the form {form}.')
BAD_MAPPING_FILE = QT_TRANSLATE_NOOP("Import", "The mapping file cannot be read: {reason}")
PROGRESS = QT_TRANSLATE_NOOP("Import", "Importing: {percent}%")


def _pairs(text: str, form: str) -> list[tuple[str, str]]:
    found = []
    for item in text.replace("，", ",").split(","):
        if not item.strip():
            continue
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ImportFailed([Problem(BAD_OPTION, {"item": item.strip(), "form": form})])
        found.append((key.strip(), value.strip()))
    return found


def _value_key(key: str, form: str) -> tuple[str, str]:
    list_name, sep, text = key.partition(":")
    if not sep or not text.strip():
        raise ImportFailed([Problem(BAD_OPTION, {"item": key, "form": form})])
    return list_name.strip(), text.strip()


def read_mapping_file(path: Path) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Columns and values from a mapping file: JSON, or the lines the proposal prints."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFailed([Problem(BAD_MAPPING_FILE, {"reason": str(error)})]) from None
    columns: dict[str, str] = {}
    values: dict[tuple[str, str], str] = {}
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
            columns = {str(k): str(v) for k, v in data.get("columns", {}).items()}
            for key, entry in data.get("values", {}).items():
                values[_value_key(str(key), "LIST:TEXT")] = str(entry)
        except (ValueError, AttributeError) as error:
            raise ImportFailed([Problem(BAD_MAPPING_FILE, {"reason": str(error)})]) from None
        return columns, values
    section = "columns"
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().casefold()
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ImportFailed([Problem(BAD_OPTION, {"item": line, "form": "KEY = VALUE"})])
        if section == "values":
            values[_value_key(key.strip(), "LIST:TEXT = ENTRY")] = value.strip()
        else:
            columns[key.strip()] = value.strip()
    return columns, values


def _target_label(target: str, store: Store) -> str:
    if target in SESSION.field_names:
        return SESSION.field(target).label
    if target.startswith(LEAFLETS + ":"):
        design = store.get("leaflet_design", target.split(":", 1)[1])
        return str(design["title"]) if design else ""
    return ""


def _target_text(target: str, store: Store) -> str:
    """A target as the printout (and a mapping file) writes it: leaflets by design title."""
    if target.startswith(LEAFLETS + ":"):
        design = store.get("leaflet_design", target.split(":", 1)[1])
        if design is not None and design["title"]:
            return f"{LEAFLETS}:{design['title']}"
    return target


def proposal_lines(proposal: Proposal, store: Store, tr: Translate, file: str) -> list[str]:
    """The proposal as the command prints it: readable, and usable as a mapping file."""
    lines = [say(tr, NOT_CERTAIN, file=file)]
    lines.append(say(tr, HEADER_ROW, row=proposal.header_row, rows=proposal.data_rows))
    if proposal.other_sheets:
        lines.append(sheets_line(tr, proposal.sheet, proposal.other_sheets))
    lines.append("")
    lines.append("# " + say(tr, COLUMNS_TITLE))
    lines.append("[columns]")
    headers = [fold(c.header) for c in proposal.columns]
    for c in proposal.columns:
        notes = [tr(CONTEXT, REASONS[c.reason])]
        # Two columns under one header (a merged header cell): the letter tells them apart,
        # and a mapping file of these lines keeps both.
        twice = bool(c.header) and headers.count(fold(c.header)) > 1
        name = letter(c.index) if twice else c.name
        if not c.certain:
            notes.insert(0, f"{c.confidence:.2f}")
        label = _target_label(c.target, store)
        if label:
            notes.insert(0, tr("Field", label) if c.target in SESSION.field_names else label)
        if c.samples:
            notes.append(" | ".join(c.samples))
        if twice:
            notes.insert(0, c.header)
        lines.append(f"{name} = {_target_text(c.target, store)}  # " + "; ".join(notes))
    if proposal.values:
        lines.append("")
        lines.append("# " + say(tr, VALUES_TITLE))
        lines.append("[values]")
        for v in proposal.values:
            rows = ", ".join(str(r) for r in v.rows)
            if v.count > len(v.rows):
                rows += ", …"
            where = f'"{v.column}", ' + say(tr, ON_ROWS, rows=rows)
            if v.entry is None:
                lines.append(f"# {v.list_name}:{v.text} = ?  # {say(tr, NO_ENTRY)}; {where}")
                continue
            label = "" if v.entry == NEW else store.ref_label(v.list_name, v.entry) + "; "
            reason = tr(CONTEXT, REASONS[v.reason])
            confidence = "" if v.confidence >= 1 else f"{v.confidence:.2f}; "
            lines.append(
                f"{v.list_name}:{v.text} = {v.entry}  # {label}{confidence}{reason}; {where}"
            )
    lines.append("")
    # Comments from here on, so that everything from [columns] down reads as a mapping file.
    if proposal.missing:
        names = ", ".join(f"{f.name} ({tr('Field', f.label)})" for f in proposal.missing)
        lines.append("# " + say(tr, STILL_MISSING, fields=names))
    lines.append("# " + say(tr, HOW_TO))
    fields = ", ".join(f"{f.name} ({tr('Field', f.label)})" for f in SESSION.fields)
    lines.append("# " + say(tr, FIELDS, fields=fields))
    return lines


def _progress(tr: Translate, out: IO[str]) -> Callable[[int, int], None]:
    """A progress line on `out` for big files, every 5 per cent."""
    shown = [-1]

    def report(done: int, total: int) -> None:
        if total < 2 * PROGRESS_ROWS:
            return
        percent = done * 100 // total
        if percent // 5 == shown[0] // 5 and percent != 100:
            return
        shown[0] = percent
        end = "\r" if out.isatty() and percent < 100 else "\n"
        print(say(tr, PROGRESS, percent=percent), end=end, file=out, flush=True)

    return report


def run(store: Store, args: argparse.Namespace, tr: Translate) -> int:
    """The import subcommand: 0 imported, 1 refused (nothing written), 2 mapping to confirm."""
    file: Path = args.file
    try:
        columns: dict[str, str] = {}
        values: dict[tuple[str, str], str] = {}
        if getattr(args, "mapping", None):
            columns, values = read_mapping_file(args.mapping)
        if getattr(args, "columns", None):
            columns.update(_pairs(args.columns, "HEADER=field"))
        if getattr(args, "values", None):
            for key, entry in _pairs(args.values, "LIST:TEXT=ENTRY"):
                values[_value_key(key, "LIST:TEXT=ENTRY")] = entry
        confirmed = bool(getattr(args, "accept", False) or columns or values)
        progress = _progress(tr, sys.stderr)
        if not confirmed:
            try:
                report = import_file(store, file, progress)
            except MappingNeeded as needed:
                for line in proposal_lines(needed.proposal, store, tr, str(file)):
                    print(line)
                return 2
        else:
            owned = lists_owned(store)
            given: dict[int | str, str] = {}
            given.update(columns)
            proposal = propose(file, store, given, values, owned)
            report = import_file(store, file, progress, mapping=proposal.mapping(), owned=owned)
    except ImportFailed as failed:
        for line in failed.lines(tr):
            print(line, file=sys.stderr)
        return 1
    for line in report.lines(tr):
        print(line)
    return 0
