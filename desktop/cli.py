"""The `outreach` command: the window by default, and subcommands for scripts.

A subcommand does exactly what the matching button in the window does, through the same store
and import code, so a script and a click give the same result.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from desktop import logs, paths
from desktop.i18n import Translator, pick_language

log = logging.getLogger(__name__)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="where the store lives (default: the platform's user data dir)",
    )
    common.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=None,
        help="language of the window and messages (default: the system's, else English)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="outreach",
        parents=[common],
        description="Outreach Log: record financial-literacy outreach offline.",
    )
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty store with a year of demo records"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="open the main window, save a picture of it and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    imp = sub.add_parser("import", parents=[common], help="import an activity ledger (CSV or XLSX)")
    imp.add_argument("file", type=Path, help="the ledger file, laid out as the shipped template")
    sub.add_parser("sync", parents=[common], help="sync once with head office and say what moved")
    enrol = sub.add_parser("enrol", parents=[common], help="connect this laptop to head office")
    enrol.add_argument("--server", default="", help="head office's address, e.g. http://host:8765")
    enrol.add_argument(
        "--code", required=True, help="the one-time enrolment code (or the text of its QR code)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir: Path = args.data_dir or paths.default_data_dir()
    logs.setup()
    lang = pick_language(args.lang)
    if args.command == "import":
        return _cmd_import(data_dir, args.file, Translator(lang))
    if args.command in ("sync", "enrol"):
        return _cmd_sync(data_dir, args, Translator(lang))
    from desktop.ui.app import run_gui  # Qt widgets only when a window is wanted

    return run_gui(data_dir, lang, demo=args.demo, screenshot=args.screenshot)


def _cmd_import(data_dir: Path, file: Path, tr: Translator) -> int:
    from desktop.importer.ledger import ImportFailed, import_file
    from desktop.store.store import Store

    store = Store(data_dir)
    try:
        report = import_file(store, file)
    except ImportFailed as failed:
        for line in failed.lines(tr):
            print(line, file=sys.stderr)
        return 1
    finally:
        store.close()
    for line in report.lines(tr):
        print(line)
    return 0


def _cmd_sync(data_dir: Path, args: argparse.Namespace, translate: Translator) -> int:
    from desktop.store.store import Store
    from sync.client import SyncClient, SyncError

    store = Store(data_dir)
    client = SyncClient(store)
    try:
        if args.command == "enrol":
            reply = client.enrol(args.code, args.server)
            print(translate("Sync", "Connected to head office as team {team}.").format(**reply))
        else:
            for line in client.sync().lines(translate):
                print(line)
    except SyncError as failure:
        log.warning("%s failed: %s", args.command, failure)
        print(failure.message(translate), file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
