"""``python -m desktop.ui.i18n_build``: update the .ts sources and build the .qm files.

``pyside6-lupdate`` collects the strings wrapped in ``tr()`` / ``QCoreApplication.translate``
from ``desktop/ui`` into ``resources/i18n/vejviser_{da,en}.ts`` (existing translations are
kept); ``pyside6-lrelease`` compiles them to ``.qm`` (gitignored, built by ``make``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from desktop.ui.i18n import i18n_dir

LANGUAGES = ("da", "en")
UI_DIR = Path(__file__).resolve().parent


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


def update_sources() -> None:
    sources = sorted(str(p) for p in UI_DIR.glob("*.py") if p.name != "i18n_build.py")
    for lang, ts in zip(LANGUAGES, ts_files(), strict=True):
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
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


def main() -> None:
    i18n_dir().mkdir(parents=True, exist_ok=True)
    update_sources()
    for qm in release():
        print(f"built {qm}")


if __name__ == "__main__":
    main()
