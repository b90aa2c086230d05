"""Which column of a ledger holds what, for ledgers as branches keep them (not the template).

A ledger's header row is found among its first rows (title rows and blanks above it are
skipped), then each column gets a proposed *target*: a session field, ``notes`` (its text goes
into the session's notes as "Header: value"), ``ignore`` (only when the user says so, or for a
sequence-number column), ``leaflets`` (hand-outs of no recorded design) or ``leaflets:<uuid>``
(hand-outs of that design). The proposal looks at the header first (a field's name, label or
aliases: certain), then at how similar the header is to those (difflib, and the characters two
Chinese headers share), then at what the values look like (dates, times, counts, entries of a
reference list). List entries that are not in their list exactly get a proposed entry by
similarity (or "new", on a laptop that keeps its own lists); each distinct text once.

The API the window's mapping step uses (the command line uses the same):

``propose(path, store, columns=None, values=None) -> Proposal``
    Reads the file once (streaming). ``columns`` fixes single columns ({column index or header
    text or column letter: target}), ``values`` single values ({(list, text): entry}); the
    rest is proposed. ``Proposal.columns`` holds a ``ColumnProposal`` per column (index,
    header, target, confidence 0..1, reason code, sample values), ``Proposal.values`` a
    ``ValueProposal`` per distinct text that needs a decision (list, text, proposed entry or
    None, confidence, reason, rows it is on), ``Proposal.header_row`` the header's row number
    as the spreadsheet shows it, ``Proposal.certain`` whether it can be taken without asking
    (template headers, or a mapping confirmed before for the same header row), and
    ``Proposal.missing`` the required fields no column gives, ``Proposal.sheet`` and
    ``Proposal.other_sheets`` the workbook sheet read (the one whose header maps best) and
    those not read. A header written on two rows (a merged "活动时间" over "日期" and
    "时段", units such as "（人）") is read as one; ``header_row`` is then its lower row.
``Proposal.mapping() -> Mapping``
    Every proposal taken as it stands. A mapping step edits ``Mapping.columns`` ({column index:
    target}) and ``Mapping.values`` ({(list, folded text): entry code or NEW}) with
    dataclasses.replace, or proposes again with ``columns=`` / ``values=`` (the value
    proposals follow the columns: a column newly mapped to a list field brings its values).
``resolve_target(store, text)``, ``resolve_entry(store, list, entry, owned, text)``
    A target or an entry as a user typed it, checked (ImportFailed naming what is wrong).
``targets(store) -> list[Target]``
    What a column can be mapped to, with labels, for a drop-down.
``ledger.import_file(store, path, progress, mapping=...) -> ImportReport``
    Imports with that mapping (all or nothing) and remembers it for the next file with the same
    header row; without ``mapping`` it proposes itself and raises ``MappingNeeded`` (an
    ``ImportFailed`` carrying ``.proposal``) unless the proposal is certain. ``progress(done,
    total)`` as before. The report holds ``skipped`` (totals rows, with their row), ``changes``
    (every value read otherwise than written, with its rows: ``change_lines(tr)``),
    ``entries_added`` and ``warnings`` (incl. hand-outs beyond a design's stock); ``lines(tr)``
    is all of it for showing. ``owned`` (both functions; default: the laptop is not enrolled)
    says whether values may become new list entries.

Texts for the user are QT_TRANSLATE_NOOP templates ("Import" context) translated by the caller;
reason codes are listed in REASONS.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.domain import refdata
from desktop.domain.designs import NOT_RECORDED_UUID
from desktop.domain.fields import QT_TRANSLATE_NOOP, Field, FieldType
from desktop.domain.kinds import SESSION
from desktop.domain.validation import clean, is_empty
from desktop.importer.columns import fold, header_names, leaflet_title
from desktop.importer.report import ImportFailed, Problem
from desktop.importer.sources import open_ledger
from desktop.leaflets.designs import DesignNotFound, find_design
from desktop.store.store import Store

IGNORE = "ignore"
NOTES = "notes"
LEAFLETS = "leaflets"
#: A value mapped to this becomes a new entry of its list (a laptop that keeps its own lists).
NEW = "new"

#: The header row is looked for among this many rows at the top.
HEADER_SEARCH_ROWS = 15
#: Data rows whose values help guess a column by what it holds.
SAMPLE_ROWS = 50
#: Rows read for samples at most (a sheet may hold thousands of blank rows).
SAMPLE_LIMIT = 1000
#: Samples kept per column for showing.
SAMPLES_SHOWN = 3
#: Rows named per value that needs a decision.
ROWS_SHOWN = 5
#: Below this, a header or value is not thought similar at all.
SIMILAR = 0.5

#: Settings: a confirmed column mapping per header row; value choices per list.
COLUMNS_SETTING = "import:columns:"
VALUES_SETTING = "import:values"

#: Headers of a sequence-number column (folded).
SEQUENCE_HEADERS = ("序号", "编号", "序", "顺序号", "行号", "no", "no.", "#", "seq", "序列号")
#: Headers of a hand-out count column that names no design (folded).
LEAFLET_HEADERS = (
    "折页",
    "发放折页",
    "宣传折页",
    "折页数",
    "发放折页数",
    "宣传资料",
    "发放宣传资料",
    "发放资料",
    "资料发放",
    "宣传单",
    "发放宣传单",
    "leaflets",
    "leaflets handed out",
)
#: Headers branches use that name no field exactly (folded): proposed, never taken as certain.
EXTRA_HEADERS: dict[str, str] = {
    **dict.fromkeys(
        ("活动形式", "宣传形式", "宣传方式", "活动方式", "活动类型", "宣传类型", "活动场所类型"),
        "venue_kind",
    ),
    **dict.fromkeys(("宣传内容", "活动内容", "宣讲内容", "宣传重点", "宣传主题内容"), "topics"),
    **dict.fromkeys(("负责人", "主讲人", "参加人员", "活动人员", "经办人员", "责任人"), "staff"),
    **dict.fromkeys(("时间段", "活动时段", "时段", "宣传时段", "起止时间"), "start_time"),
    **dict.fromkeys(("开展日期", "宣传日期", "活动开展日期"), "held_on"),
    **dict.fromkeys(("宣传地点", "开展地点", "活动地址", "宣传地址"), "place"),
    **dict.fromkeys(
        ("受众", "宣传人数", "受众人次", "参加人数", "参与人次", "覆盖人次"), "audience"
    ),
    **dict.fromkeys(("协办单位", "联合单位", "合作机构"), "partners"),
}
#: What a totals row says in one of its cells (folded, spaces removed).
TOTALS = re.compile(
    r"^(本月|本季|本季度|本年|全年|年度|月度|总|本页"
    # a period: "3月", "3月份", "一月", "第一季度", "2024年", "上半年"
    r"|(?:[0-9一二三四五六七八九十〇零第上下半全]{1,6}(?:年|月份?|季度?|周)){1,2})?"
    r"(合计|总计|小计|共计|汇总)"
    r"(?:[(（][^()（）]{0,12}[)）])?[:：]?$"  # "小计（3月）"
)
TOTALS_EN = ("total", "totals", "subtotal", "sub-total", "grandtotal", "grand total", "sum")

REASONS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("Import", "the header names it"),
    "similar": QT_TRANSLATE_NOOP("Import", "the header is similar"),
    "values": QT_TRANSLATE_NOOP("Import", "the values look like it"),
    "sequence": QT_TRANSLATE_NOOP("Import", "a sequence-number column"),
    "remembered": QT_TRANSLATE_NOOP("Import", "as confirmed before"),
    "given": QT_TRANSLATE_NOOP("Import", "as you said"),
    "unknown": QT_TRANSLATE_NOOP("Import", "not recognised: kept in the notes"),
    "taken": QT_TRANSLATE_NOOP("Import", "another column holds that field: kept in the notes"),
    "empty": QT_TRANSLATE_NOOP("Import", "no header and no values"),
    "entry": QT_TRANSLATE_NOOP("Import", "the most similar entry"),
    "new": QT_TRANSLATE_NOOP("Import", "no similar entry: add it to the list"),
    "none": QT_TRANSLATE_NOOP("Import", "no similar entry"),
}

NO_SUCH_COLUMN = QT_TRANSLATE_NOOP("Import", 'The file has no column "{column}".')
NO_SUCH_TARGET = QT_TRANSLATE_NOOP(
    "Import",
    '"{target}" is not something a column can hold. Use a field ({fields}), ignore, notes,'
    " leaflets, or leaflets:DESIGN.",
)
NO_SUCH_DESIGN = QT_TRANSLATE_NOOP("Import", 'No leaflet design is called "{design}".')
NO_SUCH_LIST = QT_TRANSLATE_NOOP("Import", 'There is no reference list "{list}".')
NO_SUCH_ENTRY = QT_TRANSLATE_NOOP(
    "Import", 'The list {list} has no entry "{entry}" (use its code or name, or new).'
)
LISTS_NOT_OWNED = QT_TRANSLATE_NOOP(
    "Import",
    'The reference lists come from head office: map "{text}" to an entry of {list},'
    " or ask head office to add it.",
)

#: Brackets and units people add to headers: "受众人数（人）", "Audience (people)".
_DECORATION = re.compile(r"[（(\[【<《].*?[）)\]】>》]|[:：*＊]+$")
# "/" too: ledgers list topics as "防范养老诈骗/存款保险" (no entry of a list field holds one).
_LIST_SPLIT = re.compile(r"[,，、;；|/／\n]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def letter(index: int) -> str:
    """A, B, ... Z, AA: how a spreadsheet names the column at `index` (from 0)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def similarity(a: str, b: str) -> float:
    """How alike two folded texts are, 0..1: 1 only when equal. Chinese texts are also compared
    by the characters they share, in any order ("养老诈骗防范" and "防范养老诈骗"), and a text
    holding the other whole ("城关县司法局", "司法局") counts as close."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long = sorted((a, b), key=len)
    score = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    if len(short) >= 2 and short in long:
        score = max(score, 0.75 + 0.2 * len(short) / len(long))
    if _CJK.search(a) or _CJK.search(b):
        common = sum(min(a.count(c), b.count(c)) for c in set(a))
        score = max(score, 2 * common / (len(a) + len(b)))
    return min(score, 0.95)


def is_totals(cells: Sequence[Any]) -> bool:
    """Whether a row is a totals row (合计, 总计, 小计, 共计, Total): one of its cells says so."""
    for cell in cells:
        if isinstance(cell, str) and cell.strip():
            text = "".join(unicodedata.normalize("NFKC", cell).split()).casefold()
            if TOTALS.match(text) or text in TOTALS_EN or text.rstrip(":") in TOTALS_EN:
                return True
    return False


def is_blank(cells: Sequence[Any]) -> bool:
    return all(is_empty(c) for c in cells)


# -- what a column can hold ---------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One choice for a column: `code` as a mapping holds it, `label` an English source text
    to translate in `context` ("Field", "Import"), or a design's title (`context` empty)."""

    code: str
    label: str
    context: str


def targets(store: Store) -> list[Target]:
    """Every target a column can be mapped to: the session fields, notes, ignore, leaflets of
    no recorded design and leaflets of each design."""
    found = [Target(f.name, f.label, "Field") for f in SESSION.fields]
    # `notes` is also a field: a column mapped to it that is not the notes column itself goes
    # in as "header: value" lines.
    found.append(Target(IGNORE, QT_TRANSLATE_NOOP("Import", "Ignore this column"), "Import"))
    leaflets = QT_TRANSLATE_NOOP("Import", "Leaflets handed out, design not recorded")
    found.append(Target(LEAFLETS, leaflets, "Import"))
    for uuid, title in _design_titles(store):
        found.append(Target(f"{LEAFLETS}:{uuid}", title, ""))
    return found


def _design_titles(store: Store) -> list[tuple[str, str]]:
    rows = store.conn.execute(
        "SELECT uuid, title FROM leaflet_designs WHERE deleted = 0 ORDER BY title"
    ).fetchall()
    return [(str(u), str(t or "")) for u, t in rows]


def design_of(target: str) -> str | None:
    """The design uuid a leaflets target names (`leaflets` alone: the not-recorded design)."""
    if target == LEAFLETS:
        return NOT_RECORDED_UUID
    if target.startswith(LEAFLETS + ":"):
        return target.split(":", 1)[1]
    return None


def resolve_target(store: Store, text: str) -> str:
    """A target as a user typed it (field name, label or alias; ignore; notes; leaflets;
    leaflets:DESIGN by id, shipped code or title) as a mapping holds it; raises ImportFailed."""
    folded = fold(text)
    if folded in (IGNORE, NOTES, LEAFLETS):
        return folded
    if folded.startswith(LEAFLETS + ":") or leaflet_title(text) is not None:
        ident = unicodedata.normalize("NFKC", text).split(":", 1)[1].strip()
        try:
            return f"{LEAFLETS}:{find_design(store, ident)['uuid']}"
        except DesignNotFound:
            raise ImportFailed([Problem(NO_SUCH_DESIGN, {"design": ident})]) from None
    for f in SESSION.fields:
        if folded in (fold(h) for h in header_names(f)):
            return f.name
    fields = ", ".join(SESSION.field_names)
    raise ImportFailed([Problem(NO_SUCH_TARGET, {"target": text, "fields": fields})])


def resolve_entry(store: Store, list_name: str, entry: str, owned: bool, text: str) -> str:
    """A list entry as a user typed it (code, Chinese or English name, or `new`) as its code;
    raises ImportFailed."""
    if list_name not in refdata.REF_LISTS:
        raise ImportFailed([Problem(NO_SUCH_LIST, {"list": list_name})])
    if fold(entry) == NEW:
        if not owned:
            raise ImportFailed([Problem(LISTS_NOT_OWNED, {"text": text, "list": list_name})])
        return NEW
    code = store.resolve_ref(list_name, entry)
    if code is None:
        raise ImportFailed([Problem(NO_SUCH_ENTRY, {"list": list_name, "entry": entry})])
    return code


# -- proposals ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnProposal:
    index: int
    #: The header as written; empty when the column has none.
    header: str
    target: str
    confidence: float
    #: A key of REASONS.
    reason: str
    samples: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The header, or the column's letter when it has none."""
        return self.header or letter(self.index)

    @property
    def certain(self) -> bool:
        return self.confidence >= 1.0


@dataclass(frozen=True)
class ValueProposal:
    list_name: str
    #: The text as first written in the file.
    text: str
    #: The entry's code, NEW, or None when there is nothing to propose.
    entry: str | None
    confidence: float
    reason: str
    #: The header of the (first) column it is in.
    column: str
    #: The first rows it is on, and on how many rows in all.
    rows: tuple[int, ...] = ()
    count: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return (self.list_name, fold(self.text))


@dataclass(frozen=True)
class Mapping:
    """A confirmed mapping: what import_file needs."""

    header_row: int
    headers: tuple[str, ...]
    #: Column index -> target. Columns not in it are kept in the notes.
    columns: MappingABC[int, str]
    #: (list, folded text) -> entry code or NEW.
    values: MappingABC[tuple[str, str], str] = field(default_factory=dict)


@dataclass(frozen=True)
class Proposal:
    header_row: int
    headers: tuple[str, ...]
    columns: tuple[ColumnProposal, ...]
    values: tuple[ValueProposal, ...]
    #: The column mapping is the one confirmed for this header row before.
    remembered: bool = False
    #: Rows below the header (blank and totals rows included).
    data_rows: int = 0
    #: For a workbook: the sheet read, and its other visible sheets, which are not read.
    sheet: str = ""
    other_sheets: tuple[str, ...] = ()

    @property
    def missing(self) -> list[Field]:
        given = {c.target for c in self.columns}
        return [f for f in SESSION.fields if f.required and f.name not in given]

    @property
    def certain(self) -> bool:
        """Nothing to ask: every column by its header (or as confirmed before) and every list
        value in its list (or with no entry to propose)."""
        columns = self.remembered or all(c.certain for c in self.columns)
        # Values with nothing to propose are not asked about: their rows are refused.
        return columns and all(v.entry is None for v in self.values)

    def column(self, index: int) -> ColumnProposal:
        for c in self.columns:
            if c.index == index:
                return c
        raise KeyError(index)

    def mapping(self) -> Mapping:
        return Mapping(
            self.header_row,
            self.headers,
            {c.index: c.target for c in self.columns},
            {v.key: v.entry for v in self.values if v.entry is not None},
        )


def header_key(headers: Sequence[str]) -> str:
    """What a remembered mapping is kept under: a hash of the folded header row."""
    text = "\x1f".join(fold(h) for h in headers).rstrip("\x1f")
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def remembered_columns(store: Store, headers: Sequence[str]) -> dict[int, str] | None:
    found = store.setting(COLUMNS_SETTING + header_key(headers))
    if not isinstance(found, dict):
        return None
    return {int(k): str(v) for k, v in found.items()}


def remember(store: Store, mapping: Mapping) -> None:
    """Keep a confirmed mapping for the next file with the same header row, and its value
    choices for any file (inside the caller's transaction)."""
    columns = {str(k): v for k, v in sorted(mapping.columns.items())}
    store.set_setting(COLUMNS_SETTING + header_key(mapping.headers), columns)
    if mapping.values:
        chosen = remembered_values(store)
        for (list_name, text), entry in mapping.values.items():
            if entry != NEW:  # a new entry is in its list from now on
                chosen.setdefault(list_name, {})[text] = entry
        store.set_setting(VALUES_SETTING, chosen)


def remembered_values(store: Store) -> dict[str, dict[str, str]]:
    found = store.setting(VALUES_SETTING)
    return found if isinstance(found, dict) else {}


def _header_text(cell: Any) -> str:
    return "" if is_empty(cell) else " ".join(str(cell).split())


def cell_text(value: Any) -> str:
    """A cell as the text it shows: dates as dates, whole numbers without ".0"."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _sample_text(cell: Any) -> str:
    text = cell_text(cell)
    return text if len(text) <= 40 else text[:39] + "…"


@dataclass
class _Guess:
    target: str
    confidence: float
    reason: str
    #: A header branches are known to use for the field (EXTRA_HEADERS).
    known: bool = False


def _header_guess(header: str, designs: Sequence[tuple[str, str]]) -> _Guess | None:
    """What the header alone says about its column."""
    folded = fold(header)
    if not folded:
        return None
    field_by_header = _FIELD_BY_HEADER
    if folded in field_by_header:
        return _Guess(field_by_header[folded], 1.0, "header")
    title = leaflet_title(header)
    if title is not None:
        exact = [u for u, t in designs if fold(t) == fold(title)]
        if len(exact) >= 1:
            return _Guess(f"{LEAFLETS}:{exact[0]}", 1.0 if len(exact) == 1 else 0.8, "header")
        closest = max(designs, key=lambda d: similarity(fold(title), fold(d[1])), default=None)
        if closest is not None and similarity(fold(title), fold(closest[1])) >= 0.6:
            return _Guess(f"{LEAFLETS}:{closest[0]}", 0.8, "similar")
        return _Guess(LEAFLETS, 0.7, "similar")
    plain = fold(_DECORATION.sub("", unicodedata.normalize("NFKC", header))) or folded
    if plain in SEQUENCE_HEADERS or folded in SEQUENCE_HEADERS:
        return _Guess(IGNORE, 0.95, "sequence")
    if plain in field_by_header:
        return _Guess(field_by_header[plain], 0.95, "similar")
    if plain in EXTRA_HEADERS:
        return _Guess(EXTRA_HEADERS[plain], 0.9, "similar", known=True)
    if plain in LEAFLET_HEADERS:
        return _Guess(LEAFLETS, 0.9, "similar")
    best_target, best = "", 0.0
    for name, target in _CANDIDATES:
        score = similarity(plain, name)
        if score > best:
            best_target, best = target, score
    if best >= 0.6:
        return _Guess(best_target, round(0.9 * best, 2), "similar")
    return None


def _field_by_header() -> dict[str, str]:
    return {fold(h): f.name for f in SESSION.fields for h in header_names(f)}


_FIELD_BY_HEADER = _field_by_header()
_CANDIDATES: tuple[tuple[str, str], ...] = (
    *((fold(h), f.name) for f in SESSION.fields for h in header_names(f)),
    *((h, LEAFLETS) for h in LEAFLET_HEADERS),
)


def _looks(f: Field, values: Sequence[Any], store: Store) -> float:
    """The share of `values` that `f` would take (counts with qualifiers count)."""
    if not values:
        return 0.0
    good = 0
    for value in values:
        if f.type is FieldType.INT:
            good += read_count(value)[0] is not None
        elif f.type in (FieldType.REF, FieldType.REFS):
            assert f.ref_list is not None
            texts = split_list(value) if f.type is FieldType.REFS else [str(value).strip()]
            good += bool(texts) and all(
                store.resolve_ref(f.ref_list, t) is not None
                or _best_entry(store, f.ref_list, t)[1] >= 0.6
                for t in texts
            )
        elif f.type is FieldType.TIME and time_range(value) is not None:
            good += f.name == "start_time"  # "9:00-11:00": the start and the end time
        elif f.type is FieldType.TIME and isinstance(value, dt.datetime):
            good += value.time() != dt.time()  # midnight: a date typed into a date cell
        elif f.type is FieldType.DATE and isinstance(value, dt.time):
            continue
        else:
            _, issues = clean(SESSION, {f.name: value})
            good += not any(i.field == f.name and i.code != "required" for i in issues)
    return good / len(values)


def _is_sequence(values: Sequence[Any]) -> bool:
    numbers = [read_count(v)[0] for v in values]
    if len(numbers) < 3 or any(n is None for n in numbers):
        return False
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))  # type: ignore[operator]


#: The fields guessed from values, in the order they are tried; ints fill audience first.
_BY_VALUES = (
    "held_on",
    "start_time",
    "end_time",
    "venue_kind",
    "campaign",
    "topics",
    "partners",
    "audience",
    "consultation_count",
    "online",
)


def _value_guess(values: Sequence[Any], taken: set[str], store: Store) -> _Guess:
    if not values:
        return _Guess(NOTES, 0.3, "unknown")
    if _is_sequence(values):
        return _Guess(IGNORE, 0.6, "sequence")
    for name in _BY_VALUES:
        if name in taken:
            continue
        if _looks(SESSION.field(name), values, store) >= 0.6:
            return _Guess(name, 0.5, "values")
    return _Guess(NOTES, 0.3, "unknown")


def _pick_header(rows: Sequence[Sequence[Any]], designs: Sequence[tuple[str, str]]) -> int:
    """The index among `rows` of the row that maps best (ties: the first)."""
    return _best_header(rows, designs)[0]


def choose_sheet(tops: Sequence[Sequence[Sequence[Any]]]) -> int:
    """Of a workbook's sheets (their top rows), the one whose header row maps best (ties: the
    first): a ledger whose first sheet holds instructions or a cover is read from its table."""
    scores = [_best_header(rows, ())[1] for rows in tops]
    return max(range(len(scores)), key=lambda at: (scores[at], -at))


def _best_header(
    rows: Sequence[Sequence[Any]], designs: Sequence[tuple[str, str]]
) -> tuple[int, float]:
    best, best_score = -1, 0.0
    for at, cells in enumerate(rows):
        score = 0.0
        for cell in cells:
            if isinstance(cell, str) and cell.strip():
                guess = _header_guess(cell, designs)
                if guess is not None and guess.reason != "values":
                    score += guess.confidence
        if score > best_score:
            best, best_score = at, score
    if best < 0:  # nothing maps: the first row that holds anything
        best = next((at for at, cells in enumerate(rows) if not is_blank(cells)), -1)
    return best, best_score


def propose(
    path: Path | str,
    store: Store,
    columns: MappingABC[int | str, str] | None = None,
    values: MappingABC[tuple[str, str], str] | None = None,
    owned: bool | None = None,
) -> Proposal:
    """Read the ledger at `path` and propose how its columns and list values map.

    `columns` and `values` fix single ones (as typed: header text or letter; target or entry
    as a user writes it); `owned` says whether the laptop keeps its own reference lists (by
    default: when it is not enrolled at head office). Raises ImportFailed when the file cannot
    be read or names what does not exist.
    """
    owned = lists_owned(store) if owned is None else owned
    designs = _design_titles(store)
    with open_ledger(Path(path), choose_sheet) as ledger:
        layout = read_layout(ledger.rows, designs)
        proposals = _column_proposals(store, layout, designs, columns or {})
        data_rows = max(ledger.size - layout.header_row, 0)
        found = _value_proposals(store, layout, proposals, values or {}, owned)
    remembered = all(p.reason in ("remembered", "empty") for p in proposals)
    return Proposal(
        layout.header_row,
        layout.headers,
        proposals,
        found,
        remembered,
        data_rows,
        ledger.sheet,
        ledger.other_sheets,
    )


def lists_owned(store: Store) -> bool:
    """Whether the laptop keeps its own reference lists: until it is enrolled at head office."""
    from sync.client import is_enrolled

    return not is_enrolled(store)


@dataclass
class Layout:
    """Where the header is and what follows it."""

    #: The header's row number as the spreadsheet shows it (from 1).
    header_row: int
    headers: tuple[str, ...]
    #: The first data rows (for samples), then the rest, as (row number, cells).
    rows: Iterator[tuple[int, Sequence[Any]]]
    samples: list[tuple[int, Sequence[Any]]]
    #: Columns beyond the header or under a blank header that hold values in the samples.
    width: int


def read_layout(rows: Iterator[Sequence[Any]], designs: Sequence[tuple[str, str]]) -> Layout:
    """Find the header row among the first rows; raises ImportFailed (EMPTY) when none."""
    from desktop.importer.ledger import EMPTY

    top = []
    for _ in range(HEADER_SEARCH_ROWS):
        cells = next(rows, None)
        if cells is None:
            break
        top.append(cells)
    at = _pick_header(top, designs)
    if at < 0:
        raise ImportFailed([Problem(EMPTY)])
    headers = tuple(_header_text(c) for c in top[at])
    if at + 1 < len(top) and is_sub_header(top[at + 1]):
        headers = combine_headers(top[at], top[at + 1])
        at += 1
    while headers and not headers[-1]:
        headers = headers[:-1]

    def numbered() -> Iterator[tuple[int, Sequence[Any]]]:
        for number, cells in enumerate(top[at + 1 :], start=at + 2):
            yield number, cells
        for number, cells in enumerate(rows, start=len(top) + 1):
            yield number, cells

    stream = numbered()
    samples: list[tuple[int, Sequence[Any]]] = []
    filled = 0
    for number, cells in stream:
        samples.append((number, cells))
        filled += not is_blank(cells) and not is_totals(cells)
        if filled >= SAMPLE_ROWS or len(samples) >= SAMPLE_LIMIT:
            break
    width = max([len(headers), *(_last_filled(c) for _, c in samples)])

    def replay() -> Iterator[tuple[int, Sequence[Any]]]:
        yield from samples
        yield from stream

    return Layout(at + 1, headers, replay(), samples, width)


_UNIT = re.compile(r"^[（(\[【][^（）()\[\]【】]{1,8}[）)\]】]$")


def is_sub_header(cells: Sequence[Any]) -> bool:
    """Whether a row right below the header is the header's second line (a merged "活动时间"
    over "日期" and "时段", units such as "（人）" below counts): texts only, no count and no
    date among them, each a unit or a header."""
    texts = [c for c in cells if not is_empty(c)]
    if not texts or not all(isinstance(c, str) for c in texts):
        return False
    units = 0
    for text in texts:
        plain = unicodedata.normalize("NFKC", text).strip()
        if _UNIT.match(plain):
            units += 1
        elif re.search(r"\d", plain) or _header_guess(plain, ()) is None:
            return False  # a count, a date, a value: a data row
    return units > 0 or len(texts) >= 2


def combine_headers(top: Sequence[Any], below: Sequence[Any]) -> tuple[str, ...]:
    """The headers of a header on two rows: the lower line where it names a column itself
    ("日期" under "活动时间"), else both lines ("参与人数（人）")."""
    width = max(len(top), len(below))
    headers = []
    for at in range(width):
        upper = _header_text(top[at]) if at < len(top) else ""
        lower = _header_text(below[at]) if at < len(below) else ""
        if not lower or not upper:
            headers.append(upper or lower)
        elif _UNIT.match(unicodedata.normalize("NFKC", lower)) or _header_guess(lower, ()) is None:
            headers.append(upper + lower)
        else:
            headers.append(lower)
    return tuple(headers)


def _last_filled(cells: Sequence[Any]) -> int:
    for at in range(len(cells) - 1, -1, -1):
        if not is_empty(cells[at]):
            return at + 1
    return 0


def column_index(headers: Sequence[str], key: int | str) -> int:
    """The index of the column `key` names: an index, a header as written (folded) or a letter."""
    if isinstance(key, int):
        return key
    folded = fold(key)
    for at, header in enumerate(headers):
        if header and fold(header) == folded:
            return at
    # A header written on two lines in its cell ("受众人数\n（人）") shows a space there that
    # nobody types: compared without spaces, when that names one column.
    bare = "".join(folded.split())
    found = [at for at, h in enumerate(headers) if h and "".join(fold(h).split()) == bare]
    if bare and len(found) == 1:
        return found[0]
    text = unicodedata.normalize("NFKC", key).strip().upper()
    if re.fullmatch(r"[A-Z]{1,3}", text):
        at = 0
        for char in text:
            at = at * 26 + ord(char) - ord("A") + 1
        return at - 1
    raise ImportFailed([Problem(NO_SUCH_COLUMN, {"column": key})])


def _column_proposals(
    store: Store,
    layout: Layout,
    designs: Sequence[tuple[str, str]],
    given: MappingABC[int | str, str],
) -> tuple[ColumnProposal, ...]:
    fixed = {column_index(layout.headers, k): resolve_target(store, v) for k, v in given.items()}
    remembered = remembered_columns(store, layout.headers)
    data = [c for _, c in layout.samples if not is_blank(c) and not is_totals(c)]
    width = max([layout.width, *(i + 1 for i in fixed)])
    guesses: dict[int, _Guess] = {}
    samples: dict[int, list[Any]] = {}
    for at in range(width):
        header = layout.headers[at] if at < len(layout.headers) else ""
        samples[at] = [c[at] for c in data if at < len(c) and not is_empty(c[at])]
        if at in fixed:
            guesses[at] = _Guess(fixed[at], 1.0, "given")
        elif remembered is not None and at in remembered:
            guesses[at] = _Guess(remembered[at], 1.0, "remembered")
        elif not header and not samples[at]:
            guesses[at] = _Guess(IGNORE, 1.0, "empty")
        else:
            guess = _header_guess(header, designs)
            # A header like a field's whose values the field would not take ("活动时间"
            # holding dates is not the start time): what the values look like decides.
            if (
                guess is not None
                and guess.reason == "similar"
                and samples[at]
                and guess.target in SESSION.field_names
                # entries not in their list are asked about value by value
                and not (guess.known and SESSION.field(guess.target).ref_list)
                and _looks(SESSION.field(guess.target), samples[at], store) < 0.5
            ):
                guess = None
            if guess is not None:
                guesses[at] = guess
    # Each field once: the surest column keeps it, the others go to the notes.
    taken: set[str] = set()
    for at in sorted(guesses, key=lambda i: -guesses[i].confidence):
        guess = guesses[at]
        if guess.target in SESSION.field_names and guess.target != NOTES:
            if guess.target in taken and guess.reason not in ("given", "remembered"):
                guesses[at] = _Guess(NOTES, 0.3, "taken")
            taken.add(guess.target)
    for at in range(width):
        if at not in guesses:
            guess = _value_guess(samples[at], taken, store)
            guesses[at] = guess
            if guess.target in SESSION.field_names:
                taken.add(guess.target)
    return tuple(
        ColumnProposal(
            at,
            layout.headers[at] if at < len(layout.headers) else "",
            guesses[at].target,
            guesses[at].confidence,
            guesses[at].reason,
            tuple(_sample_text(v) for v in samples[at][:SAMPLES_SHOWN]),
        )
        for at in range(width)
    )


def split_list(value: Any) -> list[str]:
    """The entries of a list cell, split as validation splits them, and also at "/" and at
    spaces between Chinese words of two characters or more ("防范电信诈骗 反洗钱", "张伟 李娜";
    not "张  伟", a name spaced out to line up with longer ones)."""
    if isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
    else:
        items = _LIST_SPLIT.split(str(value))
    found: list[str] = []
    for item in (i.strip() for i in items):
        parts = _CJK_GAP.split(item)
        found.extend(parts if len(parts) > 1 and all(len(p) >= 2 for p in parts) else [item])
    return [t for t in found if t]


def ref_texts(f: Field, value: Any) -> list[str]:
    if is_empty(value):
        return []
    return split_list(value) if f.type is FieldType.REFS else [str(value).strip()]


def _best_entry(store: Store, list_name: str, text: str) -> tuple[str | None, float]:
    """The entry of `list_name` most like `text`, and how alike."""
    folded = fold(text)
    best: str | None = None
    score = 0.0
    for item in store.ref_items(list_name):
        for label in (item["label_zh"], item["label_en"], item["code"]):
            s = similarity(folded, fold(label))
            if s > score:
                best, score = str(item["code"]), s
    return (best, score) if score >= SIMILAR else (None, score)


def _value_proposals(
    store: Store,
    layout: Layout,
    columns: Sequence[ColumnProposal],
    given: MappingABC[tuple[str, str], str],
    owned: bool,
) -> tuple[ValueProposal, ...]:
    """One proposal per distinct list text that is not in its list, reading every row."""
    fixed = {
        (name, fold(text)): resolve_entry(store, name, entry, owned, text)
        for (name, text), entry in given.items()
    }
    chosen = remembered_values(store)
    ref_columns = [
        (c.index, c.name, SESSION.field(c.target))
        for c in columns
        if c.target in SESSION.field_names and SESSION.field(c.target).ref_list
    ]
    found: dict[tuple[str, str], ValueProposal] = {}
    known: set[tuple[str, str]] = set()
    for number, cells in layout.rows:
        if is_blank(cells) or is_totals(cells):
            continue
        for at, name, f in ref_columns:
            if at >= len(cells):
                continue
            assert f.ref_list is not None
            for text in ref_texts(f, cells[at]):
                key = (f.ref_list, fold(text))
                if key in known:
                    continue
                seen = found.get(key)
                if seen is not None:
                    rows = seen.rows if len(seen.rows) >= ROWS_SHOWN else (*seen.rows, number)
                    found[key] = replace(seen, rows=rows, count=seen.count + 1)
                    continue
                if key not in fixed and store.resolve_ref(f.ref_list, text) is not None:
                    known.add(key)
                    continue
                found[key] = _value_proposal(
                    store, f.ref_list, text, name, number, owned, fixed, chosen
                )
                if found[key].reason == "remembered":
                    known.add(key)
                    del found[key]
    ordered = sorted(
        found.values(),
        key=lambda v: (list(refdata.REF_LISTS).index(v.list_name), v.rows[0] if v.rows else 0),
    )
    return tuple(ordered)


def _value_proposal(
    store: Store,
    list_name: str,
    text: str,
    column: str,
    number: int,
    owned: bool,
    fixed: MappingABC[tuple[str, str], str],
    chosen: MappingABC[str, MappingABC[str, str]],
) -> ValueProposal:
    key = (list_name, fold(text))
    if key in fixed:
        return ValueProposal(list_name, text, fixed[key], 1.0, "given", column, (number,), 1)
    remembered = chosen.get(list_name, {}).get(key[1])
    if remembered is not None and store.resolve_ref(list_name, remembered) is not None:
        return ValueProposal(list_name, text, remembered, 1.0, "remembered", column, (number,), 1)
    entry, score = _best_entry(store, list_name, text)
    if entry is not None:
        return ValueProposal(list_name, text, entry, round(score, 2), "entry", column, (number,), 1)
    if owned:
        return ValueProposal(list_name, text, NEW, 0.3, "new", column, (number,), 1)
    return ValueProposal(list_name, text, None, 0.0, "none", column, (number,), 1)


# -- times and dates as people write them --------------------------------------------------------

_TIME_RANGE = re.compile(r"^(\d{1,2}[:：]\d{2})\s*(?:-+|－|—+|–|~|～|至|到)\s*(\d{1,2}[:：]\d{2})$")
_NO_YEAR = re.compile(r"^(\d{1,2})\s*(?:月\s*(\d{1,2})\s*[日号]?|[./](\d{1,2}))$")


def time_range(value: Any) -> tuple[str, str] | None:
    """The start and end of a time span written in one cell ("9:00-11:00", "14:30～16:00"),
    as HH:MM texts (validation checks each); None when `value` is not one."""
    if not isinstance(value, str):
        return None
    m = _TIME_RANGE.match(unicodedata.normalize("NFKC", value).strip())
    if m is None:
        return None
    start, end = (re.sub(r"^(\d):", r"0\1:", t.replace("：", ":")) for t in (m[1], m[2]))
    return start, end


def lacks_year(value: Any) -> bool:
    """Whether a date cell is written without its year ("3月15日", "3.15")."""
    if not isinstance(value, str):
        return False
    return _NO_YEAR.match(unicodedata.normalize("NFKC", value).strip()) is not None


# -- counts as people write them --------------------------------------------------------------

_COUNT = re.compile(
    r"^(?:约|大约|近|将近|接近|超过|超|逾|共|计|合计|共计)?\s*(\d+)\s*"
    r"(?:余|多|\+)?\s*(?:人次|人|名|位|份|张|册|本|次|场|个|户|期)?\s*(?:余|多)?\s*"
    r"(?:左右|以上|上下)?$"
)


def read_count(value: Any) -> tuple[int | None, bool]:
    """A count as people write it ("约80", "200余", "80人", "1,200", "１２０") as a number,
    and whether it was written otherwise than as plain digits; (None, False) when it is not a
    count (validation then says why)."""
    if isinstance(value, bool):
        return None, False
    if isinstance(value, int):
        return value, False
    if isinstance(value, float):
        return (int(value), False) if value.is_integer() else (None, False)
    raw = str(value).strip()
    if re.fullmatch(r"[+-]?[0-9]+", raw):
        return int(raw), False
    text = unicodedata.normalize("NFKC", raw)
    text = re.sub(r"(?<=\d)[,，](?=\d{3})", "", text)
    match = _COUNT.match(text)
    if match is None:
        return None, False
    return int(match[1]), True
