"""Crash-and-resume: a process that times a contact is killed (SIGKILL, no clean-up at all);
a new service over the same profile recovers the contact with its original start time."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from support.contacts import contact_setup

from desktop.services.contact import ContactState
from sync_server.protocol import Channel, Outcome

_CHILD = """
import sys, time
from pathlib import Path
from desktop.store import open_cache
from desktop.services.contact import ContactService

service = ContactService(open_cache(Path(sys.argv[1])))
status = service.start("counter")
service.guide_opened("melde-flytning")
service.note_message_sent()
if sys.argv[2] == "paused":
    time.sleep(0.2)
    service.pause()
print(status.id, status.started_at.isoformat(), flush=True)
time.sleep(120)
"""


def _run_and_kill(cache_path: Path, mode: str) -> tuple[str, datetime]:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(cache_path), mode],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
    finally:
        child.kill()  # SIGKILL on POSIX: no atexit, no finally, no flush
        child.wait(timeout=10)
    assert line, "the child did not start a contact"
    return line[0], datetime.fromisoformat(line[1])


def test_running_contact_survives_sigkill(tmp_path: Path) -> None:
    setup = contact_setup(tmp_path / "ws")
    contact_id, started_at = _run_and_kill(setup.cache.path, "running")

    service = setup.reopen()  # the app starts again on the same profile
    recovered = service.recover()
    assert recovered is not None
    assert str(recovered.id) == contact_id
    assert recovered.started_at == started_at
    assert recovered.state is ContactState.RUNNING
    assert recovered.channel is Channel.COUNTER
    assert recovered.guide_ids == ("melde-flytning",)
    assert recovered.messages_sent == 1
    service.resume()
    entry = service.finish(Outcome.RESOLVED)
    assert entry.registration.started_at == started_at
    assert str(entry.registration.id) == contact_id


def test_paused_contact_survives_sigkill(tmp_path: Path) -> None:
    setup = contact_setup(tmp_path / "ws")
    _contact_id, started_at = _run_and_kill(setup.cache.path, "paused")
    service = setup.reopen()
    recovered = service.recover()
    assert recovered is not None and recovered.state is ContactState.PAUSED
    assert recovered.started_at == started_at
    service.discard()
    assert setup.reopen().recover() is None
