"""The systemd unit and its environment file (``installers/linux/``): they parse, and they
name the user and the paths the README's install steps create."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sync_server.config import Settings

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "installers" / "linux" / "vejviser-server.service"
ENV = ROOT / "installers" / "linux" / "vejviser-server.env.example"
README = ROOT / "README.md"
BINARY = "/opt/vejviser-server/vejviser-server"


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """systemd's unit syntax: [Section], Key=Value (a key may repeat), # and ; comments,
    a trailing backslash continues the line."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for raw in text.replace("\\\n", " ").splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"a setting outside a section: {line}"
        key, sep, value = line.partition("=")
        assert sep, f"not Key=Value: {line}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def it_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Drift af serveren (for IT)")
    return text[start : text.index("\n## ", start + 1)]


def test_the_unit_names_the_user_and_paths_the_readme_creates() -> None:
    unit = parse_unit(UNIT.read_text(encoding="utf-8"))
    service = unit["Service"]
    assert service["User"] == ["vejviser"] and service["Group"] == ["vejviser"]
    [env_file] = service["EnvironmentFile"]
    [start] = service["ExecStart"]
    assert start.startswith(f"{BINARY} serve ")
    assert service["ExecStartPre"] == [f"{BINARY} migrate"]
    [writable] = service["ReadWritePaths"]
    assert unit["Install"]["WantedBy"] == ["multi-user.target"]

    env = dict(
        line.split("=", 1)
        for line in ENV.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    assert env["VEJVISER_DATA_DIR"] == writable == "/var/lib/vejviser"

    readme = it_section()
    # The install steps create exactly these: the user, its data folder, the program, the
    # settings file and the unit.
    assert re.search(r"useradd --system --home-dir /var/lib/vejviser .*vejviser\n", readme)
    assert "install -d -o vejviser -g vejviser -m 0750 /var/lib/vejviser" in readme
    assert "cp -r dist/vejviser-server /opt/vejviser-server" in readme
    assert f"{ENV.relative_to(ROOT)} \\\n     {env_file}" in readme
    assert f"cp {UNIT.relative_to(ROOT)} /etc/systemd/system/" in readme
    assert f"exec {BINARY} " in readme  # the `vv` helper runs the same program


def test_every_setting_in_the_example_is_one_the_server_reads() -> None:
    known = {f"VEJVISER_{name.upper()}" for name in Settings.model_fields}
    known |= {"VEJVISER_HOST", "VEJVISER_PORT", "VEJVISER_WORKERS"}  # serve's own options
    named = set(re.findall(r"^#? ?(VEJVISER_[A-Z_]+)=", ENV.read_text(encoding="utf-8"), re.M))
    assert named and named <= known, named - known


def test_systemd_analyze_verify_accepts_the_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    # verify also checks that the program exists: a stand-in at the same place in tmp_path.
    program = tmp_path / "opt" / "vejviser-server" / "vejviser-server"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    unit = tmp_path / "vejviser-server.service"
    unit.write_text(UNIT.read_text(encoding="utf-8").replace(BINARY, str(program)), "utf-8")
    result = subprocess.run(
        [analyze, "verify", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "SYSTEMD_LOG_LEVEL": "notice"},
    )
    assert result.returncode == 0, result.stderr
    assert "vejviser-server.service" not in result.stderr, result.stderr
