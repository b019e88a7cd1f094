"""Where a user's profile lives: ``VEJVISER_HOME`` or the platform's data folder."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import platformdirs


def profile_root() -> Path:
    env = os.environ.get("VEJVISER_HOME")
    root = Path(env) if env else Path(platformdirs.user_data_dir("Vejviser", appauthor=False))
    root.mkdir(parents=True, exist_ok=True)
    return root


def cache_name(server_url: str, municipality: str, username: str) -> str:
    """One cache per server, municipality and user: logging in elsewhere never mixes guides,
    and a colleague's queued registrations are never sent under another person's login."""
    key = f"{server_url.rstrip('/')}|{municipality}|{username}"
    digest = hashlib.sha256(key.encode()).hexdigest()
    return f"cache-{municipality}-{digest[:10]}"


def resources_dir() -> Path:
    env = os.environ.get("VEJVISER_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def is_network_path(path: Path) -> bool:
    """True for UNC paths and network file systems, where SQLite must not live."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text().splitlines()
        except OSError:
            return False
        best, fstype = "", ""
        resolved = str(path.resolve())
        for line in mounts:
            parts = line.split()
            if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
                best, fstype = parts[1], parts[2]
        return fstype in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p"}
    return False
