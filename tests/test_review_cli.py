"""`outreach review` and `outreach todo`: the same review as the window's keys, from a script;
refusals are one line and exit code 2, and write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import review_cli
from desktop.cli import main
from desktop.domain.kinds import KINDS
from desktop.i18n import Translator
from desktop.store import replication, reviews
from desktop.store.store import Store


def open_store(folder: Path, team: str, role: str) -> Store:
    store = Store(folder)
    with store.transaction():
        store.set_setting("team", team)
        store.set_setting(reviews.ROLE_SETTING, role)
    return store


def send(source: Path, target: Path) -> None:
    """source's outbox into target, as a sync through head office would carry it."""
    src, dst = Store(source), Store(target)
    try:
        changes = replication.pending(src, 1000)
        for kind in {c.kind for c in changes}:
            replication.apply_remote(
                dst, KINDS[kind], [c.record for c in changes if c.kind == kind]
            )
        replication.acknowledge(src, [c.seq for c in changes])
    finally:
        src.close()
        dst.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_review_and_todo_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field, office = tmp_path / "field", tmp_path / "office"
    store = open_store(field, "A", "field")
    record = store.save(
        "session",
        {
            "held_on": "2026-03-15",
            "place": "王家村",
            "venue_kind": "village",
            "topics": ["aml"],
            "audience": 40,
        },
    )
    other = store.save(
        "session",
        {
            "held_on": "2026-03-14",
            "place": "李家村",
            "venue_kind": "village",
            "topics": ["aml"],
            "audience": 20,
        },
    )
    store.close()
    open_store(office, "消保部", "supervisor").close()
    send(field, office)
    uuid = record["uuid"]
    d_field, d_office = ("--data-dir", str(field)), ("--data-dir", str(office))

    code, out, _ = run(capsys, "review", *d_office, "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].split("\t") == [
        uuid,
        "Outreach session",
        "2026-03-15",
        "A",
        record["author"],
        "王家村",
        "Received",
    ]
    # Refusals: one line, exit 2, nothing written.
    assert run(capsys, "review", *d_field, "approve", uuid)[0] == 2
    code, _, err = run(capsys, "review", *d_office, "approve", uuid, "no-such-record")
    assert code == 2 and err.strip() == "There is no record no-such-record on this laptop."
    assert run(capsys, "review", *d_office, "list", "--state", "approved")[1] == ""
    code, _, err = run(capsys, "review", *d_office, "send-back", uuid, "--comment", " ")
    assert code == 2 and len(err.strip().splitlines()) == 1

    assert run(capsys, "review", *d_office, "send-back", uuid, "--comment", "人数不对")[0] == 0
    assert run(capsys, "review", *d_office, "approve", other["uuid"])[0] == 0
    code, out, _ = run(capsys, "review", *d_office, "list", "--state", "needs_correction")
    assert [line.split("\t")[0] for line in out.splitlines()] == [uuid]
    assert run(capsys, "review", *d_office, "list", "--team", "B")[1] == ""

    send(office, field)
    store = Store(field)
    try:  # what `outreach sync` says after the sync that brought it
        review_cli.print_todo_count(store, Translator("en"))
    finally:
        store.close()
    assert capsys.readouterr().out == (
        "Sent back for correction: 1 (see them with: outreach todo).\n"
    )
    code, out, _ = run(capsys, "todo", *d_field)
    assert code == 0 and out.splitlines() == [
        f"{uuid}\tOutreach session\t2026-03-15\t王家村\t{_author(office)}: 人数不对"
    ]
    assert run(capsys, "todo", *d_field, "answer", uuid, "--comment", "签到表是 40 人")[0] == 0
    send(field, office)
    store = Store(office)
    try:
        assert [e.comment for e in reviews.thread(store, None, uuid)] == [
            "人数不对",
            "签到表是 40 人",
        ]
    finally:
        store.close()


def _author(folder: Path) -> str:
    store = Store(folder)
    try:
        return store.author
    finally:
        store.close()
