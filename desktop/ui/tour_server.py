"""A real sync server for the tour: ``vejviser-server seed-demo`` and ``serve`` as
subprocesses on 127.0.0.1 (a free port) with a temporary SQLite data folder.

Subprocesses keep the desktop free of server imports (only ``sync_server.protocol`` is
allowed) and exercise the same commands an operator uses.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class DemoServer:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.credentials: dict = {}

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("VEJVISER_DATABASE_URL", None)
        env["VEJVISER_DATA_DIR"] = str(self.data_dir)
        return env

    def _cli(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "sync_server.cli", *args]

    def seed(self) -> dict:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        creds = self.data_dir / "demo-credentials.json"
        subprocess.run(
            self._cli("seed-demo", "--credentials", str(creds)),
            env=self._env(),
            check=True,
            capture_output=True,
            timeout=180,
        )
        self.credentials = json.loads(creds.read_text(encoding="utf-8"))
        return self.credentials

    def password(self, username: str) -> str:
        for account in self.credentials.get("accounts", []):
            if account["username"] == username:
                return str(account["password"])
        raise KeyError(username)

    def start(self, timeout: float = 30.0) -> DemoServer:
        log = (self.data_dir / "server.log").open("ab")
        self.proc = subprocess.Popen(
            self._cli("serve", "--host", "127.0.0.1", "--port", str(self.port), "--no-migrate"),
            env=self._env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the sync server stopped; see {self.data_dir / 'server.log'}")
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("the sync server did not start in time")

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
