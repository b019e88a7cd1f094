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


def test_json_log_lines_hold_no_token_password_recipient_or_query(tmp_path: Path) -> None:
    """``VEJVISER_LOG_FORMAT=json``: one JSON object per line; a login (right and wrong),
    a message to a citizen, a library search and a failing database statement leave no
    token, password, recipient or search words in the log."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    password, wrong = "korrekt-hest-batteri", "forkert-kodeord-77"
    recipient, words = "borger.hansen@example.dk", "hemmeligsoegning"
    with ServeProcess(url, tmp_path, log_format="json", mail_provider="file") as server:
        create_accounts(url, "101", ["agent"], password)
        login = server.url + API_PREFIX + "/auth/login"
        body = {"municipality": "101", "username": "agent", "password": wrong}
        assert requests.post(login, json=body, timeout=30).status_code == 401
        token = requests.post(login, json={**body, "password": password}, timeout=30).json()[
            "token"
        ]
        auth = {"Authorization": f"Bearer {token}"}
        message = {
            "id": "0b7e3f4c-5a51-4d0e-9f0c-6a8b2a1d9c11",
            "guide_id": "melde-flytning",
            "channel": "email",
            "recipient": recipient,
            "subject": "Vejledning",
            "body": "Hej\n\nMeld flytning på borger.dk.",
        }
        sent = requests.post(server.url + API_PREFIX + "/messages", json=message, headers=auth)
        assert sent.status_code == 200, sent.text
        search = server.url + API_PREFIX + f"/library?q={words}"
        assert requests.get(search, headers=auth, timeout=30).status_code == 200
        # A statement the database refuses: logged with its traceback, not its parameters.
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "CREATE TRIGGER no_more BEFORE INSERT ON tokens "
                    "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
                )
            )
        engine.dispose()
        failed = requests.post(login, json={**body, "password": password}, timeout=30)
        assert failed.status_code == 500
        log = server.output()
    lines = [json.loads(line) for line in log.splitlines() if line.strip()]
    assert all({"time", "level", "logger", "message"} <= line.keys() for line in lines)
    access = [line for line in lines if line["logger"] == "uvicorn.access"]
    assert {"method": "GET", "path": API_PREFIX + "/library", "status": 200}.items() <= next(
        line for line in access if line["path"].endswith("/library")
    ).items()
    errors = [line for line in lines if line["level"] == "error"]
    assert any("INSERT INTO tokens" in line.get("traceback", "") for line in errors)
    assert "SQL parameters hidden" in log
    for secret in (token, password, wrong, recipient, words, "borger.hansen"):
        assert secret not in log
