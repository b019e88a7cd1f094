"""The nginx example (``installers/linux/nginx-vejviser.conf``) in front of the real
``serve``, with Debian's nginx and a self-signed certificate: TLS, HTTP sent on to HTTPS,
and the client's address reaching the server's per-address login limit — believed from the
proxy only, never from a client that writes the header itself."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.live_server import free_port
from support.serve_process import ServeProcess, create_accounts

from sync_server.protocol import API_PREFIX

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "installers" / "linux" / "nginx-vejviser.conf"
NAME = "vejviser.kommune.local"


def _nginx() -> str:
    found = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("nginx is missing under CI (it is in .ci/bootstrap.sh's APT_PACKAGES)")
        pytest.skip("nginx is not installed")
    return found


def certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "fullchain.pem", folder / "privkey.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", f"/CN={NAME}", "-addext", f"subjectAltName=DNS:{NAME}",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def site(server_port: int, https_port: int, http_port: int, cert: Path, key: Path) -> str:
    """The example as shipped, with this test's ports and certificate."""
    text = EXAMPLE.read_text(encoding="utf-8")
    for old, new in (
        ("server 127.0.0.1:8000;", f"server 127.0.0.1:{server_port};"),
        ("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;"),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("/etc/ssl/vejviser/fullchain.pem", str(cert)),
        ("/etc/ssl/vejviser/privkey.pem", str(key)),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@pytest.fixture
def proxied(tmp_path: Path) -> Iterator[dict[str, Any]]:
    nginx = _nginx()
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    server = ServeProcess(
        url,
        tmp_path / "serve",
        trusted_proxies="127.0.0.1/32",
        login_max_failures_per_ip=2,
        login_max_failures=100,
    ).start()
    prefix = tmp_path / "nginx"
    (prefix / "logs").mkdir(parents=True)
    cert, key = certificate(tmp_path)
    https_port, http_port = free_port(), free_port()
    (prefix / "vejviser.conf").write_text(
        site(server.port, https_port, http_port, cert, key), encoding="utf-8"
    )
    (prefix / "nginx.conf").write_text(
        f"""
user root;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {prefix}/logs/access.log;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/vejviser.conf;
}}
""",
        encoding="utf-8",
    )
    check = subprocess.run(
        [nginx, "-t", "-p", str(prefix), "-c", str(prefix / "nginx.conf")],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen(
        [nginx, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        tls = ssl.create_default_context(cafile=str(cert))
        deadline = time.monotonic() + 20
        while True:
            try:
                status, _, _ = request("127.0.0.1", https_port, "GET", "/health", tls=tls)
                if status == 200:
                    break
            except ConnectionRefusedError:
                pass  # nginx is still starting
            assert time.monotonic() < deadline, (prefix / "logs" / "error.log").read_text()
            time.sleep(0.1)
        create_accounts(url, "101", ["agent"], "korrekt-hest-batteri")
        yield {"server": server, "https": https_port, "http": http_port, "tls": tls}
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        server.stop()


class _Tls(http.client.HTTPSConnection):
    """HTTPS to the proxy on 127.0.0.1, checking the certificate for its DNS name."""

    _context: ssl.SSLContext

    def connect(self) -> None:
        sock = socket.create_connection(("127.0.0.1", self.port), self.timeout, self.source_address)
        self.sock = self._context.wrap_socket(sock, server_hostname=NAME)


def request(
    source: str,
    port: int,
    method: str,
    path: str,
    *,
    tls: ssl.SSLContext | None = None,
    body: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One request from the loopback address ``source`` (a workstation of its own)."""
    conn: http.client.HTTPConnection
    if tls is not None:
        conn = _Tls(NAME, port, context=tls, source_address=(source, 0), timeout=30)
    else:
        conn = http.client.HTTPConnection("127.0.0.1", port, source_address=(source, 0), timeout=30)
    try:
        data = json.dumps(body).encode() if body is not None else None
        sent = {"Host": NAME, **(headers or {})}
        if data is not None:
            sent["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=sent)
        answer = conn.getresponse()
        return answer.status, dict(answer.getheaders()), answer.read()
    finally:
        conn.close()


def failed_login(
    source: str, port: int, username: str, tls: ssl.SSLContext | None, **headers: str
) -> int:
    body = {"municipality": "101", "username": username, "password": "forkert-kode-1"}
    status, _, _ = request(
        source, port, "POST", API_PREFIX + "/auth/login", tls=tls, body=body, headers=headers
    )
    return status


def test_nginx_example_in_front_of_the_server(proxied: dict[str, Any]) -> None:
    https, tls = proxied["https"], proxied["tls"]
    # TLS with the certificate, the server's answer passed through.
    status, headers, body = request("127.0.0.1", https, "GET", "/ready", tls=tls)
    assert status == 200 and json.loads(body)["status"] == "ready"
    assert headers["Strict-Transport-Security"].startswith("max-age=")
    # Plain HTTP is sent on to HTTPS.
    status, headers, _ = request("127.0.0.1", proxied["http"], "GET", "/health")
    assert status == 301
    assert headers["Location"] == f"https://{NAME}/health"
    # /metrics only for the monitoring address (here: this machine's 127.0.0.1).
    assert request("127.0.0.1", https, "GET", "/metrics", tls=tls)[0] == 200
    assert request("127.0.0.5", https, "GET", "/metrics", tls=tls)[0] == 403

    # Workstation 127.0.0.5 reaches its limit of two failed logins (per address) ...
    assert failed_login("127.0.0.5", https, "a1", tls) == 401
    assert failed_login("127.0.0.5", https, "a2", tls) == 401
    assert failed_login("127.0.0.5", https, "a3", tls) == 429
    # ... workstation 127.0.0.6 behind the same proxy is not stopped by it ...
    assert failed_login("127.0.0.6", https, "b1", tls) == 401
    # ... nor can it slip out of its own limit by naming another address: nginx replaces
    # the header with the real one.
    assert failed_login("127.0.0.6", https, "b2", tls, **{"X-Forwarded-For": "10.1.2.3"}) == 401
    assert failed_login("127.0.0.6", https, "b3", tls, **{"X-Forwarded-For": "10.1.2.4"}) == 429

    # Straight to the server, not through the proxy: the header is not believed.
    server = proxied["server"]
    direct = {"X-Forwarded-For": "10.9.9.9"}
    assert failed_login("127.0.0.7", server.port, "c1", None, **direct) == 401
    assert failed_login("127.0.0.7", server.port, "c2", None, **direct) == 401
    assert (
        failed_login("127.0.0.7", server.port, "c3", None, **{"X-Forwarded-For": "10.9.9.8"}) == 429
    )
