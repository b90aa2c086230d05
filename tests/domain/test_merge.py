"""Joining two edits made side by side from one version."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.kinds import SESSION
from desktop.domain.merge import join

BASE = {"place": "一村", "audience": 30, "consultation_count": 5, "notes": None}
FIELDS = st.fixed_dictionaries(
    {
        "place": st.sampled_from(["一村", "二村", "三村"]),
        "audience": st.sampled_from([30, 40, 50]),
        "consultation_count": st.sampled_from([5, 8]),
        "notes": st.sampled_from([None, "备注"]),
    }
)


def test_each_field_takes_the_change_made_to_it():
    held = {**BASE, "audience": 40}
    sent = {**BASE, "consultation_count": 8, "place": "二村"}
    joined, overruled = join(SESSION, BASE, held, sent, sent_is_later=False)
    assert {k: joined[k] for k in BASE} == {
        "place": "二村",
        "audience": 40,
        "consultation_count": 8,
        "notes": None,
    }
    assert overruled == []


def test_a_field_both_changed_takes_the_later_edit_and_is_named():
    held, sent = {**BASE, "audience": 40}, {**BASE, "audience": 50}
    assert join(SESSION, BASE, held, sent, sent_is_later=True) == ({**_all(sent)}, ["audience"])
    assert join(SESSION, BASE, held, sent, sent_is_later=False) == ({**_all(held)}, ["audience"])


def _all(values):
    return {name: values.get(name) for name in SESSION.field_names}


@given(held=FIELDS, sent=FIELDS, later=st.booleans())
def test_joining_is_the_same_from_either_side(held, sent, later):
    one = join(SESSION, BASE, held, sent, sent_is_later=later)
    other = join(SESSION, BASE, sent, held, sent_is_later=not later)
    assert one == other
    assert join(SESSION, BASE, held, BASE, later)[0] == _all(held), "an edit of nothing"
    assert join(SESSION, BASE, BASE, sent, later)[0] == _all(sent)
