"""One error hierarchy; rendered as JSON ``{"error": ..., "detail": ...}`` in one place."""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    """Base of every error the API answers on purpose."""

    status_code = 400
    code = "bad_request"

    def __init__(self, detail: Any = None, *, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code


class Unauthorized(AppError):
    status_code = 401
    code = "unauthorized"


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"


class NotFound(AppError):
    status_code = 404
    code = "not_found"


class Conflict(AppError):
    """A write based on a stale revision; ``detail`` carries the current version."""

    status_code = 409
    code = "conflict"


class PayloadTooLarge(AppError):
    status_code = 413
    code = "payload_too_large"


class UnsupportedMedia(AppError):
    status_code = 415
    code = "unsupported_media_type"


class Invalid(AppError):
    status_code = 422
    code = "validation_error"


class TooManyRequests(AppError):
    status_code = 429
    code = "too_many_requests"


class BadGateway(AppError):
    status_code = 502
    code = "provider_error"
