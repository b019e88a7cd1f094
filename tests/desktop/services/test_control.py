"""The local control channel: a client (and the ``vejviser contact`` command) drives the
timer of a running app; a second start asks the first to show its window."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.contacts import ContactSetup, contact_setup

from desktop.cli import main
from desktop.services.contact import ContactState
from desktop.services.control import (
    KEY_FILE,
    ControlClient,
    ControlError,
    ControlHandler,
    ControlServer,
    NotRunning,
    another_instance_running,
    ask_to_show,
    control_address,
    load_or_create_key,
)
from desktop.store import outbox

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="AF_UNIX paths and signals")


@pytest.fixture
def root() -> Path:
    return Path(os.environ["VEJVISER_HOME"])


@pytest.fixture
def setup(tmp_path: Path) -> ContactSetup:
    return contact_setup(tmp_path / "ws")


@pytest.fixture
def shown() -> list[str]:
    return []


@pytest.fixture
def server(root: Path, setup: ContactSetup, shown: list[str]) -> Iterator[ControlServer]:
    handler = ControlHandler(
        lambda: setup.service, lambda: shown.append(threading.current_thread().name)
    )
    server = ControlServer(root, handler).start()
    yield server
    server.close()


def test_start_status_stop_from_a_client(server: ControlServer, setup: ContactSetup) -> None:
    client = ControlClient(server.root)
    assert client.request("ping").ok
    reply = client.request("contact.status")
    assert reply.ok and reply.message == "Ingen henvendelse i gang."
    reply = client.request("contact.start", channel="chat")
    assert reply.ok and reply.message.startswith("Henvendelse startet kl. ")
    assert "(chat)" in reply.message
    assert setup.service.status().state is ContactState.RUNNING
    again = client.request("contact.start")
    assert not again.ok and "allerede" in again.message
    setup.clock.advance(75)
    status = client.request("contact.status")
    assert status.ok and "aktiv tid 1:15" in status.message
    assert status.data["state"] == "running" and status.data["channel"] == "chat"
    stopped = client.request("contact.stop")
    assert stopped.ok and "stoppet efter 1:15" in stopped.message
    assert setup.service.status().state is ContactState.STOPPED
    assert not client.request("contact.stop").ok
    # the next call starts: the stopped one is registered with the defaults, nothing is lost
    reply = client.request("contact.start", channel="telefon")
    assert reply.ok and "»løst straks«" in reply.message
    assert outbox.pending_count(setup.cache) == 1
    assert not client.request("nonsense").ok
    assert not client.request("contact.start", channel="brevdue").ok


def test_show_and_single_instance(
    server: ControlServer, root: Path, setup: ContactSetup, shown: list[str]
) -> None:
    assert another_instance_running(root)
    assert ask_to_show(root)
    assert shown == ["vejviser-control-conn"]  # the UI marshals it onto its own thread
    with pytest.raises(ControlError, match="kører allerede"):
        ControlServer(root, ControlHandler(lambda: setup.service)).start()
    server.close()
    assert not another_instance_running(root)
    assert not ask_to_show(root)
    with pytest.raises(NotRunning, match="Vejviser kører ikke"):
        ControlClient(root).request("ping")


def test_key_is_private_and_required(server: ControlServer, root: Path) -> None:
    mode = stat.S_IMODE((root / KEY_FILE).stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE(os.stat(control_address(root)).st_mode) == 0o600
    (root / KEY_FILE).write_text("wrong-key")
    with pytest.raises(ControlError, match="forkert nøgle"):
        ControlClient(root).request("ping")
    assert another_instance_running(root) is False


def test_stale_socket_is_replaced(root: Path, setup: ContactSetup) -> None:
    load_or_create_key(root)
    address = control_address(root)
    leftover = socket.socket(socket.AF_UNIX)  # what a crashed app leaves behind
    leftover.bind(address)
    leftover.close()
    assert os.path.exists(address)
    assert not another_instance_running(root)
    server = ControlServer(root, ControlHandler(lambda: setup.service)).start()
    try:
        assert ControlClient(root).request("ping").ok
    finally:
        server.close()
    assert not os.path.exists(address)


def test_not_logged_in(root: Path) -> None:
    server = ControlServer(root, ControlHandler(lambda: None)).start()
    try:
        reply = ControlClient(root).request("contact.start")
        assert not reply.ok and "Log ind" in reply.message
        assert not ControlClient(root).request("show").ok
    finally:
        server.close()


def test_cli_when_nothing_runs() -> None:
    result = CliRunner().invoke(main, ["contact", "status"])
    assert result.exit_code == 1
    assert "Vejviser kører ikke" in result.output


def test_cli_drives_the_running_app(server: ControlServer, setup: ContactSetup) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["contact", "start", "--channel", "fremmøde"])
    assert result.exit_code == 0, result.output
    assert "Henvendelse startet" in result.output and "fremmøde" in result.output
    result = runner.invoke(main, ["contact", "status"])
    assert result.exit_code == 0 and "Henvendelse i gang" in result.output
    result = runner.invoke(main, ["contact", "stop"])
    assert result.exit_code == 0 and "stoppet" in result.output
    result = runner.invoke(main, ["contact", "stop"])
    assert result.exit_code == 3 and "ingen henvendelse" in result.output
    result = runner.invoke(main, ["contact", "start", "--channel", "fax"])
    assert result.exit_code == 2  # not a channel


# -- the real app in another process --------------------------------------------------------
_APP = """
import time
from desktop.app import AppContext

context = AppContext()
context.start_control(show=lambda: print("show", flush=True))
print("ready", flush=True)
time.sleep(120)
"""


def _write_profile(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    profile = {"server_url": "http://127.0.0.1:9", "municipality": "101", "username": "agent"}
    (root / "profile.json").write_text(json.dumps(profile), encoding="utf-8")


def _start_app(root: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "VEJVISER_HOME": str(root),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    app = subprocess.Popen([sys.executable, "-c", _APP], stdout=subprocess.PIPE, text=True, env=env)
    assert app.stdout is not None
    assert app.stdout.readline().strip() == "ready"
    return app


def test_cli_against_the_app_then_kill_and_recover(root: Path) -> None:
    _write_profile(root)
    app = _start_app(root)
    try:
        runner = CliRunner()
        result = runner.invoke(main, ["contact", "start", "--channel", "telefon"])
        assert result.exit_code == 0, result.output
        status = ControlClient(root).request("contact.status")
        started_at = status.data["started_at"]
        assert status.data["state"] == "running"
        assert ask_to_show(root)
        assert app.stdout is not None and app.stdout.readline().strip() == "show"
    finally:
        app.kill()  # SIGKILL mid-contact
        app.wait(timeout=10)
    assert CliRunner().invoke(main, ["contact", "status"]).exit_code == 1  # stale socket
    app = _start_app(root)  # started again: the contact is still there
    try:
        deadline = time.monotonic() + 5
        status = ControlClient(root).request("contact.status")
        while status.data.get("state") != "running" and time.monotonic() < deadline:
            time.sleep(0.05)
            status = ControlClient(root).request("contact.status")
        assert status.data["state"] == "running"
        assert status.data["started_at"] == started_at
        assert status.data["channel"] == "phone"
    finally:
        app.kill()
        app.wait(timeout=10)
