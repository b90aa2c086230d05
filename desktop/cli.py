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

from desktop import logs, paths
from desktop.console import run_to_stdout
from desktop.i18n import Translator, pick_language
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
        help="where the store lives (default: the platform's user data dir)",
    )
    common.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=default,
        help="language of the window and messages (default: the system's, else English)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    # The options work before or after the subcommand: the subcommand's copies have no
    # default, so they never hide what was given before it.
    common = _common(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="outreach",
        parents=[_common(None)],
        description="Outreach Log: record financial-literacy outreach offline.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a store of demo records (apart from the real one unless --data-dir is given)",
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
    enrol.add_argument(
        "--label", default="", help="how head office lists this laptop (default: user@machine)"
    )
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="put the store back as it was in one of its daily copies (the newest by default)",
    )
    restore.add_argument("copy", nargs="?", type=Path, help="a copy in the data folder's backups/")
    leaf = sub.add_parser(
        "leaflet",
        parents=[common],
        help="write a leaflet design as a PDF ready to print (and count it as printed)",
        description="Write a leaflet design as a PDF of A4 sheets and record the print run, so "
        "the printed copies count as stock. Works without a display.",
    )
    leaf.add_argument("--list", action="store_true", help="list the leaflet designs and exit")
    leaf.add_argument(
        "--design", metavar="ID", help="the design: its id, shipped code (e.g. telecom-zh) or title"
    )
    leaf.add_argument("--copies", metavar="N", help="how many leaflets to print")
    leaf.add_argument("--out", type=Path, metavar="FILE.pdf", help="where to write the PDF")
    leaf.add_argument(
        "--layout",
        metavar="{a4,a5x2,a6x4,trifold}",
        help="sheet layout (default: the design's own)",
    )
    qr_mode = leaf.add_mutually_exclusive_group()
    qr_mode.add_argument(
        "--tracked",
        dest="qr_mode",
        action="store_const",
        const="tracked",
        help="QR code through head office's counted short link (needs an enrolled laptop)",
    )
    qr_mode.add_argument(
        "--direct",
        dest="qr_mode",
        action="store_const",
        const="direct",
        help="QR code with the design's own link",
    )
    leaf.add_argument(
        "--no-record", action="store_true", help="do not record a print run (a proof, a test)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    return run_to_stdout(lambda: _run(argv))


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    default = paths.demo_data_dir() if getattr(args, "demo", False) else paths.default_data_dir()
    data_dir: Path = args.data_dir or default
    logs.setup()
    lang = pick_language(args.lang)
    try:
        try:
            return _dispatch(args, data_dir, lang)
        except sqlite3.DatabaseError as error:  # damage met after the store opened well
            from desktop.store.store import DB_NAME

            log.exception("the store failed")
            raise StoreUnavailable("damaged", data_dir / DB_NAME, str(error)) from error
    except StoreUnavailable as failure:
        log.warning("cannot open the store: %s", failure)
        print(failure.message(Translator(lang)), file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace, data_dir: Path, lang: str) -> int:
    if args.command == "import":
        return _cmd_import(data_dir, args.file, Translator(lang))
    if args.command in ("sync", "enrol"):
        return _cmd_sync(data_dir, args, Translator(lang))
    if args.command == "leaflet":
        return _cmd_leaflet(data_dir, args, Translator(lang))
    if args.command == "restore":
        return _cmd_restore(data_dir, args.copy, Translator(lang))
    from desktop.ui.app import run_gui  # Qt widgets only when a window is wanted

    return run_gui(data_dir, lang, demo=args.demo, screenshot=args.screenshot)


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
            reply = client.enrol(args.code, args.server, args.label)
            print(translate("Sync", "Connected to head office as team {team}.").format(**reply))
        else:
            result = client.sync()
            for line in result.lines(translate):
                print(line)
            _print_refused(store, translate)
            _print_overruled(store, result.overruled, translate)
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
