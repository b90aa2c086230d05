"""`outreach review` (a supervisor's laptop) and `outreach todo` (an officer's): review from
the command line, with the same store calls as the review window's keys.

    outreach review list [--state STATE] [--team T]   one line per record: uuid, kind, date,
                                                      team, officer, place, state
    outreach review approve UUID...                   all of them, or none
    outreach review send-back UUID --comment TEXT
    outreach todo                                     records sent back, with the comment
    outreach todo answer UUID --comment TEXT          the officer's reply, record unchanged

A refusal (not a supervisor, not in scope, no such record, no comment) is one line on stderr
and exit code 2; nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.domain.review import STATE_LABELS, Action, ReviewState
from desktop.helptext import Translate

if TYPE_CHECKING:
    from desktop.store.store import Store

#: Exit code of a refusal.
REFUSED = 2


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """The review and todo subcommands, under the command's subparsers `sub`."""
    review = sub.add_parser(
        "review",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "Cli", "review the teams' records (a supervisor's laptop): list, approve, send back"
        ),
    )
    actions = review.add_subparsers(
        dest="review_action",
        metavar="ACTION",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "what to do"),
    )
    listing = actions.add_parser(
        "list",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "Cli", "one line per record: id, kind, date, team, officer, place, review state"
        ),
    )
    listing.add_argument(
        "--state",
        choices=[s.value for s in ReviewState],
        help=QT_TRANSLATE_NOOP("Cli", "only records in this review state"),
    )
    listing.add_argument("--team", help=QT_TRANSLATE_NOOP("Cli", "only this team's records"))
    approve = actions.add_parser(
        "approve",
        parents=[common],
        help=QT_TRANSLATE_NOOP("Cli", "approve records as they are (all of them, or none)"),
    )
    approve.add_argument(
        "uuids", nargs="+", metavar="UUID", help=QT_TRANSLATE_NOOP("Cli", "the records' ids")
    )
    back = actions.add_parser(
        "send-back",
        parents=[common],
        help=QT_TRANSLATE_NOOP("Cli", "send a record back to its officer for correction"),
    )
    back.add_argument("uuid", metavar="UUID", help=QT_TRANSLATE_NOOP("Cli", "the record's id"))
    back.add_argument(
        "--comment", required=True, help=QT_TRANSLATE_NOOP("Cli", "what to correct (required)")
    )
    todo = sub.add_parser(
        "todo",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "Cli", "the records a supervisor sent back for correction, with the comment"
        ),
    )
    todo_actions = todo.add_subparsers(
        dest="todo_action", metavar="ACTION", help=QT_TRANSLATE_NOOP("Cli", "what to do")
    )
    answer = todo_actions.add_parser(
        "answer",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "Cli", "answer the supervisor's comment without changing the record"
        ),
    )
    answer.add_argument("uuid", metavar="UUID", help=QT_TRANSLATE_NOOP("Cli", "the record's id"))
    answer.add_argument(
        "--comment", required=True, help=QT_TRANSLATE_NOOP("Cli", "the answer (required)")
    )


def print_todo_count(store: Store, translate: Translate) -> None:
    """After a field laptop's sync: how many of its records wait for a correction."""
    from desktop.store import reviews

    if reviews.is_supervisor(store):
        return
    waiting = len(reviews.todo(store))
    if waiting:
        print(
            translate(
                "Review", "Sent back for correction: {count} (see them with: outreach todo)."
            ).format(count=waiting)
        )


def run(data_dir: Path, args: argparse.Namespace, translate: Translate) -> int:
    """0 done, 2 refused (one line on stderr, nothing written)."""
    from desktop.domain.kinds import KINDS
    from desktop.store import reviews
    from desktop.store.store import Store

    store = Store(data_dir)
    try:
        if args.command == "review" and args.review_action == "list":
            for r in reviews.listed(store, args.state, args.team):
                state = translate("Review", STATE_LABELS[r["state"]])
                if r["deleted"]:
                    state = translate("Review", "{state}, deleted").format(state=state)
                fields = [
                    r["uuid"],
                    translate("Kind", KINDS[r["kind"]].label),
                    r["date"],
                    r["team"],
                    r["officer"],
                    r["place"],
                    state,
                ]
                print("\t".join(str(f).replace("\t", " ").replace("\n", " ") for f in fields))
            return 0
        if args.command == "review" and args.review_action == "approve":
            with store.transaction():  # all or none, as selecting many and approving does
                for uuid in args.uuids:
                    reviews.review(store, None, uuid, Action.APPROVE)
            print(translate("Review", "Approved: {count}.").format(count=len(args.uuids)))
            return 0
        if args.command == "review":
            reviews.review(store, None, args.uuid, Action.SEND_BACK, args.comment)
            print(translate("Review", "Sent back to its officer: {uuid}.").format(uuid=args.uuid))
            return 0
        if args.todo_action == "answer":
            reviews.review(store, None, args.uuid, Action.ANSWER, args.comment)
            print(translate("Review", "Answer saved: {uuid}.").format(uuid=args.uuid))
            return 0
        found = reviews.todo(store)
        if not found:
            print(translate("Review", "Nothing was sent back for correction."))
        for r in found:
            fields = [
                r["uuid"],
                translate("Kind", KINDS[r["kind"]].label),
                r["date"],
                r["place"],
                translate("Review", "{who}: {comment}").format(
                    who=r["sent_back_by"], comment=r["comment"]
                ),
            ]
            print("\t".join(str(f).replace("\t", " ").replace("\n", " ") for f in fields))
        return 0
    except reviews.ReviewRefused as refused:
        print(refused.message(translate), file=sys.stderr)
        return REFUSED
    finally:
        store.close()
