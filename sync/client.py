"""The laptop's side of sync: enrol once, then push the outbox and pull what is new.

Every step is safe to interrupt and to repeat. A pushed change leaves the outbox only after head
office acknowledged it (it stores a change once, however often it arrives), and the pull cursor
moves in the same local transaction as the records of its page. So a cut connection, a lost
reply, a crash or a retry can neither lose nor double a record. No Qt here: the window runs this
in a worker thread, the `outreach sync` command runs it directly.
"""

from __future__ import annotations

import datetime as dt
import getpass
import gzip
import hashlib
import logging
import re
import socket
import urllib.parse
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import orjson
import requests

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.domain.kinds import KINDS
from desktop.store import branches, replication
from desktop.store.store import Store, new_device_id, utc_now
from sync import protocol

log = logging.getLogger(__name__)

SERVER = "sync:server"
TOKEN = "sync:token"
ROLE = "sync:role"
#: A supervisor's branch from its enrolment (None: every team; desktop.store.reviews reads it).
BRANCH = "sync:branch"
LAST_SYNC = "sync:last_success"
#: Head office's public address for tracked QR links, when it announces one (LINKS_HEADER).
LINKS = "sync:links"  # desktop.leaflets.jobs reads it
#: This laptop's edits that gave way to later ones elsewhere (sync.refusals shows them), and
#: the last such conflict head office has told it of.
OVERRULED = "sync:overruled"
OVERRULED_AFTER = "sync:overruled_after"
#: At most this many are kept to show; older ones stay at head office.
OVERRULED_KEPT = 200
PUSH_PAGE = 2000
PULL_PAGE = 2000
#: At most this many pulled records are written in one transaction (see `pull`).
PULL_COMMIT_RECORDS = 10_000
# Fast rather than tight: at level 1 a record still takes under 100 bytes on the wire.
GZIP_LEVEL = 1
# Correct the laptop's clock only when it is clearly off, not for network jitter.
CLOCK_TOLERANCE_S = 120

Progress = Callable[[int, int], None]

#: Why a sync failed, in words the user reads (translated in the UI, context "Sync").
FAILURES = {
    "not_enrolled": QT_TRANSLATE_NOOP("Sync", "This laptop is not connected to head office yet."),
    "offline": QT_TRANSLATE_NOOP(
        "Sync", "Head office cannot be reached at {server} (no network?)."
    ),
    "unauthorized": QT_TRANSLATE_NOOP("Sync", "Head office does not know this laptop."),
    "revoked": QT_TRANSLATE_NOOP(
        "Sync", "Head office has revoked this laptop's access. Ask for a new enrolment code."
    ),
    "update_required": QT_TRANSLATE_NOOP(
        "Sync", "This app and head office speak different versions: please update the app."
    ),
    "server_error": QT_TRANSLATE_NOOP("Sync", "Head office had a problem; it will be retried."),
    "bad_request": QT_TRANSLATE_NOOP("Sync", "Head office refused the request: {detail}"),
    "bad_code": QT_TRANSLATE_NOOP("Sync", "The enrolment code is not valid: {detail}"),
    "bad_address": QT_TRANSLATE_NOOP(
        "Sync", "The head-office address is not valid (it looks like http://192.168.1.10:8765)."
    ),
    "no_address": QT_TRANSLATE_NOOP(
        "Sync", "Enter head office's address (it looks like http://192.168.1.10:8765)."
    ),
    "no_code": QT_TRANSLATE_NOOP("Sync", "Enter the enrolment code."),
    "not_head_office": QT_TRANSLATE_NOOP(
        "Sync", "No Outreach Log head office answers at this address: check it."
    ),
    "code_unknown": QT_TRANSLATE_NOOP(
        "Sync", "Head office does not know this enrolment code: check it, or ask for a new one."
    ),
    "code_used": QT_TRANSLATE_NOOP(
        "Sync", "This enrolment code has been used already: ask head office for a new one."
    ),
    "code_expired": QT_TRANSLATE_NOOP(
        "Sync", "This enrolment code has expired: ask head office for a new one."
    ),
    "other_team": QT_TRANSLATE_NOOP(
        "Sync",
        "This laptop holds team {detail}'s records, and the code is for another team (it stays "
        "unused). To work for another team, start the app on a new data folder.",
    ),
    "demo_store": QT_TRANSLATE_NOOP(
        "Sync",
        "These are demo records: they stay on this laptop. Connect from your own data (the app "
        "started without --demo).",
    ),
}

# Head office's answers to an enrolment (its error codes) and what the laptop says for them.
_ENROL_FAILURES = {
    "bad_code": "code_unknown",
    "code_used": "code_used",
    "code_expired": "code_expired",
    "other_team": "other_team",
}


class SyncError(Exception):
    """A sync that could not finish; `code` is a key of FAILURES. What was done stays done."""

    def __init__(self, code: str, detail: str = "", server: str = "") -> None:
        self.code = code
        self.detail = detail
        #: The address tried, for the user to check it.
        self.server = server
        super().__init__(f"{code}: {detail}" if detail else code)

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = FAILURES[self.code]
        if translate is not None:
            template = translate("Sync", template)
        return template.format(detail=self.detail, server=self.server)

    @property
    def retry_soon(self) -> bool:
        """Worth trying again by itself (network, server trouble), unlike a revoked token."""
        return self.code in ("offline", "server_error")


@dataclass
class SyncResult:
    pushed: int = 0
    refused: int = 0
    conflicts: int = 0
    pulled: int = 0
    applied: int = 0
    photos: int = 0
    pictures: int = 0
    overruled: int = 0
    refused_reasons: list[dict[str, Any]] = field(default_factory=list)
    #: Changes stamped ahead of head office's clock (this laptop's ran ahead), stamped again
    #: by head office's time: the new stamp by the old.
    restamped: dict[str, str] = field(default_factory=dict)

    def lines(self, translate: Callable[[str, str], str] = lambda _c, t: t) -> list[str]:
        """What moved, for the `outreach sync` command and the window's status."""
        return [
            translate("Sync", template).format(**vars(self))
            for template in (
                QT_TRANSLATE_NOOP(
                    "Sync", "Sent {pushed}, refused {refused}, conflicts {conflicts}"
                ),
                QT_TRANSLATE_NOOP("Sync", "Received {pulled}, new or changed here {applied}"),
                QT_TRANSLATE_NOOP(
                    "Sync", "Photos uploaded: {photos}; design pictures received: {pictures}"
                ),
            )
        ]


_SHA256 = re.compile(r"[0-9a-f]{64}")
_ENROL_TEXT = re.compile(r"^outreach-enrol:(?P<url>[^#\s]+)#(?P<code>\S+)$")


def parse_enrolment(text: str, server: str = "") -> tuple[str, str]:
    """(server URL, code) from the text of the enrolment QR code, or a bare code + address."""
    text = text.strip()
    m = _ENROL_TEXT.match(text)
    if m:
        return m["url"].rstrip("/"), m["code"]
    if not text:
        raise SyncError("no_code")
    server = server.strip()
    if not server:
        raise SyncError("no_address")
    if "://" not in server:
        server = "http://" + server  # typed as it is said: 192.168.1.10:8765
    if not _is_address(server):
        raise SyncError("bad_address")
    return server.rstrip("/"), text


def _is_address(url: str) -> bool:
    """An http(s) address with a host and, if any, a port that is a number."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for "8765x"
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url


def is_enrolled(store: Store) -> bool:
    """Whether the laptop has a head office and a token (asked by the window, no client made)."""
    return bool(store.setting(SERVER) and store.setting(TOKEN))


#: Pictures the laptop's live leaflet designs name (their checksums, or what was typed).
_DESIGN_PICTURES = "SELECT image FROM leaflet_designs WHERE deleted = 0 AND image LIKE '_%'"


class SyncClient:
    def __init__(
        self, store: Store, session: requests.Session | None = None, timeout: float = 30.0
    ) -> None:
        self.store = store
        self.http = session or requests.Session()
        self.timeout = timeout
        #: Seconds head office's clock was ahead of this laptop's at its last answer, exactly
        #: (the stored correction moves only past CLOCK_TOLERANCE_S).
        self._server_skew: float | None = None
        #: Changes of the current push round head office refused as stamped too far ahead.
        self._ahead: list[dict[str, Any]] = []

    # -- state --------------------------------------------------------------------------------

    @property
    def server(self) -> str:
        return str(self.store.setting(SERVER) or "")

    @property
    def enrolled(self) -> bool:
        return is_enrolled(self.store)

    # -- HTTP ---------------------------------------------------------------------------------

    def _request(self, method: str, path: str, **options: Any) -> requests.Response:
        """Send a request now, on this thread (options as for `_prepare`)."""
        return self._checked(self._prepare(method, path, **options)())

    def _prepare(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        raw: bytes | None = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
        headers: dict[str, str] | None = None,
        server: str = "",
    ) -> Callable[[], requests.Response]:
        """The request, ready to send: everything that reads the store is done here, so the
        returned call may run on another thread (sync overlaps the network with store work).
        It goes to the head office the laptop is enrolled with, unless `server` is given."""
        server = server or self.server
        if not server:
            raise SyncError("not_enrolled")
        sent = {
            protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION),
            "Accept-Encoding": "gzip",
            **(headers or {}),
        }
        data = raw
        if body is not None:
            data = gzip.compress(orjson.dumps(body), GZIP_LEVEL)
            sent["Content-Type"] = "application/json"
            sent["Content-Encoding"] = "gzip"
        if auth:
            token = self.store.setting(TOKEN)
            if not token:
                raise SyncError("not_enrolled")
            sent["Authorization"] = f"Bearer {token}"

        def send() -> requests.Response:
            try:
                return self.http.request(
                    method,
                    server + path,
                    data=data,
                    params=params,
                    headers=sent,
                    timeout=self.timeout,
                )
            except requests.RequestException as exc:
                raise SyncError("offline", str(exc), server) from exc

        return send

    def _checked(self, response: requests.Response) -> requests.Response:
        """The response if head office took the request; SyncError for the ways it did not."""
        self._learn_clock(response)
        self._learn_links(response)
        if response.status_code == 426:
            raise SyncError("update_required", _error_message(response))
        if response.status_code == 401:
            kind = _error_code(response)
            raise SyncError("revoked" if kind == "revoked" else "unauthorized")
        if response.status_code >= 500:
            raise SyncError("server_error", f"HTTP {response.status_code}")
        return response

    def _learn_links(self, response: requests.Response) -> None:
        """Remember where head office wants tracked QR codes to lead (its answers say so)."""
        if response.status_code != 200:
            return  # an error page (a proxy's, say) does not speak for head office
        links = response.headers.get(protocol.LINKS_HEADER, "").strip().rstrip("/")
        if links and not re.match(r"^https?://\S+$", links):
            return
        if links != (self.store.setting(LINKS) or ""):
            with self.store.transaction():
                self.store.set_setting(LINKS, links or None)

    def _learn_clock(self, response: requests.Response) -> None:
        """Head office's clock is the reference: remember how far ours is off."""
        header = response.headers.get(protocol.SERVER_TIME_HEADER)
        if not header:
            return
        try:
            offset = int(header) / 1000 - self.store.laptop_time()
        except ValueError:
            return
        self._server_skew = offset
        if abs(offset) < CLOCK_TOLERANCE_S:
            offset = 0.0
        if abs(offset - self.store.clock_offset) >= CLOCK_TOLERANCE_S or (
            offset == 0.0 and self.store.clock_offset != 0.0
        ):
            log.info("laptop clock is off by %.0f s; correcting stamps", offset)
            with self.store.transaction():
                self.store.set_setting("clock_offset", offset)
                self.store.clock_offset = offset

    def _json(self, response: requests.Response, ok: tuple[int, ...] = (200,)) -> Any:
        if response.status_code not in ok:
            raise SyncError("bad_request", _error_message(response))
        try:
            return orjson.loads(response.content)
        except (orjson.JSONDecodeError, requests.RequestException) as exc:
            if "Content-Type" not in response.headers:
                # Every reply says what it holds: this one lost its headers on the way (a
                # connection cut under it), the network's fault, not head office's.
                raise SyncError("offline", "the reply was cut short", self.server) from exc
            raise SyncError("server_error", "reply is not JSON") from exc

    # -- enrolment ----------------------------------------------------------------------------

    def enrol(self, text: str, server: str = "", label: str = "") -> dict[str, Any]:
        """Introduce this laptop to head office with a one-time code; keeps the token.

        A laptop enrolled before names its team, and head office refuses (leaving the code
        unused) a code for another one: its records cannot move to another team, and the
        new team's records would come down mixed with them.
        """
        url, code = parse_enrolment(text, server)
        if self.store.holds_demo:
            raise SyncError("demo_store")
        enrolled_before = bool(self.store.setting(ROLE))
        body = {
            # Enrolled before: perhaps a copy of another laptop's data folder, which must not
            # share that laptop's identity (a new one costs nothing).
            "device_id": new_device_id() if enrolled_before else self.store.device_id,
            "code": code,
            "label": label or _label(self.store),
        }
        if enrolled_before and self.store.team:
            body["team"] = self.store.team
        # The address is kept only with the token: a mistyped one must not replace the one
        # an enrolled laptop syncs with.
        response = self._request("POST", protocol.API + "/enrol", auth=False, body=body, server=url)
        if response.status_code != 200:
            failure = _ENROL_FAILURES.get(_error_code(response))
            if failure:
                raise SyncError(failure, self.store.team)
            if response.status_code in (404, 405) or not _error_code(response):
                raise SyncError("not_head_office", f"HTTP {response.status_code}")
            raise SyncError("bad_code", _error_message(response))
        reply = self._json(response)
        with self.store.transaction():
            if body["device_id"] != self.store.device_id:
                self.store.use_device_id(body["device_id"])
            self.store.set_setting(SERVER, url)
            self.store.set_setting(TOKEN, reply["token"])
            self.store.set_setting(ROLE, reply["role"])
            self.store.set_setting(BRANCH, reply.get("branch"))
            replication.adopt_team(self.store, str(reply["team"]))
        return dict(reply)

    # -- the sync itself ----------------------------------------------------------------------

    def sync(self, progress: Progress | None = None) -> SyncResult:
        """Push everything pending, upload pictures, pull everything new, then fetch the
        pictures of designs that came without theirs."""
        if self.store.holds_demo:
            raise SyncError("demo_store")
        result = SyncResult()
        self.push(result, progress)
        self.upload_photos(result)
        self.pull(result, progress)
        self.fetch_overruled(result)
        self.fetch_team_branches()
        self.fetch_design_pictures(result)
        if self._requeue_dated():  # by head office's calendar, as it answered just now
            self.push(result, progress)
        with self.store.transaction():
            self.store.set_setting(LAST_SYNC, utc_now())
        return result

    def push(self, result: SyncResult, progress: Progress | None = None) -> None:
        """Send the outbox page by page, oldest first.

        Pages go one at a time (head office must store them in the order they were made), but
        the laptop is not idle meanwhile: while one page is on its way it reads and packs the
        next, and settles the previous page's answer.
        """
        self._requeue_dated()
        self._push_round(result, progress)
        if self._ahead and self._server_skew is not None:
            # Refused as stamped ahead of head office's clock, which the answer told: stamped
            # again by it and sent again at once, so nobody has to touch them.
            server_ms = int((self.store.laptop_time() + self._server_skew) * 1000)
            queued, anew = replication.restamp_ahead(
                self.store, server_ms, protocol.REJECT_CLOCK_AHEAD
            )
            result.restamped.update(anew)
            if queued:
                self._push_round(result, progress)
        result.refused += len(self._ahead)
        result.refused_reasons.extend(self._ahead)

    def _requeue_dated(self) -> int:
        """Queue again what head office refused only for a date in the future (saved while the
        laptop's clock ran fast) once head office takes that date; returns how many."""
        latest = self.store.today() + dt.timedelta(days=protocol.DATE_SLACK_DAYS)
        return replication.requeue_no_longer_future(self.store, latest)

    def _push_round(self, result: SyncResult, progress: Progress | None) -> None:
        self._ahead = []
        total = self.store.pending_changes()
        done = 0
        with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as network:
            page = self._push_page(0)
            flying: tuple[list[int], Future[requests.Response]] | None = None
            while page or flying:
                answer = None
                if flying:
                    seqs, future = flying
                    answer = seqs, self._json(self._checked(future.result()))
                    flying = None
                if page:
                    seqs, send = page
                    flying = seqs, network.submit(send)
                    page = self._push_page(seqs[-1])
                if answer:
                    done += self._settle_push(result, *answer)
                    if progress:
                        progress(done, max(total, done))

    def _push_page(self, after: int) -> tuple[list[int], Callable[[], requests.Response]] | None:
        """The outbox changes after `after`, packed as one push request (None: nothing left)."""
        changes = replication.pending(self.store, PUSH_PAGE, after)
        if not changes:
            return None
        by_kind: dict[str, list[dict[str, Any]]] = {}
        for change in changes:
            row = change.record  # read for this page only: the push columns go in place
            row["seq"] = change.seq
            row["base_hlc"] = change.base_hlc
            by_kind.setdefault(change.kind, []).append(row)
        body = {
            "batches": [
                protocol.encode_batch(KINDS[kind], rows, protocol.PUSH_META)
                for kind, rows in by_kind.items()
            ]
        }
        send = self._prepare("POST", protocol.API + "/push", body=body)
        return [c.seq for c in changes], send

    def _settle_push(self, result: SyncResult, seqs: list[int], reply: Any) -> int:
        """Take head office's answer to one page; anything it did not answer stays pending."""
        accepted = [int(s) for s in reply.get("accepted", [])]
        rejected = list(reply.get("rejected", []))
        if not accepted and not rejected:
            raise SyncError("server_error", "push answered nothing")
        replication.acknowledge(self.store, accepted)
        replication.refuse(self.store, rejected)
        ahead = [r for r in rejected if r.get("code") == protocol.REJECT_CLOCK_AHEAD]
        self._ahead.extend(ahead)  # stamped again and resent by push(): not refused yet
        result.pushed += len(accepted)
        result.refused += len(rejected) - len(ahead)
        result.conflicts += int(reply.get("conflicts", 0))
        result.refused_reasons.extend(r for r in rejected if r not in ahead)
        return len(seqs)

    def pull(self, result: SyncResult, progress: Progress | None = None) -> None:
        """Take every change after the cursor, page by page; the next page is fetched while
        this one is written. The cursor moves only with the page it covers."""
        after = replication.cursor(self.store)
        with ThreadPoolExecutor(1, thread_name_prefix="sync-pull") as network:
            coming = network.submit(self._pull_page(after))
            more = True
            while more:
                # Pages already downloaded are written in one transaction (up to
                # PULL_COMMIT_RECORDS): each commit rewrites the index pages it touched, and a
                # first pull of a million records is mostly that. The write lock is never held
                # while waiting on the network, so a save in the window does not wait for it.
                with self.store.transaction():
                    taken = 0
                    while True:
                        reply = self._json(self._checked(coming.result()))
                        last = int(reply.get("last", after))
                        more = bool(reply.get("more")) and last > after
                        if more:
                            coming = network.submit(self._pull_page(last))
                        for batch in reply.get("batches", []):
                            kind, records = protocol.decode_batch(batch)
                            result.applied += replication.apply_remote(self.store, kind, records)
                            result.pulled += len(records)
                            taken += len(records)
                        replication.set_cursor(self.store, last)
                        after = last
                        if not (more and taken < PULL_COMMIT_RECORDS and _arrived(coming)):
                            break
                if progress:
                    progress(result.pulled, result.pulled)

    def _pull_page(self, after: int) -> Callable[[], requests.Response]:
        return self._prepare(
            "GET", protocol.API + "/pull", params={"after": after, "limit": PULL_PAGE}
        )

    def fetch_overruled(self, result: SyncResult) -> None:
        """Learn which of this laptop's edits gave way to later edits of the same fields made
        elsewhere: they are not lost (head office keeps them), but the user should know."""
        after = int(self.store.setting(OVERRULED_AFTER) or 0)
        response = self._request("GET", protocol.API + "/overruled", params={"after": after})
        if response.status_code == 404:
            return  # a head office from before this was asked
        reply = self._json(response)
        found = list(reply.get("conflicts", []))
        if not found:
            return
        kept = [*(self.store.setting(OVERRULED) or []), *found][-OVERRULED_KEPT:]
        with self.store.transaction():
            self.store.set_setting(OVERRULED, kept)
            self.store.set_setting(OVERRULED_AFTER, int(reply.get("last", after)))
        result.overruled += len(found)

    def upload_photos(self, result: SyncResult) -> None:
        """Send each photo file once, in chunks, resuming where a cut connection left off.

        Each goes as what it is here: a design's picture (which head office hands to the
        team's laptops that print the design; also when a session photo has the same bytes)
        or a session photo (which stays there).
        """
        rows = self.store.conn.execute(
            f"SELECT sha256 FROM photos WHERE deleted = 0 UNION {_DESIGN_PICTURES}"
            " EXCEPT SELECT sha256 FROM photo_uploads"
        ).fetchall()
        pictures = {digest for (digest,) in self.store.conn.execute(_DESIGN_PICTURES)}
        for (digest,) in rows:
            path = self.store.photo_path(digest)
            if not path.exists():
                log.warning("photo %s is missing from the data dir", digest)
                continue
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != digest:
                log.error("photo %s is damaged on disk; not sent", digest)
                continue
            self._send_picture(digest, data, "leaflet_design" if digest in pictures else "photo")
            with self.store.transaction():
                self.store.conn.execute(
                    "INSERT OR IGNORE INTO photo_uploads (sha256, uploaded_at) VALUES (?, ?)",
                    (digest, utc_now()),
                )
            result.photos += 1

    def _send_picture(self, digest: str, data: bytes, kind: protocol.PictureKind) -> None:
        """Send the picture for `kind` from where this laptop's upload stands at head office
        (nothing if the team sent it for `kind` already)."""
        url = f"{protocol.API}/photos/{digest}"
        state = self._json(self._request("GET", url, params={"kind": kind}))
        received = int(state.get("received", 0))
        while not state.get("complete"):
            chunk = data[received : received + protocol.PHOTO_CHUNK]
            response = self._request(
                "PUT",
                url,
                raw=chunk,
                params={"offset": received, "size": len(data), "kind": kind},
                headers={"Content-Type": "application/octet-stream"},
            )
            state = self._json(response, ok=(200, 409))
            received = int(state.get("received", 0))

    def fetch_team_branches(self) -> None:
        """Learn which branch each team in scope is in (the log's and reports' branch filter)."""
        response = self._request("GET", protocol.API + "/teams")
        if response.status_code == 404:
            return  # a head office from before branches were handed out
        reply = self._json(response)
        pairs = [(str(t["team"]), str(t["branch"])) for t in reply.get("teams", [])]
        with self.store.transaction():
            branches.replace(self.store.conn, pairs)

    def record_conflicts(self, kind: str, uuid: str) -> list[dict[str, Any]]:
        """The versions of one record that lost to another at head office (asked when a
        supervisor opens the record); [] for a record head office does not hold yet."""
        response = self._request("GET", f"{protocol.API}/records/{kind}/{uuid}/conflicts")
        if response.status_code == 404:
            return []
        return list(self._json(response).get("conflicts", []))

    def session_photo(self, digest: str) -> bool:
        """Fetch a session photo from head office into this laptop's files, once: whether it is
        here now (False: head office does not hold it, or not for this laptop)."""
        if self.store.photo_path(digest).is_file():
            return True
        if not _SHA256.fullmatch(digest):
            return False
        response = self._request("GET", f"{protocol.API}/session-photos/{digest}")
        if response.status_code == 404:
            return False
        if response.status_code != 200:
            raise SyncError("bad_request", _error_message(response))
        if hashlib.sha256(response.content).hexdigest() != digest:
            log.error("session photo %s arrived damaged; not kept", digest)
            return False
        self.store.keep_bytes(response.content)
        return True

    def fetch_design_pictures(self, result: SyncResult) -> None:
        """Fetch the pictures of designs made on other laptops, so they print here too.

        A picture head office does not hold yet (its laptop has not synced it) is asked for
        again next time; the print shows the design without it meanwhile.
        """
        named = {digest for (digest,) in self.store.conn.execute(_DESIGN_PICTURES)}
        for digest in sorted(named):
            if not _SHA256.fullmatch(digest) or self.store.photo_path(digest).is_file():
                continue  # (a design typed in by hand may name no picture file at all)
            response = self._request("GET", f"{protocol.API}/design-pictures/{digest}")
            if response.status_code == 404:
                log.info("design picture %s is not at head office yet", digest)
                continue
            if response.status_code != 200:
                raise SyncError("bad_request", _error_message(response))
            if hashlib.sha256(response.content).hexdigest() != digest:
                log.error("design picture %s arrived damaged; not kept", digest)
                continue
            self.store.keep_bytes(response.content)
            result.pictures += 1


def _arrived(coming: Future[requests.Response]) -> bool:
    """Whether the next page is here and answered (a failed one is met outside the group, so
    the pages written before it are kept)."""
    return coming.done() and coming.exception() is None and coming.result().status_code == 200


def _label(store: Store) -> str:
    """What head office lists the laptop as, unless it is given a name: the machine and its
    login (not an officer's name: a team laptop is shared by several officers)."""
    return f"{getpass.getuser()}@{socket.gethostname()}"[:200]


def _error_code(response: requests.Response) -> str:
    try:
        return str(response.json().get("error", ""))
    except ValueError:
        return ""


def _error_message(response: requests.Response) -> str:
    try:
        body = response.json()
        return str(body.get("message") or body.get("error") or response.status_code)
    except ValueError:
        return f"HTTP {response.status_code}"
