"""``python -m desktop.devtools.theme_build``: compile the qt-material part of the light and
dark themes into ``resources/styles/material/`` (gitignored, built by ``make`` and by the
installer build), so that the app reads a finished stylesheet at start instead of rendering
it with qt-material (see :mod:`desktop.ui.kit.material`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.ui.kit import material, theme


def build(out: Path | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    sizes = sorted({theme.sizes(size)["base"] for size in theme.TEXT_PX})
    written = material.compile_all(out or material.compiled_dir(), sizes)
    del app
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="Folder (default: resources/styles/material)")
    args = parser.parse_args()
    written = build(args.out)
    print(f"theme: {len(written)} files in {written[-1].parent}")


if __name__ == "__main__":
    main()
