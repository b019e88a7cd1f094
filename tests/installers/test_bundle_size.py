"""The build's size check (installers/bundle_size.py, run by installers/build.sh): a bundle
past the limit fails the build, and the report names what takes the space."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installers" / "bundle_size.py"
BUILD = ROOT / "installers" / "build.sh"

spec = importlib.util.spec_from_file_location("bundle_size", SCRIPT)
assert spec is not None and spec.loader is not None
bundle_size = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bundle_size)


def _bundle(root: Path, files: dict[str, int]) -> Path:
    for name, size in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\0" * size)
    return root


def test_the_limit_is_150_mb_and_build_sh_applies_it() -> None:
    assert bundle_size.DESKTOP_LIMIT_MB == 150
    script = BUILD.read_text(encoding="utf-8")
    assert "installers/bundle_size.py dist/vejviser" in script
    check = script.index("installers/bundle_size.py dist/vejviser")
    assert check > script.index("installers/vejviser.spec")
    assert "set -euo pipefail" in script  # a failed check stops the build


def test_parts_are_counted_by_folder_and_links_not_twice(tmp_path: Path) -> None:
    root = _bundle(
        tmp_path / "vejviser",
        {
            "vejviser": 1000,
            "_internal/PySide6/Qt/lib/libQt6Core.so.6": 3000,
            "_internal/PySide6/Qt/plugins/platforms/libqxcb.so": 500,
            "_internal/PySide6/QtCore.abi3.so": 700,
            "_internal/libpython3.11.so.1.0": 2000,
            "_internal/rapidfuzz/distance/metrics_cpp.so": 400,
        },
    )
    (root / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    parts = bundle_size.sizes(root)
    assert parts == {
        "vejviser": 1000,
        "PySide6/Qt/lib": 3000,
        "PySide6/Qt/plugins": 500,
        "PySide6": 700,
        "libpython3.11.so.1.0": 2000,
        "rapidfuzz/distance": 400,
    }
    assert bundle_size.total(root) == 7600


def test_a_bundle_past_the_limit_fails_with_what_takes_it(tmp_path: Path) -> None:
    root = _bundle(tmp_path / "vejviser", {"_internal/big/blob.bin": 2_100_000, "vejviser": 10})
    small = subprocess.run(
        [sys.executable, str(SCRIPT), str(root), "--limit-mb", "3"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert small.returncode == 0, small.stdout
    assert "2.1 MB (limit 3 MB)" in small.stdout
    large = subprocess.run(
        [sys.executable, str(SCRIPT), str(root), "--limit-mb", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert large.returncode == 1
    assert "TOO LARGE: 2.1 MB > 2 MB" in large.stdout
    assert "2.1 MB  big" in large.stdout
    missing = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2
