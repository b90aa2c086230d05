"""Importing an activity ledger (the spreadsheet teams kept before the app) into the store.

All or nothing: every row is checked first, and a file with any bad row writes nothing, so
nobody has to untangle half an import; the rows are then written in one transaction. Each row's
uuid is derived from what identifies a session (team, date, start time, place, venue kind), so
importing a file again adds nothing and a corrected row updates the session it made before.
Values go through the store's own validation, the same as a form's.

The file is read once: checked rows wait in a temporary file until all are known to be good, so
memory stays small for big ledgers and what is written is exactly what was checked.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import tempfile
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from desktop.domain import refdata
from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.domain.kinds import HANDOUT, SESSION
from desktop.domain.validation import ERROR, Invalid, Issue, clean, is_empty
from desktop.importer.columns import Columns, Row, fold, read_columns
from desktop.importer.report import ImportFailed, ImportReport, Problem, RowProblem
from desktop.importer.sources import open_ledger
from desktop.store.store import Record, Store

__all__ = ["ImportFailed", "ImportReport", "Progress", "import_file", "row_uuid"]

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
NO_HEADER = QT_TRANSLATE_NOOP("Import", "This cell has a value but its column has no header.")


NAMESPACE_SETTING = "import:namespace"


def row_uuid(team: str, values: Mapping[str, Any]) -> str:
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


def import_file(store: Store, path: Path | str, progress: Progress | None = None) -> ImportReport:
    """Import the sessions of a ledger (CSV or .xlsx) laid out as the shipped template.

    Raises ImportFailed, having written nothing, when the file or any row is wrong.
    """
    with tempfile.TemporaryFile() as parked:
        spool = _Spool(parked)
        with open_ledger(Path(path)) as ledger:
            steps = _Steps(progress, 2 * ledger.below_header)
            columns = read_columns(_header(ledger.rows), _designs_by_title(store))
            report = _check(store, columns, _numbered(ledger.rows, steps), spool)
        _write(store, columns, spool.replay(), report, steps, ledger.below_header)
    steps.done()
    return report


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
    """Checked rows parked on disk until the write: (row number, uuid, cells) each.

    Pickle keeps the cells' types (dates, times, numbers from .xlsx); the file is our own,
    written moments before and deleted when the import ends.
    """

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file

    def add(self, number: int, uuid: str, cells: Sequence[Any]) -> None:
        pickle.dump((number, uuid, list(cells)), self.file, pickle.HIGHEST_PROTOCOL)

    def replay(self) -> Iterator[tuple[int, str, list[Any]]]:
        self.file.seek(0)
        while True:
            try:
                yield pickle.load(self.file)
            except EOFError:
                return


def _header(rows: Iterator[Sequence[Any]]) -> Sequence[Any]:
    header = next(rows, None)
    if header is None or all(is_empty(c) for c in header):
        raise ImportFailed([Problem(EMPTY)])
    return header


def _designs_by_title(store: Store) -> dict[str, list[str]]:
    """Folded title -> uuids of the live leaflet designs with that title."""
    designs: dict[str, list[str]] = {}
    for design in store.query("leaflet_design", limit=store.count("leaflet_design")):
        designs.setdefault(fold(design["title"]), []).append(design["uuid"])
    return designs


def _numbered(rows: Iterable[Sequence[Any]], steps: _Steps) -> Iterator[tuple[int, Sequence[Any]]]:
    """Data rows with the number a spreadsheet shows them under (header = 1), blank rows out."""
    for number, cells in enumerate(rows, start=2):
        steps.at(number - 1)
        if not all(is_empty(c) for c in cells):
            yield number, cells


def _leaflet_count(raw: Any) -> tuple[int, list[Issue]]:
    """A hand-out count checked by the hand-out kind's own rules; a blank cell means none."""
    if is_empty(raw):
        return 0, []
    values, issues = clean(HANDOUT, {"count": raw})
    return values["count"] or 0, [i for i in issues if i.field == "count"]


def _leaflet_counts(columns: Columns, row: Row) -> tuple[dict[str, int], list[RowProblem]]:
    counts: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, raw in row.leaflets.items():
        counts[columns.designs[index]], issues = _leaflet_count(raw)
        problems.extend(RowProblem(row.number, columns.headers[index], i) for i in issues)
    return counts, problems


def _row_problems(
    store: Store, columns: Columns, row: Row
) -> tuple[dict[str, Any], list[RowProblem]]:
    """The row's validated session values and everything wrong or odd in the row."""
    values, issues = store.validate(SESSION.name, row.session)
    problems = [RowProblem(row.number, columns.header_of(i.field), i) for i in issues]
    problems.extend(_leaflet_counts(columns, row)[1])
    problems.extend(
        RowProblem(row.number, _column_letter(i), Problem(NO_HEADER)) for i in row.stray
    )
    return values, problems


def _column_letter(index: int) -> str:
    """A, B, ... Z, AA: how a spreadsheet names the column at `index` (from 0)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _is_error(problem: RowProblem) -> bool:
    reason = problem.reason
    return not isinstance(reason, Issue) or reason.severity == ERROR


def _check(
    store: Store, columns: Columns, rows: Iterable[tuple[int, Sequence[Any]]], spool: _Spool
) -> ImportReport:
    """Check every row, parking the good ones while all are good; returns the report so far."""
    team = import_namespace(store)
    report = ImportReport()
    first_row: dict[str, int] = {}
    errors: list[RowProblem] = []
    for number, cells in rows:
        report.rows += 1
        values, problems = _row_problems(store, columns, columns.split(number, cells))
        key = None
        if not any(i.field in KEY_FIELDS for i in _issues(problems) if i.severity == ERROR):
            key = row_uuid(team, values)
            first = first_row.setdefault(key, number)
            if first != number:
                template = DUPLICATE_TIMED if values["start_time"] else DUPLICATE
                problems.append(RowProblem(number, "", Problem(template, {"first": first})))
        for problem in problems:
            if _is_error(problem):
                errors.append(problem)
            else:
                report.warn(problem)
        if key is not None and not errors:
            spool.add(number, key, cells)
    if errors:
        raise ImportFailed(rows=errors)
    if not report.rows:
        raise ImportFailed([Problem(NO_ROWS)])
    return report


def _issues(problems: Iterable[RowProblem]) -> Iterator[Issue]:
    return (p.reason for p in problems if isinstance(p.reason, Issue))


def _write(
    store: Store,
    columns: Columns,
    rows: Iterable[tuple[int, str, Sequence[Any]]],
    report: ImportReport,
    steps: _Steps,
    offset: int,
) -> None:
    """Write the checked rows in one transaction, counting what each did."""
    absent = [name for name in SESSION.field_names if name not in columns.fields.values()]
    with store.transaction():
        for number, uuid, cells in rows:
            steps.at(offset + number - 1)
            _save_row(store, columns, columns.split(number, cells), uuid, absent, report)


def _save_row(
    store: Store,
    columns: Columns,
    row: Row,
    uuid: str,
    absent: Sequence[str],
    report: ImportReport,
) -> None:
    """Save one row's session and hand-outs. Fields the file has no column for keep what the
    stored session holds, so a re-import of a narrower ledger does not blank edits made since;
    and a row just as it was when this laptop last imported it changes nothing, so importing
    the file again does not undo a correction made since (in a form, or by a supervisor)."""
    old = store.get(SESSION.name, uuid, include_deleted=True)
    counts = _leaflet_counts(columns, row)[0]
    seen = _fingerprint(row.session, counts)
    if old is not None and not old["deleted"] and store.setting(_SEEN + uuid) == seen:
        report.unchanged += 1
        return
    raw = {**{name: old[name] for name in absent}, **row.session} if old else row.session
    store.set_setting(_SEEN + uuid, seen)
    try:
        saved = store.save(SESSION.name, raw, uuid=uuid)
        handouts_changed = _hand_out(store, uuid, counts, old)
    except Invalid as invalid:  # the store changed since the check (a design deleted, say)
        raise ImportFailed(rows=_rejected(columns, row.number, invalid)) from None
    if old is None or old["deleted"]:
        report.added += 1
    elif saved["revision"] != old["revision"] or handouts_changed:
        report.updated += 1
    else:
        report.unchanged += 1


#: Store settings holding, per imported session, the fingerprint of the row it came from.
_SEEN = "import:"


def _fingerprint(session: Mapping[str, Any], counts: Mapping[str, int]) -> str:
    text = json.dumps([session, counts], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _rejected(columns: Columns, number: int, invalid: Invalid) -> list[RowProblem]:
    """The store's reasons, pointed at the row, and at the cell when the session's own."""
    own = invalid.kind == SESSION.name
    return [
        RowProblem(number, columns.header_of(i.field) if own else "", i) for i in invalid.issues
    ]


def _hand_out(store: Store, session: str, counts: Mapping[str, int], old: Record | None) -> bool:
    """Set the row's leaflet counts; True when any differs from what was stored."""
    if not counts:
        return False
    before = store.handouts(session) if old else {}
    store.set_handouts(session, counts)
    return any(before.get(design, 0) != count for design, count in counts.items())
