"""The server's log: uvicorn's text lines (default) or JSON lines (``VEJVISER_LOG_FORMAT=json``).

A JSON line holds the time, level, logger and message; an access line also the method, the
path *without its query* (a library search's words, a webhook's secret), the status and the
client address. Nothing else of the request reaches the log: no headers (tokens), no bodies
(passwords, recipients), and the database engine hides statement parameters from its errors
(``hide_parameters``), so an error logged with its traceback names no stored value.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

FORMATS = ("text", "json")


class JsonLines(logging.Formatter):
    """One JSON object per record."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        if record.name == "uvicorn.access" and isinstance(record.args, tuple):
            args = record.args
            if len(args) == 5:
                client, method, path, _version, status = args
                out.update(
                    message="request",
                    method=str(method),
                    path=str(path).split("?", 1)[0],
                    status=int(status),  # type: ignore[call-overload]
                    client=str(client),
                )
                return json.dumps(out, ensure_ascii=False)
        out["message"] = record.getMessage()
        if record.exc_info and record.exc_info[0] is not None:
            out["error"] = record.exc_info[0].__name__
            out["traceback"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def log_config(fmt: str, level: str = "info") -> dict[str, Any]:
    """A :func:`logging.config.dictConfig` for uvicorn (``log_config=``): every server
    logger to standard error, as text or JSON lines."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown log format {fmt!r}: {', '.join(FORMATS)}")
    level = level.upper()
    if fmt == "json":
        formatters: dict[str, Any] = {
            "default": {"()": "sync_server.logs.JsonLines"},
            "access": {"()": "sync_server.logs.JsonLines"},
        }
    else:
        formatters = {
            "default": {
                "()": "uvicorn.logging.DefaultFormatter",
                "fmt": "%(levelprefix)s %(message)s",
                "use_colors": False,
            },
            "access": {
                "()": "uvicorn.logging.AccessFormatter",
                "fmt": '%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s',
                "use_colors": False,
            },
        }
    stderr = "ext://sys.stderr"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": formatters,
        "handlers": {
            "default": {"class": "logging.StreamHandler", "formatter": "default", "stream": stderr},
            "access": {"class": "logging.StreamHandler", "formatter": "access", "stream": stderr},
        },
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": ["access"], "level": level, "propagate": False},
            "vejviser": {"handlers": ["default"], "level": level, "propagate": False},
        },
    }
