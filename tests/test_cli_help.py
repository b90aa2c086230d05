"""`outreach --help` and `outreach-server --help` in the user's language, every option
explained."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import helptext
from desktop.cli import build_parser
from sync.server.cli import _parser as server_parser

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u4e00-\u9fff]")


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _subcommands(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


@pytest.mark.parametrize("make", [build_parser, server_parser], ids=["outreach", "server"])
def test_every_option_argument_and_command_is_explained(make) -> None:
    unexplained = [
        "/".join(a.option_strings) or a.dest
        for a in helptext.actions(make())
        if not a.help or a.help is argparse.SUPPRESS
    ]
    assert unexplained == []


@pytest.mark.parametrize("make", [build_parser, server_parser], ids=["outreach", "server"])
def test_every_text_of_the_help_goes_through_the_translation(make) -> None:
    """With a translation that marks what it translates, no English is left unmarked."""
    parser = make(lambda context, text: f"«{text}»")
    for each in helptext.parsers(parser):
        shown = each.format_help()
        assert shown.startswith("«usage:» "), shown
        for action in each._actions:
            assert action.help.startswith("«") and action.help.endswith("»"), action
        assert "positional arguments" not in shown.replace("«positional arguments»", "")
        assert "options:" not in shown.replace("«options»:", "")
        assert "show this help message" not in shown.replace("«show this help message", "")


def test_the_language_is_found_before_or_after_the_subcommand() -> None:
    langs = ("zh_CN", "en")
    assert helptext.requested_language(["--lang", "zh_CN", "sync"], langs) == "zh_CN"
    assert helptext.requested_language(["import", "x.csv", "--lang=en"], langs) == "en"
    assert helptext.requested_language(["sync", "--lang", "fr"], langs) is None
    assert helptext.requested_language(["--help"], langs) is None


def test_outreach_help_in_english_is_english() -> None:
    done = _run("desktop.cli", "--lang", "en", "--help")
    assert done.returncode == 0
    assert "import an activity ledger" in done.stdout and not CJK.search(done.stdout)


# These wait for the lead's Chinese translations of the help texts (context "Cli" and
# "ServerCli"): until then they fail.


@pytest.mark.parametrize("command", [None, *_subcommands(build_parser())])
def test_outreach_help_in_chinese_for_every_subcommand(command: str | None) -> None:
    args = ["--lang", "zh_CN", *([command] if command else []), "--help"]
    done = _run("desktop.cli", *args)
    assert done.returncode == 0, done.stderr
    english = build_parser().format_help() if command is None else None
    for line in done.stdout.splitlines():
        assert "show this help message" not in line
        assert "where the store lives" not in line
    assert CJK.search(done.stdout), done.stdout
    if english is not None:
        assert done.stdout != english


@pytest.mark.parametrize("command", [None, *_subcommands(server_parser())])
def test_server_help_in_chinese_for_every_command(command: str | None) -> None:
    args = ["--lang", "zh_CN", *([command] if command else []), "--help"]
    done = _run("sync.server.cli", *args)
    assert done.returncode == 0, done.stderr
    assert "show this help message" not in done.stdout
    assert "sqlite:///FILE or postgresql" not in done.stdout
    assert CJK.search(done.stdout), done.stdout


@pytest.mark.parametrize(
    ("make", "context"),
    [(build_parser, "Cli"), (server_parser, "ServerCli")],
    ids=["outreach", "server"],
)
def test_every_help_text_is_collected_for_the_translators(
    tmp_path: Path, make, context: str
) -> None:
    """lupdate (run as `python -m desktop.i18n update` runs it) only collects marked literals
    (QT_TRANSLATE_NOOP): a help text written plainly would stay English in every language."""
    from xml.etree import ElementTree

    from desktop.i18n import lupdate_command

    target = tmp_path / "check.ts"
    subprocess.run(
        lupdate_command([target]), cwd=ROOT, capture_output=True, check=True, timeout=300
    )
    collected = {
        (c.findtext("name"), m.findtext("source"))
        for c in ElementTree.parse(target).iter("context")
        for m in c.iter("message")
    }
    parser = make()
    texts = {a.help for a in helptext.actions(parser)}
    texts |= {p.description for p in helptext.parsers(parser)}
    texts |= {g.title for p in helptext.parsers(parser) for g in p._action_groups}
    argparse_words = {"positional arguments", "options", "show this help message and exit"}
    missing = {t for t in texts - argparse_words - {None} if (context, t) not in collected}
    assert missing == set()
    assert all((helptext.CONTEXT, w) in collected for w in argparse_words)
