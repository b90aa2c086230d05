"""Supervisor review on a laptop: taking an action, a record's thread and state, the officer's
to-do list, the counts per team, and what changed since a record was sent back.

Review actions are records of kind "review" (desktop.domain.kinds.REVIEW), saved like any
other record, so they sync through the outbox, have history and never touch the reviewed
record's fields. The state is desktop.domain.review.state_of of the thread, kept per record in
the review_state table (desktop.store.review_index) so filters and counts use an index.
Qt-free: the review window, the `outreach review`/`outreach todo` commands and the tests call
these. A refusal raises ReviewRefused with a code (REFUSALS holds the words to translate).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.domain.kinds import KINDS, REVIEWED_KINDS
from desktop.domain.review import (
    DECIDING,
    WAITING,
    Action,
    ReviewState,
    Step,
    check_comment,
    sent_back_by,
    state_of,
)
from desktop.store import review_index
from desktop.store.store import Record, Store, quote

#: The laptop's role from its enrolment (sync.client.ROLE writes it; the store does not import
#: sync).
ROLE_SETTING = "sync:role"
SUPERVISOR = "supervisor"

#: Why an action was refused, in words the user reads (context "Review"); {uuid} names it.
REFUSALS = {
    "not_supervisor": QT_TRANSLATE_NOOP(
        "Review",
        "Only a supervisor's laptop approves or sends back records; this laptop is an officer's.",
    ),
    "not_in_scope": QT_TRANSLATE_NOOP(
        "Review", "Record {uuid} belongs to another team: it is not this laptop's to review."
    ),
    "no_such_record": QT_TRANSLATE_NOOP("Review", "There is no record {uuid} on this laptop."),
    "comment_required": QT_TRANSLATE_NOOP("Review", "Say what to correct: a comment is required."),
    "comment_too_long": QT_TRANSLATE_NOOP("Review", "The comment is too long (at most 2000)."),
    "not_sent_back": QT_TRANSLATE_NOOP(
        "Review", "Record {uuid} was not sent back: there is nothing to answer."
    ),
}


class ReviewRefused(Exception):
    """An action this laptop may not take; `code` is a key of REFUSALS."""

    def __init__(self, code: str, uuid: str = "") -> None:
        self.code, self.uuid = code, uuid
        super().__init__(f"{code}: {uuid}" if uuid else code)

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = REFUSALS[self.code]
        if translate is not None:
            template = translate("Review", template)
        return template.format(uuid=self.uuid)


def is_supervisor(store: Store) -> bool:
    return bool(store.setting(ROLE_SETTING) == SUPERVISOR)


def find(store: Store, uuid: str, kind: str | None = None) -> Record | None:
    """A reviewed record held here (deleted ones too), by uuid (of any reviewed kind)."""
    for name in (kind,) if kind else REVIEWED_KINDS:
        record = store.get(name, uuid, include_deleted=True)
        if record is not None:
            return {**record, "kind": name}
    return None


def review(
    store: Store, kind: str | None, uuid: str, action: Action | str, comment: str = ""
) -> Record:
    """Take `action` on the record (`kind` may be None: found by uuid); returns the review.

    Approve and send back are a supervisor laptop's; an answer (the officer's reply) is any
    laptop's, an officer's only on their own team's records. The action names the version it
    was taken on (seen_hlc).
    """
    act = Action(action)
    if act in DECIDING and not is_supervisor(store):
        raise ReviewRefused("not_supervisor", uuid)
    issues = check_comment(act, comment)
    if issues:
        raise ReviewRefused(
            "comment_required" if issues[0].code == "required" else "comment_too_long", uuid
        )
    with store.transaction():  # the version seen is the one held when the action is saved
        target = find(store, uuid, kind)
        if target is None:
            raise ReviewRefused("no_such_record", uuid)
        if not is_supervisor(store) and store.team and target["team"] != store.team:
            raise ReviewRefused("not_in_scope", uuid)
        values = {
            "target_kind": target["kind"],
            "target": uuid,
            "action": act.value,
            "comment": comment.strip(),
            "seen_hlc": target["hlc"],
        }
        saved = store.save("review", values)
        if target["team"] and saved["team"] != target["team"]:
            # A review belongs to the reviewed record's team (a supervisor's laptop is of one
            # team): set in the same transaction, before it can leave the laptop.
            store.conn.execute(
                "UPDATE reviews SET team = ? WHERE uuid = ?", (target["team"], saved["uuid"])
            )
            _retag_outbox(store, saved["uuid"], target["team"])
            saved["team"] = target["team"]
    return saved


def _retag_outbox(store: Store, uuid: str, team: str) -> None:
    for seq, payload in store.conn.execute(
        "SELECT seq, payload FROM outbox WHERE uuid = ? AND status = 'pending'", (uuid,)
    ).fetchall():
        record = json.loads(payload)
        record["team"] = team
        store.conn.execute(
            "UPDATE outbox SET payload = ? WHERE seq = ?",
            (json.dumps(record, ensure_ascii=False), seq),
        )


@dataclass(frozen=True)
class ThreadEntry:
    """One action in a thread, as the review pane and the command line show it."""

    uuid: str
    action: Action
    comment: str
    who: str
    at: str
    hlc: str
    seen_hlc: str
    deleted: bool


def thread(store: Store, kind: str | None, uuid: str) -> list[ThreadEntry]:
    """Every action on the record, oldest first (withdrawn ones marked), whatever its state."""
    rows = store.conn.execute(
        "SELECT uuid, action, comment, author, updated_at, hlc, seen_hlc, deleted FROM reviews"
        " WHERE target = ?" + (" AND target_kind = ?" if kind else "") + " ORDER BY hlc",
        (uuid, kind) if kind else (uuid,),
    ).fetchall()
    return [
        ThreadEntry(u, Action(a), c or "", w or "", at, h, s or "", bool(d))
        for u, a, c, w, at, h, s, d in rows
    ]


def _steps(entries: list[ThreadEntry]) -> list[Step]:
    return [Step(e.action, e.hlc, e.seen_hlc, e.comment, e.who, e.deleted) for e in entries]


def state(store: Store, kind: str | None, uuid: str) -> ReviewState:
    """The record's review state (from the kept index; worked out if it has no row yet)."""
    row = store.conn.execute("SELECT state FROM review_state WHERE uuid = ?", (uuid,)).fetchone()
    if row is not None:
        return ReviewState(row[0])
    target = find(store, uuid, kind)
    return state_of(_steps(thread(store, kind, uuid)), target["hlc"] if target else None)


def listed(
    store: Store,
    state_filter: ReviewState | str | None = None,
    team: str | None = None,
    limit: int | None = None,
    include_deleted: bool = True,
) -> list[Record]:
    """Reviewed records, newest first by their date: kind, uuid, date, team, officer (author),
    place (the kind's title), state and deleted (a deleted record under review stays listed).
    The state and team filters are probes of the review_state indexes."""
    parts, params = ["s.kind = ?"], []
    if state_filter:
        parts.append("s.state = ?")
        params.append(ReviewState(state_filter).value)
    if team:
        parts.append("s.team = ?")
        params.append(team)
    if not include_deleted:
        parts.append("s.deleted = 0")
    result: list[Record] = []
    for kind_name in REVIEWED_KINDS:
        k = KINDS[kind_name]
        date = f"r.{quote(k.date_field)}" if k.date_field else "NULL"
        title = f"r.{quote(k.title_field)}" if k.title_field else "NULL"
        sql = (
            f"SELECT r.uuid, {date}, r.team, r.author, {title}, r.deleted, s.state"
            f" FROM review_state s JOIN {k.table} r ON r.uuid = s.uuid"
            f" WHERE {' AND '.join(parts)} ORDER BY {date} DESC, r.uuid DESC"
            + (" LIMIT ?" if limit is not None else "")
        )
        args = [kind_name, *params, *([limit] if limit is not None else [])]
        for uuid, on, team_of, author, place, deleted, st in store.conn.execute(sql, args):
            result.append(
                {
                    "uuid": uuid,
                    "kind": kind_name,
                    "date": on or "",
                    "team": team_of or "",
                    "officer": author or "",
                    "place": place or "",
                    "state": ReviewState(st),
                    "deleted": bool(deleted),
                }
            )
    result.sort(key=lambda r: (r["date"], r["uuid"]), reverse=True)
    return result if limit is None else result[:limit]


def todo(store: Store) -> list[Record]:
    """The records sent back for correction and not corrected yet (a field laptop's to-do
    list), each with the supervisor's comment, who sent it back and when."""
    rows = store.conn.execute(
        "SELECT s.uuid, r.comment, r.author, r.updated_at FROM review_state s"
        " JOIN reviews r ON r.uuid = s.sent_back"
        " WHERE s.state = ? AND s.deleted = 0",
        (ReviewState.NEEDS_CORRECTION.value,),
    ).fetchall()
    comments = {u: (c or "", w or "", at) for u, c, w, at in rows}
    result = []
    for record in listed(store, ReviewState.NEEDS_CORRECTION, include_deleted=False):
        comment, who, at = comments.get(record["uuid"], ("", "", ""))
        result.append({**record, "comment": comment, "sent_back_by": who, "sent_back_at": at})
    return result


def counts(store: Store) -> dict[str, dict[str, int]]:
    """Per team: how many live records wait for a look (received, corrected, changed after
    approval) and how many are sent back and not fixed yet (from the index)."""
    return counts_on(store.conn)


def counts_on(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """`counts` on any connection to the store (a worker's reader, off the UI thread)."""
    waiting = [s.value for s in WAITING]
    found: dict[str, dict[str, int]] = {}
    for team, st, n in conn.execute(
        "SELECT team, state, count(*) FROM review_state WHERE deleted = 0 GROUP BY team, state"
    ):
        entry = found.setdefault(team or "", {"waiting": 0, "sent_back": 0})
        if st in waiting:
            entry["waiting"] += n
        elif st == ReviewState.NEEDS_CORRECTION.value:
            entry["sent_back"] += n
    return dict(sorted(found.items()))


def changed_since_send_back(
    store: Store, kind: str | None, uuid: str
) -> list[tuple[str, Any, Any]]:
    """What the officer changed since the record was last sent back: (field, old, new) for
    each field whose value differs, from the history of the versions after the one seen."""
    back = sent_back_by(_steps(thread(store, kind, uuid)))
    if back is None:
        return []
    target = find(store, uuid, kind)
    if target is None:
        return []
    k = KINDS[target["kind"]]
    first: dict[str, Any] = {}
    last: dict[str, Any] = {}
    for (changes,) in store.conn.execute(
        "SELECT changes FROM history WHERE uuid = ? AND hlc > ? ORDER BY id",
        (uuid, back.seen_hlc),
    ):
        for name, (old, new) in json.loads(changes).items():
            first.setdefault(name, old)
            last[name] = new
    return [
        (f.name, first[f.name], last[f.name])
        for f in k.fields
        if f.name in first and first[f.name] != last[f.name]
    ]


def refresh_all(store: Store) -> None:
    """Work out every reviewed record's state again (a repair; normally kept in step)."""
    with store.transaction():
        for name in REVIEWED_KINDS:
            uuids = [u for (u,) in store.conn.execute(f"SELECT uuid FROM {KINDS[name].table}")]
            review_index.refresh(store.conn, name, uuids)
