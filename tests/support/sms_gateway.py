"""A local SMS gateway speaking the GatewayAPI REST dialect, for the SMS adapter's tests.

    gateway = SmsGateway(token="hemmelig").start()     # http://127.0.0.1:PORT
    settings = Settings(sms_provider="gatewayapi", sms_api_url=gateway.url, sms_token="hemmelig")
    ...
    gateway.messages          # what it accepted: the JSON bodies, with the gateway's ids
    gateway.fail_next(402, {"code": "0x0216", "message": "Insufficient credit"})
    gateway.report(message, "DELIVERED")   # a delivery report body for the webhook
    gateway.answer_late(2.0)  # accept the next message, answer only after 2 s
    gateway.drop_next()       # accept the next message, close without an answer
    gateway.cut_next()        # accept the next message, cut its answer off half-way
    gateway.stop()

``POST /rest/mtsms`` takes ``{"message", "sender", "recipients": [{"msisdn"}], "userref"?,
"encoding"?}`` with the token as basic-auth user name or ``Authorization: Token …``. A wrong
token gets 401; a bad body or a number in ``invalid_msisdns`` gets 422; otherwise 200 with
``{"ids": [id], "usage": {...}}``. Only 127.0.0.1 is used. A message accepted with a late,
dropped or cut-off answer is in ``messages`` all the same: the gateway has it and reports on
it, as a real one would after a lost answer.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests

PATH = "/rest/mtsms"


@dataclass
class SentSms:
    id: int
    body: dict[str, Any]
    authorization: str

    @property
    def msisdn(self) -> int:
        return int(self.body["recipients"][0]["msisdn"])

    @property
    def userref(self) -> str | None:
        return self.body.get("userref")


@dataclass
class _State:
    token: str
    invalid_msisdns: set[int] = field(default_factory=set)
    messages: list[SentSms] = field(default_factory=list)
    requests: int = 0
    failures: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    quirks: list[tuple[str, float]] = field(default_factory=list)  # ("late" | "drop" | "cut")
    stopping: threading.Event = field(default_factory=threading.Event)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000001))
    lock: threading.Lock = field(default_factory=threading.Lock)


def _authorised(header: str, token: str) -> bool:
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "token":
        return value.strip() == token
    if scheme.lower() == "basic":
        try:
            user, _, _password = base64.b64decode(value.strip()).decode().partition(":")
        except ValueError:
            return False
        return user == token
    return False


def _invalid_body(body: Any) -> str | None:
    if not isinstance(body, dict):
        return "Body must be a JSON object"
    if not isinstance(body.get("message"), str) or not body["message"]:
        return "message is required"
    if not isinstance(body.get("sender"), str) or not body["sender"]:
        return "sender is required"
    recipients = body.get("recipients")
    if not isinstance(recipients, list) or not recipients:
        return "recipients is required"
    for recipient in recipients:
        if not isinstance(recipient, dict) or not isinstance(recipient.get("msisdn"), int):
            return "msisdn must be an integer"
    if body.get("encoding", "UTF8") not in ("UTF8", "UCS2"):
        return "encoding must be UTF8 or UCS2"
    return None


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *_args: Any) -> None:  # quiet
        return

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        state = self.server.state
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        with state.lock:
            state.requests += 1
            forced = state.failures.pop(0) if state.failures else None
        if self.path.split("?")[0] != PATH:
            self._answer(404, {"code": "0x0404", "message": "Not found"})
            return
        if forced is not None:
            self._answer(*forced)
            return
        authorization = self.headers.get("Authorization", "")
        if not _authorised(authorization, state.token):
            self._answer(401, {"code": "0x0213", "message": "Unauthorized: invalid token"})
            return
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            self._answer(400, {"code": "0x0001", "message": "Invalid JSON"})
            return
        problem = _invalid_body(body)
        if problem is None and any(
            r["msisdn"] in state.invalid_msisdns for r in body["recipients"]
        ):
            problem = "Invalid recipient"
        if problem is not None:
            self._answer(422, {"code": "0x0222", "message": problem})
            return
        with state.lock:
            message_id = next(state.ids)
            state.messages.append(SentSms(message_id, body, authorization))
            quirk = state.quirks.pop(0) if state.quirks else None
        answer = {
            "ids": [message_id],
            "usage": {"total_cost": 0.0, "currency": "DKK", "countries": {"DK": 1}},
        }
        if quirk is None:
            self._answer(200, answer)
            return
        kind, delay = quirk
        self.close_connection = True
        try:
            if kind == "late":
                if state.stopping.wait(delay):
                    return
                self._answer(200, answer)  # the client has usually given up by now
            elif kind == "cut":
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: len(data) // 2])
            # "drop": read, accepted, closed without a word
        except OSError:
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: _State) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


class SmsGateway:
    def __init__(self, token: str = "gateway-token") -> None:
        self.state = _State(token=token)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> SmsGateway:
        self.state.stopping.clear()
        self._server = _Server(self.state)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.state.stopping.set()  # wakes a late answer
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PATH}"

    @property
    def messages(self) -> list[SentSms]:
        with self.state.lock:
            return list(self.state.messages)

    @property
    def requests(self) -> int:
        with self.state.lock:
            return self.state.requests

    def refuse_msisdn(self, msisdn: int) -> None:
        self.state.invalid_msisdns.add(msisdn)

    def fail_next(self, status: int, body: dict[str, Any] | None = None) -> None:
        """Answer the next request with ``status`` and ``body`` whatever it holds."""
        with self.state.lock:
            self.state.failures.append((status, body or {"message": "error"}))

    def answer_late(self, seconds: float) -> None:
        """Accept the next valid message (it counts as sent) but answer only after
        ``seconds``, e.g. after the client's read timeout."""
        with self.state.lock:
            self.state.quirks.append(("late", seconds))

    def drop_next(self) -> None:
        """Accept the next valid message (it counts as sent), then close the connection
        without an answer."""
        with self.state.lock:
            self.state.quirks.append(("drop", 0.0))

    def cut_next(self) -> None:
        """Accept the next valid message (it counts as sent), then send only half of the
        answer and close."""
        with self.state.lock:
            self.state.quirks.append(("cut", 0.0))

    @staticmethod
    def report(sms: SentSms, status: str, **extra: Any) -> dict[str, Any]:
        """A delivery report as the gateway posts it to the webhook."""
        body: dict[str, Any] = {
            "id": sms.id,
            "msisdn": sms.msisdn,
            "time": 1767225600,
            "status": status,
            "error": None,
            "code": None,
            "userref": sms.userref,
            "country_code": "DK",
            "country_prefix": 45,
        }
        body.update(extra)
        return body

    def post_report(
        self, webhook_url: str, sms: SentSms, status: str, secret: str
    ) -> requests.Response:
        """Post a delivery report to a live server's webhook, as the gateway would."""
        return requests.post(
            webhook_url,
            json=self.report(sms, status),
            headers={"X-Webhook-Secret": secret},
            timeout=10,
        )

    def __enter__(self) -> SmsGateway:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
