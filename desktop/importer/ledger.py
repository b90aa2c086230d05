"""Importing an activity ledger (the spreadsheet teams kept before the app) into the store.

All or nothing: every row is checked first, and a file with any bad row writes nothing, so
nobody has to untangle half an import; the rows are then written in one transaction. Each row's
uuid is derived from what identifies a session (team, date, start time, place, venue kind), so
importing a file again adds nothing and a corrected row updates the session it made before.
Values go through the store's own validation, the same as a form's.

Ledgers as branches keep them go in too: desktop.importer.mapping finds the header row (title
rows above it are skipped) and proposes what each column holds; rows of totals are skipped and
named in the report; counts written with a qualifier ("约80", "200余") are read as the number;
list entries near an entry are read as that entry once the user confirmed it. Every value read
otherwise than it is written is listed in the report with its rows. Hand-outs of a column that
names no design count under the "design not recorded" entry.

The file is read as a stream: checked rows wait in a temporary file until all are known to be
good, so memory stays flat for big ledgers and what is written is exactly what was checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import pickle
import sqlite3
import tempfile
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Mapping as MappingABC
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeGuard

from desktop.domain import refdata
from desktop.domain.designs import NOT_RECORDED_UUID
from desktop.domain.fields import QT_TRANSLATE_NOOP, FieldType
from desktop.domain.kinds import HANDOUT, SESSION
from desktop.domain.validation import (
    ERROR,
    Invalid,
    Issue,
    clean,
    is_empty,
    split_list,
    stock_issue,
)
from desktop.importer.columns import (
    MISSING_COLUMNS,
    SAME_COLUMN,
    fold,
    header_names,
    template_header,
)
from desktop.importer.mapping import (
    IGNORE,
    LISTS_NOT_OWNED,
    NEW,
    NO_SUCH_TARGET,
    NOTES,
    Mapping,
    Proposal,
    cell_text,
    choose_sheet,
    combine_headers,
    design_of,
    is_blank,
    is_sub_header,
    is_totals,
    lacks_year,
    letter,
    lists_owned,
    propose,
    read_count,
    ref_texts,
    remember,
    remembered_values,
    time_range,
)
from desktop.importer.mapping import split_list as split_entries
from desktop.importer.report import ImportFailed, ImportReport, Problem, RowProblem
from desktop.importer.sources import open_ledger
from desktop.leaflets.designs import ensure_not_recorded
from desktop.store.store import Record, Store

__all__ = [
    "ImportFailed",
    "ImportReport",
    "Mapping",
    "MappingNeeded",
    "Progress",
    "import_file",
    "propose",
    "row_uuid",
]

# `progress(done, total)`: each row below the header is one step when checked and one more
# when written, so `total` is twice the rows and the bar never runs backwards.
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 250

# The values that tell one session from another, for a row's uuid and duplicate check.
KEY_FIELDS = ("held_on", "start_time", "place", "venue_kind")

EMPTY = QT_TRANSLATE_NOOP("Import", "The file is empty: its first row should hold the headers.")
NO_ROWS = QT_TRANSLATE_NOOP("Import", "The file has column headers but no rows below them.")
DUPLICATE = QT_TRANSLATE_NOOP(
    "Import", "Duplicate of row {first}: add a start time to tell them apart."
)
DUPLICATE_TIMED = QT_TRANSLATE_NOOP(
    "Import", "Duplicate of row {first}: same date, start time, place and venue kind."
)
CONFIRM_MAPPING = QT_TRANSLATE_NOOP(
    "Import",
    "The columns of this file are not the template's, or some list entries are not in their"
    " lists: confirm how they map before importing.",
)
CHANGED_FILE = QT_TRANSLATE_NOOP(
    "Import", "The file's header row is not the one the mapping was made for: propose again."
)
TOTALS_ROW = QT_TRANSLATE_NOOP("Import", "a totals row, not imported")
NO_YEAR = QT_TRANSLATE_NOOP(
    "Import", '"{text}" has no year: write the date with its year, such as 2024-03-15.'
)


NAMESPACE_SETTING = "import:namespace"


def row_uuid(team: str, values: MappingABC[str, Any]) -> str:
    """The uuid of the session a row with these (validated) values makes, on any import."""
    held_on, start, place, venue = (values[name] or "" for name in KEY_FIELDS)
    key = f"import:session:{team}:{held_on}:{start}:{place}:{venue}"
    return str(uuidlib.uuid5(refdata.NAMESPACE, key))


def import_namespace(store: Store) -> str:
    """What keys this laptop's imports: fixed at the first import, so enrolling in a team later
    (which changes store.team) cannot turn a re-imported ledger into a second set of sessions.
    Laptops of one team that import after enrolment share the team's keys."""
    namespace = store.setting(NAMESPACE_SETTING)
    if namespace is None:
        namespace = store.team or f"device:{store.device_id}"
        with store.transaction():
            store.set_setting(NAMESPACE_SETTING, namespace)
    return str(namespace)


def import_file(
    store: Store,
    path: Path | str,
    progress: Progress | None = None,
    *,
    mapping: Mapping | None = None,
    owned: bool | None = None,
) -> ImportReport:
    """Import the sessions of a ledger (CSV or .xlsx) with `mapping` (see desktop.importer.
    mapping). Without one, the file's own proposal is taken when it is certain (the template's
    headers, or a mapping confirmed before for this header row); otherwise MappingNeeded is
    raised, carrying the proposal, before anything is written.

    Raises ImportFailed, having written nothing, when the file or any row is wrong.
    """
    owned = lists_owned(store) if owned is None else owned
    if mapping is None:
        proposal = propose(path, store, owned=owned)
        if not proposal.certain:
            raise MappingNeeded(proposal)
        mapping = proposal.mapping()
    plan = _Plan(store, mapping, owned)
    with tempfile.TemporaryFile() as parked:
        spool = _Spool(parked)
        with open_ledger(Path(path), choose_sheet) as ledger:
            below = max(ledger.size - mapping.header_row, 0)
            steps = _Steps(progress, 2 * below)
            rows = _below_header(ledger.rows, mapping)
            report = _check(store, plan, _numbered(rows, steps, mapping.header_row), spool)
            report.sheet, report.other_sheets = ledger.sheet, ledger.other_sheets
        _write(store, plan, spool.replay(), report, steps, below)
    steps.done()
    return report


class MappingNeeded(ImportFailed):
    """The file's columns or list values need the user's word before anything is imported."""

    def __init__(self, proposal: Proposal) -> None:
        self.proposal = proposal
        super().__init__([Problem(CONFIRM_MAPPING)])


class _Steps:
    """Calls `progress` now and then, not for every row: the GUI repaints on each call."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.reported = 0

    def at(self, step: int) -> None:
        if self.progress is not None and step - self.reported >= PROGRESS_EVERY:
            self.reported = step
            self.progress(min(step, self.total), self.total)

    def done(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


class _Spool:
    """Checked rows parked on disk until the write: (row number, uuid, values, counts) each.

    Pickle keeps the cells' types (dates, times, numbers from .xlsx); the file is our own,
    written moments before and deleted when the import ends.
    """

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file

    def add(self, number: int, uuid: str, raw: dict[str, Any], counts: dict[str, int]) -> None:
        pickle.dump((number, uuid, raw, counts), self.file, pickle.HIGHEST_PROTOCOL)

    def replay(self) -> Iterator[tuple[int, str, dict[str, Any], dict[str, int]]]:
        self.file.seek(0)
        while True:
            try:
                yield pickle.load(self.file)
            except EOFError:
                return


def _below_header(rows: Iterator[Sequence[Any]], mapping: Mapping) -> Iterator[Sequence[Any]]:
    """The rows below the header row, once the header row is seen to be the mapping's."""
    above = header = None
    for _ in range(mapping.header_row):
        above, header = header, next(rows, None)
    if header is None:
        raise ImportFailed([Problem(EMPTY)])
    wanted = [fold(h) for h in mapping.headers]
    if _trimmed([fold(_header_text(c)) for c in header]) == wanted:
        return rows
    # A header on two rows: the row above and this one make it.
    combined = combine_headers(above, header) if above is not None else ()
    if is_sub_header(header) and _trimmed([fold(h) for h in combined]) == wanted:
        return rows
    raise ImportFailed([Problem(CHANGED_FILE)])


def _trimmed(headers: list[str]) -> list[str]:
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _header_text(cell: Any) -> str:
    return "" if is_empty(cell) else " ".join(str(cell).split())


def _numbered(
    rows: Iterable[Sequence[Any]], steps: _Steps, header_row: int
) -> Iterator[tuple[int, Sequence[Any]]]:
    """Data rows with the number a spreadsheet shows them under, blank rows out."""
    for number, cells in enumerate(rows, start=header_row + 1):
        steps.at(number - header_row)
        if not is_blank(cells):
            yield number, cells


class _Plan:
    """A confirmed mapping turned into what each column does, with the store's lists."""

    def __init__(self, store: Store, mapping: Mapping, owned: bool) -> None:
        self.store = store
        self.mapping = mapping
        self.headers = mapping.headers
        self.fields: dict[int, str] = {}
        self.leaflets: dict[int, str] = {}
        self.plain_notes: int | None = None
        self.noted: set[int] = set()
        self.ignored: set[int] = set()
        problems: list[Problem] = []
        first_of: dict[str, int] = {}
        notes_headers = {fold(h) for h in header_names(SESSION.field("notes"))}
        for index, target in sorted(mapping.columns.items()):
            design = design_of(target)
            if target == IGNORE:
                self.ignored.add(index)
            elif design is not None:
                self.leaflets[index] = design
            elif target == NOTES:
                if self.plain_notes is None and fold(self.name(index)) in notes_headers:
                    self.plain_notes = index
                else:
                    self.noted.add(index)
            elif target in SESSION.field_names:
                first = first_of.setdefault(target, index)
                if first != index:
                    names = {"first": self.name(first), "second": self.name(index)}
                    problems.append(Problem(SAME_COLUMN, names))
                self.fields[index] = target
            else:
                problems.append(
                    Problem(
                        NO_SUCH_TARGET, {"target": target, "fields": ", ".join(SESSION.field_names)}
                    )
                )
        missing = [f for f in SESSION.fields if f.required and f.name not in self.fields.values()]
        if missing:
            wanted = ", ".join(f"{template_header(f)} / {f.label}" for f in missing)
            problems.insert(0, Problem(MISSING_COLUMNS, {"columns": wanted}))
        if problems:
            raise ImportFailed(problems)
        self.has_notes = self.plain_notes is not None or bool(self.noted)
        #: A start time cell may hold the span "9:00-11:00" when no column gives the end.
        self.spans = "end_time" not in self.fields.values()
        self.known = set(mapping.columns)
        #: Entries to add to the lists: (list, code) -> label, in the order first met.
        self.new_entries: dict[tuple[str, str], str] = {}
        for (list_name, text), entry in mapping.values.items():
            if entry == NEW and not owned:
                problems.append(Problem(LISTS_NOT_OWNED, {"text": text, "list": list_name}))
        if problems:
            raise ImportFailed(problems)
        self._refs: dict[tuple[str, str], tuple[str, str | None]] = {}
        #: Values confirmed at earlier imports, for those the mapping does not name.
        self.chosen = remembered_values(store)
        designs = [self.leaflets[i] for i in sorted(self.leaflets)]
        self.stock = {
            r["uuid"]: int(r["on_hand"]) for r in store.stock() if r["uuid"] in set(designs)
        }
        self.lookup = _Lookup(store, self)

    def holds_nothing(self, cells: Sequence[Any]) -> bool:
        """Whether a row is blank but for ignored columns (its sequence number, say)."""
        return all(is_empty(c) for i, c in enumerate(cells) if i not in self.ignored)

    def name(self, index: int) -> str:
        """The header of a column, or its letter when it has none; with its letter too when
        another column has the same header (a merged header cell over both)."""
        header = self.headers[index] if index < len(self.headers) else ""
        if header and sum(fold(h) == fold(header) for h in self.headers) > 1:
            return f"{header} ({letter(index)})"
        return header or letter(index)

    def header_of(self, field_name: str | None) -> str:
        """The file's header for a field, to point at the cell a problem is in."""
        if field_name == "notes" and self.plain_notes is not None:
            return self.name(self.plain_notes)
        if field_name == "end_time" and self.spans:
            field_name = "start_time"  # the end time of a span "9:00-11:00" in that column
        for index, name in self.fields.items():
            if name == field_name:
                return self.name(index)
        return field_name or ""

    def ref(self, list_name: str, text: str) -> tuple[str, str | None]:
        """(what validation is given, what the user sees it read as: None when unchanged)."""
        key = (list_name, fold(text))
        found = self._refs.get(key)
        if found is None:
            entry = self.mapping.values.get(key) or self.chosen.get(list_name, {}).get(key[1])
            if entry is None or self.store.resolve_ref(list_name, text) is not None:
                found = (text, None)
            elif entry == NEW:
                code = new_entry_code(list_name, text)
                self.new_entries.setdefault((list_name, code), text)
                found = (code, None)  # not read otherwise: added as it is written
            else:
                found = (entry, self.store.ref_label(list_name, entry))
            self._refs[key] = found
        return found

    def row(self, number: int, cells: Sequence[Any]) -> _Row:
        width = len(cells)
        raw: dict[str, Any] = {}
        changes: list[tuple[str, Any, str]] = []
        for index, name in self.fields.items():
            cell = cells[index] if index < width else None
            f = SESSION.field(name)
            span = time_range(cell) if name == "start_time" and self.spans else None
            if span is not None:  # "9:00-11:00" under a start time: the start and the end
                changes.append((self.name(index), cell, " – ".join(span)))
                cell, raw["end_time"] = span
            elif f.type is FieldType.DATE and _timed(cell):
                # A date cell holding a time of day too: the date is taken, and that the time
                # is not is listed, as nothing is dropped unsaid. (Not taken as the start time:
                # that would give sessions imported before another identity, and double them.)
                # The cell goes on as it is (validation takes its date), so the row's
                # fingerprint is what earlier imports kept.
                changes.append((self.name(index), cell_text(cell), cell.date().isoformat()))
            elif f.type is FieldType.INT:
                number_read, changed = read_count(cell)
                if changed:
                    changes.append((self.name(index), cell, str(number_read)))
                    cell = number_read
            elif name == "staff" and isinstance(cell, str):
                names = split_entries(cell)  # "张伟 李娜", "张伟/李娜": two people
                if len(names) > len(split_list(cell)):
                    changes.append((self.name(index), cell, "、".join(names)))
                    cell = names
            elif f.ref_list is not None and not is_empty(cell):
                read = []
                for text in ref_texts(f, cell):
                    value, shown = self.ref(f.ref_list, text)
                    if shown is not None:
                        changes.append((self.name(index), text, f'"{shown}"'))
                    read.append(value)
                cell = read if f.type is FieldType.REFS else (read[0] if read else None)
            raw[name] = cell
        counts: dict[str, int] = {}
        problems: list[RowProblem] = []
        for index, design in self.leaflets.items():
            cell = cells[index] if index < width else None
            number_read, changed = read_count(cell)
            if changed:
                changes.append((self.name(index), cell, str(number_read)))
                cell = number_read
            count, issues = _leaflet_count(cell)
            counts[design] = counts.get(design, 0) + count
            problems.extend(RowProblem(number, self.name(index), i) for i in issues)
        if self.has_notes or width > len(self.headers):
            parts = []
            if self.plain_notes is not None and self.plain_notes < width:
                cell = cells[self.plain_notes]
                if not is_empty(cell):
                    parts.append(str(cell).strip())
            for index in range(width):
                noted = index in self.noted or index not in self.known
                if noted and index != self.plain_notes and not is_empty(cells[index]):
                    parts.append(f"{self.name(index)}: {cell_text(cells[index])}")
            if parts or self.has_notes:
                raw["notes"] = "\n".join(parts) if parts else None
        return _Row(number, raw, counts, changes, problems)


@dataclass
class _Row:
    number: int
    raw: dict[str, Any]
    counts: dict[str, int]
    #: (column, as written, as read) of each value changed on the way in.
    changes: list[tuple[str, Any, str]]
    problems: list[RowProblem]


class _Lookup:
    """The store's lists, and the entries this import adds (not stored until the write)."""

    def __init__(self, store: Store, plan: _Plan) -> None:
        self.store = store
        self.plan = plan

    def resolve_ref(self, list_name: str, text: str) -> str | None:
        if (list_name, text) in self.plan.new_entries:
            return text
        return self.store.resolve_ref(list_name, text)

    def link_exists(self, kind: str, uuid: str) -> bool:
        return self.store.link_exists(kind, uuid)


def _timed(cell: Any) -> TypeGuard[dt.datetime]:
    return isinstance(cell, dt.datetime) and cell.time().replace(microsecond=0) != dt.time()


def new_entry_code(list_name: str, label: str) -> str:
    """The code an imported new list entry gets: the same for the same text on every laptop,
    so two laptops adding it make one entry (its uuid follows from list and code)."""
    digest = hashlib.sha256(f"{list_name}:{fold(label)}".encode()).hexdigest()[:12]
    return f"imported-{digest}"


def _leaflet_count(raw: Any) -> tuple[int, list[Issue]]:
    """A hand-out count checked by the hand-out kind's own rules; a blank cell means none."""
    if is_empty(raw):
        return 0, []
    values, issues = clean(HANDOUT, {"count": raw})
    return values["count"] or 0, [i for i in issues if i.field == "count"]


def _is_error(problem: RowProblem) -> bool:
    reason = problem.reason
    return not isinstance(reason, Issue) or reason.severity == ERROR


def _check(
    store: Store, plan: _Plan, rows: Iterable[tuple[int, Sequence[Any]]], spool: _Spool
) -> ImportReport:
    """Check every row, parking the good ones while all are good; returns the report so far."""
    team = import_namespace(store)
    report = ImportReport()
    errors: list[RowProblem] = []
    on_hand = dict(plan.stock)
    today = store.today()
    with closing(_FirstRows()) as first_row:
        for number, cells in rows:
            if is_totals(cells):
                report.skip(RowProblem(number, "", Problem(TOTALS_ROW)))
                continue
            if plan.holds_nothing(cells):  # numbered in advance, never filled in: a blank row
                continue
            report.rows += 1
            row = plan.row(number, cells)
            values, issues = clean(SESSION, row.raw, plan.lookup, today)
            problems = [_problem(plan, number, row, i) for i in issues]
            problems.extend(row.problems)
            for column, text, read in row.changes:
                report.changed(number, column, text, read)
            key = None
            if not any(i.field in KEY_FIELDS for i in issues if i.severity == ERROR):
                key = row_uuid(team, values)
                first = first_row.first(key, number)
                if first != number:
                    template = DUPLICATE_TIMED if values["start_time"] else DUPLICATE
                    problems.append(RowProblem(number, "", Problem(template, {"first": first})))
                problems.extend(_stock_warnings(store, plan, key, row, on_hand))
            for problem in problems:
                if _is_error(problem):
                    errors.append(problem)
                else:
                    report.warn(problem)
            if key is not None and not errors:
                spool.add(number, key, row.raw, row.counts)
    if errors:
        raise ImportFailed(rows=errors)
    if not report.rows:
        raise ImportFailed([Problem(NO_ROWS)])
    return report


def _problem(plan: _Plan, number: int, row: _Row, issue: Issue) -> RowProblem:
    """An issue of a row's value, pointed at its cell; a date written without its year says so."""
    column = plan.header_of(issue.field)
    raw = row.raw.get(issue.field) if issue.field else None
    if issue.code == "bad_date" and lacks_year(raw):
        return RowProblem(number, column, Problem(NO_YEAR, {"text": str(raw).strip()}))
    return RowProblem(number, column, issue)


class _FirstRows:
    """The first row of each session met so far, for the duplicate check: kept in a private
    temporary SQLite database on disk (not in a dict), the one thing an import holds per row,
    so that memory stays flat however long the ledger is."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")  # "": a temporary database, deleted when closed
        self.db.execute("CREATE TABLE seen (key BLOB PRIMARY KEY, row INTEGER) WITHOUT ROWID")

    def first(self, session: str, number: int) -> int:
        """The row `session` was first met on; `number` if this is the first time."""
        key = uuidlib.UUID(session).bytes
        found = self.db.execute("SELECT row FROM seen WHERE key = ?", (key,)).fetchone()
        if found is not None:
            return int(found[0])
        self.db.execute("INSERT INTO seen (key, row) VALUES (?, ?)", (key, number))
        return number

    def close(self) -> None:
        self.db.close()


def _stock_warnings(
    store: Store, plan: _Plan, session: str, row: _Row, on_hand: dict[str, int]
) -> list[RowProblem]:
    """Hand-outs that take a design's stock below zero, as the session form warns of them;
    the stock runs down row by row. The "design not recorded" entry has no stock."""
    if not any(row.counts.get(d) for d in on_hand):
        return []
    held = store.handouts(session)
    found = []
    for index, design in plan.leaflets.items():
        if design not in on_hand or design == NOT_RECORDED_UUID:
            continue
        count, before = row.counts.get(design, 0), held.get(design, 0)
        issue = stock_issue(count, before, on_hand[design])
        if issue is not None:
            found.append(RowProblem(row.number, plan.name(index), issue))
        on_hand[design] += before - count
    return found


def _write(
    store: Store,
    plan: _Plan,
    rows: Iterable[tuple[int, str, dict[str, Any], dict[str, int]]],
    report: ImportReport,
    steps: _Steps,
    offset: int,
) -> None:
    """Write the checked rows in one transaction, counting what each did."""
    given = set(plan.fields.values()) | ({"notes"} if plan.has_notes else set())
    absent = [name for name in SESSION.field_names if name not in given]
    with store.transaction():
        _add_entries(store, plan, report)
        if NOT_RECORDED_UUID in plan.leaflets.values():
            ensure_not_recorded(store)
        remember(store, plan.mapping)
        for number, uuid, raw, counts in rows:
            steps.at(offset + number - plan.mapping.header_row)
            _save_row(store, plan, number, uuid, raw, counts, absent, report)


def _add_entries(store: Store, plan: _Plan, report: ImportReport) -> None:
    """The list entries the user chose to add, in the order the file first names them."""
    for (list_name, code), label in plan.new_entries.items():
        if store.resolve_ref(list_name, code) is not None:
            continue
        sort = len(store.ref_items(list_name, include_inactive=True)) + 1000
        values = {
            "list": list_name,
            "code": code,
            "label_zh": label,
            "label_en": label,
            "active": True,
            "sort": sort,
        }
        store.save("ref_item", values, uuid=refdata.item_uuid(list_name, code))
        report.entries_added.append((list_name, label))


def _save_row(
    store: Store,
    plan: _Plan,
    number: int,
    uuid: str,
    session: dict[str, Any],
    counts: dict[str, int],
    absent: Sequence[str],
    report: ImportReport,
) -> None:
    """Save one row's session and hand-outs. Fields the file has no column for keep what the
    stored session holds, so a re-import of a narrower ledger does not blank edits made since;
    and a row just as it was when this laptop last imported it changes nothing, so importing
    the file again does not undo a correction made since (in a form, or by a supervisor)."""
    old = store.get(SESSION.name, uuid, include_deleted=True)
    seen = _fingerprint(session, counts)
    if old is not None and not old["deleted"] and store.setting(_SEEN + uuid) == seen:
        report.unchanged += 1
        return
    raw = {**{name: old[name] for name in absent}, **session} if old else session
    store.set_setting(_SEEN + uuid, seen)
    try:
        # The ledger's staff column names who held the session; else it is the importer's.
        staff = split_list(raw.get("staff"))
        saved = store.save(SESSION.name, raw, uuid=uuid, author=staff[0] if staff else None)
        handouts_changed = _hand_out(store, uuid, counts, old)
    except Invalid as invalid:  # the store changed since the check (a design deleted, say)
        raise ImportFailed(rows=_rejected(plan, number, invalid)) from None
    if old is None or old["deleted"]:
        report.added += 1
    elif saved["revision"] != old["revision"] or handouts_changed:
        report.updated += 1
    else:
        report.unchanged += 1


#: Store settings holding, per imported session, the fingerprint of the row it came from.
_SEEN = "import:"


def _fingerprint(session: MappingABC[str, Any], counts: MappingABC[str, int]) -> str:
    text = json.dumps([session, counts], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _rejected(plan: _Plan, number: int, invalid: Invalid) -> list[RowProblem]:
    """The store's reasons, pointed at the row, and at the cell when the session's own."""
    own = invalid.kind == SESSION.name
    return [RowProblem(number, plan.header_of(i.field) if own else "", i) for i in invalid.issues]


def _hand_out(store: Store, session: str, counts: MappingABC[str, int], old: Record | None) -> bool:
    """Set the row's leaflet counts; True when any differs from what was stored."""
    if not counts:
        return False
    before = store.handouts(session) if old else {}
    store.set_handouts(session, counts)
    return any(before.get(design, 0) != count for design, count in counts.items())
