"""``python -m desktop.devtools.i18n_build``: update the .ts sources and build the .qm files.

``pyside6-lupdate`` collects the strings wrapped in ``tr()`` / ``QCoreApplication.translate``
from every module under ``desktop/ui`` (recursively: features live in subpackages) into
``resources/i18n/vejviser_{da,en}.ts``; existing translations are kept. ``pyside6-lrelease``
compiles them to ``.qm`` (gitignored, built by ``make``).

A message whose string is no longer in the code is kept, marked ``vanished``, and the
translation tests fail on it: the catalogue never shrinks unnoticed (a module left out of the
scan would otherwise drop its messages silently). When strings were removed on purpose, run
``python -m desktop.devtools.i18n_build --drop-vanished`` once and commit the smaller catalogue.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.ui.kit.i18n import i18n_dir

LANGUAGES = ("da", "en")
UI_DIR = Path(__file__).resolve().parents[1] / "ui"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (install PySide6 in this environment)")
    return found


def ts_files() -> list[Path]:
    return [i18n_dir() / f"vejviser_{lang}.ts" for lang in LANGUAGES]


def sources(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every Python module of the UI, in all subpackages."""
    return sorted(ui_dir.rglob("*.py"))


def lupdate(files: list[Path], ts: Path, lang: str, drop_vanished: bool = False) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *(str(p) for p in files),
            *(["-no-obsolete"] if drop_vanished else []),
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ],
        check=True,
    )


def update_sources(drop_vanished: bool = False) -> None:
    files = sources()
    for lang, ts in zip(LANGUAGES, ts_files(), strict=True):
        lupdate(files, ts, lang, drop_vanished)


def release(quiet: bool = False) -> list[Path]:
    built = []
    for ts in ts_files():
        if not ts.exists():
            continue
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), *(["-silent"] if quiet else []), str(ts), "-qm", str(qm)],
            check=True,
        )
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m desktop.devtools.i18n_build")
    parser.add_argument(
        "--drop-vanished",
        action="store_true",
        help="remove messages whose strings are no longer in the code (on purpose only)",
    )
    args = parser.parse_args(argv)
    i18n_dir().mkdir(parents=True, exist_ok=True)
    update_sources(args.drop_vanished)
    for qm in release():
        print(f"built {qm}")


if __name__ == "__main__":
    main()
