"""The shipped ``vejviser-server serve``: what reaches its log, and its connections."""

from __future__ import annotations

import http.client
import json
from pathlib import Path

import requests
from sqlalchemy import text
from support.serve_process import ServeProcess, create_accounts

from sync_server.db.engine import make_engine
from sync_server.protocol import API_PREFIX

SECRET = "hemmelig-webhook-9f2c"


def test_the_webhook_secret_in_the_query_never_reaches_the_access_log(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    with ServeProcess(url, tmp_path, sms_webhook_secret=SECRET) as server:
        report = {"id": 1, "msisdn": 4520123456, "status": "DELIVERED", "userref": "101-x"}
        answer = requests.post(
            server.url + API_PREFIX + f"/messaging/sms/status?secret={SECRET}&x=1",
            json=report,
            timeout=10,
        )
        assert answer.status_code == 200, answer.text
        wrong = requests.post(
            server.url + API_PREFIX + "/messaging/sms/status?secret=forkert-hemmelighed",
            json=report,
            timeout=10,
        )
        assert wrong.status_code == 401
        log = server.output()
    assert "/messaging/sms/status?secret=***&x=1" in log  # the request is logged ...
    assert SECRET not in log  # ... without the secret
    assert "forkert-hemmelighed" not in log


def test_a_server_error_keeps_the_connection_open(tmp_path: Path) -> None:
    """An unexpected error is a 500 in JSON on a connection that stays usable: the desktop
    must not read the next request's closed connection as 'server unreachable'."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    with ServeProcess(url, tmp_path) as server:
        create_accounts(url, "101", ["agent"], "korrekt-hest-batteri")
        token = requests.post(
            server.url + API_PREFIX + "/auth/login",
            json={"municipality": "101", "username": "agent", "password": "korrekt-hest-batteri"},
            timeout=10,
        ).json()["token"]
        engine = make_engine(url)
        # a stored row this version cannot read (published: the agent may read it): a bug
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO content (municipality_id, kind, key, revision, change_seq, "
                    "title, status, area, published_to_citizens, search_text, data, "
                    "created_at, updated_at) SELECT id, 'guide', 'brudt', 1, 1, 'x', "
                    "'published', 'A', 0, '', '{\"title\": 5}', created_at, created_at "
                    "FROM municipalities"
                )
            )
        engine.dispose()
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        headers = {"Authorization": f"Bearer {token}"}
        connection.request("GET", API_PREFIX + "/guides/brudt", headers=headers)
        failed = connection.getresponse()
        body = json.loads(failed.read())
        assert failed.status == 500
        assert body["error"] == "internal_error"
        assert (failed.getheader("connection") or "").lower() != "close"
        socket_before = connection.sock
        connection.request("GET", "/health")
        again = connection.getresponse()
        assert again.status == 200
        again.read()
        assert connection.sock is socket_before  # the same connection served both
        connection.close()
