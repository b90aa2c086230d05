"""Review states: what a supervisor's actions and an officer's later edits make of a record.

A review action is a record of its own (it syncs, has history and never touches the officer's
fields), so the state is never stored: it is worked out, the same way on every laptop and at
head office, from the record's thread of actions and the stamp of the record's latest version.
Each deciding action names the version it was taken on (`seen_hlc`); a later version of the
record means the officer changed it after that look. Two supervisors acting side by side both
keep their actions; the later stamp decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.domain.validation import Issue


class ReviewState(StrEnum):
    RECEIVED = "received"
    APPROVED = "approved"
    NEEDS_CORRECTION = "needs_correction"
    CORRECTED = "corrected"
    CHANGED_AFTER_APPROVAL = "changed_after_approval"


class Action(StrEnum):
    #: A supervisor's: the record is right as seen.
    APPROVE = "approve"
    #: A supervisor's, with a comment saying what to correct.
    SEND_BACK = "send_back"
    #: The officer's reply in the thread, or a supervisor's remark: changes no state.
    ANSWER = "answer"


#: Actions that move the state; only a supervisor takes them.
DECIDING = frozenset({Action.APPROVE, Action.SEND_BACK})
#: States that wait for a supervisor's (next) look.
WAITING = frozenset(
    {ReviewState.RECEIVED, ReviewState.CORRECTED, ReviewState.CHANGED_AFTER_APPROVAL}
)

STATE_LABELS = {
    ReviewState.RECEIVED: QT_TRANSLATE_NOOP("Review", "Received"),
    ReviewState.APPROVED: QT_TRANSLATE_NOOP("Review", "Approved"),
    ReviewState.NEEDS_CORRECTION: QT_TRANSLATE_NOOP("Review", "Needs correction"),
    ReviewState.CORRECTED: QT_TRANSLATE_NOOP("Review", "Corrected"),
    ReviewState.CHANGED_AFTER_APPROVAL: QT_TRANSLATE_NOOP("Review", "Changed after approval"),
}
ACTION_LABELS = {
    Action.APPROVE: QT_TRANSLATE_NOOP("Review", "Approved"),
    Action.SEND_BACK: QT_TRANSLATE_NOOP("Review", "Sent back for correction"),
    Action.ANSWER: QT_TRANSLATE_NOOP("Review", "Answered"),
}
MAX_COMMENT = 2000


@dataclass(frozen=True)
class Step:
    """One action in a record's review thread."""

    action: Action
    #: The action record's own stamp: orders the thread.
    hlc: str
    #: The stamp of the record version the action was taken on.
    seen_hlc: str
    comment: str = ""
    who: str = ""
    deleted: bool = False


def _order(step: Step) -> tuple[str, str, str, str]:
    # Stamps are unique per device; the rest only makes a tie (a hand-made thread) decided
    # the same way whatever order the actions came in.
    return (step.hlc, step.action.value, step.seen_hlc, step.comment)


def _latest_deciding(thread: Iterable[Step]) -> Step | None:
    deciding = [s for s in thread if s.action in DECIDING and not s.deleted]
    return max(deciding, key=_order) if deciding else None


def state_of(thread: Iterable[Step], record_hlc: str | None) -> ReviewState:
    """The state the thread leaves a record in whose latest version has stamp `record_hlc`.

    Stamps are compared as text: their canonical form sorts as they order.
    """
    last = _latest_deciding(thread)
    if last is None:
        return ReviewState.RECEIVED
    changed = record_hlc is not None and record_hlc > last.seen_hlc
    if last.action is Action.APPROVE:
        return ReviewState.CHANGED_AFTER_APPROVAL if changed else ReviewState.APPROVED
    return ReviewState.CORRECTED if changed else ReviewState.NEEDS_CORRECTION


def sent_back_by(thread: Iterable[Step]) -> Step | None:
    """The send-back the record's state answers to, if the latest deciding action is one."""
    last = _latest_deciding(thread)
    return last if last is not None and last.action is Action.SEND_BACK else None


def check_comment(action: Action, comment: str) -> list[Issue]:
    """A send-back must say what to correct; an answer must say something."""
    text = comment.strip()
    if action is not Action.APPROVE and not text:
        return [Issue("comment", "required")]
    if len(text) > MAX_COMMENT:
        return [Issue("comment", "too_long", params={"max_length": MAX_COMMENT})]
    return []
