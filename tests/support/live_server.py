"""The real sync server under uvicorn on 127.0.0.1, for client-sync tests.

Usage (the ``live_server`` fixture of ``tests/desktop/conftest.py`` does this for you)::

    server = LiveServer(tmp_path / "server").start()
    server.create_account("101", "agent", "hemmelig-kode", "agent")
    admin = server.admin_api("101")            # logged in as an admin of 101
    admin.create_guide(guide_body("melde-flytning"))
    ...                                         # point the desktop at server.url
    server.stop()                               # the server goes away (same port, same DB)
    server.start()                              # ... and comes back
    server.close()                              # stop for good

The server runs in a background thread on a free port, on its own SQLite file migrated with
``sync_server.db.migrate.upgrade``. ``stop()``/``start()`` keep the port and the database, so a
client configured with ``server.url`` sees the server disappear and come back.

Fault injection at the HTTP level (the server code itself runs unchanged):

- ``drop_responses(path_prefix, count)``: the next ``count`` requests under the path are
  handled (and committed) by the server, but the connection is cut before the client gets the
  answer — a lost response.
- ``refuse(path_prefix, marker, status)``: requests whose body contains ``marker`` are refused
  with a JSON error, as a newer server with a stricter rule would.

``requests`` records ``(method, path)`` of every request the server received.
"""

from __future__ import annotations

import functools
import json
import shutil
import socket
import sqlite3
import struct
import threading
import time
import urllib.parse
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import requests
import uvicorn
from sqlalchemy import Engine, select, update

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.db.engine import make_engine, make_session_factory, transaction
from sync_server.db.migrate import upgrade
from sync_server.db.models import AccountRow, MunicipalityRow, TokenRow
from sync_server.features.auth.security import hash_password, new_pseudonym
from sync_server.features.auth.service import issue_token
from sync_server.features.municipalities import service as municipalities
from sync_server.features.municipalities.service import create_municipality
from sync_server.protocol import API_PREFIX, Role, utcnow

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_PASSWORD = "korrekt-hest-batteri"


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)  # 1×1, 8-bit RGBA
    pixels = zlib.compress(b"\x00" + b"\x1e\x5a\xc8\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


#: A real, whole, tiny PNG (1×1 pixel), for screenshot uploads. (The bytes used before had
#: a wrong IDAT checksum and no IEND: the server now reads the whole image and refuses it.)
PNG_1X1 = _png_1x1()


@functools.cache
def _password_hash(password: str) -> str:
    return hash_password(password)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Dropped(Exception):
    """Raised after the response has started: uvicorn then cuts the connection."""


@dataclass
class _Faults:
    drops: dict[str, int] = field(default_factory=dict)
    refusals: list[tuple[str, str, int]] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take_drop(self, path: str) -> bool:
        with self.lock:
            for prefix, left in self.drops.items():
                if path.startswith(prefix) and left > 0:
                    self.drops[prefix] = left - 1
                    return True
        return False


class _FaultMiddleware:
    """Records requests and injects the faults configured on the :class:`LiveServer`."""

    def __init__(self, app: ASGIApp, faults: _Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        with self.faults.lock:
            self.faults.requests.append((scope["method"], path))
            refusals = [r for r in self.faults.refusals if path.startswith(r[0])]
        if refusals:
            body = bytearray()
            while True:
                message = await receive()
                body.extend(message.get("body", b""))
                if not message.get("more_body"):
                    break
            for _prefix, marker, status in refusals:
                if marker.encode() in body:
                    await self._refuse(send, status, marker)
                    return
            receive = _replay(bytes(body))
        if self.faults.take_drop(path):
            await self._drop(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _refuse(self, send: Send, status: int, marker: str) -> None:
        payload = json.dumps(
            {"error": "refused", "detail": f"Serveren afviser indhold med »{marker}«."},
            ensure_ascii=False,
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    async def _drop(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def swallow(_message: Message) -> None:
            return None

        await self.app(scope, receive, swallow)  # handled and committed, answer discarded
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-length", b"1000")],
            }
        )
        await send({"type": "http.response.body", "body": b"{", "more_body": True})
        raise _Dropped("response dropped on purpose")


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


class AdminApi:
    """Writes content through the HTTP API as an administrator of one municipality."""

    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        self.http.close()

    def request(self, method: str, path: str, *, expect: int | None = None, **kwargs: Any) -> Any:
        """Call ``/api/v1{path}``; raise on an unexpected status; return the JSON body."""
        response = self.http.request(method, self.base_url + API_PREFIX + path, **kwargs)
        ok = response.status_code == expect if expect is not None else response.ok
        if not ok:
            raise AssertionError(f"{method} {path}: {response.status_code} {response.text}")
        if response.status_code == 204 or not response.content:
            return None
        return response.json()

    # -- guides ----------------------------------------------------------------------------
    def create_guide(self, body: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = self.request("POST", "/guides", json=body, expect=201)
        return result

    def get_guide(self, guide_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self.request("GET", f"/guides/{_q(guide_id)}")
        return result

    def update_guide(self, guide_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of the current version (its revision is the base revision)."""
        current = self.get_guide(guide_id)
        body = {
            key: value
            for key, value in current.items()
            if key not in {"municipality", "revision", "updated_at", "copied_from"}
        }
        body.update(changes)
        body["base_revision"] = current["revision"]
        result: dict[str, Any] = self.request("PUT", f"/guides/{_q(guide_id)}", json=body)
        return result

    def delete_guide(self, guide_id: str) -> None:
        """Delete the current version (its revision is the base revision)."""
        revision = self.get_guide(guide_id)["revision"]
        self.request(
            "DELETE",
            f"/guides/{_q(guide_id)}",
            params={"base_revision": revision},
            expect=204,
        )

    # -- areas, faq, contacts, synonyms ----------------------------------------------------
    def put_item(self, kind: str, key: str, body: dict[str, Any]) -> dict[str, Any]:
        """Create or replace ``/{kind}/{key}`` (kind: areas, faq, contacts, synonyms)."""
        path = f"/{kind}/{_q(key)}"
        response = self.http.get(self.base_url + API_PREFIX + path)
        params = {"base_revision": response.json()["revision"]} if response.ok else None
        body = {k: v for k, v in body.items() if k != "revision"}
        result: dict[str, Any] = self.request("PUT", path, json=body, params=params)
        return result

    def delete_item(self, kind: str, key: str) -> None:
        """Delete the current version of ``/{kind}/{key}``."""
        revision = self.request("GET", f"/{kind}/{_q(key)}")["revision"]
        self.request("DELETE", f"/{kind}/{_q(key)}", params={"base_revision": revision}, expect=204)

    def put_area(self, name: str, **fields: Any) -> dict[str, Any]:
        return self.put_item("areas", name, {"name": name, **fields})

    def put_faq(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.put_item("faq", body["id"], body)

    def put_synonyms(self, term: str, words: list[str]) -> dict[str, Any]:
        return self.put_item("synonyms", term, {"term": term, "words": words})

    # -- blobs and feedback ----------------------------------------------------------------
    def upload_blob(self, data: bytes, content_type: str = "image/png") -> str:
        """Store a screenshot; return its sha256."""
        result = self.request(
            "POST", "/blobs", data=data, headers={"Content-Type": content_type}, expect=201
        )
        return str(result["sha256"])

    def feedback(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.request("GET", "/feedback")
        return result


def _q(key: str) -> str:
    return urllib.parse.quote(key, safe="")


class LiveServer:
    """The real sync server on ``url`` (http://127.0.0.1:PORT) with its own SQLite file."""

    def __init__(self, folder: Path, *, template: Path | None = None, **settings: Any) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.db_path = folder / "server.sqlite3"
        if template is not None:
            shutil.copy(template, self.db_path)
        self.settings = Settings(
            database_url=f"sqlite:///{self.db_path.as_posix()}",
            data_dir=folder / "data",
            **settings,
        )
        self.engine: Engine = make_engine(self.settings.resolved_database_url())
        if template is None:
            upgrade(self.engine)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._faults = _Faults()
        self._app = _FaultMiddleware(create_app(self.settings, self.engine), self._faults)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._admins: list[AdminApi] = []

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 15.0) -> LiveServer:
        """Serve (again) on the same port and database; return once /health answers."""
        if self.running:
            return self
        config = uvicorn.Config(
            self._app,
            host="127.0.0.1",
            port=self.port,
            log_level="critical",
            access_log=False,
            lifespan="off",
            proxy_headers=False,  # as `vejviser-server serve`: the app decides (trusted_proxies)
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, name=f"live-server-{self.port}", daemon=True)
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not thread.is_alive():
                raise RuntimeError(f"the live server on port {self.port} did not start")
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"the live server on port {self.port} did not answer /health")

    def stop(self) -> None:
        """The server goes away (connections refused) until :meth:`start`."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(timeout=10)
        if thread.is_alive():  # pragma: no cover - a request that never ends
            server.force_exit = True
            thread.join(timeout=5)
        self._server = self._thread = None

    def close(self) -> None:
        """Stop for good and release the database."""
        self.stop()
        for admin in self._admins:
            admin.close()
        self.engine.dispose()

    def backup(self, target: Path) -> Path:
        """A consistent copy of the database (SQLite's online backup), as an operator's
        nightly backup would be."""
        source, copy = sqlite3.connect(self.db_path), sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:  # (a connection's ``with`` commits; it does not close)
            copy.close()
            source.close()
        return target

    def restore(self, backup: Path) -> None:
        """Stop, put ``backup`` in place of the database, start again (same address)."""
        self.stop()
        self.engine.dispose()
        for extra in ("-wal", "-shm"):
            Path(f"{self.db_path}{extra}").unlink(missing_ok=True)
        shutil.copy(backup, self.db_path)
        self.start()

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- accounts ----------------------------------------------------------------------------
    def create_municipality(self, code: str, name: str | None = None) -> None:
        """Create the municipality unless it exists."""
        with transaction(make_session_factory(self.engine)) as session:
            if municipalities.find_municipality(session, code) is None:
                create_municipality(session, code, name or f"Kommune {code}")

    def create_account(
        self,
        code: str,
        username: str,
        password: str = DEFAULT_PASSWORD,
        role: Role | str = Role.AGENT,
        display_name: str | None = None,
    ) -> None:
        """Create an account (and its municipality, if new) directly in the database."""
        self.create_municipality(code)
        name = username.strip().lower()
        with transaction(make_session_factory(self.engine)) as session:
            municipality = municipalities.find_municipality(session, code)
            assert municipality is not None
            if municipalities.find_account(session, municipality.id, name) is not None:
                raise ValueError(f"account {name} exists in {code}")
            session.add(
                AccountRow(
                    municipality_id=municipality.id,
                    username=name,
                    display_name=display_name or username,
                    role=Role(role).value,
                    password_hash=_password_hash(password),  # argon2 is slow: hash once
                    pseudonym=new_pseudonym(),
                    active=True,
                    created_at=utcnow(),
                )
            )

    def issue_token(self, code: str, username: str) -> str:
        """A fresh API token for an account, issued directly (no password check)."""
        with transaction(make_session_factory(self.engine)) as session:
            municipality = municipalities.find_municipality(session, code)
            assert municipality is not None, f"no municipality {code}"
            account = municipalities.find_account(session, municipality.id, username.lower())
            assert account is not None, f"no account {username} in {code}"
            return issue_token(session, self.settings, account, municipality).token

    def login(self, code: str, username: str, password: str = DEFAULT_PASSWORD) -> str:
        """A fresh API token through POST /api/v1/auth/login."""
        response = requests.post(
            self.url + API_PREFIX + "/auth/login",
            json={"municipality": code, "username": username, "password": password},
            timeout=10,
        )
        if not response.ok:
            raise AssertionError(f"login failed: {response.status_code} {response.text}")
        return str(response.json()["token"])

    def admin_api(self, code: str, username: str = "admin") -> AdminApi:
        """An :class:`AdminApi` for municipality ``code``; the admin account (password
        :data:`DEFAULT_PASSWORD`) is created when missing."""
        with transaction(make_session_factory(self.engine)) as session:
            row = municipalities.find_municipality(session, code)
            exists = row is not None and municipalities.find_account(session, row.id, username)
        if not exists:
            self.create_account(code, username, DEFAULT_PASSWORD, Role.ADMIN, f"Admin {code}")
        admin = AdminApi(self.url, self.issue_token(code, username))
        self._admins.append(admin)
        return admin

    def revoke_tokens(self, code: str, username: str) -> None:
        """Revoke every token of an account (as a logout elsewhere would)."""
        self._update_tokens(code, username, revoked_at=utcnow())

    def expire_tokens(self, code: str, username: str) -> None:
        """Let every token of an account expire."""
        self._update_tokens(code, username, expires_at=utcnow() - timedelta(minutes=1))

    def _update_tokens(self, code: str, username: str, **values: Any) -> None:
        with transaction(make_session_factory(self.engine)) as session:
            account_ids = (
                select(AccountRow.id)
                .join(MunicipalityRow, MunicipalityRow.id == AccountRow.municipality_id)
                .where(MunicipalityRow.code == code, AccountRow.username == username.lower())
            )
            session.execute(
                update(TokenRow).where(TokenRow.account_id.in_(account_ids)).values(**values)
            )

    # -- faults and observations -------------------------------------------------------------
    def drop_responses(self, path_prefix: str, count: int = 1) -> None:
        """Handle the next ``count`` requests under ``path_prefix`` (e.g. "/api/v1/feedback")
        but cut the connection before the client reads the answer."""
        with self._faults.lock:
            self._faults.drops[path_prefix] = count

    def refuse(self, path_prefix: str, marker: str, status: int = 422) -> None:
        """Refuse (``status``) every request under ``path_prefix`` whose body has ``marker``."""
        with self._faults.lock:
            self._faults.refusals.append((path_prefix, marker, status))

    @property
    def requests(self) -> list[tuple[str, str]]:
        """``(method, path)`` of every request received so far."""
        with self._faults.lock:
            return list(self._faults.requests)

    def change_seq(self, code: str) -> int:
        """The municipality's latest change number (what a complete pull's cursor is)."""
        with transaction(make_session_factory(self.engine)) as session:
            seq = session.scalar(
                select(MunicipalityRow.change_seq).where(MunicipalityRow.code == code)
            )
            return int(seq or 0)


def migrated_template(folder: Path) -> Path:
    """A migrated, empty server database to copy (migrating once per session is faster)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path.as_posix()}")
    upgrade(engine)
    engine.dispose()
    return path
