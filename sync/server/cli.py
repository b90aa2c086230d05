"""`outreach-server`: run head office's sync server and administer it.

    outreach-server serve [--db URL] [--host 127.0.0.1] [--port 8765]
    outreach-server --db URL --host H --port P          (the same: serve is the default)
    outreach-server team add NAME | teams
    outreach-server enrol --team NAME --role field|supervisor [--server-url URL] [--png FILE]
    outreach-server devices | revoke DEVICE
    outreach-server ref set LIST CODE --zh TEXT --en TEXT [--inactive]
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
import logging
import re
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import qrcode
from qrcode.image.pil import PilImage
from sqlalchemy.exc import SQLAlchemyError

from desktop.console import run_to_stdout
from sync.server import admin, changelog, linkhosts, migrations, shortlinks

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
ENROL_SCHEME = "outreach-enrol:"


def _serve(args: argparse.Namespace) -> None:
    import uvicorn

    from sync.server.app import create_app

    logging.getLogger().setLevel(logging.INFO)
    app = create_app(args.db, args.public_url or "")
    # A push holds some 100,000 small objects at once: collecting garbage every 700 allocations
    # (the default) costs it a fifth of its time. The objects of start-up are never garbage.
    gc.set_threshold(100_000, 50, 100)
    gc.freeze()
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")


def _team_add(args: argparse.Namespace) -> None:
    name = admin.add_team(admin.open_database(args.db), args.name)
    print(f"Team {name!r} added.")


def _teams(args: argparse.Namespace) -> None:
    found = admin.list_teams(admin.open_database(args.db))
    if not found:
        print("No teams yet: add one with `outreach-server team add NAME`.")
    for name, count in found:
        print(f"{name}\t{count} device{'s' if count != 1 else ''}")


def _enrol(args: argparse.Namespace) -> None:
    code = admin.create_code(admin.open_database(args.db), args.team, args.role)
    url = args.server_url or _guess_url()
    qr = qrcode.QRCode(border=2)
    qr.add_data(f"{ENROL_SCHEME}{url}#{code.code}")
    qr.make(fit=True)
    png = Path(args.png or f"enrol-{code.code}.png")
    # Pillow's, as qrcode picks when Pillow is there (it always is: the app needs it).
    qr.make_image(image_factory=PilImage).save(png)
    print(f"Enrolment code for team {code.team!r} ({code.role}): {code.code}")
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
    found = admin.list_devices(admin.open_database(args.db))
    if not found:
        print("No devices enrolled yet.")
        return
    header = ("device", "team", "role", "label", "enrolled", "last sync", "revoked")
    table = [header] + [
        (
            d["device_id"],
            d["team"],
            d["role"],
            d["label"] or "-",
            _short(d["enrolled_at"]),
            _short(d["last_seen_at"]),
            _short(d["revoked_at"]),
        )
        for d in found
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
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
        "--db",
        default=argparse.SUPPRESS,
        help="sqlite:///FILE or postgresql://USER@HOST/DB (default: a SQLite file in the user"
        " data dir)",
    )


def _add_serving(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default=argparse.SUPPRESS, help=f"default {DEFAULT_HOST}")
    parser.add_argument(
        "--port", type=int, default=argparse.SUPPRESS, help=f"default {DEFAULT_PORT}"
    )
    parser.add_argument(
        "--public-url",
        default=argparse.SUPPRESS,
        type=_public_url,
        help="where residents' phones reach this server's tracked QR links (/q/CODE), if not "
        "at the address laptops use, e.g. https://q.example-bank.cn",
    )


def _parser() -> argparse.ArgumentParser:
    # The options are SUPPRESSed so that a subcommand's defaults never hide what was given
    # before it; main() fills in what is absent.
    parser = argparse.ArgumentParser(
        prog="outreach-server",
        description="Head office's sync server for Outreach Log (serves when no command is given).",
    )
    _add_db(parser)
    _add_serving(parser)
    parser.set_defaults(func=_serve)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        group: Any, name: str, func: Callable[[argparse.Namespace], None], summary: str
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(name, help=summary)
        _add_db(sub)
        sub.set_defaults(func=func)
        return sub

    _add_serving(command(commands, "serve", _serve, "run the sync server"))
    team = commands.add_parser("team", help="manage teams")
    team_actions = team.add_subparsers(metavar="ACTION", required=True)
    command(team_actions, "add", _team_add, "add a team").add_argument("name")
    command(commands, "teams", _teams, "list teams")
    enrol = command(commands, "enrol", _enrol, "make a one-time enrolment code for a laptop")
    enrol.add_argument("--team", required=True)
    enrol.add_argument("--role", required=True, help="field or supervisor")
    enrol.add_argument("--server-url", help="the address laptops reach this server at")
    enrol.add_argument("--png", help="where to save the QR code (default: enrol-CODE.png)")
    command(commands, "devices", _devices, "list enrolled devices")
    scans = command(commands, "scans", _scans, "scans of tracked QR codes per print run")
    scans.add_argument("--team", help="only this team's print runs")
    clashes = command(
        commands, "conflicts", _conflicts, "records two laptops changed at once: what was lost"
    )
    clashes.add_argument("--team", help="only this team's records")
    clashes.add_argument("--limit", type=int, default=50, help="how many, newest first")
    command(commands, "revoke", _revoke, "stop a device's token working").add_argument("device")
    ref = commands.add_parser("ref", help="edit reference lists")
    ref_set = command(
        ref.add_subparsers(metavar="ACTION", required=True),
        "set",
        _ref_set,
        "add or change a list entry",
    )
    ref_set.add_argument("list")
    ref_set.add_argument("code")
    ref_set.add_argument("--zh", required=True, help="Chinese name")
    ref_set.add_argument("--en", required=True, help="English name")
    ref_set.add_argument("--inactive", action="store_true", help="keep the entry out of use")
    links = commands.add_parser(
        "links", help="hosts tracked QR codes may send phones to (others: head office's page)"
    )
    link_actions = links.add_subparsers(metavar="ACTION", required=True)
    host_help = "www.example.cn, *.example.cn (its subdomains) or www.example.cn:8443"
    command(link_actions, "allow", _links_allow, "allow a host").add_argument(
        "host", help=host_help
    )
    command(link_actions, "remove", _links_remove, "stop allowing a host").add_argument(
        "host", help=host_help
    )
    command(link_actions, "list", _links_list, "allowed hosts, and design links held back")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run_to_stdout(lambda: _run(argv))


def _run(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    for name, default in (
        ("db", None),
        ("host", DEFAULT_HOST),
        ("port", DEFAULT_PORT),
        ("public_url", None),
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
