"""``vejviser`` (desktop.launch): with arguments the command line, without them the GUI —
whose modules load neither the command line's parser nor the phone and e-mail metadata (a
fast start; see tests/bench/bench_gui_start.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_with_arguments_it_is_the_command_line() -> None:
    result = _run(
        "import sys; sys.argv[0] = 'vejviser'; from desktop.launch import main; main()", "--help"
    )
    assert result.returncode == 0, result.stderr
    assert "Usage: vejviser" in result.stdout and "the GUI" in result.stdout
    assert "search" in result.stdout and "login" in result.stdout


def test_the_gui_loads_no_command_line_parser_and_no_contact_metadata() -> None:
    result = _run(
        "import sys; from desktop.ui.shell.main import run_gui; import desktop.app; "
        "print(sorted(m for m in ('click', 'phonenumbers', 'email_validator') "
        "if m in sys.modules))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
