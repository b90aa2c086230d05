"""The `outreach` command: the window by default, and subcommands for scripts.

A subcommand does exactly what the matching button in the window does, through the same store
and import code, so a script and a click give the same result.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import helptext, logs, paths, review_cli
from desktop.console import run_to_stdout
from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.helptext import Translate
from desktop.i18n import LANGUAGES, Translator, pick_language
from desktop.importer.options import add_import_options
from desktop.report import cli as report_cli
from desktop.store.errors import StoreUnavailable

if TYPE_CHECKING:
    from desktop.store.store import Store

log = logging.getLogger(__name__)


def _common(default: Any) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help=QT_TRANSLATE_NOOP(
            "Cli", "where the store lives (default: the platform's user data dir)"
        ),
    )
    common.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=default,
        help=QT_TRANSLATE_NOOP(
            "Cli", "language of the window and messages (default: the system's, else English)"
        ),
    )
    common.add_argument(
        "--officer",
        metavar="NAME",
        default=default,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "record as this officer, who becomes the laptop's current officer (default: the"
            " current officer, else the OS login); a laptop enrolled at head office takes a name"
            " on its team's roster",
        ),
    )
    return common


def build_parser(translate: Translate | None = None) -> argparse.ArgumentParser:
    """The command's parser; its help in the language of `translate` (English without)."""
    # The options work before or after the subcommand: the subcommand's copies have no
    # default, so they never hide what was given before it.
    common = _common(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="outreach",
        parents=[_common(None)],
        description=QT_TRANSLATE_NOOP(
            "Cli", "Outreach Log: record financial-literacy outreach offline."
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "open a store of demo records (apart from the real one unless --data-dir is given)",
        ),
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=QT_TRANSLATE_NOOP("Cli", "open the main window, save a picture of it and exit"),
    )
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        help=QT_TRANSLATE_NOOP("Cli", "what to do; without a command the window opens"),
    )
    imp = sub.add_parser(
        "import",
        parents=[common],
        help=QT_TRANSLATE_NOOP("Cli", "import an activity ledger (CSV or XLSX)"),
    )
    add_import_options(imp)
    sub.add_parser(
        "sync",
        parents=[common],
        help=QT_TRANSLATE_NOOP("Cli", "sync once with head office and say what moved"),
    )
    enrol = sub.add_parser(
        "enrol",
        parents=[common],
        help=QT_TRANSLATE_NOOP("Cli", "connect this laptop to head office"),
    )
    enrol.add_argument(
        "--server",
        default="",
        help=QT_TRANSLATE_NOOP("Cli", "head office's address, e.g. http://host:8765"),
    )
    enrol.add_argument(
        "--code",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "the one-time enrolment code (or the text of its QR code)"),
    )
    enrol.add_argument(
        "--label",
        default="",
        help=QT_TRANSLATE_NOOP("Cli", "how head office lists this laptop (default: user@machine)"),
    )
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "Cli", "put the store back as it was in one of its daily copies (the newest by default)"
        ),
    )
    restore.add_argument(
        "copy",
        nargs="?",
        type=Path,
        help=QT_TRANSLATE_NOOP("Cli", "a copy in the data folder's backups/"),
    )
    leaf = sub.add_parser(
        "leaflet",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "Cli", "write a leaflet design as a PDF ready to print (and count it as printed)"
        ),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "Write a leaflet design as a PDF of A4 sheets and record the print run, so "
            "the printed copies count as stock. Works without a display.",
        ),
    )
    leaf.add_argument(
        "--list",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "list the leaflet designs and exit"),
    )
    leaf.add_argument(
        "--design",
        metavar="ID",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the design: its id, shipped code (e.g. telecom-zh) or title"
        ),
    )
    leaf.add_argument(
        "--copies", metavar="N", help=QT_TRANSLATE_NOOP("Cli", "how many leaflets to print")
    )
    leaf.add_argument(
        "--out",
        type=Path,
        metavar="FILE.pdf",
        help=QT_TRANSLATE_NOOP("Cli", "where to write the PDF"),
    )
    leaf.add_argument(
        "--layout",
        metavar="{a4,a5x2,a6x4,trifold}",
        help=QT_TRANSLATE_NOOP("Cli", "sheet layout (default: the design's own)"),
    )
    qr_mode = leaf.add_mutually_exclusive_group()
    qr_mode.add_argument(
        "--tracked",
        dest="qr_mode",
        action="store_const",
        const="tracked",
        help=QT_TRANSLATE_NOOP(
            "Cli", "QR code through head office's counted short link (needs an enrolled laptop)"
        ),
    )
    qr_mode.add_argument(
        "--direct",
        dest="qr_mode",
        action="store_const",
        const="direct",
        help=QT_TRANSLATE_NOOP("Cli", "QR code with the design's own link"),
    )
    leaf.add_argument(
        "--no-record",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "do not record a print run (a proof, a test)"),
    )
    review_cli.add_parsers(sub, common)
    report_cli.add_parser(sub, common)
    if translate is not None:
        helptext.translate_parser(parser, translate, "Cli")
    return parser


def main(argv: list[str] | None = None) -> int:
    return run_to_stdout(lambda: _run(argv))


def _run(argv: list[str] | None) -> int:
    # The language first, so that --help and the parser's errors are in it.
    requested = helptext.requested_language(argv, LANGUAGES)
    args = build_parser(Translator(pick_language(requested))).parse_args(argv)
    default = paths.demo_data_dir() if getattr(args, "demo", False) else paths.default_data_dir()
    data_dir: Path = args.data_dir or default
    logs.setup()
    lang = pick_language(args.lang)
    try:
        try:
            status = _dispatch(args, data_dir, lang)
        except sqlite3.Error as error:  # met after the store opened well (disk full, a lock)
            from desktop.store.errors import store_failure
            from desktop.store.store import DB_NAME

            log.exception("the store failed")
            raise store_failure(data_dir / DB_NAME, error) from error
    except StoreUnavailable as failure:
        log.warning("cannot use the store: %s", failure, exc_info=True)
        print(failure.message(Translator(lang)), file=sys.stderr)
        return 1
    _daily_copy(args, data_dir)
    return status


#: The subcommands that write the store: each makes the day's copy if it is missing, as the
#: window does, so a laptop used only from the command line has copies to restore too.
WRITING = ("import", "sync", "enrol", "leaflet", "review", "todo")


def _daily_copy(args: argparse.Namespace, data_dir: Path) -> None:
    """The day's copy of the store, if due; a failure is only logged (a safety net)."""
    from desktop.store import backups
    from desktop.store.store import DB_NAME

    store_file = data_dir / DB_NAME
    if args.command not in WRITING or not store_file.is_file() or not backups.due(data_dir):
        return
    try:
        made = backups.make(store_file, data_dir)
    except (OSError, sqlite3.Error):
        log.warning("the daily copy of the store failed", exc_info=True)
        return
    log.info("store copied to %s", made)


def _dispatch(args: argparse.Namespace, data_dir: Path, lang: str) -> int:
    officer = getattr(args, "officer", None)
    if officer and args.command != "restore" and not _use_officer(data_dir, officer, lang):
        return 1
    if args.command == "import":
        return _cmd_import(data_dir, args, Translator(lang))
    if args.command in ("sync", "enrol"):
        return _cmd_sync(data_dir, args, Translator(lang))
    if args.command == "leaflet":
        return _cmd_leaflet(data_dir, args, Translator(lang))
    if args.command == "restore":
        return _cmd_restore(data_dir, args.copy, Translator(lang))
    if args.command in ("review", "todo"):
        return review_cli.run(data_dir, args, Translator(lang))
    if args.command == "report":
        return report_cli.run(data_dir, args, lang, Translator(lang))
    return _window(data_dir, lang, args)


def _window(data_dir: Path, lang: str, args: argparse.Namespace) -> int:
    """The window; 1, and why on stderr, where it cannot open (Qt would abort)."""
    from desktop import display

    blocked = display.problem()
    if blocked is None:
        try:
            from desktop.ui.app import run_gui  # Qt widgets only when a window is wanted
        except ImportError as error:
            log.exception("Qt's widgets cannot be loaded")
            libraries = display.missing_from_import_error(error)
            if not libraries:
                raise
            blocked = display.DisplayProblem("missing_libraries", tuple(libraries))
        else:
            return run_gui(data_dir, lang, demo=args.demo, screenshot=args.screenshot)
    log.warning("the window cannot open: %s", blocked)
    print(blocked.message(Translator(lang)), file=sys.stderr)
    return 1


def _use_officer(data_dir: Path, name: str, lang: str) -> bool:
    """Make `name` the current officer, as the window's officer menu does; False (and why,
    on stderr) when the laptop's roster is head office's and the name is not on it."""
    from desktop.domain.validation import Invalid
    from desktop.store.store import Store
    from sync.client import is_enrolled

    translate = Translator(lang)
    store = Store(data_dir)
    try:
        store.use_officer(name, is_enrolled(store))
    except KeyError:
        roster = "、".join(str(o["name"]) for o in store.officers()) or "-"
        print(
            translate(
                "Officers",
                "{name} is not on the team's roster, which head office keeps (the roster:"
                " {roster}).",
            ).format(name=name, roster=roster),
            file=sys.stderr,
        )
        return False
    except Invalid:
        print(translate("Officers", "An officer's name has 1 to 60 characters."), file=sys.stderr)
        return False
    finally:
        store.close()
    return True


def _cmd_restore(data_dir: Path, copy: Path | None, translate: Translator) -> int:
    """Lay a daily copy over a damaged store (the app closed): SQLite's files beside the store
    go aside with it, so nothing of the later store is replayed onto the copy."""
    from desktop.store import backups
    from desktop.store.store import DB_NAME

    used, aside = backups.restore(data_dir / DB_NAME, data_dir, copy)
    print(
        translate(
            "Store",
            "The store is now the copy {copy}; the store as it was is kept in {aside}. What "
            "was sent to head office since the copy comes back at the next sync.",
        ).format(copy=used, aside=aside)
    )
    return 0


def _cmd_import(data_dir: Path, args: argparse.Namespace, tr: Translator) -> int:
    """0 imported, 1 refused (nothing written), 2 a mapping to confirm (printed)."""
    from desktop.importer import confirm
    from desktop.store.store import Store

    store = Store(data_dir)
    try:
        return confirm.run(store, args, tr)
    finally:
        store.close()


def _cmd_sync(data_dir: Path, args: argparse.Namespace, translate: Translator) -> int:
    from desktop.store.store import Store
    from sync.client import SyncClient, SyncError

    store = Store(data_dir)
    client = SyncClient(store)
    try:
        if args.command == "enrol":
            reply = client.enrol(args.code, args.server, args.label)
            print(translate("Sync", "Connected to head office as team {team}.").format(**reply))
        else:
            result = client.sync()
            for line in result.lines(translate):
                print(line)
            _print_refused(store, translate)
            _print_overruled(store, result.overruled, translate)
            review_cli.print_todo_count(store, translate)
    except SyncError as failure:
        log.warning("%s failed: %s", args.command, failure)
        print(failure.message(translate), file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


def _print_refused(store: Store, translate: Translator) -> None:
    """Changes head office refused stay on the laptop until corrected or sent again: say so at
    every sync, with what and why, not only when they were refused."""
    from desktop.store import replication
    from sync import refusals

    held = replication.refused(store)
    if not held:
        return
    print(
        translate(
            "Sync",
            "Kept on this laptop, refused by head office ({count}):",
        ).format(count=len(held))
    )
    for entry in held:
        print(f"  {refusals.title(entry, translate)}: {refusals.reason(entry, translate)}")


def _print_overruled(store: Store, new: int, translate: Translator) -> None:
    """Edits of this laptop that gave way, this sync, to later edits made elsewhere."""
    from sync import refusals

    if not new:
        return
    print(
        translate(
            "Sync", "Your edits that gave way to later edits made elsewhere ({count}):"
        ).format(count=new)
    )
    for entry in refusals.overruled(store)[-new:]:
        print(f"  {refusals.overruled_title(store, entry, translate)}:")
        for line in refusals.gave_way(store, entry, translate, translate.lang).splitlines():
            print(f"    {line}")


def _cmd_leaflet(data_dir: Path, args: argparse.Namespace, translate: Translator) -> int:
    """Write a design as a PDF (and record the run), or list the designs; no window needed."""

    if not args.list and not (args.design and args.copies and args.out):
        print(
            translate("Leaflets", "Give --list, or --design, --copies and --out."), file=sys.stderr
        )
        return 2
    # A headless command: no display wanted, whatever the session has.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.leaflets import designs, jobs, render
    from desktop.leaflets.fonts import NoCjkFont
    from desktop.store.store import Store

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    store = Store(data_dir)
    try:
        designs.install_shipped_designs(store)
        if args.list:
            _list_designs(store, translate)
            return 0
        try:
            design = designs.find_design(store, args.design)
        except designs.DesignNotFound as missing:
            code = "ambiguous_design" if missing.matches > 1 else "unknown_design"
            raise jobs.LeafletError(code, args.design) from None
        job = jobs.plan_job(store, design, args.copies, args.layout, args.qr_mode)
        out = render.write_pdf(job, args.out, render.family_for(job))
        if not args.no_record:
            run = jobs.record_run(store, job)
            log.info("print run %s: %s copies, QR %s", run["uuid"], job.copies, job.qr_url)
    except jobs.LeafletError as failure:
        log.warning("leaflet failed: %s", failure)
        print(failure.message(translate), file=sys.stderr)
        return 1
    except NoCjkFont as failure:
        log.warning("leaflet failed: %s", failure)
        print(failure.message(translate), file=sys.stderr)
        return 1
    finally:
        store.close()
    print(out.resolve())
    if job.tracking_code and not args.no_record:
        print(
            translate(
                "Leaflets",
                "The tracked code leads to the design's link once this laptop has synced with "
                "head office: sync before handing the leaflets out.",
            ),
            file=sys.stderr,
        )
    return 0


def _list_designs(store: Store, translate: Translator) -> None:
    """One tab-separated line per design: code (or id), title, language, layout, on hand."""
    from desktop.leaflets import designs

    codes = {d.uuid: d.code for d in designs.shipped_designs()}
    records = {d["uuid"]: d for d in designs.all_designs(store)}
    columns = [
        translate("Leaflets", "Design"),
        translate("Leaflets", "Title"),
        translate("Leaflets", "Language"),
        translate("Leaflets", "Layout"),
        translate("Leaflets", "On hand"),
    ]
    print("\t".join(columns))
    for row in store.stock():
        uuid: str = row["uuid"]
        record = records[uuid]
        print(
            "\t".join(
                [
                    codes.get(uuid, uuid),
                    row["title"] or "",
                    record["language"] or "",
                    record["layout"] or "",
                    str(row["on_hand"]),
                ]
            )
        )


if __name__ == "__main__":
    sys.exit(main())
