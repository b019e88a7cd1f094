"""``python installers/bundle_size.py DIR [--limit-mb N]``: the size of a built bundle and what
takes it; exits non-zero when it is larger than the limit (the desktop: 150 MB).

Used by installers/build.sh after the build, so a bundle that grows past the limit fails the
build. Sizes in MB of 10^6 bytes, as ``du --apparent-size`` counts them.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

DESKTOP_LIMIT_MB = 150.0


def sizes(root: Path) -> dict[str, int]:
    """Bytes per part: the first two levels below ``_internal`` (e.g. ``PySide6/Qt``), files
    directly in it one by one, everything else by its top folder."""
    parts: dict[str, int] = defaultdict(int)
    for path in root.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(root).parts
        if rel[0] == "_internal" and len(rel) > 1:
            rel = rel[1:]
        key = "/".join(
            rel[:3] if rel[:2] == ("PySide6", "Qt") else rel[:2] if len(rel) > 2 else rel[:1]
        )
        parts[key] += path.stat().st_size
    return dict(parts)


def total(root: Path) -> int:
    return sum(sizes(root).values())


def report(root: Path, limit_mb: float, top: int = 25) -> tuple[bool, str]:
    parts = sizes(root)
    size = sum(parts.values())
    lines = [f"{root}: {size / 1e6:.1f} MB (limit {limit_mb:.0f} MB)"]
    for key, value in sorted(parts.items(), key=lambda item: -item[1])[:top]:
        lines.append(f"  {value / 1e6:7.1f} MB  {key}")
    ok = size <= limit_mb * 1e6
    if not ok:
        lines.append(f"TOO LARGE: {size / 1e6:.1f} MB > {limit_mb:.0f} MB")
    return ok, "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--limit-mb", type=float, default=DESKTOP_LIMIT_MB)
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"no bundle at {args.bundle}", file=sys.stderr)
        return 2
    ok, text = report(args.bundle, args.limit_mb)
    print(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
