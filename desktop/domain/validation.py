"""Turning typed or imported input into clean record values, with reasons for what is wrong.

One code path for the forms, the spreadsheet import and (later) the server's request checks: they
all hand raw values in and get normalised values plus a list of issues back. Issues carry a code
and parameters; the wording lives in MESSAGES (marked for Qt's translation tools) so the UI and
the command line can show it in the user's language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, Protocol

from desktop.domain.fields import QT_TRANSLATE_NOOP, Field, FieldType
from desktop.domain.kinds import RecordKind

ERROR = "error"
WARNING = "warning"

MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Validation", "This field is required."),
    "not_a_number": QT_TRANSLATE_NOOP("Validation", "Enter a whole number, such as 25."),
    "too_small": QT_TRANSLATE_NOOP("Validation", "Must be at least {minimum}."),
    "too_large": QT_TRANSLATE_NOOP("Validation", "Must be at most {maximum}."),
    "bad_date": QT_TRANSLATE_NOOP("Validation", "Enter a date such as 2026-03-15."),
    "future_date": QT_TRANSLATE_NOOP("Validation", "This date lies in the future."),
    "bad_time": QT_TRANSLATE_NOOP("Validation", "Enter a time such as 09:30."),
    "too_long": QT_TRANSLATE_NOOP("Validation", "At most {max_length} characters."),
    "bad_bool": QT_TRANSLATE_NOOP("Validation", "Enter yes or no."),
    "unknown_choice": QT_TRANSLATE_NOOP("Validation", '"{value}" is not one of the choices.'),
    "unknown_ref": QT_TRANSLATE_NOOP("Validation", '"{value}" is not in the reference list.'),
    "unknown_link": QT_TRANSLATE_NOOP("Validation", "The linked record does not exist."),
    "unknown_field": QT_TRANSLATE_NOOP("Validation", 'Unknown field "{value}".'),
    "bad_type": QT_TRANSLATE_NOOP("Validation", "Wrong kind of value."),
    "consent_needed": QT_TRANSLATE_NOOP(
        "Validation", "Personal details may only be kept with the person's consent."
    ),
    "end_before_start": QT_TRANSLATE_NOOP("Validation", "The end time is before the start time."),
    "more_consultations_than_audience": QT_TRANSLATE_NOOP(
        "Validation", "More consultations than people in the audience: please check."
    ),
    "follow_up_without_contact": QT_TRANSLATE_NOOP(
        "Validation", "A follow-up is needed but no contact details were kept."
    ),
    "large_audience": QT_TRANSLATE_NOOP(
        "Validation", "An audience of {value} is unusually large: please check."
    ),
    "code_taken": QT_TRANSLATE_NOOP("Validation", "The code {value} is already in this list."),
    "more_than_in_stock": QT_TRANSLATE_NOOP(
        "Validation", "More than the {on_hand} in stock: is a print run not recorded yet?"
    ),
}


@dataclass(frozen=True)
class Issue:
    field: str | None
    code: str
    severity: str = ERROR
    # `field` is the name of the attribute above: within the class body mypy takes it for that.
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message in the user's language; `translate(context, text)` does the lookup."""
        template = MESSAGES[self.code]
        if translate is not None:
            template = translate("Validation", template)
        return template.format(**self.params)


class Lookup(Protocol):
    """What validation needs to know about the store (or head office's database)."""

    def resolve_ref(self, list_name: str, text: str) -> str | None:
        """The code of the entry whose code or label is `text`, or None."""

    def link_exists(self, kind: str, uuid: str) -> bool: ...


class Invalid(Exception):
    """Raised when a record with errors is about to be stored; nothing was written."""

    def __init__(self, kind: str, issues: list[Issue]) -> None:
        self.kind = kind
        self.issues = issues
        super().__init__(
            f"invalid {kind}: " + "; ".join(f"{i.field}: {i.message()}" for i in issues)
        )


_LIST_SPLIT = re.compile(r"[,，、;；|\n]+")
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_TIME_PATTERN = re.compile(r"^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$")
_TRUE = {"1", "true", "yes", "y", "是", "有", "√", "✓", "x"}
_FALSE = {"0", "false", "no", "n", "否", "无", "-"}


def _norm(text: str) -> str:
    """Full-width digits and punctuation (common in Chinese input) to their plain forms."""
    return unicodedata.normalize("NFKC", text).strip()


class _Bad(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params


def _parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise _Bad("not_a_number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _Bad("not_a_number")
    text = _norm(str(value)).replace(",", "")
    if not re.fullmatch(r"[+-]?\d+", text):
        raise _Bad("not_a_number")
    return int(text)


def _parse_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _norm(str(value))
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2} ", text) else text
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                break
    raise _Bad("bad_date")


def _parse_time(value: Any) -> str:
    if isinstance(value, (dt.time, dt.datetime)):
        return f"{value.hour:02d}:{value.minute:02d}"
    m = _TIME_PATTERN.match(_norm(str(value)))
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise _Bad("bad_time")
    return f"{int(m[1]):02d}:{m[2]}"


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = _norm(str(value)).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _Bad("bad_bool")


#: Characters nobody means to type but a paste can bring (control codes, zero-width spaces,
#: the marks that reverse how text is shown): they are dropped from texts, so a place name
#: cannot hide one or look like another.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def _visible(text: str) -> str:
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def split_list(value: Any) -> list[str]:
    """The items of a list field as typed ("王芳、李强") or given (a list), blanks left out."""
    if value is None:
        return []
    return _split(value)


def _split(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
    else:
        items = _LIST_SPLIT.split(str(value))
    return [t for t in (_visible(i).strip() for i in items) if t]


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _int(f: Field, value: Any, lookup: Lookup | None, today: str) -> Any:
    number = value if type(value) is int else _parse_int(value)
    if f.minimum is not None and number < f.minimum:
        raise _Bad("too_small", minimum=f.minimum)
    if f.maximum is not None and number > f.maximum:
        raise _Bad("too_large", maximum=f.maximum)
    return number


def _bool(f: Field, value: Any, lookup: Lookup | None, today: str) -> Any:
    return value if type(value) is bool else _parse_bool(value)


def _date(f: Field, value: Any, lookup: Lookup | None, today: str) -> Any:
    if type(value) is str and _ISO_DATE.match(value):  # the common case: forms, the wire
        try:
            date = dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise _Bad("bad_date") from None
    else:
        date = _parse_date(value)
    if f.not_future and date > today:
        raise _Bad("future_date")
    return date


def _time(f: Field, value: Any, lookup: Lookup | None, today: str) -> Any:
    if type(value) is str and _HH_MM.match(value):
        return value
    return _parse_time(value)


def _choice(f: Field, value: Any, lookup: Lookup | None, today: str) -> Any:
    text = _norm(str(value))
    if text in f.choice_codes():
        return text
    raise _Bad("unknown_choice", value=text)


def _refs(f: Field, value: Any, lookup: Lookup | None, today: str) -> Any:
    assert f.ref_list is not None
    many = f.type is FieldType.REFS
    texts = _split(value) if many else [str(value).strip()]
    codes: list[str] = []
    for text in texts:
        code = lookup.resolve_ref(f.ref_list, text) if lookup else text
        if code is None:
            raise _Bad("unknown_ref", value=text)
        if code not in codes:
            codes.append(code)
    return codes if many else codes[0]


def _text_list(f: Field, value: Any, lookup: Lookup | None, today: str) -> Any:
    names = _split(value)
    if sum(len(n) for n in names) > f.max_length:
        raise _Bad("too_long", max_length=f.max_length)
    return names


def _link(f: Field, value: Any, lookup: Lookup | None, today: str) -> Any:
    assert f.link_kind is not None
    uuid = str(value).strip()
    if lookup is not None and not lookup.link_exists(f.link_kind, uuid):
        raise _Bad("unknown_link")
    return uuid


def _text(f: Field, value: Any, lookup: Lookup | None, today: str) -> Any:
    if not isinstance(value, (str, int, float)):
        raise _Bad("bad_type")
    text = _visible(str(value)).strip()
    if f.type is FieldType.TEXT:
        text = " ".join(text.split())
    if len(text) > f.max_length:
        raise _Bad("too_long", max_length=f.max_length)
    return text


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HH_MM = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")

#: One parser per field type (a table, not a chain of ifs: this runs for every field of every
#: record head office receives).
_CLEANERS: dict[FieldType, Any] = {
    FieldType.INT: _int,
    FieldType.BOOL: _bool,
    FieldType.DATE: _date,
    FieldType.TIME: _time,
    FieldType.CHOICE: _choice,
    FieldType.REF: _refs,
    FieldType.REFS: _refs,
    FieldType.TEXT_LIST: _text_list,
    FieldType.LINK: _link,
    FieldType.TEXT: _text,
    FieldType.LONG_TEXT: _text,
}


def empty_value(f: Field) -> Any:
    if f.type.is_list:
        return []
    if f.type is FieldType.BOOL:
        return False
    return None


_PLANS: dict[str, tuple[tuple[str, Field, Any], ...]] = {}


def _plan(kind: RecordKind) -> tuple[tuple[str, Field, Any], ...]:
    """Each field with its parser, looked up once per kind rather than per value."""
    plan = _PLANS.get(kind.name)
    if plan is None:
        plan = _PLANS[kind.name] = tuple((f.name, f, _CLEANERS[f.type]) for f in kind.fields)
    return plan


def clean(
    kind: RecordKind,
    raw: Mapping[str, Any],
    lookup: Lookup | None = None,
    today: dt.date | None = None,
    strict: bool = False,
) -> tuple[dict[str, Any], list[Issue]]:
    """Normalise `raw` into a full set of values for `kind` and list what is wrong with it.

    Fields missing from `raw` get their empty value. With `strict`, names that are not fields of
    the kind are errors (the server's request checks); otherwise they are ignored.
    """
    today_iso = (today or dt.date.today()).isoformat()
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    if strict:
        for name in raw:
            if name not in kind.field_names:
                issues.append(Issue(None, "unknown_field", params={"value": name}))
    for name, f, cleaner in _plan(kind):
        value = raw.get(name)
        if (
            value is None
            or value == ""
            or value == []
            or (type(value) is str and not value.strip())
        ):
            values[name] = empty_value(f)
            if f.required:
                issues.append(Issue(name, "required"))
            continue
        try:
            values[name] = cleaner(f, value, lookup, today_iso)
        except _Bad as bad:
            values[name] = empty_value(f)
            issues.append(Issue(name, bad.code, params=bad.params))
            continue
        if values[name] == "":  # nothing visible was typed
            values[name] = empty_value(f)
        if f.required and values[name] in ([], None):  # blanks ("、、") hold nothing
            issues.append(Issue(name, "required"))
    issues.extend(_check_record(kind, values))
    return values, issues


def _check_record(kind: RecordKind, v: Mapping[str, Any] | _RowFields) -> list[Issue]:
    """Rules that look at several fields at once."""
    issues: list[Issue] = []
    if "consent" in v and not v["consent"]:
        for f in kind.personal_fields:
            if not is_empty(v.get(f.name)):
                issues.append(Issue(f.name, "consent_needed"))
    if kind.name == "session":
        if v["start_time"] and v["end_time"] and v["end_time"] < v["start_time"]:
            issues.append(Issue("end_time", "end_before_start"))
        audience, asked = v["audience"], v["consultation_count"]
        if audience is not None and asked is not None and asked > audience:
            issues.append(Issue("consultation_count", "more_consultations_than_audience", WARNING))
        if audience is not None and audience > 5000:
            issues.append(Issue("audience", "large_audience", WARNING, {"value": audience}))
    if (
        kind.name == "consultation"
        and v["follow_up"]
        and is_empty(v["contact_name"])
        and is_empty(v["contact_phone"])
    ):
        issues.append(Issue("follow_up", "follow_up_without_contact", WARNING))
    return issues


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == ERROR]


def stock_issue(count: int, before: int, on_hand: int) -> Issue | None:
    """A hand-out of `count` leaflets of a design with `on_hand` in stock, where `before` were
    recorded for the same session already: more than there is, a print run not recorded yet,
    is worth a second look (not an error). The session form and the import both ask this."""
    available = max(on_hand + before, 0)
    if count > before and count > available:
        return Issue("count", "more_than_in_stock", WARNING, {"on_hand": available})
    return None


# -- the fast path for values that are already clean ------------------------------------------


@functools.lru_cache(maxsize=4096)
def _real_iso_date(text: str) -> bool:
    """A yyyy-mm-dd that exists, written the way isoformat writes it (few distinct dates)."""
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _clean_list(items: Any, unique: bool, limit: int | None, required: bool) -> bool:
    if type(items) is not list:
        return False
    if not items:
        return not required
    return (
        all(type(i) is str and i and i.strip() == i and _INVISIBLE.search(i) is None for i in items)
        and (not unique or len(set(items)) == len(items))
        and (limit is None or sum(map(len, items)) <= limit)
    )


def _canonical_expression(f: Field, constants: dict[str, Any]) -> str:
    """A Python condition on `v`: clean() keeps the value of `f` unchanged, with no error."""
    kind = f.type
    if kind.is_list:
        constants[f"limit_{f.name}"] = f.max_length if kind is FieldType.TEXT_LIST else None
        unique = kind is FieldType.REFS
        return f"_clean_list(v, {unique}, limit_{f.name}, {f.required})"
    if kind is FieldType.BOOL:
        return "type(v) is bool"
    if kind is FieldType.INT:
        low = -(2**63) if f.minimum is None else f.minimum
        high = 2**63 - 1 if f.maximum is None else f.maximum
        test = f"type(v) is int and {low} <= v <= {high}"
    elif kind is FieldType.DATE:
        future = " and v <= latest" if f.not_future else ""
        test = f"type(v) is str{future} and _ISO_DATE.match(v) is not None and _real_iso_date(v)"
    elif kind is FieldType.TIME:
        test = "type(v) is str and _HH_MM.match(v) is not None"
    elif kind is FieldType.CHOICE:
        constants[f"codes_{f.name}"] = frozenset(c for c in f.choice_codes() if _norm(c) == c)
        test = f"type(v) is str and v in codes_{f.name}"
    elif kind in (FieldType.REF, FieldType.LINK):
        test = 'type(v) is str and v != "" and v.strip() == v'
    elif kind is FieldType.TEXT:
        test = (
            f'type(v) is str and v != "" and len(v) <= {f.max_length} and " ".join(v.split()) == v'
            " and _INVISIBLE.search(v) is None"
        )
    else:
        assert kind is FieldType.LONG_TEXT, kind
        test = (
            f'type(v) is str and v != "" and len(v) <= {f.max_length} and v.strip() == v'
            " and _INVISIBLE.search(v) is None"
        )
    return f"v is not None and {test}" if f.required else f"v is None or ({test})"


def _compile_canonical(kind: RecordKind, first: int | None) -> Callable[[Any, str], bool]:
    """One function per kind with every field's test written out: this runs for every record
    head office receives, and a call per field would cost more than the tests themselves.
    It reads a record dict by name, or (`first` given) a row whose fields start at `first`."""
    constants: dict[str, Any] = {
        "_clean_list": _clean_list,
        "_ISO_DATE": _ISO_DATE,
        "_HH_MM": _HH_MM,
        "_INVISIBLE": _INVISIBLE,
        "_real_iso_date": _real_iso_date,
    }
    lines = ["def canonical(r, latest):"]
    for at, f in enumerate(kind.fields):
        lines.append(f"    v = r[{f.name!r}]" if first is None else f"    v = r[{first + at}]")
        lines.append(f"    if not ({_canonical_expression(f, constants)}):")
        lines.append("        return False")
    lines.append("    return True")
    exec("\n".join(lines), constants)  # noqa: S102 - the source is built from our field list
    function: Callable[[Any, str], bool] = constants["canonical"]
    return function


_CANONICAL: dict[tuple[str, int | None], Callable[[Any, str], bool]] = {}


def _canonical(kind: RecordKind, first: int | None) -> Callable[[Any, str], bool]:
    key = (kind.name, first)
    canonical = _CANONICAL.get(key)
    if canonical is None:
        canonical = _CANONICAL[key] = _compile_canonical(kind, first)
    return canonical


def is_clean(kind: RecordKind, record: Mapping[str, Any], today: str) -> bool:
    """True when `clean(kind, record, None, today)` would keep every value as it is and find
    no error (`today` as ISO text here: this runs for every record head office receives).

    Laptops send what their own forms already cleaned, so head office asks this first: it costs
    a fraction of clean(), which then runs only for the records this says no to (and finds out
    why). `record` must hold every field of the kind, as decoded batches do.
    """
    if not _canonical(kind, None)(record, today):
        return False
    return all(issue.severity != ERROR for issue in _check_record(kind, record))


def is_clean_row(kind: RecordKind, row: list[Any], first: int, today: str) -> bool:
    """`is_clean` for a record that is still the row it came as: its fields, in the kind's
    order, from `row[first]` on. Head office takes most pushed records this way, without
    making a dict of each."""
    if not _canonical(kind, first)(row, today):
        return False
    fields = _RowFields(kind, row, first)
    return all(issue.severity != ERROR for issue in _check_record(kind, fields))


class _RowFields:
    """A row's fields by name, for the rules that look at several at once (`_check_record`)."""

    __slots__ = ("_at", "_row")

    def __init__(self, kind: RecordKind, row: list[Any], first: int) -> None:
        self._row = row
        self._at = _POSITIONS.get((kind.name, first)) or _positions(kind, first)

    def __getitem__(self, name: str) -> Any:
        return self._row[self._at[name]]

    def __contains__(self, name: object) -> bool:
        return name in self._at

    def get(self, name: str, default: Any = None) -> Any:
        at = self._at.get(name)
        return default if at is None else self._row[at]


_POSITIONS: dict[tuple[str, int], dict[str, int]] = {}


def _positions(kind: RecordKind, first: int) -> dict[str, int]:
    at = _POSITIONS[kind.name, first] = {n: first + i for i, n in enumerate(kind.field_names)}
    return at
