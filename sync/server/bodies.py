"""Reading request bodies within the protocol's limits, before anything else looks at them.

The raw body is capped while it streams in (a Content-Length is not trusted), and a gzip body is
inflated with a cap on the output, so a small "gzip bomb" cannot fill the memory.
"""

from __future__ import annotations

import zlib
from typing import Any

import orjson
from starlette.requests import ClientDisconnect, Request

from sync.server.errors import ApiError, bad_request, too_large

#: zlib's wbits for the gzip wrapper.
_GZIP = 16 + zlib.MAX_WBITS


async def read(request: Request, limit: int) -> bytes:
    """The raw body; 413 as soon as it grows past `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise bad_request("Content-Length must be a number")
        if int(declared) > limit:
            raise too_large(f"the body may have at most {limit} bytes")
    data = bytearray()
    try:
        async for piece in request.stream():
            data += piece
            if len(data) > limit:
                raise too_large(f"the body may have at most {limit} bytes")
    except ClientDisconnect:
        # The network cut the upload (a weak hotspot): nothing is wrong here, nothing was
        # written, and the laptop sends it again.
        raise ApiError(400, "incomplete_body", "the connection closed mid-body") from None
    return bytes(data)


def inflate(raw: bytes, encoding: str | None, limit: int) -> bytes:
    """The body without its Content-Encoding; 413 if it inflates past `limit` bytes."""
    encoding = (encoding or "identity").strip().lower()
    if encoding == "identity":
        return raw
    if encoding != "gzip":
        raise ApiError(415, "unsupported_encoding", "bodies may be sent plain or gzip only")
    inflater = zlib.decompressobj(_GZIP)
    out = bytearray()
    pending = raw
    try:
        while pending and not inflater.eof:
            out += inflater.decompress(pending, limit + 1 - len(out))
            if len(out) > limit:
                raise too_large(f"the body inflates to more than {limit} bytes")
            pending = inflater.unconsumed_tail
    except zlib.error:
        raise bad_request("the body is not valid gzip") from None
    if not inflater.eof:
        raise bad_request("the gzip body is cut short")
    return bytes(out)


def parse_json(data: bytes) -> Any:
    """Strict JSON (no NaN or Infinity, valid UTF-8, shallow nesting); 400 for anything else."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        raise bad_request("the body is not valid JSON") from None
