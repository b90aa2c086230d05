"""`outreach report`: the period report from the command line, with the same figures and
exports as the report window.

    outreach report --from 2026-01-01 --to 2026-12-31 --out report.xlsx
    outreach report --period 2026Q1 --branch 城关支行 --approved-only --out q1.csv
    outreach report --period 2026Q1 --branch 青山支行 --out q1.pdf

A .csv --out writes several files beside it (NAME-summary.csv, NAME-months.csv,
NAME-sessions.csv...). A mistake (a bad date, --to before --from, an unknown team or branch,
an --out that cannot be written or of no known format) is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.report.errors import CONTEXT, NoPeriod, NoStore, PeriodTwice, ReportError, Translate
from desktop.report.periods import Period

#: Exit code of a report asked for wrongly.
REFUSED = 2
WRITTEN = QT_TRANSLATE_NOOP("Report", "Written: {path}")
FILED = QT_TRANSLATE_NOOP("Report", "Filed as “{title}” on {on}: {records} records counted.")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The report subcommand, under the command's subparsers `sub`."""
    report = sub.add_parser(
        "report",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "Cli", "the period report: figures, summary paragraph, records (XLSX, CSV or PDF)"
        ),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "Write the period report head office files: the figures with the records behind"
            " them, a summary paragraph and the counted records. FILE.xlsx is one workbook;"
            " FILE.csv writes FILE-summary.csv, FILE-months.csv and one FILE-KIND.csv per"
            " record kind beside it (UTF-8 with BOM); FILE.pdf is the printable A4 report"
            " (figures, tables and charts; never personal data).",
        ),
    )
    report.add_argument(
        "--from", dest="date_from", metavar="DATE", help=QT_TRANSLATE_NOOP("Cli", "first day")
    )
    report.add_argument(
        "--to", dest="date_to", metavar="DATE", help=QT_TRANSLATE_NOOP("Cli", "last day")
    )
    report.add_argument(
        "--period",
        metavar="PERIOD",
        help=QT_TRANSLATE_NOOP(
            "Cli", "instead of --from/--to: a month (2026-03), quarter (2026Q1) or year (2026)"
        ),
    )
    scope = report.add_mutually_exclusive_group()
    scope.add_argument(
        "--team",
        action="append",
        default=[],
        metavar="TEAM",
        help=QT_TRANSLATE_NOOP("Cli", "only this team's records (may be given several times)"),
    )
    scope.add_argument("--branch", help=QT_TRANSLATE_NOOP("Cli", "only this branch's teams"))
    report.add_argument(
        "--approved-only",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "count approved records only (default: every record received)"
        ),
    )
    report.add_argument(
        "--personal",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "include personal data (names, phones, addresses) in the records exported"
        ),
    )
    report.add_argument(
        "--file-as",
        metavar="TITLE",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "also file the report under this title (报送): its figures and records are kept"
            " and go to head office; later changes show against them",
        ),
    )
    report.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.xlsx|FILE.csv|FILE.pdf",
        help=QT_TRANSLATE_NOOP("Cli", "where to write the report"),
    )


def period_of(args: argparse.Namespace) -> Period:
    if args.period and (args.date_from or args.date_to):
        raise PeriodTwice()
    if args.period:
        return Period.named(args.period)
    if not (args.date_from and args.date_to):
        raise NoPeriod()
    return Period.between(args.date_from, args.date_to)


def run(data_dir: Path, args: argparse.Namespace, lang: str, translate: Translate) -> int:
    """0 written, 2 refused (one line on stderr, nothing written)."""
    from desktop.report import exports, figures, filing, scope, summary
    from desktop.store.store import DB_NAME, Store

    try:
        period = period_of(args)
        exports.check_out(args.out)
        if not (data_dir / DB_NAME).is_file():
            raise NoStore(path=str(data_dir))
        store = Store(data_dir)
        try:
            wanted = scope.Scope(tuple(args.team), args.branch)
            teams = scope.resolve(store.conn, wanted)
            selection = scope.Selection(period, teams, args.approved_only, wanted)
            report = figures.build(store, selection, lang)
            written = exports.export(store, report, args.out, translate, args.personal)
            if args.file_as and args.file_as.strip():
                filed = filing.file_report(store, report, args.file_as)
        finally:
            store.close()
    except ReportError as error:
        print(error.message(translate), file=sys.stderr)
        return REFUSED
    print(summary.paragraph(report, translate).text)
    print(summary.counting_note(report, translate))
    for path in written:
        print(translate(CONTEXT, WRITTEN).format(path=path))
    if args.file_as and args.file_as.strip():
        print(
            translate(CONTEXT, FILED).format(
                title=filed["title"], records=filed["records_count"], on=filed["filed_on"]
            )
        )
    return 0
