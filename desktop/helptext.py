"""Command-line help in the user's language, for `outreach` and `outreach-server` (no Qt).

A parser is built with its help texts in English, each marked with QT_TRANSLATE_NOOP so that
lupdate collects it; once the language is known (parsed first, see `requested_language`), the
parser's texts, and argparse's own words around them, are put through the translation.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Iterator, Sequence

from desktop.domain.fields import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

#: argparse's own words, which it keeps in English whatever the language.
CONTEXT = "Cli"
USAGE = QT_TRANSLATE_NOOP("Cli", "usage:")
POSITIONALS = QT_TRANSLATE_NOOP("Cli", "positional arguments")
OPTIONS = QT_TRANSLATE_NOOP("Cli", "options")
HELP = QT_TRANSLATE_NOOP("Cli", "show this help message and exit")
ERROR = QT_TRANSLATE_NOOP("Cli", "{prog}: error: {message}")

_ARGPARSE_WORDS = {
    "positional arguments": POSITIONALS,
    "options": OPTIONS,
    "optional arguments": OPTIONS,
    "show this help message and exit": HELP,
}


def requested_language(argv: Sequence[str] | None, choices: Sequence[str]) -> str | None:
    """The --lang given anywhere in `argv` (before or after a subcommand), if it is one of
    `choices`; a wrong one is left for the whole parser to refuse, in the default language."""
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    pre.add_argument("--lang")
    known, _ = pre.parse_known_args(argv)
    lang: str | None = known.lang
    return lang if lang in choices else None


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and all its subcommands' parsers, each once."""
    seen: set[int] = set()
    todo = [parser]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo.extend(action.choices.values())


def actions(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    """Every option, argument and subcommand of the parser and its subcommands."""
    for each in parsers(parser):
        for action in each._actions:
            yield action
            if isinstance(action, argparse._SubParsersAction):
                yield from action._choices_actions


def translate_parser(parser: argparse.ArgumentParser, translate: Translate, context: str) -> None:
    """Put every text of `parser` (and its subcommands) through `translate`: help texts and
    descriptions in `context`, argparse's own words in CONTEXT."""
    done: set[int] = set()  # parents share their actions with the parsers made from them

    def words(text: str | None) -> str | None:
        if text is None or text is argparse.SUPPRESS:
            return text
        if text in _ARGPARSE_WORDS:
            return translate(CONTEXT, _ARGPARSE_WORDS[text])
        return translate(context, text)

    for each in parsers(parser):
        each.description = words(each.description)
        each.epilog = words(each.epilog)
        each.formatter_class = _formatter(translate)
        _translate_errors(each, translate)
        for group in each._action_groups:
            group.title = words(group.title)
            group.description = words(group.description)
        for action in each._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if id(choice) not in done:
                        done.add(id(choice))
                        choice.help = words(choice.help)
            if id(action) not in done:
                done.add(id(action))
                action.help = words(action.help)


def _formatter(translate: Translate) -> type[argparse.HelpFormatter]:
    class Formatter(argparse.HelpFormatter):
        def add_usage(
            self,
            usage: str | None,
            actions: Iterable[argparse.Action],
            groups: Iterable[argparse._MutuallyExclusiveGroup],
            prefix: str | None = None,
        ) -> None:
            if prefix is None:
                prefix = translate(CONTEXT, USAGE) + " "
            super().add_usage(usage, actions, groups, prefix)

    return Formatter


def _translate_errors(parser: argparse.ArgumentParser, translate: Translate) -> None:
    def error(message: str) -> None:  # what ArgumentParser.error does, in our words
        import sys

        parser.print_usage(sys.stderr)
        text = translate(CONTEXT, ERROR).format(prog=parser.prog, message=message)
        parser.exit(2, text + "\n")

    parser.error = error  # type: ignore[method-assign,assignment]
