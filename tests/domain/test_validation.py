import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.fields import FieldType
from desktop.domain.kinds import CONSULTATION, KINDS, SESSION
from desktop.domain.validation import ERROR, WARNING, clean, errors, is_clean, is_clean_row


def codes(issues):
    return {(i.field, i.code, i.severity) for i in issues}


def test_session_values_are_normalised():
    values, issues = clean(
        SESSION,
        {
            "held_on": "2026年3月15日",
            "place": "  王家村 ",
            "venue_kind": "village",
            "topics": "telecom_fraud、aml",
            "audience": "４５",
            "start_time": "9:05",
        },
        today=dt.date(2026, 11, 1),
    )
    assert issues == []
    assert values["held_on"] == "2026-03-15"
    assert values["place"] == "王家村"
    assert values["audience"] == 45
    assert values["topics"] == ["telecom_fraud", "aml"]
    assert values["start_time"] == "09:05"


def test_counts_must_be_whole_and_not_negative():
    _, issues = clean(SESSION, {"audience": "-1", "consultation_count": "2.5"})
    assert ("audience", "too_small", ERROR) in codes(issues)
    assert ("consultation_count", "not_a_number", ERROR) in codes(issues)


def test_future_dates_are_errors_and_odd_counts_warnings():
    _, issues = clean(
        SESSION,
        {
            "held_on": "2026-11-02",
            "place": "x",
            "venue_kind": "village",
            "topics": "aml",
            "audience": 3,
            "consultation_count": 9,
        },
        today=dt.date(2026, 11, 1),
    )
    assert codes(issues) == {
        ("held_on", "future_date", ERROR),
        ("consultation_count", "more_consultations_than_audience", WARNING),
    }


def test_contact_details_need_consent():
    raw = {
        "asked_on": "2026-01-02",
        "category": "loans",
        "question": "q",
        "contact_phone": "13800000000",
    }
    _, issues = clean(CONSULTATION, raw)
    assert ("contact_phone", "consent_needed", ERROR) in codes(issues)
    _, issues = clean(CONSULTATION, {**raw, "consent": "是"})
    assert not [i for i in issues if i.severity == ERROR]


def test_invisible_characters_are_dropped_from_texts():
    values, issues = clean(
        SESSION,
        {
            "held_on": "2026-03-15",
            "place": "石桥\u202e村\x07",
            "venue_kind": "village",
            "topics": "telecom_fraud",
            "audience": 30,
            "notes": "第一行\n\u200b第二行\ufeff",
            "staff": "王芳\x00、\u202a李明",
        },
        None,
        dt.date(2026, 5, 20),
    )
    assert not errors(issues)
    assert values["place"] == "石桥村" and values["notes"] == "第一行\n第二行"
    assert values["staff"] == ["王芳", "李明"]


def test_messages_name_the_problem():
    _, issues = clean(SESSION, {"audience": "-1"})
    text = {i.field: i.message() for i in issues}
    assert text["audience"] == "Must be at least 0."
    assert text["place"] == "This field is required."


# -- is_clean: the fast path head office takes for values a laptop already cleaned ----------

_TODAY = dt.date(2026, 5, 20)
_MESSY = st.one_of(
    st.none(),
    st.sampled_from(["", "  ", "\u3000", "a  b", " a", "a ", "２０２６-０１-０２", "1,5", "是"]),
    st.sampled_from(["村\x07", "\u202e村", "a\u200bb", "\ufeff", "\x00", "a\r\nb", "a\x85"]),
    st.text(max_size=12),
    st.integers(min_value=-3, max_value=10_000),
    st.booleans(),
    st.sampled_from(["2026-01-02", "2026-05-21", "2026-05-22", "2026-02-30", "2026-1-2"]),
    st.sampled_from(["08:30", "8:30", "23:59", "24:00"]),
    st.lists(st.sampled_from(["a", "b", " a", "", "a", "a\u202e", "\x07"]), max_size=4),
)


def _raw_records(kind):
    """Records with each field either a plausible clean value or something messy."""
    codes = {f.name: st.sampled_from([*f.choice_codes(), "nope"]) for f in kind.fields if f.choices}
    return st.fixed_dictionaries(
        {f.name: st.one_of(codes.get(f.name, _MESSY), _MESSY) for f in kind.fields}
    )


def _typed(values):
    return [(type(v), v) for v in values]


_PLAIN = {
    FieldType.TEXT: "石桥村",
    FieldType.LONG_TEXT: "问：怎么办？\n答：先别转账。",
    FieldType.INT: 1,
    FieldType.BOOL: False,
    FieldType.DATE: "2026-01-02",
    FieldType.TIME: "08:30",
    FieldType.REF: "telecom_fraud",
    FieldType.REFS: ["telecom_fraud", "counterfeit"],
    FieldType.TEXT_LIST: ["王芳", "李明"],
    FieldType.LINK: "8d0c0a52-1d55-4f43-a6a4-bd4ab4a4bd6c",
}


def _clean_base(kind):
    """A record of `kind` with a valid value in every field (personal ones left empty)."""
    base = {
        f.name: None if f.personal else (f.choice_codes()[0] if f.choices else _PLAIN[f.type])
        for f in kind.fields
    }
    values, issues = clean(kind, base, None, _TODAY)
    assert not errors(issues), issues
    return values


def _check_agreement(kind, raw):
    values, issues = clean(kind, raw, None, _TODAY)
    fast = is_clean(kind, raw, _TODAY.isoformat())
    # The same record still as the row it came in (after two columns of something else).
    row = ["seq", None, *(raw[n] for n in kind.field_names)]
    assert is_clean_row(kind, row, 2, _TODAY.isoformat()) == fast
    if fast:
        assert _typed(values[n] for n in kind.field_names) == _typed(
            raw[n] for n in kind.field_names
        )
        assert not errors(issues)
    if not errors(issues):
        # What clean() made (what a laptop sends) takes the fast path.
        assert is_clean(kind, values, _TODAY.isoformat()), values
    return fast


@pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_is_clean_says_yes_only_where_clean_changes_nothing(kind, data):
    _check_agreement(kind, data.draw(_raw_records(kind)))
    # Near misses: a clean record with a few values swapped for messy ones.
    swapped = data.draw(
        st.dictionaries(st.sampled_from(kind.field_names), _MESSY, min_size=1, max_size=3)
    )
    _check_agreement(kind, {**_clean_base(kind), **swapped})


def test_is_clean_refuses_what_needs_cleaning():
    typed = {
        "held_on": "2026-05-01",
        "place": "石桥村",
        "venue_kind": "village",
        "topics": "telecom_fraud",
        "audience": "30",
    }
    values, issues = clean(SESSION, typed, None, _TODAY)
    assert not errors(issues) and is_clean(SESSION, values, _TODAY.isoformat())
    for name, bad in [
        ("place", " 石桥村"),
        ("place", "石桥  村"),
        ("held_on", "2026-05-23"),  # in the future
        ("held_on", "2026-02-30"),
        ("audience", "12"),
        ("audience", -1),
        ("audience", True),
        ("topics", None),
        ("topics", ["a", "a"]),
        ("online", None),
        ("start_time", "8:30"),
    ]:
        assert not is_clean(SESSION, {**values, name: bad}, _TODAY.isoformat()), (name, bad)
    assert not is_clean(SESSION, {**values, "held_on": None}, _TODAY.isoformat())  # required


def test_a_required_list_of_blanks_is_missing():
    values, issues = clean(SESSION, {"topics": ["", " "], "staff": "、、"}, None, _TODAY)
    assert values["topics"] == [] and ("topics", "required", ERROR) in codes(issues)
