"""The server as it ships: ``vejviser-server serve`` in its own process, on 127.0.0.1.

For tests that need the real command (its uvicorn settings, its memory use, two server
processes on one database) rather than the in-process :mod:`support.live_server`::

    with ServeProcess(url, tmp_path) as server:     # migrates, serves, waits for /health
        requests.get(server.url + "/health")
        server.rss_bytes()                          # the server process's resident memory

``create_account`` writes an account straight into the database (argon2 hash of the
password, cached), as the CLI's ``create-user`` would.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests

from support.live_server import free_port
from sync_server.db.engine import make_engine, make_session_factory, transaction
from sync_server.db.models import AccountRow, MunicipalityRow
from sync_server.features.auth.security import hash_password, new_pseudonym
from sync_server.features.municipalities.service import create_municipality
from sync_server.protocol import Role, utcnow


@functools.cache
def _hash(password: str) -> str:
    return hash_password(password)


def create_accounts(
    url: str, code: str, usernames: list[str], password: str, role: Role = Role.AGENT
) -> None:
    """Create the municipality (when missing) and the accounts, directly in the database."""
    engine = make_engine(url)
    try:
        with transaction(make_session_factory(engine)) as session:
            municipality = session.query(MunicipalityRow).filter_by(code=code).one_or_none()
            if municipality is None:
                municipality = create_municipality(session, code, f"Kommune {code}")
            for name in usernames:
                session.add(
                    AccountRow(
                        municipality_id=municipality.id,
                        username=name,
                        display_name=name,
                        role=role.value,
                        password_hash=_hash(password),
                        pseudonym=new_pseudonym(),
                        active=True,
                        created_at=utcnow(),
                    )
                )
    finally:
        engine.dispose()


class ServeProcess:
    """``vejviser-server serve`` on a free port; ``env`` adds VEJVISER_ settings."""

    def __init__(self, url: str, folder: Path, *, migrate: bool = True, **env: Any) -> None:
        self.db_url = url
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.migrate = migrate
        self.env = {
            **os.environ,
            "VEJVISER_DATABASE_URL": url,
            "VEJVISER_DATA_DIR": str(folder),
            **{f"VEJVISER_{k.upper()}": str(v) for k, v in env.items()},
        }
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = folder / f"serve-{self.port}.log"

    def start(self, timeout: float = 60.0) -> ServeProcess:
        self.folder.mkdir(parents=True, exist_ok=True)
        args = [sys.executable, "-m", "sync_server.cli", "serve", "--port", str(self.port)]
        if not self.migrate:
            args.append("--no-migrate")
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(args, env=self.env, stdout=log, stderr=log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited: {self.log.read_text(errors='replace')}")
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"serve did not answer /health: {self.log.read_text(errors='replace')}")

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def _status(self, field: str) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        raise RuntimeError(f"{field} not in /proc/{self.pid}/status")

    def rss_bytes(self) -> int:
        """Resident memory now."""
        return self._status("VmRSS")

    def peak_rss_bytes(self) -> int:
        """The highest resident memory since the process started."""
        return self._status("VmHWM")

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL: the server dies mid-whatever, as on a power cut of the process."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None

    def __enter__(self) -> ServeProcess:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
