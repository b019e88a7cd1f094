"""The entry points import cleanly in a fresh interpreter, in the order the command line does.

PySide6's import hook inspects every module imported after Qt; pydantic loaded for the first
time under it can fail with a circular import. The test suite itself has pydantic loaded long
before Qt, so only a fresh interpreter shows it (``vejviser tour`` once failed this way).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    "module", ["desktop.ui.shell.main", "desktop.devtools.tour", "desktop.devtools.demo"]
)
def test_entry_point_imports_in_a_fresh_interpreter(module: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", f"import desktop.cli; import {module}; print('ok')"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]
