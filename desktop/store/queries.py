"""List filters, turned into SQL so the database does the work, not a loop over every row.

Every list filter has an index (schema v7): a single-code field (venue kind, campaign, team)
is an index whose columns end in the list's order, so a filtered page is an index walk; a
multi-code field (a session's topics) is a probe of the side table `record_codes`; text is an
FTS5 trigram match. Lists are paged by key (`keyset`): the next page starts after the last
row's sort key, which ends in the uuid so that no two rows tie, and costs the same at row 10
and at row 900,000.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.domain import refdata
from desktop.domain.fields import FieldType
from desktop.domain.kinds import RecordKind
from desktop.store.migrations import CODE_COLUMNS, FTS_COLUMNS

#: A row's position in its list: the values of the kind's order terms (see `order_terms`).
SortKey = tuple[Any, ...]

#: Trigrams match words of three characters or more; shorter words are matched with LIKE over
#: the search fields, restricted by the other filters and walked in the list's order (so a
#: first page of a common two-character word stops early); bench/review_bench.py measures it.
TRIGRAM = 3


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


def fts_table(kind: RecordKind) -> str | None:
    """The kind's FTS5 table, when it indexes exactly the kind's search fields."""
    if kind.search_fields and FTS_COLUMNS.get(kind.table) == kind.search_fields:
        return f"{kind.table}_fts"
    return None


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def where_clause(kind: RecordKind, flt: RecordFilter) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    table = kind.table
    if not flt.include_deleted:
        parts.append("deleted = 0")
    if flt.team:
        parts.append('"team" = ?')
        params.append(flt.team)
    if kind.date_field and flt.date_from:
        parts.append(f"coalesce(\"{kind.date_field}\", '') >= ?")
        params.append(flt.date_from)
    if kind.date_field and flt.date_to:  # (in the order index's terms; no date is no match)
        parts.append(f"coalesce(\"{kind.date_field}\", '') BETWEEN '0' AND ?")
        params.append(flt.date_to)
    coded = CODE_COLUMNS.get(table)
    for name, value in flt.equals.items():
        f = kind.field(name)
        if not value:
            continue
        if f.type is FieldType.REFS and coded and name in coded[1]:
            parts.append(
                "EXISTS (SELECT 1 FROM record_codes c WHERE c.kind = ? AND c.field = ?"
                f" AND c.code = ? AND c.uuid = {table}.uuid)"
            )
            params.extend((kind.name, name))
        elif f.type is FieldType.REFS:
            parts.append(f'EXISTS (SELECT 1 FROM json_each("{name}") WHERE value = ?)')
        else:
            parts.append(f'"{name}" = ?')
        params.append(value)
    words = flt.text.split() if kind.search_fields else []
    fts = fts_table(kind)
    long_words = [w for w in words if fts and len(w) >= TRIGRAM]
    if long_words:
        parts.append(f"{table}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
        params.append(" AND ".join(_phrase(w) for w in long_words))
    for word in words:
        if word in long_words:
            continue
        ors = " OR ".join(f"\"{name}\" LIKE ? ESCAPE '\\'" for name in kind.search_fields)
        parts.append(f"({ors})")
        params.extend(_like(word) for _ in kind.search_fields)
    return (" AND ".join(parts) or "1"), params


def order_terms(kind: RecordKind) -> tuple[tuple[str, ...], bool]:
    """The SQL terms a kind's list is sorted by, and whether descending (all terms alike).

    Dated kinds: newest first, a session's later start first, then the uuid (time-ordered:
    the later made first), so the order is total and a key names one row. The expressions
    match the v7 indexes (coalesce: NULL cannot be compared in a key)."""
    if kind.name == "ref_item":  # grouped by list (in REF_LISTS order), each in its own order
        case = " ".join(f"WHEN '{name}' THEN {i}" for i, name in enumerate(refdata.REF_LISTS))
        return (
            f"coalesce(CASE list {case} END, {len(refdata.REF_LISTS)})",
            "coalesce(sort, -1)",
            "coalesce(code, '')",
            "uuid",
        ), False
    if kind.date_field:
        terms = [f"coalesce(\"{kind.date_field}\", '')"]
        if "start_time" in kind.field_names:
            terms.append("coalesce(start_time, '')")
        return (*terms, "uuid"), True
    return ("created_at", "uuid"), True


def sort_key(kind: RecordKind, record: dict[str, Any]) -> SortKey:
    """A record's key in its list, computed as `order_terms` computes it in SQL."""
    if kind.name == "ref_item":
        lists = list(refdata.REF_LISTS)
        position = lists.index(record["list"]) if record["list"] in lists else len(lists)
        sort = record["sort"]
        return (position, -1 if sort is None else sort, record["code"] or "", record["uuid"])
    if kind.date_field:
        key: list[Any] = [record[kind.date_field] or ""]
        if "start_time" in kind.field_names:
            key.append(record["start_time"] or "")
        return (*key, record["uuid"])
    return (record["created_at"], record["uuid"])


def order_by(kind: RecordKind) -> str:
    terms, descending = order_terms(kind)
    direction = " DESC" if descending else ""
    return ", ".join(t + direction for t in terms)


def keyset(kind: RecordKind, after: SortKey) -> tuple[str, list[Any]]:
    """Rows after `after` in the list's order: (t1 > v1) OR (t1 = v1 AND (t2 > v2 OR ...)),
    with "<" when descending; led by t1 >= v1 so that SQLite seeks in the order index."""
    terms, descending = order_terms(kind)
    if len(after) != len(terms):
        raise ValueError(f"a key of {kind.name} has {len(terms)} values, not {len(after)}")
    op = "<" if descending else ">"
    clause, params = f"{terms[-1]} {op} ?", [after[-1]]
    for term, value in zip(reversed(terms[:-1]), reversed(after[:-1]), strict=True):
        clause = f"{term} {op} ? OR ({term} = ? AND ({clause}))"
        params = [value, value, *params]
    return f"{terms[0]} {op}= ? AND ({clause})", [after[0], *params]


def list_sql(
    kind: RecordKind,
    flt: RecordFilter,
    limit: int,
    offset: int = 0,
    after: SortKey | None = None,
) -> tuple[str, list[Any]]:
    """The SELECT of one page of the list (by key after `after`, or by offset)."""
    where, params = where_clause(kind, flt)
    if after is not None:
        more, extra = keyset(kind, after)
        where, params = f"({where}) AND {more}", [*params, *extra]
    sql = f"SELECT * FROM {kind.table} WHERE {where} ORDER BY {order_by(kind)} LIMIT ?"
    params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return sql, params


def count_sql(kind: RecordKind, flt: RecordFilter) -> tuple[str, list[Any]]:
    where, params = where_clause(kind, flt)
    return f"SELECT count(*) FROM {kind.table} WHERE {where}", params
