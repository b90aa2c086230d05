"""`outreach-server`: run head office's sync server and administer it.

    outreach-server serve [--db URL] [--host 127.0.0.1] [--port 8765] [--workers N]
                          [--forwarded-allow-ips 127.0.0.1]   (X-Forwarded-For believed from)
    outreach-server --db URL --host H --port P          (the same: serve is the default)
    outreach-server team add NAME [--branch B] | team move NAME --branch B | teams | branches
    outreach-server enrol --team NAME --role field|supervisor [--branch B | --all]
                          [--server-url URL] [--png FILE]   (a supervisor: one branch or all)
    outreach-server devices [--quiet-days N] | revoke DEVICE
                                             (last syncs, changes refused; laptops gone quiet)
    outreach-server ref set LIST CODE --zh TEXT --en TEXT [--inactive]
    outreach-server officers add TEAM NAME | officers remove TEAM NAME | officers list TEAM
                                             (a team's roster, which its laptops record by)
    outreach-server scans [--team NAME]      (scans of tracked QR codes per print run)
    outreach-server conflicts [--team NAME]  (records two laptops changed at once: what was lost)
    outreach-server links allow HOST | links remove HOST | links list
                                             (hosts tracked QR codes may send phones to)

Every command takes --db (default: a SQLite file in the user data dir). Mistakes end with a
message and exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import logging
import os
import re
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import qrcode
from qrcode.image.pil import PilImage

from desktop import catalogue, helptext
from desktop.console import run_to_stdout
from desktop.domain.fields import QT_TRANSLATE_NOOP

try:  # head office's own packages: the [server] extras, which main() asks for when missing
    from sqlalchemy.exc import SQLAlchemyError

    from sync.server import admin, auth, changelog, linkhosts, migrations, shortlinks
except ImportError:
    pass

#: The modules of the [server] extras the server cannot do without.
EXTRAS = ("fastapi", "uvicorn", "sqlalchemy")
EXTRAS_MISSING = QT_TRANSLATE_NOOP(
    "ServerCli",
    "Head office's server needs packages that are not installed ({modules}). From the app's"
    " folder, on a fresh machine: bash packaging/head-office.sh (it installs them and starts the"
    " server); or install them into this environment: pip install -e '.[server]'.",
)

log = logging.getLogger(__name__)


def _missing_extras() -> list[str]:
    """The EXTRAS that cannot be imported here."""
    missing = []
    for name in EXTRAS:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
ENROL_SCHEME = "outreach-enrol:"


#: How `serve` hands its database and public address to worker processes, which uvicorn
#: starts afresh (spawned: they get no Python objects from the parent, only the environment).
DB_ENV = "OUTREACH_SERVER_DB"
PUBLIC_URL_ENV = "OUTREACH_SERVER_PUBLIC_URL"


def worker_app() -> Any:
    """The app of one worker process of `serve --workers N` (uvicorn calls it: factory=True).

    Every worker migrates as it starts, like any server process; `serve` has migrated already,
    so each one finds the work done under the migration lock and goes on.
    """
    from sync.server.app import create_app

    app = create_app(os.environ.get(DB_ENV) or None, os.environ.get(PUBLIC_URL_ENV, ""))
    _tune_gc()
    return app


def _tune_gc() -> None:
    # A push holds some 100,000 small objects at once: collecting garbage every 700 allocations
    # (the default) costs it a fifth of its time. The objects of start-up are never garbage.
    gc.set_threshold(100_000, 50, 100)
    gc.freeze()


def _serve(args: argparse.Namespace) -> None:
    import uvicorn

    from sync.server.app import create_app

    logging.getLogger().setLevel(logging.INFO)
    if args.workers < 1:
        raise admin.AdminError("--workers must be 1 or more")
    # Addresses of proxies (nginx) whose X-Forwarded-For / -Proto are believed: uvicorn's own
    # default (FORWARDED_ALLOW_IPS, else this machine) unless given.
    proxies = {"forwarded_allow_ips": args.forwarded_allow_ips} if args.forwarded_allow_ips else {}
    if args.workers == 1:
        app = create_app(args.db, args.public_url or "")
        _tune_gc()
        uvicorn.run(app, host=args.host, port=args.port, log_level="info", **proxies)
        return
    # Migrate here, once, before any worker starts: a database that cannot be used (or is too
    # new) ends `serve` with its message instead of workers failing one after another.
    admin.open_database(args.db).dispose()
    os.environ[DB_ENV] = args.db or ""
    os.environ[PUBLIC_URL_ENV] = args.public_url or ""
    uvicorn.run(
        "sync.server.cli:worker_app",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        log_level="info",
        **proxies,
    )


def _team_add(args: argparse.Namespace) -> None:
    engine = admin.open_database(args.db)
    name = admin.add_team(engine, args.name, args.branch)
    print(f"Team {name!r} added, in branch {admin.team_branches(engine)[name]!r}.")


def _team_move(args: argparse.Namespace) -> None:
    was, now = admin.move_team(admin.open_database(args.db), args.name, args.branch)
    print(
        f"Team {args.name!r} moved from branch {was!r} to {now!r}: supervisors of {now!r} see"
        f" its records from their next sync (its earlier records once enrolled again), those of"
        f" {was!r} no longer receive them."
    )


def _branches(args: argparse.Namespace) -> None:
    for name, team_names in admin.list_branches(admin.open_database(args.db)):
        print(f"{name}\t{', '.join(team_names) or '-'}")


def _teams(args: argparse.Namespace) -> None:
    found = admin.list_teams(admin.open_database(args.db))
    if not found:
        print("No teams yet: add one with `outreach-server team add NAME`.")
    for name, count in found:
        print(f"{name}\t{count} device{'s' if count != 1 else ''}")


def _enrol(args: argparse.Namespace) -> None:
    code = admin.create_code(
        admin.open_database(args.db), args.team, args.role, None if args.all else args.branch
    )
    url = args.server_url or _guess_url()
    qr = qrcode.QRCode(border=2)
    qr.add_data(f"{ENROL_SCHEME}{url}#{code.code}")
    qr.make(fit=True)
    png = Path(args.png or f"enrol-{code.code}.png")
    # Pillow's, as qrcode picks when Pillow is there (it always is: the app needs it).
    qr.make_image(image_factory=PilImage).save(png)
    print(f"Enrolment code for team {code.team!r} ({code.role}): {code.code}")
    if code.role == auth.SUPERVISOR:
        scope = f"the teams of branch {code.branch!r}" if code.branch else "every team"
        print(f"The supervisor sees and reviews {scope}.")
    print(f"Single use, valid until {code.expires_at:%Y-%m-%d %H:%M} UTC. Server: {url}")
    if not args.server_url:
        print(
            f"(guessed: laptops must reach head office at {url}, so serve with --host 0.0.0.0; "
            "if they use another address, make the code again with --server-url)",
            file=sys.stderr,
        )
    try:
        qr.print_ascii(out=sys.stdout, invert=True)
    except UnicodeEncodeError:  # a terminal that cannot show block characters: the PNG will do
        print("(this terminal cannot show the QR code)")
    print(f"QR code saved to {png}")


def _public_url(text: str) -> str:
    if not re.match(r"^https?://[^\s/]+", text.strip()):
        raise argparse.ArgumentTypeError("give a whole address, such as https://q.example-bank.cn")
    return text.strip().rstrip("/")


def _guess_url() -> str:
    """This machine's address on its network (the one its default route leaves by), which is
    what laptops in the office reach; the host name when there is no network."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))  # no packet is sent: this only picks a route
        host = probe.getsockname()[0]
    except OSError:
        host = socket.getfqdn()
    finally:
        probe.close()
    return f"http://{host}:{DEFAULT_PORT}"


def _short(moment: str | None) -> str:
    return moment[:16].replace("T", " ") if moment else "-"


def _print_table(header: tuple[str, ...], lines: Sequence[tuple[str, ...]]) -> None:
    table = [header, *lines]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def _scans(args: argparse.Namespace) -> None:
    engine = admin.open_database(args.db)
    if args.team is not None:
        with engine.connect() as conn:
            admin._require_team(conn, args.team)
    found = shortlinks.scans_per_run(engine, args.team)
    if not found:
        print("No tracked print runs yet.")
        return
    _print_table(
        ("code", "team", "design", "printed", "copies", "scans", "last scan"),
        [
            (
                r["code"],
                r["team"],
                r["design_title"] or "-",
                r["printed_on"] or "-",
                str(r["copies"] or "-"),
                str(r["scans"]),
                _short(r["last_scan"]),
            )
            for r in found
        ],
    )


def _conflicts(args: argparse.Namespace) -> None:
    engine = admin.open_database(args.db)
    if args.team is not None:
        with engine.connect() as conn:
            admin._require_team(conn, args.team)
    found = changelog.recent_conflicts(engine, args.team, args.limit)
    if not found:
        print("No conflicts: no two laptops have changed the same record at once.")
        return
    print("Each: the record, whose version lost, and its values next to those that won.")
    for c in found:
        who = c["loser_device"] or "?"
        if c["loser_label"]:
            who = f"{c['loser_label']} ({who})"
        print(
            f"{_short(c['at'])}  {c['team']}  {c['kind']} {c['uuid']}  (the version of {who} lost)"
        )
        if c["loser_deleted"]:
            print("    the lost version deleted the record")
        elif c["winner_deleted"]:
            print("    it lost to a deletion")
        for name, lost, kept in c["differences"]:
            print(f"    {name}: {_value(lost)}  (kept: {_value(kept)})")
        if not c["differences"] and not (c["loser_deleted"] or c["winner_deleted"]):
            print("    (the same values)")
        if c["deleted_now"]:
            print("    the record is deleted now")


def _value(value: Any) -> str:
    if value is None or value == []:
        return "-"
    return "、".join(map(str, value)) if isinstance(value, list) else str(value)


def _devices(args: argparse.Namespace) -> None:
    found = admin.list_devices(admin.open_database(args.db), args.quiet_days)
    if not found:
        if args.quiet_days is None:
            print("No devices enrolled yet.")
        else:
            print(f"Every laptop in use has synced in the last {args.quiet_days} days.")
        return
    if args.quiet_days is not None:
        print(
            f"Laptops in use that have not synced for {args.quiet_days} days or more (never:"
            " since enrolment); call their team:"
        )
    _print_table(
        ("device", "team", "role", "label", "enrolled", "last sync", "refused", "revoked"),
        [
            (
                d["device_id"],
                d["team"],
                f"{d['role']} ({d['branch']})" if d["branch"] else d["role"],
                d["label"] or "-",
                _short(d["enrolled_at"]),
                _short(d["last_seen_at"]),
                f"{d['refused']} (last {_short(d['last_refused_at'])})" if d["refused"] else "0",
                _short(d["revoked_at"]),
            )
            for d in found
        ],
    )
    if any(d["refused"] for d in found):
        print(
            "(refused: changes head office refused, each once; the laptop keeps them with the"
            " reason, and its user sends them again once put right)"
        )


def _revoke(args: argparse.Namespace) -> None:
    admin.revoke(admin.open_database(args.db), args.device)
    print(f"Device {args.device!r} revoked: its token no longer works.")


def _ref_set(args: argparse.Namespace) -> None:
    record, old = admin.set_ref(
        admin.open_database(args.db), args.list, args.code, args.zh, args.en, not args.inactive
    )
    state = "in use" if record["active"] else "not in use"
    if old is None:
        print(f"New entry {args.list}/{record['code']}.")
    else:
        print(
            f"Changed entry {args.list}/{record['code']}, which was: {old['label_zh']} /"
            f" {old['label_en']} ({'in use' if old['active'] else 'not in use'}); records that"
            " use it show the new names."
        )
    print(
        f"{args.list}/{record['code']}: {record['label_zh']} / {record['label_en']} ({state}),"
        f" revision {record['revision']}; every laptop gets it at its next sync."
    )


def _officers_add(args: argparse.Namespace) -> None:
    record, new = admin.add_officer(admin.open_database(args.db), args.team, args.name)
    again = "" if new else " again"
    print(
        f"{record['name']} is on the roster of team {args.team!r}{again}; the team's laptops"
        " offer them from their next sync."
    )


def _officers_remove(args: argparse.Namespace) -> None:
    record = admin.remove_officer(admin.open_database(args.db), args.team, args.name)
    print(
        f"{record['name']} of team {args.team!r} is out of use: the team's laptops stop"
        " offering them at their next sync; the records they made still name them."
    )


def _officers_list(args: argparse.Namespace) -> None:
    officers, unlisted = admin.list_officers(admin.open_database(args.db), args.team)
    if not officers:
        print(
            f"Team {args.team!r} has no roster yet: its laptops' own officers join it at their"
            " next sync, or add one with `outreach-server officers add TEAM NAME`."
        )
    else:
        _print_table(
            ("officer", "in use", "added by", "since"),
            [
                (
                    str(o["name"]),
                    "yes" if o["active"] else "no",
                    "head office" if o["device_id"] == auth.HEAD_OFFICE else str(o["device_id"]),
                    _short(o["created_at"]),
                )
                for o in officers
            ],
        )
    if unlisted:
        print("\nNames changes were sent under that are not on the roster (kept as sent):")
        _print_table(
            ("name", "changes", "last"),
            [(name or "-", str(count), _short(at)) for name, count, at in unlisted],
        )


def _with_unicode(entry: str) -> str:
    """An entry with its host as people read it, when the ASCII form is punycode."""
    shown = entry.encode("ascii").decode("idna")
    return entry if shown == entry else f"{entry} ({shown})"


def _links_allow(args: argparse.Namespace) -> None:
    entry, added = admin.allow_link_host(admin.open_database(args.db), args.host)
    if not added:
        shipped = " (the shipped designs link there)" if entry in linkhosts.shipped() else ""
        print(f"{_with_unicode(entry)} is allowed already{shipped}.")
        return
    name, _, port = entry.partition(":")
    where = f"the subdomains of {name[2:]} (not {name[2:]} itself)" if name[:2] == "*." else name
    at = f"port {port}" if port else "the scheme's own port"
    print(
        f"Allowed {_with_unicode(entry)}: tracked QR codes whose link is on {where}, over http"
        f" or https at {at}, send phones there from the next scan."
    )


def _links_remove(args: argparse.Namespace) -> None:
    entry = admin.remove_link_host(admin.open_database(args.db), args.host)
    print(f"Removed {entry}: tracked QR codes leading there show head office's page instead.")


def _links_list(args: argparse.Namespace) -> None:
    engine = admin.open_database(args.db)
    _print_table(
        ("host", "allowed"),
        [
            (_with_unicode(entry), _short(at) if at else "always: the shipped designs link there")
            for entry, at in admin.list_link_hosts(engine)
        ],
    )
    print("(a host at its scheme's own port only; HOST:PORT another port, *.HOST its subdomains)")
    held = shortlinks.held_back(engine)
    if held:
        print("\nLinks of designs on other hosts (phones see head office's page with the link):")
        _print_table(("link", "design"), held)
        print("Allow a host with: outreach-server links allow HOST")


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=catalogue.LANGUAGES,
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "ServerCli", "language of the help (default: the system's, else English)"
        ),
    )
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "sqlite:///FILE or postgresql://USER@HOST/DB (default: a SQLite file in the user"
            " data dir)",
        ),
    )


def _add_serving(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "the address to listen at (default 127.0.0.1, this machine only; 0.0.0.0 for"
            " laptops on the network)",
        ),
    )
    parser.add_argument(
        "--port",
        type=int,
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("ServerCli", "the port to listen at (default 8765)"),
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "how many server processes share the port (default 1; one per CPU core for a busy"
            " head office)",
        ),
    )
    parser.add_argument(
        "--forwarded-allow-ips",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "addresses of the proxies (nginx) whose X-Forwarded-For and X-Forwarded-Proto"
            " headers are believed, comma-separated, '*' for any (default 127.0.0.1 and ::1)",
        ),
    )
    parser.add_argument(
        "--public-url",
        default=argparse.SUPPRESS,
        type=_public_url,
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "where residents' phones reach this server's tracked QR links (/q/CODE), if not "
            "at the address laptops use, e.g. https://q.example-bank.cn",
        ),
    )


def _parser(translate: Callable[[str, str], str] | None = None) -> argparse.ArgumentParser:
    """The command's parser; its help in the language of `translate` (English without)."""
    # The options are SUPPRESSed so that a subcommand's defaults never hide what was given
    # before it; main() fills in what is absent.
    parser = argparse.ArgumentParser(
        prog="outreach-server",
        description=QT_TRANSLATE_NOOP(
            "ServerCli",
            "Head office's sync server for Outreach Log (serves when no command is given).",
        ),
    )
    _add_db(parser)
    _add_serving(parser)
    parser.set_defaults(func=_serve)
    commands = parser.add_subparsers(
        title=QT_TRANSLATE_NOOP("ServerCli", "commands"),
        metavar="COMMAND",
        help=QT_TRANSLATE_NOOP("ServerCli", "what to do (without one: serve)"),
    )

    def command(
        group: Any, name: str, func: Callable[[argparse.Namespace], None], summary: str
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(name, help=summary)
        _add_db(sub)
        sub.set_defaults(func=func)
        return sub

    _add_serving(
        command(commands, "serve", _serve, QT_TRANSLATE_NOOP("ServerCli", "run the sync server"))
    )
    team = commands.add_parser("team", help=QT_TRANSLATE_NOOP("ServerCli", "manage teams"))
    team_actions = team.add_subparsers(
        metavar="ACTION", required=True, help=QT_TRANSLATE_NOOP("ServerCli", "what to do")
    )
    team_add = command(team_actions, "add", _team_add, QT_TRANSLATE_NOOP("ServerCli", "add a team"))
    team_add.add_argument(
        "name", help=QT_TRANSLATE_NOOP("ServerCli", "the team's name, as laptops show it")
    )
    team_add.add_argument(
        "--branch",
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "the branch (支行, 村镇银行, 营业部) the team belongs to, added if new (default:"
            " the default branch)",
        ),
    )
    team_move = command(
        team_actions,
        "move",
        _team_move,
        QT_TRANSLATE_NOOP("ServerCli", "put a team in another branch"),
    )
    team_move.add_argument("name", help=QT_TRANSLATE_NOOP("ServerCli", "the team's name"))
    team_move.add_argument(
        "--branch",
        required=True,
        help=QT_TRANSLATE_NOOP("ServerCli", "the branch it belongs to from now on"),
    )
    command(commands, "teams", _teams, QT_TRANSLATE_NOOP("ServerCli", "list teams"))
    command(
        commands,
        "branches",
        _branches,
        QT_TRANSLATE_NOOP("ServerCli", "list branches with their teams"),
    )
    enrol = command(
        commands,
        "enrol",
        _enrol,
        QT_TRANSLATE_NOOP("ServerCli", "make a one-time enrolment code for a laptop"),
    )
    enrol.add_argument(
        "--team", required=True, help=QT_TRANSLATE_NOOP("ServerCli", "the laptop's team")
    )
    enrol.add_argument(
        "--role",
        required=True,
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "field (a laptop of the team's officers) or supervisor (a supervisor's laptop)",
        ),
    )
    scope = enrol.add_mutually_exclusive_group()
    scope.add_argument(
        "--branch",
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "a supervisor of this branch only: it sees and reviews the branch's teams (its"
            " --team must be one of them)",
        ),
    )
    scope.add_argument(
        "--all",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "ServerCli", "a supervisor of the whole bank: every team (the default)"
        ),
    )
    enrol.add_argument(
        "--server-url",
        help=QT_TRANSLATE_NOOP("ServerCli", "the address laptops reach this server at"),
    )
    enrol.add_argument(
        "--png",
        help=QT_TRANSLATE_NOOP("ServerCli", "where to save the QR code (default: enrol-CODE.png)"),
    )
    devices = command(
        commands,
        "devices",
        _devices,
        QT_TRANSLATE_NOOP(
            "ServerCli", "list enrolled devices: last sync, changes refused, revoked"
        ),
    )
    devices.add_argument(
        "--quiet-days",
        type=int,
        metavar="N",
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "only laptops in use that have not synced for N days or more (never synced:"
            " counted from enrolment)",
        ),
    )
    scans = command(
        commands,
        "scans",
        _scans,
        QT_TRANSLATE_NOOP("ServerCli", "scans of tracked QR codes per print run"),
    )
    scans.add_argument("--team", help=QT_TRANSLATE_NOOP("ServerCli", "only this team's print runs"))
    clashes = command(
        commands,
        "conflicts",
        _conflicts,
        QT_TRANSLATE_NOOP("ServerCli", "records two laptops changed at once: what was lost"),
    )
    clashes.add_argument("--team", help=QT_TRANSLATE_NOOP("ServerCli", "only this team's records"))
    clashes.add_argument(
        "--limit",
        type=int,
        default=50,
        help=QT_TRANSLATE_NOOP("ServerCli", "how many, newest first"),
    )
    command(
        commands, "revoke", _revoke, QT_TRANSLATE_NOOP("ServerCli", "stop a device's token working")
    ).add_argument(
        "device", help=QT_TRANSLATE_NOOP("ServerCli", "the device's id, as `devices` lists it")
    )
    ref = commands.add_parser("ref", help=QT_TRANSLATE_NOOP("ServerCli", "edit reference lists"))
    ref_set = command(
        ref.add_subparsers(
            metavar="ACTION", required=True, help=QT_TRANSLATE_NOOP("ServerCli", "what to do")
        ),
        "set",
        _ref_set,
        QT_TRANSLATE_NOOP("ServerCli", "add or change a list entry"),
    )
    ref_set.add_argument(
        "list",
        help=QT_TRANSLATE_NOOP(
            "ServerCli",
            "the list: venue_kinds, campaigns, topics, consultation_categories,"
            " special_groups, service_kinds or partners",
        ),
    )
    ref_set.add_argument(
        "code", help=QT_TRANSLATE_NOOP("ServerCli", "the entry's code in the list (kept for good)")
    )
    ref_set.add_argument("--zh", required=True, help=QT_TRANSLATE_NOOP("ServerCli", "Chinese name"))
    ref_set.add_argument("--en", required=True, help=QT_TRANSLATE_NOOP("ServerCli", "English name"))
    ref_set.add_argument(
        "--inactive",
        action="store_true",
        help=QT_TRANSLATE_NOOP("ServerCli", "keep the entry out of use"),
    )
    officers = commands.add_parser(
        "officers",
        help=QT_TRANSLATE_NOOP(
            "ServerCli", "a team's roster of officers, which its laptops record by"
        ),
    )
    officer_actions = officers.add_subparsers(
        metavar="ACTION", required=True, help=QT_TRANSLATE_NOOP("ServerCli", "what to do")
    )
    for name, func, summary in (
        (
            "add",
            _officers_add,
            QT_TRANSLATE_NOOP("ServerCli", "put an officer on the roster (or back in use)"),
        ),
        (
            "remove",
            _officers_remove,
            QT_TRANSLATE_NOOP(
                "ServerCli", "take an officer out of use (their records stay theirs)"
            ),
        ),
    ):
        sub = command(officer_actions, name, func, summary)
        sub.add_argument("team", help=QT_TRANSLATE_NOOP("ServerCli", "the team's name"))
        sub.add_argument(
            "name", help=QT_TRANSLATE_NOOP("ServerCli", "the officer's name, as records show it")
        )
    command(
        officer_actions,
        "list",
        _officers_list,
        QT_TRANSLATE_NOOP("ServerCli", "the roster, and names changes came under not on it"),
    ).add_argument("team", help=QT_TRANSLATE_NOOP("ServerCli", "the team's name"))
    links = commands.add_parser(
        "links",
        help=QT_TRANSLATE_NOOP(
            "ServerCli", "hosts tracked QR codes may send phones to (others: head office's page)"
        ),
    )
    link_actions = links.add_subparsers(
        metavar="ACTION", required=True, help=QT_TRANSLATE_NOOP("ServerCli", "what to do")
    )
    host_help = QT_TRANSLATE_NOOP(
        "ServerCli", "www.example.cn, *.example.cn (its subdomains) or www.example.cn:8443"
    )
    command(
        link_actions, "allow", _links_allow, QT_TRANSLATE_NOOP("ServerCli", "allow a host")
    ).add_argument("host", help=host_help)
    command(
        link_actions,
        "remove",
        _links_remove,
        QT_TRANSLATE_NOOP("ServerCli", "stop allowing a host"),
    ).add_argument("host", help=host_help)
    command(
        link_actions,
        "list",
        _links_list,
        QT_TRANSLATE_NOOP("ServerCli", "allowed hosts, and design links held back"),
    )
    if translate is not None:
        helptext.translate_parser(parser, translate, "ServerCli")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run_to_stdout(lambda: _run(argv))


def _run(argv: Sequence[str] | None) -> int:
    # The language first, so that --help and the parser's errors are in it.
    translate = catalogue.Catalogue(
        catalogue.language(helptext.requested_language(argv, catalogue.LANGUAGES))
    )
    missing = _missing_extras()
    if missing:
        print(
            translate("ServerCli", EXTRAS_MISSING).format(modules=", ".join(missing)),
            file=sys.stderr,
        )
        return 1
    args = _parser(translate).parse_args(argv)
    for name, default in (
        ("db", None),
        ("host", DEFAULT_HOST),
        ("port", DEFAULT_PORT),
        ("public_url", None),
        ("workers", 1),
        ("forwarded_allow_ips", None),
    ):
        if not hasattr(args, name):
            setattr(args, name, default)
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        args.func(args)
    except (admin.AdminError, migrations.TooNew) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except SQLAlchemyError as e:
        log.debug("database error", exc_info=True)
        orig = getattr(e, "orig", None)  # the driver's error, on DBAPIError
        reason = str(orig) if orig else str(e)
        print(f"error: the database cannot be used: {reason.strip()}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
