"""The local control channel: a softphone or call-centre system drives the contact timer of
the running app (``vejviser contact start|stop|status``), and a second start of the app brings
the running window forward instead of opening a second one.

The running app serves a :class:`ControlServer` in a background thread on a local socket
(AF_UNIX on Linux and macOS, a named pipe on Windows). Clients prove they know the key in
``control.key`` under the profile (mode 0600) with the HMAC challenge of
:mod:`multiprocessing.connection`; messages are small JSON objects (never pickles).
No Qt here: ``show`` is a callback the UI passes in.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing import AuthenticationError
from multiprocessing.connection import (
    Client,
    Connection,
    Listener,
    answer_challenge,
    deliver_challenge,
)
from pathlib import Path
from typing import Any

from ..core.errors import VejviserError
from ..core.paths import profile_root
from ..core.registration import CHANNEL_LABELS, OUTCOME_LABELS, format_duration
from .contact import ContactService, ContactState, ContactStatus

log = logging.getLogger("vejviser.control")

KEY_FILE = "control.key"
NOT_RUNNING = "Vejviser kører ikke."
_WINDOWS = sys.platform == "win32"
_FAMILY = "AF_PIPE" if _WINDOWS else "AF_UNIX"
_MAX_MESSAGE = 64 * 1024


class ControlError(VejviserError):
    """The running app could not be asked."""


class NotRunning(ControlError):
    """No Vejviser runs for this profile."""


@dataclass(frozen=True)
class ControlReply:
    ok: bool
    message: str
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> bytes:
        return json.dumps(
            {"ok": self.ok, "message": self.message, "data": self.data}, ensure_ascii=False
        ).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> ControlReply:
        body = json.loads(raw)
        return cls(bool(body.get("ok")), str(body.get("message", "")), dict(body.get("data") or {}))


# -- address and key ----------------------------------------------------------------------
def control_address(root: Path) -> str:
    """The socket (or pipe) of the app running on the profile ``root``."""
    digest = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    if _WINDOWS:
        return rf"\\.\pipe\vejviser-{digest}"
    path = root / "control.sock"
    if len(str(path)) < 100:  # AF_UNIX paths are limited to ~104 bytes
        return str(path)
    return str(Path(tempfile.gettempdir()) / f"vejviser-{os.getuid()}-{digest}.sock")


def read_key(root: Path) -> bytes | None:
    try:
        return (root / KEY_FILE).read_bytes().strip() or None
    except OSError:
        return None


def load_or_create_key(root: Path) -> bytes:
    """The profile's control key (created once, readable only by the user)."""
    path = root / KEY_FILE
    root.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if not _WINDOWS and path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
        for _ in range(20):  # another start may be writing it right now
            key = read_key(root)
            if key:
                return key
            time.sleep(0.05)
        path.unlink(missing_ok=True)  # empty: left by a crash while writing
        return load_or_create_key(root)
    with os.fdopen(fd, "wb") as handle:
        handle.write(secrets.token_hex(32).encode())
        handle.flush()
        os.fsync(handle.fileno())
    key = read_key(root)
    assert key is not None
    return key


# -- client side --------------------------------------------------------------------------
class ControlClient:
    """Asks the running app; raises :class:`NotRunning` when there is none."""

    def __init__(self, root: Path | None = None, timeout: float = 5.0) -> None:
        self.root = root or profile_root()
        self.timeout = timeout

    def request(self, command: str, **args: Any) -> ControlReply:
        key = read_key(self.root)
        if key is None:
            raise NotRunning(NOT_RUNNING, code="not_running")
        try:
            conn = Client(control_address(self.root), _FAMILY, authkey=key)
        except AuthenticationError:
            raise ControlError(
                "Vejviser kører, men afviste forbindelsen (forkert nøgle).", code="auth"
            ) from None
        except (OSError, EOFError):  # no socket, or nobody answers on it (a crashed app)
            raise NotRunning(NOT_RUNNING, code="not_running") from None
        try:
            conn.send_bytes(json.dumps({"command": command, **args}).encode())
            if not conn.poll(self.timeout):
                raise ControlError("Vejviser svarer ikke.", code="timeout")
            return ControlReply.from_json(conn.recv_bytes(_MAX_MESSAGE))
        except (EOFError, OSError, ValueError):
            raise ControlError("Forbindelsen til Vejviser blev afbrudt.", code="broken") from None
        finally:
            conn.close()


def another_instance_running(root: Path | None = None) -> bool:
    """True when a Vejviser already serves this profile (the GUI then asks it to show)."""
    try:
        return ControlClient(root, timeout=2.0).request("ping").ok
    except ControlError:
        return False


def ask_to_show(root: Path | None = None) -> bool:
    """Ask the running app to bring its window forward; True when it did."""
    try:
        return ControlClient(root, timeout=2.0).request("show").ok
    except ControlError:
        return False


# -- server side --------------------------------------------------------------------------
def _clock_time(status: ContactStatus) -> str:
    moment = status.started_at
    return moment.astimezone().strftime("%H:%M") if moment else "?"


def describe(status: ContactStatus) -> str:
    """A Danish sentence about the contact, for the command line."""
    active = format_duration(status.active_seconds)
    channel = CHANNEL_LABELS.get(status.channel, "") if status.channel else ""
    if status.state is ContactState.IDLE:
        return "Ingen henvendelse i gang."
    if status.state is ContactState.RUNNING:
        return (
            f"Henvendelse i gang siden kl. {_clock_time(status)} ({channel}, {status.location})"
            f" – aktiv tid {active}."
        )
    if status.state is ContactState.PAUSED:
        return f"Henvendelsen er sat på pause – aktiv tid {active}."
    return f"Henvendelsen er stoppet efter {active} og venter på et udfald i Vejviser."


def status_data(status: ContactStatus) -> dict[str, Any]:
    return {
        "state": status.state.value,
        "id": str(status.id) if status.id else None,
        "started_at": status.started_at.isoformat() if status.started_at else None,
        "active_seconds": round(status.active_seconds, 1),
        "channel": status.channel.value if status.channel else None,
        "location": status.location,
        "guides": len(status.guide_ids),
        "area": status.area,
        "municipality": status.served_municipality,
    }


class ControlHandler:
    """Answers one command. ``contact`` gives the current workspace's service (None when
    nobody is logged in); ``show`` brings the window forward (None: no window)."""

    def __init__(
        self,
        contact: Callable[[], ContactService | None],
        show: Callable[[], None] | None = None,
    ) -> None:
        self.contact = contact
        self.show = show

    def handle(self, request: dict[str, Any]) -> ControlReply:
        command = str(request.get("command", ""))
        try:
            if command == "ping":
                return ControlReply(True, "Vejviser kører.", {"pid": os.getpid()})
            if command == "show":
                if self.show is None:
                    return ControlReply(False, "Vejviser har intet vindue at vise.")
                self.show()
                return ControlReply(True, "Vejviser er hentet frem.")
            if command.startswith("contact."):
                return self._contact(command, request)
        except VejviserError as exc:
            return ControlReply(False, exc.message)
        except Exception:
            log.exception("control command failed")
            return ControlReply(False, "Der skete en uventet fejl i Vejviser.")
        return ControlReply(False, f"Ukendt kommando »{command}«.")

    def _contact(self, command: str, request: dict[str, Any]) -> ControlReply:
        service = self.contact()
        if service is None:
            return ControlReply(False, "Log ind i Vejviser først.")
        if command == "contact.status":
            status = service.status()
            return ControlReply(True, describe(status), status_data(status))
        if command == "contact.start":
            before = service.status()
            if before.state in (ContactState.RUNNING, ContactState.PAUSED):
                return ControlReply(
                    False,
                    f"Der kører allerede en henvendelse (startet kl. {_clock_time(before)}).",
                    status_data(before),
                )
            status = service.start(
                request.get("channel") or None,
                municipality=request.get("municipality") or None,
            )
            message = (
                f"Henvendelse startet kl. {_clock_time(status)} "
                f"({CHANNEL_LABELS[status.channel] if status.channel else ''})."
            )
            if before.state is ContactState.STOPPED:
                last = service.last()
                if last is not None:
                    outcome = OUTCOME_LABELS[last.registration.outcome]
                    message += f" Den forrige henvendelse er registreret som »{outcome}«."
            return ControlReply(True, message, status_data(status))
        if command == "contact.stop":
            if service.status().state not in (ContactState.RUNNING, ContactState.PAUSED):
                return ControlReply(False, "Der kører ingen henvendelse.")
            status = service.stop()
            active = format_duration(status.active_seconds)
            return ControlReply(
                True,
                f"Henvendelsen er stoppet efter {active}. Vælg udfald i Vejviser.",
                status_data(status),
            )
        return ControlReply(False, f"Ukendt kommando »{command}«.")


class ControlServer:
    """Serves :class:`ControlHandler` on the profile's local socket in a daemon thread."""

    def __init__(self, root: Path, handler: ControlHandler) -> None:
        self.root = root
        self.handler = handler
        self.address = control_address(root)
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None
        self._closing = threading.Event()
        self._key = b""

    def start(self) -> ControlServer:
        if another_instance_running(self.root):
            raise ControlError("Vejviser kører allerede for denne profil.", code="running")
        self._key = load_or_create_key(self.root)
        if not _WINDOWS:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.address)  # left behind by an app that crashed
        self._listener = Listener(self.address, _FAMILY, backlog=16)
        if not _WINDOWS:
            os.chmod(self.address, 0o600)
        self._thread = threading.Thread(target=self._serve, name="vejviser-control", daemon=True)
        self._thread.start()
        log.info("control channel listening")
        return self

    def _serve(self) -> None:
        listener = self._listener
        assert listener is not None
        while not self._closing.is_set():
            try:
                conn = listener.accept()
            except OSError:
                if self._closing.is_set():
                    return
                log.exception("control channel accept failed")
                continue
            if self._closing.is_set():
                conn.close()
                return
            threading.Thread(
                target=self._answer, args=(conn,), name="vejviser-control-conn", daemon=True
            ).start()

    def _answer(self, conn: Connection) -> None:
        try:
            deliver_challenge(conn, self._key)
            answer_challenge(conn, self._key)
            if not conn.poll(10):
                return
            request = json.loads(conn.recv_bytes(_MAX_MESSAGE))
            reply = (
                self.handler.handle(request)
                if isinstance(request, dict)
                else ControlReply(False, "Ugyldig forespørgsel.")
            )
            conn.send_bytes(reply.to_json())
        except (AuthenticationError, EOFError, OSError, ValueError) as exc:
            log.info("control connection refused or broken: %s", type(exc).__name__)
        finally:
            conn.close()

    def close(self) -> None:
        if self._listener is None:
            return
        self._closing.set()
        with contextlib.suppress(OSError):  # wake accept()
            Client(self.address, _FAMILY).close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._listener.close()
        self._listener = None
        if not _WINDOWS:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.address)
