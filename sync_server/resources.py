"""Where the shipped resources (content, templates) live: a checkout, a wheel or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """``VEJVISER_RESOURCES`` if set; else the PyInstaller bundle; else the source tree."""
    env = os.environ.get("VEJVISER_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def content_files() -> list[Path]:
    folder = resources_dir() / "content"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []
