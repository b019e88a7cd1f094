"""The demo sync server of ``make demo`` and ``vejviser tour``: ``vejviser-server seed-demo``
and ``serve`` as subprocesses on 127.0.0.1 with their own SQLite data folder.

Subprocesses keep the desktop free of server imports (only ``sync_server.protocol`` is
allowed) and run the same commands an operator uses. Messages to citizens are written as
files to the outbox folder (the demo's providers), never sent.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests


class DemoServerError(RuntimeError):
    """The demo server could not be seeded or started (the message says where to look)."""


def free_port(preferred: int | None = None) -> int:
    """``preferred`` when it is free, else any free port on 127.0.0.1."""
    with socket.socket() as sock:
        if preferred is not None:
            try:
                sock.bind(("127.0.0.1", preferred))
                return preferred
            except OSError:
                pass
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class DemoServer:
    """``seed()`` the demo municipality 999, ``start()`` serving it, ``stop()``."""

    def __init__(
        self, data_dir: Path, *, outbox_dir: Path | None = None, port: int | None = None
    ) -> None:
        self.data_dir = data_dir
        self.outbox_dir = outbox_dir or data_dir / "outbox"
        self.port = free_port(port)
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = data_dir / "server.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.credentials: dict[str, Any] = {}

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("VEJVISER_DATABASE_URL", None)
        env["VEJVISER_DATA_DIR"] = str(self.data_dir)
        env["VEJVISER_DEMO"] = "1"
        env.setdefault("VEJVISER_MAIL_PROVIDER", "file")
        env.setdefault("VEJVISER_SMS_PROVIDER", "file")
        env["VEJVISER_MESSAGE_OUTBOX_DIR"] = str(self.outbox_dir)
        return env

    def _cli(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "sync_server.cli", *args]

    def seed(self, show: bool = False) -> dict[str, Any]:
        """Create (or renew) the demo municipality; ``show`` prints its logins."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        creds = self.data_dir / "demo-credentials.json"
        result = subprocess.run(
            self._cli("seed-demo", "--credentials", str(creds)),
            env=self._env(),
            check=False,
            capture_output=not show,
            timeout=180,
        )
        if result.returncode != 0:
            raise DemoServerError(f"seed-demo fejlede: {(result.stderr or b'').decode()[-2000:]}")
        self.credentials = json.loads(creds.read_text(encoding="utf-8"))
        return self.credentials

    def account(self, role: str) -> dict[str, Any]:
        for account in self.credentials.get("accounts", []):
            if account["role"] == role:
                return dict(account)
        raise KeyError(role)

    def password(self, username: str) -> str:
        for account in self.credentials.get("accounts", []):
            if account["username"] == username:
                return str(account["password"])
        raise KeyError(username)

    def publish_citizen_web(self) -> str:
        """As the demo admin: make this server the citizens' address (the links and QR
        codes of the citizen web point here). Returns the citizen front page."""
        api = self.url + "/api/v1"
        token = requests.post(
            api + "/auth/login",
            json={"municipality": "999", "username": "admin", "password": self.password("admin")},
            timeout=10,
        ).json()["token"]
        requests.patch(
            api + "/citizen/settings",
            json={"public_base_url": self.url},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        ).raise_for_status()
        return f"{self.url}/borger/999/"

    def start(self, timeout: float = 30.0) -> DemoServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            self._cli("serve", "--host", "127.0.0.1", "--port", str(self.port), "--no-migrate"),
            env=self._env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise DemoServerError(f"Serveren startede ikke; se {self.log_path}")
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise DemoServerError(f"Serveren startede ikke i tide; se {self.log_path}")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        self.proc = None
