"""Errors the API answers with: {"error": code, "message": text, ...} and an HTTP status.

Raised anywhere below the endpoints (also in worker threads); the app turns them into responses.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, error: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.error, "message": self.message, **self.extra}


def bad_request(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def too_large(message: str) -> ApiError:
    return ApiError(413, "too_large", message)
