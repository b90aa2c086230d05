"""Review states follow the thread of actions and the record's later edits, in any order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.review import (
    Action,
    ReviewState,
    Step,
    check_comment,
    sent_back_by,
    state_of,
)

V1, V2, V3 = (f"{m:015d}-00000-laptop" for m in (1000, 2000, 3000))


def step(action: Action, at: int, seen: str, **kw: object) -> Step:
    return Step(action, f"{at:015d}-00000-sup", seen, **kw)  # type: ignore[arg-type]


def test_a_record_nobody_looked_at_is_received() -> None:
    assert state_of([], V1) is ReviewState.RECEIVED
    assert state_of([step(Action.ANSWER, 1500, V1, comment="85 人")], V1) is ReviewState.RECEIVED


def test_the_round_trip_of_a_correction() -> None:
    back = step(Action.SEND_BACK, 1500, V1, comment="人数与签到表不符")
    assert state_of([back], V1) is ReviewState.NEEDS_CORRECTION
    assert sent_back_by([back]) == back
    # The officer saves the fix: a newer version of the record.
    assert state_of([back], V2) is ReviewState.CORRECTED
    approved = step(Action.APPROVE, 2500, V2)
    assert state_of([back, approved], V2) is ReviewState.APPROVED
    assert sent_back_by([back, approved]) is None
    # Edited after approval: waits for another look.
    assert state_of([back, approved], V3) is ReviewState.CHANGED_AFTER_APPROVAL


def test_an_answer_without_a_fix_leaves_it_sent_back() -> None:
    back = step(Action.SEND_BACK, 1500, V1, comment="?")
    answer = step(Action.ANSWER, 1600, V1, comment="签到表是 85 人")
    assert state_of([back, answer], V1) is ReviewState.NEEDS_CORRECTION


def test_two_supervisors_side_by_side_the_later_stamp_decides() -> None:
    approve = step(Action.APPROVE, 1500, V1)
    back = step(Action.SEND_BACK, 1501, V1, comment="地点写错")
    assert state_of([approve, back], V1) is ReviewState.NEEDS_CORRECTION
    assert state_of([back, approve], V1) is ReviewState.NEEDS_CORRECTION


def test_a_withdrawn_action_does_not_count() -> None:
    back = step(Action.SEND_BACK, 1500, V1, comment="x", deleted=True)
    assert state_of([back], V1) is ReviewState.RECEIVED


def test_a_send_back_needs_a_comment_and_an_approval_does_not() -> None:
    assert [i.code for i in check_comment(Action.SEND_BACK, "  ")] == ["required"]
    assert [i.code for i in check_comment(Action.ANSWER, "")] == ["required"]
    assert check_comment(Action.APPROVE, "") == []
    assert [i.code for i in check_comment(Action.SEND_BACK, "长" * 2001)] == ["too_long"]


steps = st.lists(
    st.builds(
        step,
        st.sampled_from(list(Action)),
        st.integers(1, 5000),
        st.sampled_from([V1, V2, V3]),
        deleted=st.booleans(),
    ),
    max_size=8,
)


@given(steps, st.sampled_from([None, V1, V2, V3]), st.randoms())
def test_the_state_does_not_depend_on_the_order_actions_arrive(thread, record, rnd) -> None:
    shuffled = list(thread)
    rnd.shuffle(shuffled)
    assert state_of(thread, record) is state_of(shuffled, record)
