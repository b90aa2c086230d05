import datetime as dt

from desktop.domain.kinds import CONSULTATION, SESSION
from desktop.domain.validation import ERROR, WARNING, clean


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


def test_messages_name_the_problem():
    _, issues = clean(SESSION, {"audience": "-1"})
    text = {i.field: i.message() for i in issues}
    assert text["audience"] == "Must be at least 0."
    assert text["place"] == "This field is required."
