"""One error hierarchy; rendered as JSON ``{"error": ..., "detail": ...}`` in one place."""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    """Base of every error the API answers on purpose."""

    status_code = 400
    code = "bad_request"
    #: Seconds the client should wait before trying again (the Retry-After header).
    retry_after: int | None = None

    def __init__(
        self, detail: Any = None, *, code: str | None = None, retry_after: int | None = None
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code
        if retry_after is not None:
            self.retry_after = retry_after


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


class ServiceUnavailable(AppError):
    """Busy for a moment (contention, a full queue): the same request may succeed later."""

    status_code = 503
    code = "busy"
    retry_after = 2


class BadGateway(AppError):
    status_code = 502
    code = "provider_error"
