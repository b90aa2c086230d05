"""The `outreach import` subcommand's arguments, kept light: the parser is built at every start.

Help texts are marked for translation in the "Cli" context, as the rest of the command's help.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.domain.fields import QT_TRANSLATE_NOOP

HELP_FILE = QT_TRANSLATE_NOOP(
    "Cli", "the ledger file (CSV or XLSX), as the shipped template or as the branch keeps it"
)
HELP_ACCEPT = QT_TRANSLATE_NOOP(
    "Cli", "take every proposed column and value mapping as the last run printed it"
)
HELP_COLUMNS = QT_TRANSLATE_NOOP(
    "Cli",
    'what single columns hold, e.g. "活动时间=held_on,序号=ignore,其他=notes" (a column by'
    " its header or letter; a field name, ignore, notes, leaflets or leaflets:DESIGN);"
    " the other columns as proposed",
)
HELP_VALUES = QT_TRANSLATE_NOOP(
    "Cli",
    'what single list values are, e.g. "topics:养老诈骗防范=pension_fraud,partners:县妇联=new"'
    " (an entry's code or name, or new to add it); the other values as proposed",
)
HELP_MAPPING = QT_TRANSLATE_NOOP(
    "Cli", "read the mapping from a file: the lines the proposal prints, or JSON"
)


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """The import subcommand's arguments. Their help is English, marked for lupdate in the
    "Cli" context: desktop.helptext translates the whole parser once the language is known."""
    parser.add_argument("file", type=Path, help=HELP_FILE)
    parser.add_argument("--accept", action="store_true", help=HELP_ACCEPT)
    parser.add_argument("--columns", metavar="HEADER=FIELD,...", help=HELP_COLUMNS)
    parser.add_argument("--values", metavar="LIST:TEXT=ENTRY,...", help=HELP_VALUES)
    parser.add_argument("--mapping", type=Path, metavar="FILE", help=HELP_MAPPING)
