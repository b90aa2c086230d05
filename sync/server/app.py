"""The HTTP API of head office (sync.protocol, version 1), as a FastAPI app.

`create_app(db_url)` migrates the database and returns the app; every request then reads and
writes the database only, so any number of processes may serve the same database. Database work
runs in FastAPI's thread pool, never on the event loop.
"""

from __future__ import annotations

import gzip
import logging
from typing import Annotated, Any

import orjson
from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync import protocol
from sync.server import (
    admin,
    auth,
    bodies,
    changelog,
    db,
    health,
    migrations,
    models,
    photos,
    pull,
    push,
    shortlinks,
)
from sync.server.errors import ApiError

log = logging.getLogger(__name__)

API = protocol.API
#: Enrolment bodies are three short texts.
MAX_ENROL_BYTES = 16 * 1024
#: Smaller answers are not worth compressing.
GZIP_FROM = 1024
#: Cursors and offsets beyond this are nonsense (and would overflow a database integer).
MAX_POSITION = 2**62
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.ErrorBody, "description": "malformed request"},
    401: {"model": models.ErrorBody, "description": "unknown or revoked device token"},
    426: {"model": models.UpdateRequired, "description": "protocol versions differ"},
}


class ProtocolGate:
    """Outermost layer: version check, server time on every answer, no traceback ever sent.

    The version check comes before anything else (also before authentication), so a laptop
    with an older app learns it must update instead of getting errors it cannot read.
    """

    def __init__(self, app: ASGIApp, links: str = "") -> None:
        self.app = app
        self.links = links

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_stamped(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                # Lets a laptop whose clock is off by days stamp its edits in the right order.
                headers = MutableHeaders(scope=message)
                headers.append(protocol.SERVER_TIME_HEADER, str(db.now_ms()))
                if self.links:
                    headers.append(protocol.LINKS_HEADER, self.links)
            await send(message)

        try:
            spoken = Headers(scope=scope).get(protocol.PROTOCOL_HEADER, "").strip()
            if scope["path"].startswith("/api/") and spoken != str(protocol.PROTOCOL_VERSION):
                answer = JSONResponse(
                    {
                        "error": "update_required",
                        "message": f"head office speaks sync protocol {protocol.PROTOCOL_VERSION}"
                        f" (this app sent {spoken or 'none'}): update the app",
                        "server_protocol": protocol.PROTOCOL_VERSION,
                    },
                    426,
                )
                await answer(scope, receive, send_stamped)
                return
            await self.app(scope, receive, send_stamped)
        except Exception:
            log.exception("unexpected error in %s %s", scope.get("method"), scope.get("path"))
            if not started:
                answer = JSONResponse(
                    {"error": "server_error", "message": "head office had an internal error"},
                    500,
                )
                await answer(scope, receive, send_stamped)


def _reply(request: Request, body: bytes, status: int = 200) -> Response:
    """A JSON body, gzip-compressed when the client takes it and it is worth it."""
    headers = {}
    if len(body) >= GZIP_FROM and "gzip" in request.headers.get("accept-encoding", ""):
        body = gzip.compress(body, compresslevel=1, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(body, status, headers=headers, media_type="application/json")


def _request_body(name: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{name}"}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


_bearer = HTTPBearer(auto_error=False, description="the token enrolment gave the device")


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine  # Starlette's state holds anything
    return engine


Database = Annotated[Engine, Depends(_engine)]


def _device(
    engine: Database,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> auth.Device:
    header = f"Bearer {credentials.credentials}" if credentials else None
    return auth.authenticate(engine, header)


Caller = Annotated[auth.Device, Depends(_device)]
#: What a picture is sent for; an older laptop does not say, and its pictures are taken for
#: session photos (never handed out), the safe guess.
Kind = Annotated[
    protocol.PictureKind,
    Query(description="the kind of record naming the picture: a session photo unless said"),
]


Sha256 = Annotated[
    str,
    Path(pattern=r"^[0-9a-f]{64}$", description="the picture's SHA-256, 64 lower-case hex digits"),
]


def _protocol_header(
    version: Annotated[
        str, Header(alias=protocol.PROTOCOL_HEADER, description="the sync protocol version")
    ],
) -> None:
    """Documents the header; ProtocolGate has checked it before any endpoint runs."""


def _count_refusals(engine: Engine, device_id: str, rejected: list[dict[str, Any]]) -> None:
    """Note a push's refusals for `outreach-server devices`, after the push has committed: the
    count is the administrator's figure, and failing it must not cost the laptop its answer."""
    try:
        admin.note_refusals(engine, device_id, rejected)
    except SQLAlchemyError:
        log.warning("could not count the refusals of %s", device_id, exc_info=True)


def _methods_at(app: FastAPI, path: str) -> list[str]:
    """Every method some route answers at `path`."""
    return sorted(
        {
            method
            for route in app.routes
            if isinstance(route, APIRoute) and route.path_regex.fullmatch(path)
            for method in route.methods or ()
        }
    )


def create_app(db_url: str | None = None, public_url: str = "") -> FastAPI:
    """The API over the database at `db_url` (default: db.default_url()), migrated first.

    `public_url` is where residents' phones reach this server's short links, if not at the
    address laptops use (an office network address, say); laptops learn it from every answer.
    """
    engine = db.create(db_url or db.default_url())
    migrations.migrate(engine)
    app = FastAPI(
        title="Outreach Log head office",
        version=str(protocol.PROTOCOL_VERSION),
        description=(
            "Sync API for the Outreach Log laptops. Every request under /api carries"
            f" `{protocol.PROTOCOL_HEADER}: {protocol.PROTOCOL_VERSION}`; every answer carries"
            f" `{protocol.SERVER_TIME_HEADER}` (ms since the epoch). Errors are"
            ' {"error": code, "message": text}.'
        ),
    )
    app.add_middleware(ProtocolGate, links=public_url.strip().rstrip("/"))
    app.state.engine = engine
    common: dict[str, Any] = {"dependencies": [Depends(_protocol_header)], "responses": _ERRORS}

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse(error.body(), error.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        where = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in error.errors()
        )
        return JSONResponse({"error": "bad_request", "message": where}, 400)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, error: HTTPException) -> Response:
        if error.status_code == 404 and not request.url.path.startswith("/api/"):
            # Outside the API it is a person's phone (a mangled QR link): a page, not JSON.
            return HTMLResponse(shortlinks.NOT_FOUND_PAGE, 404)
        code = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "http_error")
        headers = error.headers
        if error.status_code == 405:
            # Starlette names the methods of the first route matching the path only.
            headers = {"Allow": ", ".join(_methods_at(app, request.url.path))}
        return JSONResponse(
            {"error": code, "message": str(error.detail)}, error.status_code, headers=headers
        )

    @app.post(
        f"{API}/enrol",
        response_model=models.EnrolResponse,
        openapi_extra=_request_body("EnrolRequest"),
        dependencies=common["dependencies"],
        responses={
            **_ERRORS,
            403: {"model": models.ErrorBody, "description": "unknown or expired code"},
            409: {
                "model": models.ErrorBody,
                "description": "code used already, for another team, or being used right now",
            },
        },
    )
    async def enrol(request: Request) -> JSONResponse:
        """Trade a one-time enrolment code for a device token."""
        raw = await bodies.read(request, MAX_ENROL_BYTES)
        data = bodies.inflate(raw, request.headers.get("content-encoding"), MAX_ENROL_BYTES)
        return JSONResponse(await run_in_threadpool(auth.enrol, engine, bodies.parse_json(data)))

    @app.get(f"{API}/status", response_model=models.StatusResponse, **common)
    def status(caller: Caller) -> dict[str, Any]:
        """Who head office takes this device for, and its clock."""
        return {
            "protocol": protocol.PROTOCOL_VERSION,
            "server_time": db.now_ms(),
            "device_id": caller.device_id,
            "team": caller.team,
            "role": caller.role,
            "branch": caller.branch,
        }

    @app.post(
        f"{API}/push",
        response_model=models.PushResponse,
        openapi_extra=_request_body("PushRequest"),
        dependencies=common["dependencies"],
        responses={
            **_ERRORS,
            413: {"model": models.ErrorBody, "description": "too many rows or bytes in one push"},
        },
    )
    async def push_changes(request: Request, caller: Caller) -> Response:
        """Send changes (optionally gzip); each is accepted or rejected with its reason."""
        raw = await bodies.read(request, protocol.MAX_BODY_BYTES)
        encoding = request.headers.get("content-encoding")

        def work() -> bytes:
            data = bodies.inflate(raw, encoding, protocol.MAX_INFLATED_BYTES)
            outcome = push.push(engine, caller, bodies.parse_json(data))
            if outcome.rejected:
                _count_refusals(engine, caller.device_id, outcome.rejected)
            return orjson.dumps(outcome.body())

        return _reply(request, await run_in_threadpool(work))

    @app.get(f"{API}/pull", response_model=models.PullResponse, **common)
    def pull_changes(
        request: Request,
        caller: Caller,
        after: Annotated[int, Query(ge=0, le=MAX_POSITION)] = 0,
        limit: Annotated[int, Query(ge=1, le=protocol.MAX_PULL_LIMIT)] = 1000,
    ) -> Response:
        """Changes after the cursor `after` that this device may see, in log order."""
        return _reply(request, pull.pull(engine, caller, after, limit))

    @app.get(f"{API}/photos/{{sha256}}", response_model=models.PhotoState, **common)
    def photo_state(sha256: Sha256, caller: Caller, kind: Kind = "photo") -> dict[str, Any]:
        """How many bytes of the photo head office holds for this device: all once its team
        sent it for `kind`, else what this device's own upload has."""
        return photos.state(engine, caller, sha256, kind)

    @app.put(
        f"{API}/photos/{{sha256}}",
        response_model=models.PhotoState,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/octet-stream": {"schema": {"type": "string"}}},
            }
        },
        dependencies=common["dependencies"],
        responses={
            **_ERRORS,
            409: {"model": models.OffsetMismatch, "description": "the upload stands elsewhere"},
            413: {
                "model": models.ErrorBody,
                "description": "a photo over MAX_PHOTO_BYTES, a chunk over PHOTO_CHUNK",
            },
        },
    )
    async def photo_chunk(
        sha256: Sha256,
        request: Request,
        caller: Caller,
        offset: Annotated[int, Query(ge=0, le=protocol.MAX_PHOTO_BYTES)],
        size: Annotated[int, Query(ge=1, le=MAX_POSITION)],
        kind: Kind = "photo",
    ) -> dict[str, Any]:
        """Upload the bytes at `offset` (at most PHOTO_CHUNK) of this device's own upload of the
        picture for `kind`; 409 {received} if it differs."""
        photos.check_digest(sha256)
        photos.check_size(size)
        chunk = await bodies.read(request, protocol.PHOTO_CHUNK)
        return await run_in_threadpool(
            photos.put, engine, caller, sha256, offset, size, chunk, kind
        )

    @app.get(
        f"{API}/design-pictures/{{sha256}}",
        response_class=Response,
        dependencies=common["dependencies"],
        responses={
            **_ERRORS,
            200: {"content": {"application/octet-stream": {}}},
            404: {
                "model": models.ErrorBody,
                "description": "no such picture within this device's scope (whether it exists"
                " elsewhere is not said)",
            },
        },
    )
    def design_picture(sha256: Sha256, caller: Caller) -> Response:
        """The picture of a leaflet design this device may see (the team's or everyone's)."""
        data = photos.design_picture(engine, caller, sha256)
        return Response(data, media_type="application/octet-stream")

    @app.get(f"{API}/teams", response_model=models.TeamsResponse, **common)
    def teams_in_scope(caller: Caller) -> dict[str, Any]:
        """The teams this device sees, each with its branch."""
        return {"teams": auth.team_branches(engine, caller)}

    @app.get(
        f"{API}/records/{{kind}}/{{uuid}}/conflicts",
        response_model=models.RecordConflictsResponse,
        dependencies=common["dependencies"],
        responses={
            **_ERRORS,
            404: {
                "model": models.ErrorBody,
                "description": "no such record within this device's scope",
            },
        },
    )
    def record_conflicts(
        kind: Annotated[str, Path(max_length=32)],
        uuid: Annotated[str, Path(max_length=100)],
        caller: Caller,
    ) -> dict[str, Any]:
        """Every version of the record that lost to another (what was overwritten)."""
        return changelog.record_conflicts(engine, caller, kind, uuid)

    @app.get(
        f"{API}/session-photos/{{sha256}}",
        response_class=Response,
        dependencies=common["dependencies"],
        responses={
            **_ERRORS,
            200: {"content": {"application/octet-stream": {}}},
            404: {
                "model": models.ErrorBody,
                "description": "not a supervisor, or no such photo within its scope",
            },
        },
    )
    def session_photo(sha256: Sha256, caller: Caller) -> Response:
        """A session photo of a record in this supervisor's scope (fetched when shown)."""
        data = photos.session_photo(engine, caller, sha256)
        return Response(data, media_type="application/octet-stream")

    @app.get(f"{API}/overruled", response_model=models.OverruledResponse, **common)
    def overruled(
        caller: Caller, after: Annotated[int, Query(ge=0, le=MAX_POSITION)] = 0
    ) -> dict[str, Any]:
        """This device's edits that gave way to later edits of the same fields elsewhere (kept
        at head office as conflicts), after the conflict id `after`."""
        return changelog.overruled(engine, caller.device_id, after)

    @app.get(
        f"{API}/scans",
        response_model=models.ScansResponse,
        dependencies=common["dependencies"],
        responses={
            **_ERRORS,
            403: {"model": models.ErrorBody, "description": "another team's, to a field device"},
        },
    )
    def scans_per_run(
        caller: Caller, team: Annotated[str | None, Query(max_length=100)] = None
    ) -> dict[str, Any]:
        """Scans of tracked QR codes per print run: supervisors see every team (or `team`),
        field devices their own team."""
        if not caller.sees_all_teams:
            if team is not None and team != caller.team:
                raise ApiError(403, "forbidden", "a field device sees its own team's scans only")
            team = caller.team
        return {"runs": shortlinks.scans_per_run(engine, team)}

    @app.get(
        "/healthz",
        response_model=health.HealthBody,
        responses={503: {"model": health.HealthBody, "description": "not fit to serve: why"}},
    )
    def healthz() -> JSONResponse:
        """Whether the database answers and holds the schema this server writes (no token:
        for monitoring and load balancers)."""
        found = health.check(engine)
        return JSONResponse(
            found.body(), 200 if found.healthy else 503, headers={"Cache-Control": "no-store"}
        )

    @app.get(
        "/q/{code:path}",
        response_class=HTMLResponse,
        status_code=302,
        responses={
            200: {
                "description": "the leaflet's link as text on head office's page, when its host"
                " is not allowed (`outreach-server links allow`); the scan is counted",
                "content": {"text/html": {"schema": {"type": "string"}}},
            },
            302: {"description": "to the leaflet's link; the scan is counted"},
            404: {"description": "unknown code (a small page in Chinese and English)"},
        },
    )
    def short_link(code: str) -> Response:
        """Where a tracked QR code on a leaflet leads (no header, no token: phones scan it)."""
        found = shortlinks.scan(engine, code)
        if found is None:
            return HTMLResponse(
                shortlinks.NOT_FOUND_PAGE, 404, headers={"Cache-Control": "no-store"}
            )
        if found.redirect is None:
            return HTMLResponse(
                shortlinks.held_back_page(found.link), 200, headers=shortlinks.HELD_BACK_HEADERS
            )
        # no-store: every scan comes back here to be counted.
        return RedirectResponse(
            found.redirect,
            302,
            headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
        )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for model in models.REQUEST_MODELS:
                found = model.model_json_schema(ref_template="#/components/schemas/{model}")
                components.update(found.pop("$defs", {}))
                components[model.__name__] = found
            components["PushRequest"] = push.request_schema()
            for path in schema["paths"].values():
                for operation in path.values():
                    # Malformed requests are answered 400 (_invalid), never FastAPI's 422.
                    operation["responses"].pop("422", None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    log.info("serving %s (schema %d)", engine.url.render_as_string(), migrations.LATEST)
    return app
